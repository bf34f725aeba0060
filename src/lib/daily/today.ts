/**
 * What the "today's case" block shows for a date. The page embeds a {@link TodayPayload} and the
 * {@link TodayCopy}; the build renders the view for the build date (the no-JavaScript fallback) and the
 * browser renders the view for its own date with this same function, so both show the same fields the same way.
 */
import { fill, pick } from '../../i18n/copy.ts';
import type { ui } from '../../i18n/ui.ts';
import { picksForDates, type DailyPick, type DailySchedule } from './daily.ts';
import { addDays, daysBetween, formatDateZh, weekdayOf } from './dates.ts';
import { labelOf, severities } from '../cases/taxonomy.ts';
import { entryPathsUnder, href } from '../site/urls.ts';

/** What a today block needs to show a case. */
export interface TodayCase {
  number: string;
  title: string;
  /** The title's language when it is not the UI's (a Traditional-script case: zh-TW, zh-HK). */
  lang?: string;
  severity: number;
  /** Channel and category, already as Chinese labels. */
  channel: string;
  category: string;
  /** The base path of the site that holds the case, when it is another shard of a sharded library. */
  base?: string;
}

/** What a today block shows of a scheduled daily entry; `base` as for {@link TodayCase}. */
export interface TodayEntry {
  takeaway: string;
  host: string;
  base?: string;
}

/**
 * Days from the build date for which the page carries the pick. Every merge rebuilds the site, so the
 * block always knows today's case unless nothing was merged for three months; then it says the site needs
 * rebuilding. A fixed horizon keeps the page the same size however long the schedule's history grows.
 */
export const TODAY_HORIZON_DAYS = 90;

/**
 * One date's pick, packed: the index of its case in `caseIds`, the days from the date to its meeting (0 when
 * the date has a meeting), 1 for a review pick, and for a review pick that repeats a recent case the days from
 * the build date to that case's nearest showing.
 */
export type PackedPick = [caseIndex: number, daysToMeeting: number, review: 0 | 1, nearestShowing?: number];

export interface TodayPayload {
  /** IANA timezone in which the date is decided. */
  timezone: string;
  /** The build date, shown when JavaScript does not run. */
  built: string;
  caseIds: string[];
  /** The pick for each date from the build date on ({@link TODAY_HORIZON_DAYS} of them); null when there is none. */
  picks: (PackedPick | null)[];
  /** The picked cases, by id. */
  cases: Record<string, TodayCase>;
  /** Takeaway and host name of the scheduled entries picked, by date. */
  entries: Record<string, TodayEntry>;
}

/** What the build knows about the library, for {@link todayPayload}. */
export interface TodaySource {
  timezone: string;
  built: string;
  schedule: DailySchedule;
  caseView: (caseId: string) => TodayCase;
  entryView: (date: string) => TodayEntry;
}

/** The picks of the dates from the build date on, decided at build time, with what showing them needs. */
export function todayPayload({ timezone, built, schedule, caseView, entryView }: TodaySource): TodayPayload {
  const caseIds: string[] = [];
  const cases: TodayPayload['cases'] = {};
  const entries: TodayPayload['entries'] = {};
  const picks = picksForDates(built, TODAY_HORIZON_DAYS, schedule).map((pick): PackedPick | null => {
    if (!pick) return null;
    if (!(pick.caseId in cases)) {
      cases[pick.caseId] = caseView(pick.caseId);
      caseIds.push(pick.caseId);
    }
    if (pick.kind === 'scheduled') entries[pick.meetingDate] ??= entryView(pick.meetingDate);
    const caseIndex = caseIds.indexOf(pick.caseId);
    const daysToMeeting = daysBetween(pick.date, pick.meetingDate);
    const review = pick.kind === 'review' ? 1 : 0;
    return pick.nearestShowing === undefined
      ? [caseIndex, daysToMeeting, review]
      : [caseIndex, daysToMeeting, review, daysBetween(built, pick.nearestShowing)];
  });
  return { timezone, built, caseIds, picks, cases, entries };
}

/** The pick for `date` from the payload: undefined when there is none, 'beyond' past the horizon. */
function pickIn(payload: TodayPayload, date: string): DailyPick | undefined | 'beyond' {
  const packed = payload.picks[daysBetween(payload.built, date)];
  if (packed === undefined) return 'beyond';
  if (packed === null) return undefined;
  const [caseIndex, daysToMeeting, review, nearest] = packed;
  const pick: DailyPick = {
    date,
    meetingDate: addDays(date, daysToMeeting),
    caseId: payload.caseIds[caseIndex]!,
    kind: review ? 'review' : 'scheduled',
  };
  return nearest === undefined ? pick : { ...pick, nearestShowing: addDays(payload.built, nearest) };
}

