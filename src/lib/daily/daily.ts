/**
 * Choosing the daily case (每日一案例) for a date. Pure: the caller supplies the date, the schedule
 * and the meeting calendar, so the build (no-JS fallback) and the browser (today's real date) decide
 * with the very same code.
 */
import { addDays, daysBetween, isRealIsoDate, monthsBackFrom, weekdayIds, weekdayOf, type Weekday } from './dates.ts';

/** The entry scheduled exactly for `date` (`YYYY-MM-DD`), if any. Entries are keyed by their date id. */
export function dailyEntryFor<T extends { id: string }>(date: string, entries: readonly T[]): T | undefined {
  return entries.find((entry) => entry.id === date);
}

/** When the team holds its morning meeting. */
export interface MeetingCalendar {
  /** Weekdays with a meeting. */
  meetingDays: readonly Weekday[];
  /** Dates (`YYYY-MM-DD`) without a meeting although they fall on a meeting weekday, e.g. public holidays. */
  holidays: readonly string[];
}

export function isMeetingDay(date: string, calendar: MeetingCalendar): boolean {
  return calendar.meetingDays.includes(weekdayOf(date)) && !calendar.holidays.includes(date);
}

/** A calendar with no meeting within this many days is treated as having none. */
const LOOKAHEAD_DAYS = 366;

/** `date` itself when it is a meeting day, else the next meeting day; undefined when none comes within a year. */
export function nextMeetingDate(date: string, calendar: MeetingCalendar): string | undefined {
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset += 1) {
    const candidate = addDays(date, offset);
    if (isMeetingDay(candidate, calendar)) return candidate;
  }
  return undefined;
}

/** What is wrong with a meeting calendar from `src/config.ts`, in Chinese; empty when it is usable. */
export function meetingCalendarProblems(calendar: MeetingCalendar): string[] {
  const problems: string[] = [];
  if (calendar.meetingDays.length === 0)
    problems.push(`meetingDays 至少要有一天，例如 ['mon', 'tue', 'wed', 'thu', 'fri']`);
  for (const day of calendar.meetingDays) {
    if (!weekdayIds.includes(day))
      problems.push(`meetingDays 中的「${day}」不是星期，可选值：${weekdayIds.join('、')}`);
  }
  for (const holiday of calendar.holidays) {
    if (!isRealIsoDate(holiday))
      problems.push(`holidays 中的「${holiday}」不是有效日期，应写成 YYYY-MM-DD，例如 2027-01-01`);
  }
  return problems;
}

/** A case shown (or scheduled) at the meeting on a date. */
export interface Showing {
  date: string;
  caseId: string;
}

const dayNumber = (date: string) => daysBetween('1970-01-01', date);

/** A review pick avoids cases shown or scheduled within this many days before or after it. */
export const REVIEW_WINDOW_DAYS = 30;

/** FNV-1a: a small, stable string hash, identical in Node and every browser. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** Of a candidate's similar cases, this many most similar count when a review pick keeps away from recent ones. */
export const REVIEW_SIMILAR_CASES = 3;

/**
 * The review pick (复习推荐) for a date without a scheduled entry: one of `candidates`, chosen by a
 * hash of the date so that everyone gets the same pick on that date. Cases in `history` within
 * {@link REVIEW_WINDOW_DAYS} of the date are avoided; if every candidate is that recent, the one shown
 * longest ago is taken. Among candidates equally far, those whose `similar` cases (相似案例, as the case pages
 * list them) were shown longest ago come first, so that the meeting does not go over the same ground twice
 * in a month. Undefined only when there are no candidates.
 */
export function fallbackPick(
  date: string,
  candidates: readonly string[],
  history: readonly Showing[],
  similar?: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  const outside = REVIEW_WINDOW_DAYS + 1;
  const own = new Map([...candidates].map((id) => [id, outside]));
  const alike = new Map(own);
  // The candidates a showing of each case is similar to.
  const similarTo = new Map<string, string[]>();
  for (const id of candidates)
    for (const other of (similar?.get(id) ?? []).slice(0, REVIEW_SIMILAR_CASES))
      similarTo.set(other, [...(similarTo.get(other) ?? []), id]);
  for (const showing of history) {
    const days = Math.abs(daysBetween(showing.date, date));
    if (own.has(showing.caseId)) own.set(showing.caseId, Math.min(own.get(showing.caseId)!, days));
    for (const id of similarTo.get(showing.caseId) ?? []) alike.set(id, Math.min(alike.get(id)!, days));
  }
  const farthest = Math.max(...own.values());
  const far = [...own].filter(([, days]) => days === farthest).map(([id]) => id);
  const farthestAlike = Math.max(...far.map((id) => alike.get(id)!));
  // Sorted by code unit, not locale, so every browser orders the candidates alike.
  const eligible = far.filter((id) => alike.get(id) === farthestAlike).sort();
  return eligible.length === 0 ? undefined : eligible[hash(date) % eligible.length];
}

/** Everything needed to decide the daily case for any date. */
export interface DailySchedule {
  calendar: MeetingCalendar;
  /** The scheduled daily entries, at most one per date. */
  entries: readonly Showing[];
  /** Typical cases a review pick may choose from. */
  candidates: readonly string[];
  /** Each case's similar cases, most similar first: a review pick keeps away from these too. */
  similar?: ReadonlyMap<string, readonly string[]>;
}

