/** Date helpers. Every calendar date is a `YYYY-MM-DD` string; every instant is converted with an explicit timezone. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a `YYYY-MM-DD` string naming a day that exists (no 2026-02-30), from year 0100 on (JavaScript dates read
 * years 0–99 as 1900–1999, so no page could show an earlier one). Counted rather than built as a `Date`: the check
 * asks for every date of every entry.
 */
export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** The calendar date of an instant in a timezone, as `YYYY-MM-DD`. */
export function calendarDateIn(timezone: string, instant: Date = new Date()): string {
  return dateFormatterFor(timezone).format(instant);
}

// Creating an Intl formatter costs far more than formatting with one; builds ask thousands of times.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timezone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormatters.set(timezone, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DD` shifted by a number of days. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** A date for readers: 2026年11月3日. */
export function formatDateZh(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Weekday ids in JavaScript's order (`getUTCDay()`: 0 is Sunday). */
export const weekdayIds = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdayIds)[number];

/** The weekday of a `YYYY-MM-DD` date. */
export function weekdayOf(isoDate: string): Weekday {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return weekdayIds[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** Milliseconds the timezone is ahead of UTC at an instant (whole seconds). */
function utcOffsetMs(timezone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)!.value);
  const wallClockAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallClockAsUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar date begins in a timezone (its local midnight). */
export function startOfDayIn(timezone: string, isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  // The offset at the guess can differ from the offset at midnight itself when a DST change falls
  // in between; the second pass uses the offset in force at (about) the right instant.
  const guess = midnightAsUtc - utcOffsetMs(timezone, midnightAsUtc);
  return new Date(midnightAsUtc - utcOffsetMs(timezone, guess));
}

/** Milliseconds from an instant to the next local midnight in a timezone. */
export function msUntilNextDay(timezone: string, instant: Date = new Date()): number {
  return startOfDayIn(timezone, addDays(calendarDateIn(timezone, instant), 1)).getTime() - instant.getTime();
}

/**
 * The weeks of a month (`YYYY-MM`) as rows of seven `YYYY-MM-DD` dates, Monday first as on
 * Chinese calendars; days outside the month are `null`.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const first = `${month}-01`;
  const leading = (weekdayIds.indexOf(weekdayOf(first)) + 6) % 7;
  const days: (string | null)[] = Array.from({ length: leading }, () => null);
  for (let date = first; date.startsWith(month); date = addDays(date, 1)) days.push(date);
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}

/** Every month (`YYYY-MM`) from `first` to `last`, inclusive, latest first. */
export function monthsBackFrom(last: string, first: string): string[] {
  const months: string[] = [];
  for (let month = last; month >= first;) {
    months.push(month);
    const [year, number] = month.split('-').map(Number) as [number, number];
    month = number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
  }
  return months;
}
