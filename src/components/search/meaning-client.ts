/**
 * Meaning matches in the browser (意思相近, see src/lib/search/meaning.ts): loaded by the search page only when a
 * query finds few literal results, so a search that finds enough never fetches this code or the lexicon.
 */
import { loadLexicon, type CompiledLexicon } from '../../lib/lexicon/index.ts';
import { bucketOf, unpackPostings, wordGroups, type ConceptBucket } from '../../lib/search/concept-postings.ts';
import {
  findByMeaning,
  foldQuery,
  fuseRankings,
  isLongText,
  relaxQuery,
  relaxes,
  type BrowserLexicon,
  type ConceptSource,
} from '../../lib/search/meaning.ts';
import { searchFiles } from '../../lib/search/record-table.ts';
import { foldByTable, scriptVariants } from '../../lib/search/script-variants.ts';
import type { Finder, FinderResult } from '../../lib/similar/finder.ts';
import type { SearchState } from '../../lib/search/state.ts';
import type { Fragment, PageOrder } from '../../lib/search/tables.ts';
import type { SearchBundle } from './search-client.ts';
import { fetchJson } from '../client/custom-element.ts';
import { finderOpener } from '../client/open-finder.ts';

/** Meaning matches shown below the literal results. */
export const MEANING_SHOWN = 10;
/** The finder's ranking counts twice the partial-word ranking for a pasted text: it reads the whole text. */
const FINDER_WEIGHT = 2;

let openFinder: (() => Promise<Finder>) | undefined;

/** The similar-case finder's ranking, opened on the first pasted text: its code too, as only a pasted text needs it. */
function finderOf(finderBase: string, bundle: SearchBundle): Promise<Finder> {
  openFinder ??= finderOpener(
    finderBase,
    `${bundle.base}${searchFiles.variants}`,
    async () => (await import('../../lib/similar/finder.ts')).openFinder,
  );
  return openFinder();
}

/** A covered part of the query as written, and the library's word that matched it when that is another word. */
export interface ShownWord {
  typed: string;
  synonym?: string;
}

/** One meaning match: an entry found through its words (with its fragment), or a case the finder ranked. */
export type MeaningResult =
  | { kind: 'words'; id: string; url: string; fragment: Fragment; words: ShownWord[]; needles: string[] }
  | { kind: 'finder'; url: string; finder: FinderResult };

export interface MeaningOutcome {
  results: MeaningResult[];
  /** Synonyms that found something (query word ≈ library word), most results first. */
  synonyms: Required<ShownWord>[];
  /** Whether some results cover only part of the query. */
  partial: boolean;
  /** Whether the finder's ranking of the whole text took part. */
  usedFinder: boolean;
}

interface LoadedLexicon {
  lexicon: CompiledLexicon;
  written: Record<string, string>;
  data?: BrowserLexicon;
}

let loaded: Promise<LoadedLexicon> | undefined;

/** The lexicon, fetched once; without it (an old build, the network) the query's own words are still relaxed. */
function lexiconOf(base: string): Promise<LoadedLexicon> {
  loaded ??= fetchJson<BrowserLexicon>(`${base}${searchFiles.lexicon}`)
    .then((data) => ({ lexicon: loadLexicon(data), written: data.written, data }))
    .catch((error: unknown) => {
      console.warn('lexicon unavailable', error);
      loaded = undefined;
      return { lexicon: loadLexicon({ version: 1, groups: [] }), written: {} };
    });
  return loaded;
}

let concepts: { source: ConceptSource; data: BrowserLexicon } | undefined;

/**
 * The entries of lexicon words from the build's postings (src/lib/search/concept-postings.ts): one small file per
 * bucket of groups, fetched once. Without them (an older build, several shards searched together, a failed
 * fetch, files of another index) a word is searched in the index as typed words are.
 */
function conceptSource(
  base: string,
  data: BrowserLexicon | undefined,
  order: PageOrder | undefined,
): ConceptSource | undefined {
  const meta = data?.concepts;
  if (!data || !meta || !order || meta.check !== order.check) return undefined;
  if (concepts?.data === data) return concepts.source;
  const groups = wordGroups(data);
  const buckets = new Map<number, Promise<ConceptBucket | undefined>>();
  const bucket = (number: number) => {
    let loading = buckets.get(number);
    if (!loading) {
      loading = fetchJson<ConceptBucket>(`${base}${searchFiles.concepts(number)}`)
        .then((file) => (file.check === meta.check ? file : undefined))
        .catch((error: unknown) => {
          console.warn('lexicon postings unavailable', error);
          buckets.delete(number);
          return undefined;
        });
      buckets.set(number, loading);
    }
    return loading;
  };
  const source: ConceptSource = {
    async find(words) {
      const found = new Map<string, Map<string, number>>();
      await Promise.all(
        words.map(async (word) => {
          const group = groups.get(word)?.[0];
          if (group === undefined) return;
          const file = await bucket(bucketOf(group, meta.buckets));
          if (!file) return;
          const entries = new Map<string, number>();
          for (const [entry, weight] of unpackPostings(file.words[word] ?? [])) {
            const id = order.ids[entry];
            if (id !== undefined) entries.set(id, weight);
          }
          found.set(word, entries);
        }),
      );
      return found;
    },
  };
  concepts = { source, data };
  return source;
}

