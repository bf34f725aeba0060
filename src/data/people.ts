/** People with their contributions, for the people pages and the contributors board. */
import {
  getLibraryCases,
  getLibraryDailyEntries,
  getLookups,
  getPeople,
  getPractices,
  getScripts,
  type PersonEntry,
} from './library.ts';
import { rankContributors, type Contributions } from '../lib/people/contributions.ts';
import { ui } from '../i18n/ui.ts';
import { formatDateZh } from '../lib/daily/dates.ts';
import { paths } from '../lib/site/urls.ts';
import { entryLinks } from './library-wide.ts';

/** Everyone, most contributions first. */
export async function getPeopleWithContributions() {
  const [people, cases, practices, scripts, daily] = await Promise.all([
    getPeople(),
    getLibraryCases(),
    getPractices(),
    getScripts(),
    getLibraryDailyEntries(),
  ]);
  return rankContributors(people, { cases, practices, scripts, daily });
}

export interface ContributionItem {
  href: string;
  label: string;
  /** Case number, when the item is a case. */
  meta: string;
}

export interface ContributionGroup {
  /** Anchor on the person's page (`/people/li-na/#cases`) and the segment of the full list's address. */
  id: 'cases' | 'practices' | 'scripts' | 'reviewed' | 'picked' | 'hosted';
  title: string;
  /** Newest first. */
  items: ContributionItem[];
}

/** A person's contributions as link lists, the non-empty groups only. */
export async function contributionGroups(contributions: Contributions): Promise<ContributionGroup[]> {
  const lookups = await getLookups();
  const caseLink = (id: string): ContributionItem => {
    const entry = lookups.cases.get(id)!;
    return { href: entryLinks().case(id), label: entry.data.title, meta: entry.data.caseNumber };
  };
  const titleLink = (href: string, entry: { data: { title: string } }): ContributionItem => ({
    href,
    label: entry.data.title,
    meta: '',
  });
  const dailyLink = (date: string): ContributionItem => ({
    href: entryLinks().dailyEntry(date),
    label: formatDateZh(date),
    meta: '',
  });
  const groups: ContributionGroup[] = [
    { id: 'cases', title: ui.people.cases, items: contributions.cases.map(caseLink) },
    {
      id: 'practices',
      title: ui.people.practices,
      items: contributions.practices.map((id) => titleLink(paths.practice(id), lookups.practices.get(id)!)),
    },
    {
      id: 'scripts',
      title: ui.people.scripts,
      items: contributions.scripts.map((id) => titleLink(paths.script(id), lookups.scripts.get(id)!)),
    },
    { id: 'reviewed', title: ui.people.reviewed, items: contributions.reviewed.map(caseLink) },
    {
      id: 'picked',
      title: ui.people.picked,
      items: contributions.casesPickedForDaily.map((date) => ({
        ...dailyLink(date),
        label: `${formatDateZh(date)} · ${lookups.cases.get(lookups.daily.get(date)!.data.case)!.data.title}`,
      })),
    },
    { id: 'hosted', title: ui.people.hosted, items: contributions.hosted.map(dailyLink) },
  ];
  return groups.filter((group) => group.items.length > 0);
}

/** Every person's full list of each kind of contribution, for the paginated lists behind “查看全部”. */
export async function contributionLists(): Promise<{ person: PersonEntry; group: ContributionGroup }[]> {
  const everyone = await getPeopleWithContributions();
  const lists = await Promise.all(
    everyone.map(async ({ person, contributions }) =>
      (await contributionGroups(contributions)).map((group) => ({ person, group })),
    ),
  );
  return lists.flat();
}
