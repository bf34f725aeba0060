/** The data the "today's case" block embeds, gathered from the collections at build time. */
import { config } from '../config.ts';
import { encodeSchedule } from '../lib/daily.ts';
import { calendarDateIn } from '../lib/dates.ts';
import { channels, labelOf } from '../lib/taxonomy.ts';
import type { TodayPayload } from '../lib/today.ts';
import { getDailySchedule, getLookups } from './library.ts';

/**
 * The calendar date of the build in the team's timezone. `SOURCE_DATE_EPOCH` (seconds since 1970,
 * the reproducible-builds convention) pins it, so a rebuild of the same commit gives the same site.
 */
export function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return calendarDateIn(config.timezone, epoch ? new Date(Number(epoch) * 1000) : new Date());
}

/**
 * The schedule in compact form, plus display data for what can still be shown from the build date
 * on: past entries are kept only as case ids, since review picks must avoid them.
 */
export async function getTodayPayload(): Promise<TodayPayload> {
  const [schedule, lookups] = await Promise.all([getDailySchedule(), getLookups()]);
  const built = buildDate();
  const upcoming = schedule.entries.filter((entry) => entry.date >= built);
  const showable = new Set([...upcoming.map((entry) => entry.caseId), ...schedule.candidates]);
  const cases = Object.fromEntries(
    [...showable].map((id) => {
      const { data } = lookups.cases.get(id)!;
      const view = {
        number: data.caseNumber,
        title: data.title,
        severity: data.severity,
        channel: labelOf(channels, data.channel),
        category: labelOf(config.categories, data.category),
      };
      return [id, view];
    }),
  );
  const entries = Object.fromEntries(
    upcoming.map(({ date }) => {
      const { data } = lookups.daily.get(date)!;
      return [date, { takeaway: data.takeaway, host: lookups.people.get(data.host)?.data.name ?? data.host }];
    }),
  );
  return { timezone: config.timezone, built, schedule: encodeSchedule(schedule), cases, entries };
}
