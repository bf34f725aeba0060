/** The journey maps: each industry's journey with its cases placed on its stages. */
import { industryOfCase, mapJourney, type Journey } from '../lib/journeys/index.ts';
import { failureTypes } from '../lib/cases/taxonomy.ts';
import { getJourneys, getLibraryCases, snapshot, type CaseEntry } from './library.ts';

/** A case as the journey map reads it, with its entry for links and lists. */
export type PlacedCase = CaseEntry['data'] & { entry: CaseEntry };

/** Every journey's map and file (for the edit link), in the journeys' order. */
export const getJourneyMaps = snapshot(async () => {
  const [journeys, cases] = await Promise.all([getJourneys(), getLibraryCases()]);
  const byIndustry = new Map<string, PlacedCase[]>();
  for (const entry of cases) {
    const industry = industryOfCase(entry.id);
    if (industry === undefined) continue;
    const placed: PlacedCase = { ...entry.data, entry };
    const list = byIndustry.get(industry);
    if (list) list.push(placed);
    else byIndustry.set(industry, [placed]);
  }
  return journeys.map((entry) => {
    const journey: Journey = { id: entry.id, ...entry.data };
    return {
      map: mapJourney(journey, byIndustry.get(entry.id) ?? [], Object.keys(failureTypes)),
      filePath: entry.filePath,
    };
  });
});

export type JourneyMapEntry = Awaited<ReturnType<typeof getJourneyMaps>>[number];