/**
 * Meaning matches for a query, leaving out the literal results (`literal`: their fragment ids and URLs) and
 * keeping the page's filters. A pasted text (`isLongText`) also goes to the finder's ranking, whose files are
 * under `finderBase` (ending in `/`).
 */
export async function searchByMeaning(
  bundle: SearchBundle,
  query: string,
  filters: SearchState['filters'],
  literal: { ids: ReadonlySet<string>; urls: ReadonlySet<string> },
  finderBase: string,
): Promise<MeaningOutcome> {
  const bounded = query.slice(0, 1000);
  const [{ lexicon, written, data }, variants] = await Promise.all([lexiconOf(bundle.base), bundle.variants(bounded)]);
  const postings = conceptSource(bundle.base, data, bundle.pageOrder);
  const { folded, written: typed } = foldQuery(bounded, foldByTable(variants));
  let parts = relaxQuery(folded, lexicon, { written: typed });
  // The finder ranks cases only: with a filter on, its cases would have to be checked against the records first.
  const useFinder = isLongText(bounded) && Object.values(filters).every((values) => !values?.length);
  const finderRanked: Promise<FinderResult[]> = useFinder
    ? finderOf(finderBase, bundle)
        .then((opened) => opened.rank(bounded))
        .then((answer) => answer.results)
        .catch((error: unknown) => {
          console.warn('finder unavailable', error);
          return [];
        })
    : Promise.resolve([]);
  let matches =
    parts.length && (relaxes(parts) || useFinder)
      ? await findByMeaning(bundle.engine, parts, filters, literal.ids, postings)
      : [];
  if (!matches.length) {
    // Nothing yet: cut the query finer, as a search engine drops words when nothing matches them.
    parts = relaxQuery(folded, lexicon, { written: typed, fine: true });
    if (parts.length) matches = await findByMeaning(bundle.engine, parts, filters, literal.ids, postings);
  }
  const partOf = new Map(parts.map((part) => [part.text, part]));
  // A synonym is shown as typed≈library word; a piece of the typed word as the piece alone.
  const shownWord = (text: string, via: string): ShownWord => {
    const part = partOf.get(text)!;
    if (via === text) return { typed: part.written };
    if (Object.hasOwn(part.pieces, via)) return { typed: part.pieces[via]! };
    return { typed: part.written, synonym: written[via] ?? via };
  };
  const top = matches.slice(0, MEANING_SHOWN);
  const viaText = top.flatMap((match) => match.words.map((word) => word.via)).join('');
  const [fragments, needleTable, cases] = await Promise.all([
    Promise.all(top.map((match) => bundle.fragment(match.id))),
    bundle.variants(viaText),
    finderRanked,
  ]);
  const byWords = new Map<string, MeaningResult>(
    top.map((match, index) => {
      const fragment = fragments[index]!;
      const needles = [...new Set(match.words.flatMap((word) => scriptVariants(word.via, needleTable)))];
      const words = match.words.map(({ part, via }) => shownWord(part, via));
      return [fragment.url, { kind: 'words', id: match.id, url: fragment.url, fragment, words, needles }];
    }),
  );
  const byFinder = new Map<string, MeaningResult>(
    cases
      .filter((item) => !literal.urls.has(item.url))
      .map((item) => [item.url, { kind: 'finder', url: item.url, finder: item }]),
  );
  const order = fuseRankings([
    { keys: [...byWords.keys()], weight: 1 },
    { keys: [...byFinder.keys()], weight: FINDER_WEIGHT },
  ]);
  // An entry both found keeps its excerpt and matched words.
  const results = order.slice(0, MEANING_SHOWN).map((url) => byWords.get(url) ?? byFinder.get(url)!);
  const synonymCount = new Map<string, { word: Required<ShownWord>; count: number }>();
  for (const result of results) {
    if (result.kind !== 'words') continue;
    for (const { typed, synonym } of result.words) {
      if (synonym === undefined) continue;
      const key = `${typed}≈${synonym}`;
      synonymCount.set(key, { word: { typed, synonym }, count: (synonymCount.get(key)?.count ?? 0) + 1 });
    }
  }
  const synonyms = [...synonymCount.values()].sort((a, b) => b.count - a.count).map(({ word }) => word);
  const partial = results.some((result) => result.kind === 'words' && result.words.length < parts.length);
  return { results, synonyms, partial, usedFinder: useFinder && byFinder.size > 0 };
}
