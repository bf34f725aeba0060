/**
 * Meaning matches in the browser (意思相近, see src/lib/search/meaning.ts): loaded by the search page only when a
 * query finds few literal results, so a search that finds enough never fetches this code or the lexicon.
 */
import { loadLexicon, type CompiledLexicon, type SerializedLexicon } from '../../lib/lexicon/index.ts';
import { findByMeaning, foldQuery, fuseRankings, isLongText, relaxQuery, relaxes, type MatchedWord, type MeaningPart } from '../../lib/search/meaning.ts';
import { searchFiles } from '../../lib/search/record-table.ts';
import { foldByTable, scriptVariants } from '../../lib/search/script-variants.ts';
import type { SearchState } from '../../lib/search/state.ts';
import type { Fragment, SearchBundle } from './search-client.ts';

/** Meaning matches shown below the literal results. */
export const MEANING_SHOWN = 10;
/** The finder's ranking counts twice the partial-word ranking for a pasted text: it reads the whole text. */
const FINDER_WEIGHT = 2;

/** A case as the similar-case finder ranks it for a pasted text. */
export interface FinderCase {
  url: string;
  caseNumber: string;
  title: string;
  category: string;
  failure: string;
  archived: boolean;
  /** Phrases of the pasted text the case shares. */
  phrases: string[];
}

/** The finder's ranking of a pasted text, best first. */
export type FinderRanking = (text: string) => Promise<FinderCase[]>;

/** One meaning match: an entry found through its words (with its fragment), or a case the finder ranked. */
export type MeaningResult =
  | { kind: 'words'; id: string; url: string; fragment: Fragment; words: MatchedWord[]; needles: string[] }
  | { kind: 'finder'; url: string; finder: FinderCase };

export interface MeaningOutcome {
  parts: MeaningPart[];
  results: MeaningResult[];
  /** Synonyms that found something, as `query word ≈ library word`, most results first. */
  synonyms: [string, string][];
  /** Whether the finder's ranking of the whole text took part. */
  usedFinder: boolean;
}

let lexicon: Promise<CompiledLexicon> | undefined;

/** The lexicon, fetched once; without it (an old build, the network) the query's own words are still relaxed. */
function lexiconOf(base: string): Promise<CompiledLexicon> {
  lexicon ??= fetch(`${base}${searchFiles.lexicon}`)
    .then((response) => (response.ok ? (response.json() as Promise<SerializedLexicon>) : Promise.reject(new Error(`${response.status}`))))
    .then((data) => loadLexicon(data))
    .catch((error: unknown) => {
      console.warn('lexicon unavailable', error);
      lexicon = undefined;
      return loadLexicon({ version: 1, groups: [] });
    });
  return lexicon;
}

/**
 * Meaning matches for a query, leaving out the literal results (`literal`: their fragment ids and URLs) and
 * keeping the page's filters. A pasted text (`isLongText`) also goes to the finder's ranking, when given.
 */
export async function searchByMeaning(
  bundle: SearchBundle,
  query: string,
  filters: SearchState['filters'],
  literal: { ids: ReadonlySet<string>; urls: ReadonlySet<string> },
  finder?: FinderRanking,
): Promise<MeaningOutcome> {
  const bounded = query.slice(0, 1000);
  const [words, variants] = await Promise.all([lexiconOf(bundle.base), bundle.variants(bounded)]);
  const parts = relaxQuery(foldQuery(bounded, foldByTable(variants)), words);
  // The finder ranks cases only: with a filter on, its cases would have to be checked against the records first.
  const useFinder = finder !== undefined && isLongText(bounded) && Object.values(filters).every((values) => !values?.length);
  const finderRanked = useFinder
    ? finder(bounded).catch((error: unknown) => {
        console.warn('finder unavailable', error);
        return [];
      })
    : Promise.resolve([]);
  const matches = parts.length && (relaxes(parts) || useFinder) ? await findByMeaning(bundle.engine, parts, filters, literal.ids) : [];
  const top = matches.slice(0, MEANING_SHOWN);
  const viaText = top.flatMap((match) => match.words.map((word) => word.via)).join('');
  const [fragments, needleTable, cases] = await Promise.all([Promise.all(top.map((match) => bundle.fragment(match.id))), bundle.variants(viaText), finderRanked]);
  const byWords = new Map<string, MeaningResult>(
    top.map((match, index) => {
      const fragment = fragments[index]!;
      const needles = [...new Set(match.words.flatMap((word) => scriptVariants(word.via, needleTable)))];
      return [fragment.url, { kind: 'words', id: match.id, url: fragment.url, fragment, words: match.words, needles }];
    }),
  );
  const byFinder = new Map<string, MeaningResult>(cases.filter((item) => !literal.urls.has(item.url)).map((item) => [item.url, { kind: 'finder', url: item.url, finder: item }]));
  const order = fuseRankings([
    { keys: [...byWords.keys()], weight: 1 },
    { keys: [...byFinder.keys()], weight: FINDER_WEIGHT },
  ]);
  // An entry both found keeps its excerpt and matched words.
  const results = order.slice(0, MEANING_SHOWN).map((url) => byWords.get(url) ?? byFinder.get(url)!);
  const synonymCount = new Map<string, number>();
  for (const result of results) {
    if (result.kind !== 'words') continue;
    for (const word of result.words) if (word.via !== word.part) synonymCount.set(`${word.part}\u0000${word.via}`, (synonymCount.get(`${word.part}\u0000${word.via}`) ?? 0) + 1);
  }
  const synonyms = [...synonymCount].sort((a, b) => b[1] - a[1]).map(([pair]) => pair.split('\u0000') as [string, string]);
  return { parts, results, synonyms, usedFinder: useFinder && byFinder.size > 0 };
}
