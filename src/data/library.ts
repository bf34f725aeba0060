/**
 * Every collection query the pages make, in one place (pages never call getCollection directly).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { config } from '../config.ts';
import { compareCases } from '../lib/cases/case-order.ts';
import { dailyEntryFor, meetingCalendarProblems, type DailySchedule } from '../lib/daily/daily.ts';
import { scriptStages } from '../lib/cases/taxonomy.ts';
import { caseBacklinks, type Backlinks } from '../lib/cases/backlinks.ts';
import { nextCaseNumber } from '../lib/cases/entry-templates.ts';
import { tagSpelling, type TagSpelling } from '../lib/text/tags.ts';
import { createTextFold } from '../lib/text/text-fold.ts';
import { buildDate } from './build-date.ts';
import { entryLinks, libraryWide } from './library-wide.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type DailyEntry = CollectionEntry<'daily'>;
export type PracticeEntry = CollectionEntry<'practices'>;
export type ScriptEntry = CollectionEntry<'scripts'>;
export type PersonEntry = CollectionEntry<'people'>;
export type LexiconEntry = CollectionEntry<'lexicon'>;
export type JourneyEntry = CollectionEntry<'journeys'>;

const confidenceRank = { validated: 0, draft: 1, archived: 2 } as const;

/**
 * During `astro build` the library is a fixed snapshot, so each query runs once and every page shares the
 * result (otherwise each entry page re-sorts the whole library: quadratic in the number of entries).
 * `astro dev` re-reads on every call so edits show up. Callers must not mutate what they get.
 */
export function snapshot<T>(query: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (process.env.CASEBOOK_BUILD === '1' ? (cached ??= query()) : query());
}

/** Cases, newest first; archived ones last since they describe an outdated process. */
export const getCases = snapshot(async (): Promise<CaseEntry[]> => {
  return (await getCollection('cases')).sort(compareCases);
});

/**
 * Every case of the library: this build's, and in a shard of a sharded library those of the other shards too
 * (their data from the library-wide input; they have no body and their pages are built by their own shard).
 * Lists, counts, statistics, journeys and similar cases read this; the pages of cases read `getCases`.
 */
export const getLibraryCases = snapshot(async (): Promise<CaseEntry[]> => {
  const wide = libraryWide();
  if (!wide) return getCases();
  const own = new Map((await getCases()).map((entry) => [entry.id, entry]));
  return wide.cases.map(({ id, data }) => own.get(id) ?? { id, collection: 'cases', data });
});

/** Every daily entry of the library, newest date first (see `getLibraryCases`). */
export const getLibraryDailyEntries = snapshot(async (): Promise<DailyEntry[]> => {
  const wide = libraryWide();
  if (!wide) return getDailyEntries();
  const own = new Map((await getDailyEntries()).map((entry) => [entry.id, entry]));
  return wide.daily.map(({ id, data }) => own.get(id) ?? { id, collection: 'daily', data });
});

/**
 * Tags as one tag across scripts (隐私/隱私), each shown and linked under its most used spelling in the library.
 * The search index folds practices' and scripts' tags with the same lists (integrations/search-records.ts).
 */
export const getTagSpelling = snapshot(async (): Promise<TagSpelling> =>
  tagSpelling(
    [...(await getLibraryCases()), ...(await getPractices()), ...(await getScripts())].map((entry) => entry.data.tags),
    createTextFold(),
  ),
);

/** Typical, validated cases first, across the library: what a newcomer should read. */
export const getTypicalCases = snapshot(async (): Promise<CaseEntry[]> => {
  return (await getLibraryCases())
    .filter((entry) => entry.data.typical)
    .sort((a, b) => confidenceRank[a.data.confidence] - confidenceRank[b.data.confidence]);
});

/** Typical cases a review pick (复习推荐) may choose; archived ones describe an outdated process. */
export const getReviewCandidates = snapshot(async (): Promise<CaseEntry[]> => {
  return (await getTypicalCases()).filter((entry) => entry.data.confidence !== 'archived');
});

