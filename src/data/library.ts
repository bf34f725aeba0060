/**
 * Every collection query the pages make, in one place (pages never call getCollection directly).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { config } from '../config.ts';
import { dailyEntryFor, meetingCalendarProblems, type DailySchedule } from '../lib/daily.ts';
import { scriptStages } from '../lib/taxonomy.ts';
import { caseBacklinks, type Backlinks } from '../lib/backlinks.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type DailyEntry = CollectionEntry<'daily'>;
export type PracticeEntry = CollectionEntry<'practices'>;
export type ScriptEntry = CollectionEntry<'scripts'>;
export type PersonEntry = CollectionEntry<'people'>;

const confidenceRank = { validated: 0, draft: 1, archived: 2 } as const;

/** Cases, newest first; archived ones last since they describe an outdated process. */
export async function getCases(): Promise<CaseEntry[]> {
  const cases = await getCollection('cases');
  return cases.sort(
    (a, b) =>
      Number(a.data.confidence === 'archived') - Number(b.data.confidence === 'archived') ||
      b.data.occurredOn.localeCompare(a.data.occurredOn) ||
      a.data.caseNumber.localeCompare(b.data.caseNumber),
  );
}

/** Typical, validated cases first: what a newcomer should read. */
export async function getTypicalCases(): Promise<CaseEntry[]> {
  return (await getCases())
    .filter((entry) => entry.data.typical)
    .sort((a, b) => confidenceRank[a.data.confidence] - confidenceRank[b.data.confidence]);
}

/** Typical cases a review pick (复习推荐) may choose; archived ones describe an outdated process. */
export async function getReviewCandidates(): Promise<CaseEntry[]> {
  return (await getTypicalCases()).filter((entry) => entry.data.confidence !== 'archived');
}

/** Daily entries, newest date first. */
export async function getDailyEntries(): Promise<DailyEntry[]> {
  return (await getCollection('daily')).sort((a, b) => b.id.localeCompare(a.id));
}

export async function getPractices(): Promise<PracticeEntry[]> {
  return (await getCollection('practices')).sort((a, b) => b.data.publishedOn.localeCompare(a.data.publishedOn));
}

export async function getScripts(): Promise<ScriptEntry[]> {
  const order = Object.keys(scriptStages);
  return (await getCollection('scripts')).sort(
    (a, b) => order.indexOf(a.data.stage) - order.indexOf(b.data.stage) || a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
}

export async function getPeople(): Promise<PersonEntry[]> {
  return (await getCollection('people')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
}

/** Lookup tables by id, for resolving references in pages (references are validated at build). */
export async function getLookups() {
  const [cases, practices, scripts, people, daily] = await Promise.all([getCases(), getPractices(), getScripts(), getPeople(), getDailyEntries()]);
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  return { cases: byId(cases), practices: byId(practices), scripts: byId(scripts), people: byId(people), daily: byId(daily) };
}

/** The daily entry scheduled for a calendar date, if any. */
export async function getDailyFor(date: string): Promise<DailyEntry | undefined> {
  return dailyEntryFor(date, await getDailyEntries());
}

/** The daily schedule, review candidates and meeting calendar: what choosing the case for a date needs. */
export async function getDailySchedule(): Promise<DailySchedule> {
  const problems = meetingCalendarProblems(config);
  if (problems.length > 0) throw new Error(`src/config.ts 的晨会设置有误：\n${problems.join('\n')}`);
  const [entries, candidates] = await Promise.all([getDailyEntries(), getReviewCandidates()]);
  return {
    calendar: { meetingDays: config.meetingDays, holidays: config.holidays },
    entries: entries.map((entry) => ({ date: entry.id, caseId: entry.data.case })),
    candidates: candidates.map((entry) => entry.id),
  };
}

/** The cases that link to each script and practice, newest first (as `getCases` orders them). */
export async function getCaseBacklinks(): Promise<Backlinks<CaseEntry>> {
  return caseBacklinks(await getCases());
}