/**
 * The copy a view is written in: passed in, so that the browser gets these entries from the page, not the whole
 * dictionary and vocabularies.
 */
export type TodayCopy = Pick<
  typeof ui.today,
  'noScript' | 'beyondHorizon' | 'none' | 'nextMeeting' | 'reviewRepeat' | 'reviewNotice'
> & {
  weekdays: typeof ui.weekdays;
  /** Severity labels by level. */
  severities: Record<string, string>;
};

/** The dictionary's entries and the labels a view uses. */
export function todayCopyOf(dictionary: typeof ui): TodayCopy {
  return {
    ...pick(dictionary.today, ['noScript', 'beyondHorizon', 'none', 'nextMeeting', 'reviewRepeat', 'reviewNotice']),
    weekdays: dictionary.weekdays,
    severities: Object.fromEntries(Object.keys(severities).map((level) => [level, labelOf(severities, level)])),
  };
}

export interface TodayView {
  date: string;
  /** 2026年11月28日 星期六 */
  dateLabel: string;
  /** Sentences explaining the choice (no JavaScript, no meeting today, review pick). */
  notices: string[];
  shown?: {
    review: boolean;
    number: string;
    title: string;
    /** The title's `lang`, for a Traditional-script case only: the labels around it stay in the UI's language. */
    lang?: string;
    href: string;
    severity: number;
    severityLabel: string;
    channel: string;
    category: string;
    /** The takeaway, for a scheduled entry. */
    takeaway?: string;
    host?: string;
    presentHref: string;
    dailyHref?: string;
    caseHref: string;
  };
}

/** 2026年11月28日 星期六 */
export function dayLabel(date: string, weekdays: TodayCopy['weekdays']): string {
  return `${formatDateZh(date)} ${weekdays[weekdayOf(date)]}`;
}

/**
 * The view for `date`. `noScript` adds the notice shown when the browser did not decide the date.
 * Undefined for a date before the build date (a wrong clock): the payload has no pick for it.
 */
export function todayView(
  date: string,
  payload: TodayPayload,
  copy: TodayCopy,
  noScript = false,
): TodayView | undefined {
  if (date < payload.built) return undefined;
  const pick = pickIn(payload, date);
  const label = (day: string) => dayLabel(day, copy.weekdays);
  const view: TodayView = {
    date,
    dateLabel: label(date),
    notices: noScript ? [fill(copy.noScript, { date: label(date) })] : [],
  };
  if (pick === 'beyond')
    return {
      ...view,
      notices: [...view.notices, fill(copy.beyondHorizon, { built: label(payload.built), days: TODAY_HORIZON_DAYS })],
    };
  if (!pick) return { ...view, notices: [...view.notices, copy.none] };
  const shownCase = payload.cases[pick.caseId];
  const entry = payload.entries[pick.meetingDate];
  if (!shownCase || (pick.kind === 'scheduled' && !entry)) return undefined;
  if (pick.meetingDate !== date) view.notices.push(fill(copy.nextMeeting, { date: label(pick.meetingDate) }));
  const review = pick.kind === 'review';
  // An entry of another shard links under that shard's base; `href('')` is this site's.
  const casePaths = entryPathsUnder(shownCase.base || href(''));
  const entryPaths = entryPathsUnder(entry?.base || href(''));
  if (review)
    view.notices.push(
      pick.nearestShowing ? fill(copy.reviewRepeat, { date: label(pick.nearestShowing) }) : copy.reviewNotice,
    );
  return {
    ...view,
    shown: {
      review,
      number: shownCase.number,
      title: shownCase.title,
      ...(shownCase.lang ? { lang: shownCase.lang } : {}),
      href: review ? casePaths.case(pick.caseId) : entryPaths.dailyEntry(pick.meetingDate),
      severity: shownCase.severity,
      severityLabel: copy.severities[shownCase.severity] ?? String(shownCase.severity),
      channel: shownCase.channel,
      category: shownCase.category,
      ...(review
        ? {}
        : { takeaway: entry!.takeaway, host: entry!.host, dailyHref: entryPaths.dailyEntry(pick.meetingDate) }),
      presentHref: review ? casePaths.casePresent(pick.caseId) : entryPaths.dailyPresent(pick.meetingDate),
      caseHref: casePaths.case(pick.caseId),
    },
  };
}
