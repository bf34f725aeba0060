/**
 * What the "today's case" block shows for a date. The page embeds a {@link TodayPayload}; the build
 * renders the view for the build date (the no-JavaScript fallback) and the browser renders the view
 * for its own date with this same function, so both show the same fields the same way.
 */
import { ui } from '../i18n/ui.ts';
import { decodeSchedule, pickForDate, type SchedulePayload } from './daily.ts';
import { formatDateZh, weekdayOf } from './dates.ts';
import { labelOf, severities } from './taxonomy.ts';
import { paths } from './urls.ts';

/** What a today block needs to show a case. */
export interface TodayCase {
  number: string;
  title: string;
  severity: number;
  /** Channel and category, already as Chinese labels. */
  channel: string;
  category: string;
}

export interface TodayPayload {
  /** IANA timezone in which the date is decided. */
  timezone: string;
  /** The build date, shown when JavaScript does not run. */
  built: string;
  schedule: SchedulePayload;
  /** Cases that can still be shown (scheduled from the build date on, and review candidates), by id. */
  cases: Record<string, TodayCase>;
  /** Takeaway and host name of the entries from the build date on, by date. */
  entries: Record<string, { takeaway: string; host: string }>;
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

export function dayLabel(date: string): string {
  return `${formatDateZh(date)} ${ui.weekdays[weekdayOf(date)]}`;
}

/**
 * The view for `date`. `noScript` adds the notice shown when the browser did not decide the date.
 * Undefined when the payload lacks what the pick needs (a date before the build date).
 */
export function todayView(date: string, payload: TodayPayload, noScript = false): TodayView | undefined {
  const pick = pickForDate(date, decodeSchedule(payload.schedule));
  const view: TodayView = { date, dateLabel: dayLabel(date), notices: noScript ? [ui.today.noScript(dayLabel(date))] : [] };
  if (!pick) return { ...view, notices: [...view.notices, ui.today.none] };
  const shownCase = payload.cases[pick.caseId];
  const entry = payload.entries[pick.meetingDate];
  if (!shownCase || (pick.kind === 'scheduled' && !entry)) return undefined;
  if (pick.meetingDate !== date) view.notices.push(ui.today.nextMeeting(dayLabel(pick.meetingDate)));
  const review = pick.kind === 'review';
  if (review) view.notices.push(pick.nearestShowing ? ui.today.reviewRepeat(dayLabel(pick.nearestShowing)) : ui.today.reviewNotice);
  return {
    ...view,
    shown: {
      review,
      number: shownCase.number,
      title: shownCase.title,
      href: review ? paths.case(pick.caseId) : paths.dailyEntry(pick.meetingDate),
      severity: shownCase.severity,
      severityLabel: labelOf(severities, String(shownCase.severity)),
      channel: shownCase.channel,
      category: shownCase.category,
      ...(review ? {} : { takeaway: entry!.takeaway, host: entry!.host, dailyHref: paths.dailyEntry(pick.meetingDate) }),
      presentHref: review ? paths.casePresent(pick.caseId) : paths.dailyPresent(pick.meetingDate),
      caseHref: paths.case(pick.caseId),
    },
  };
}
