/** People with their contributions, for the people pages and the contributors board. */
import { getCases, getDailyEntries, getPeople, getPractices, getScripts } from './library.ts';
import { rankContributors } from '../lib/contributions.ts';

/** Everyone, most contributions first. */
export async function getPeopleWithContributions() {
  const [people, cases, practices, scripts, daily] = await Promise.all([getPeople(), getCases(), getPractices(), getScripts(), getDailyEntries()]);
  return rankContributors(people, { cases, practices, scripts, daily });
}
