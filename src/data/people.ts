/** People with their contributions, for the people pages. */
import { getCases, getDailyEntries, getPeople, getPractices, getScripts } from './library.ts';
import { contributionsOf } from '../lib/contributions.ts';

export async function getPeopleWithContributions() {
  const [people, cases, practices, scripts, daily] = await Promise.all([getPeople(), getCases(), getPractices(), getScripts(), getDailyEntries()]);
  const library = { cases, practices, scripts, daily };
  return people
    .map((person) => ({ person, contributions: contributionsOf(person.id, library) }))
    .sort((a, b) => b.contributions.total - a.contributions.total || a.person.data.name.localeCompare(b.person.data.name, 'zh-CN'));
}