/** The review candidates whose pages this build makes (its own shard's): each has a presenter page. */
export const getOwnReviewCandidates = snapshot(async (): Promise<CaseEntry[]> => {
  return (await getReviewCandidates()).filter((entry) => entryLinks().caseShard(entry.id) === undefined);
});

/** Daily entries, newest date first. */
export const getDailyEntries = snapshot(async (): Promise<DailyEntry[]> => {
  return (await getCollection('daily')).sort((a, b) => b.id.localeCompare(a.id));
});

export const getPractices = snapshot(async (): Promise<PracticeEntry[]> => {
  return (await getCollection('practices')).sort((a, b) => b.data.publishedOn.localeCompare(a.data.publishedOn));
});

export const getScripts = snapshot(async (): Promise<ScriptEntry[]> => {
  const order = Object.keys(scriptStages);
  return (await getCollection('scripts')).sort(
    (a, b) =>
      order.indexOf(a.data.stage) - order.indexOf(b.data.stage) || a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
});

/** The conversation stages that have scripts, in conversation order, numbered from 1, each with its scripts. */
export const getScriptStages = snapshot(async () => {
  const scripts = await getScripts();
  return Object.entries(scriptStages)
    .map(([id, term]) => ({ id, term, scripts: scripts.filter((script) => script.data.stage === id) }))
    .filter((stage) => stage.scripts.length > 0)
    .map((stage, index) => ({ ...stage, position: index + 1 }));
});

export const getPeople = snapshot(async (): Promise<PersonEntry[]> => {
  return (await getCollection('people')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
});

/** The synonym lexicon's domain files, by title in pinyin order (the 同义词表 page). */
export const getLexiconFiles = snapshot(async (): Promise<LexiconEntry[]> => {
  return (await getCollection('lexicon')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN'));
});

/** The customer journeys, one per industry, in the order of `config.industries` (others after, by id). */
export const getJourneys = snapshot(async (): Promise<JourneyEntry[]> => {
  const order = Object.keys(config.industries);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return (await getCollection('journeys')).sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
});

/**
 * Lookup tables by id, for resolving references in pages (references are validated at build). Cases and daily
 * entries of other shards are included: a related case or a similar one may live there.
 */
export const getLookups = snapshot(async () => {
  const [cases, practices, scripts, people, daily] = await Promise.all([
    getLibraryCases(),
    getPractices(),
    getScripts(),
    getPeople(),
    getLibraryDailyEntries(),
  ]);
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  return {
    cases: byId(cases),
    practices: byId(practices),
    scripts: byId(scripts),
    people: byId(people),
    daily: byId(daily),
  };
});

/** The daily entry scheduled for a calendar date, if any. */
export async function getDailyFor(date: string): Promise<DailyEntry | undefined> {
  return dailyEntryFor(date, await getDailyEntries());
}

/** The daily schedule, review candidates and meeting calendar: what choosing the case for a date needs. */
export async function getDailySchedule(): Promise<DailySchedule> {
  const problems = meetingCalendarProblems(config);
  if (problems.length > 0) throw new Error(`src/config.ts 的晨会设置有误：\n${problems.join('\n')}`);
  const [entries, candidates] = await Promise.all([getLibraryDailyEntries(), getReviewCandidates()]);
  return {
    calendar: { meetingDays: config.meetingDays, holidays: config.holidays },
    entries: entries.map((entry) => ({ date: entry.id, caseId: entry.data.case })),
    candidates: candidates.map((entry) => entry.id),
  };
}

/** The cases that link to each script and practice, newest first (as `getLibraryCases` orders them). */
export const getCaseBacklinks = snapshot(async (): Promise<Backlinks<CaseEntry>> =>
  caseBacklinks(await getLibraryCases()),
);

/** The case number the 投稿 page pre-fills: the next free one in the build year. */
export const getNextCaseNumber = snapshot(async (): Promise<string> =>
  nextCaseNumber(
    (await getLibraryCases()).map((entry) => entry.data.caseNumber),
    buildDate().slice(0, 4),
    config.caseNumberPrefix,
  ),
);
