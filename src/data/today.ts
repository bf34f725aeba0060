/** The data the "today's case" block embeds, gathered from the collections at build time. */
import { config } from '../config.ts';
import { encodeSchedule } from '../lib/daily.ts';
import { channels, labelOf } from '../lib/taxonomy.ts';
import type { TodayPayload } from '../lib/today.ts';
import { buildDate } from './build-date.ts';
import { getDailySchedule, getLookups } from './library.ts';

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
