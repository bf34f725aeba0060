/** The data the "today's case" block embeds, gathered from the collections at build time. */
import { config } from '../config.ts';
import { channels, labelOf } from '../lib/cases/taxonomy.ts';
import { entryLang } from '../lib/text/entry-lang.ts';
import { todayPayload, type TodayPayload } from '../lib/daily/today.ts';
import { buildDate } from './build-date.ts';
import { getDailySchedule, getLookups } from './library.ts';
import { getCaseSimilarity } from './similar.ts';
import { entryLinks } from './library-wide.ts';

/** The picks from the build date on (see `todayPayload`); the home page and /today/ share it. */
export async function getTodayPayload(): Promise<TodayPayload> {
  const [schedule, lookups, { similar }] = await Promise.all([getDailySchedule(), getLookups(), getCaseSimilarity()]);
  return todayPayload({
    timezone: config.timezone,
    built: buildDate(),
    // Review picks keep away from cases like the ones shown lately, as the case pages' 相似案例 see them.
    schedule: {
      ...schedule,
      similar: new Map([...similar].map(([id, matches]) => [id, matches.map((match) => match.id)])),
    },
    caseView: (caseId) => {
      const { data } = lookups.cases.get(caseId)!;
      const lang = entryLang(data.lang);
      const base = entryLinks().caseShard(caseId);
      return {
        ...(base ? { base } : {}),
        number: data.caseNumber,
        title: data.title,
        ...(lang ? { lang } : {}),
        severity: data.severity,
        channel: labelOf(channels, data.channel),
        category: labelOf(config.categories, data.category),
      };
    },
    entryView: (date) => {
      const { data } = lookups.daily.get(date)!;
      const base = entryLinks().dailyShard(date);
      return {
        ...(base ? { base } : {}),
        takeaway: data.takeaway,
        host: lookups.people.get(data.host)?.data.name ?? data.host,
      };
    },
  });
}
