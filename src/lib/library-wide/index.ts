/**
 * The library-wide build input of a sharded library (docs/scaling.md, "Past one machine"): what every shard's pages
 * need to know about the whole library, computed once from the entries' frontmatter (no rendering) and handed to
 * every shard's build. It names the shards, each with the hash of the content it was computed from, so a shard build
 * can refuse an input older than its content.
 */
import type { LibrarySimilarity } from '../similar/build.ts';
import type { SimilarCase } from '../similar/cases.ts';
import { pathsUnder } from '../site/urls.ts';

/** Raised when the shape changes: a shard build refuses an input of another version. */
export const LIBRARY_WIDE_VERSION = 2;

export interface LibraryWideShard {
  /** Year or team id; `library` when the library is not split. */
  key: string;
  label: string;
  /** The path the shard is served under: `/` for the home shard, `/2025/` for another. */
  base: string;
  /** Hash of the shard's content folder (see `src/library/content-hash.ts`). */
  contentHash: string;
}

/** One entry of the library, its shard by position in `shards`. */
export interface LibraryWideEntry<Data> {
  id: string;
  shard: number;
  data: Data;
}

/** The similarity with its maps as lists of pairs (JSON has no maps). */
export interface StoredSimilarity {
  similar: [string, SimilarCase[]][];
  index: LibrarySimilarity['index'];
  words: [string, string[]][];
  lexicon: LibrarySimilarity['lexicon'];
}

export interface LibraryWide<Case, Daily> {
  version: number;
  /** Hash of the whole library's content. */
  contentHash: string;
  shards: LibraryWideShard[];
  /** Every case, in the library's order (newest first, archived last). */
  cases: LibraryWideEntry<Case>[];
  /** Every daily entry, newest date first. */
  daily: LibraryWideEntry<Daily>[];
  similarity: StoredSimilarity;
}

export function restoreSimilarity(stored: StoredSimilarity): LibrarySimilarity {
  return {
    similar: new Map(stored.similar),
    index: stored.index,
    words: new Map(stored.words),
    lexicon: stored.lexicon,
  };
}

/** The shard a build serves under `base`, or a message saying which shards the input knows. */
export function shardServedAt(
  shards: readonly LibraryWideShard[],
  base: string,
): { shard: LibraryWideShard } | { problem: string } {
  const wanted = base.replace(/\/?$/, '/');
  const shard = shards.find((candidate) => candidate.base === wanted);
  if (shard) return { shard };
  return {
    problem: `没有在 ${wanted} 提供的分库（其中有：${shards.map((item) => `${item.label} ${item.base}`).join('、')}）`,
  };
}

/** Links to entries of every shard: an entry of this build's shard gets `own` paths, another its shard's. */
export interface LibraryLinks {
  case: (id: string) => string;
  casePresent: (id: string) => string;
  dailyEntry: (date: string) => string;
  dailyPresent: (date: string) => string;
  /** The base of the shard that holds a case, when it is not this build's. */
  caseShard: (id: string) => string | undefined;
  dailyShard: (date: string) => string | undefined;
}

export function libraryLinks(
  wide: Pick<LibraryWide<unknown, unknown>, 'shards' | 'cases' | 'daily'>,
  ownBase: string,
  own: ReturnType<typeof pathsUnder>,
): LibraryLinks {
  const base = ownBase.replace(/\/?$/, '/');
  const foreign = (entries: readonly LibraryWideEntry<unknown>[]) =>
    new Map(
      entries.flatMap(({ id, shard }) => (wide.shards[shard]!.base === base ? [] : [[id, wide.shards[shard]!.base]])),
    );
  const caseShard = foreign(wide.cases);
  const dailyShard = foreign(wide.daily);
  const pathsOf = (shardBase: string | undefined) => (shardBase === undefined ? own : pathsUnder(shardBase));
  return {
    case: (id) => pathsOf(caseShard.get(id)).case(id),
    casePresent: (id) => pathsOf(caseShard.get(id)).casePresent(id),
    dailyEntry: (date) => pathsOf(dailyShard.get(date)).dailyEntry(date),
    dailyPresent: (date) => pathsOf(dailyShard.get(date)).dailyPresent(date),
    caseShard: (id) => caseShard.get(id),
    dailyShard: (date) => dailyShard.get(date),
  };
}