export interface DailyPick {
  /** The date asked about. */
  date: string;
  /** The meeting the pick is for: `date` itself, or the next meeting day when `date` has no meeting. */
  meetingDate: string;
  caseId: string;
  /** `scheduled`: the daily entry filed for `meetingDate`; `review`: a review pick among typical cases. */
  kind: 'scheduled' | 'review';
  /**
   * For a review pick that could not avoid a recent case (every candidate was shown or scheduled
   * within the window): the date of that case's nearest showing, so the page can say so.
   */
  nearestShowing?: string;
}

/**
 * The case for the meeting on (or next after) `date`: the scheduled entry, else a review pick.
 * Review picks are worked out day by day from the first scheduled entry, so each one also avoids
 * the review picks of the days before it, and a date's pick never depends on when it is asked.
 */
export function pickForDate(date: string, schedule: DailySchedule): DailyPick | undefined {
  return picksForDates(date, 1, schedule)[0];
}

/**
 * {@link pickForDate} for `count` consecutive dates from `from`, in one walk through the schedule (asking
 * date by date would walk the whole history again for each).
 */
export function picksForDates(from: string, count: number, schedule: DailySchedule): (DailyPick | undefined)[] {
  const dates = Array.from({ length: count }, (_, offset) => addDays(from, offset));
  const meetings = dates.map((date) => nextMeetingDate(date, schedule.calendar));
  const scheduled = new Map(schedule.entries.map((entry) => [entry.date, entry.caseId]));
  const unscheduled = new Set(
    meetings.filter((meeting): meeting is string => meeting !== undefined && !scheduled.has(meeting)),
  );
  /** Review pick of each unscheduled meeting asked about, with the showings it had to avoid. */
  const reviewed = new Map<string, { pick: string; nearby: Showing[] } | undefined>();
  const byDay = new Map(schedule.entries.map((showing) => [dayNumber(showing.date), showing]));
  /** The review pick of `day`, avoiding the scheduled entries and the earlier `reviews` within the window. */
  const reviewOn = (day: string, reviews: readonly Showing[]) => {
    const today = dayNumber(day);
    const nearby: Showing[] = [];
    for (let other = today - REVIEW_WINDOW_DAYS; other <= today + REVIEW_WINDOW_DAYS; other += 1) {
      const showing = byDay.get(other);
      if (showing) nearby.push(showing);
    }
    nearby.push(...reviews.filter((review) => daysBetween(review.date, day) <= REVIEW_WINDOW_DAYS));
    const pick = fallbackPick(day, schedule.candidates, nearby, schedule.similar);
    return pick === undefined ? undefined : { pick, nearby };
  };
  const first = schedule.entries.reduce<string | undefined>(
    (earliest, { date: entryDate }) => (earliest === undefined || entryDate < earliest ? entryDate : earliest),
    undefined,
  );
  const needed = [...unscheduled].sort();
  // Before the first scheduled entry (or with none) there is no history to walk: each day on its own.
  for (const day of needed.filter((meeting) => first === undefined || meeting < first))
    reviewed.set(day, reviewOn(day, []));
  const last = needed.at(-1);
  if (first !== undefined && last !== undefined && last >= first) {
    const reviews: Showing[] = [];
    for (let day = first; day <= last; day = addDays(day, 1)) {
      if (scheduled.has(day) || !isMeetingDay(day, schedule.calendar)) continue;
      while (reviews.length > 0 && daysBetween(reviews[0]!.date, day) > REVIEW_WINDOW_DAYS) reviews.shift();
      const review = reviewOn(day, reviews);
      // No candidates at all: no review pick on any day.
      if (!review) break;
      if (unscheduled.has(day)) reviewed.set(day, review);
      reviews.push({ date: day, caseId: review.pick });
    }
  }
  return dates.map((date, position): DailyPick | undefined => {
    const meetingDate = meetings[position];
    if (meetingDate === undefined) return undefined;
    const entry = scheduled.get(meetingDate);
    if (entry !== undefined) return { date, meetingDate, caseId: entry, kind: 'scheduled' };
    const review = reviewed.get(meetingDate);
    if (!review) return undefined;
    const repeats = review.nearby.filter((showing) => showing.caseId === review.pick);
    const nearest = repeats.sort(
      (a, b) => Math.abs(daysBetween(a.date, meetingDate)) - Math.abs(daysBetween(b.date, meetingDate)),
    )[0];
    return {
      date,
      meetingDate,
      caseId: review.pick,
      kind: 'review',
      ...(nearest ? { nearestShowing: nearest.date } : {}),
    };
  });
}

/** The daily archive, one page per month: the months it has and the one `/daily/` opens on. */
export interface DailyArchive {
  /**
   * Every month (`YYYY-MM`) from the latest entry back to the first, latest first, so a gap shows as an empty month.
   */
  months: string[];
  /** The month of `today`, or the nearest month that has entries when today falls outside them. */
  current: string;
}

export function dailyArchive(dates: readonly string[], today: string): DailyArchive {
  const thisMonth = today.slice(0, 7);
  if (dates.length === 0) return { months: [thisMonth], current: thisMonth };
  const sorted = dates.map((date) => date.slice(0, 7)).sort();
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const current = thisMonth > last ? last : thisMonth < first ? first : thisMonth;
  return { months: monthsBackFrom(last, first), current };
}
