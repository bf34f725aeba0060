/** The daily archive's months and the case presented on each date, shared by every month page. */
import { dailyArchive, type DailyArchive } from '../lib/daily/daily.ts';
import { getDailyEntries, getLookups, type CaseEntry } from './library.ts';
import { buildDate } from './build-date.ts';

export async function getDailyArchive(): Promise<DailyArchive & { presented: ReadonlyMap<string, CaseEntry> }> {
  const [entries, { cases }] = await Promise.all([getDailyEntries(), getLookups()]);
  const presented = new Map(entries.map((entry) => [entry.id, cases.get(entry.data.case)!]));
  return { ...dailyArchive([...presented.keys()], buildDate()), presented };
}
