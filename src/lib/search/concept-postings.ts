/**
 * The lexicon's words, looked up at build time: for each word of each group (folded, as the browser's lexicon holds
 * it), the entries whose indexed text contains it, with a small weight. The search page's meaning matches read a
 * synonym's entries from here instead of running Pagefind for it: Pagefind would download the index chunks of every
 * synonym's character pairs (about 190 KB for one query on the sample library), these files hold only the answer.
 *
 * The groups are spread over `buckets` files by group number, so a query fetches one small file per concept it
 * names. Entries are numbered in Pagefind's page order (the record table's, `record-table.ts`); the files carry the
 * record table's checksum so that a page never reads postings written for another index.
 */
import type { SerializedLexicon } from '../lexicon/index.ts';

/** Raw bytes aimed at per bucket file (a few KB after gzip). */
export const BUCKET_BYTES = 24_000;
/** Highest weight of a word in an entry. */
const MAX_WEIGHT = 9;
/** Occurrences in the title count this many times: Pagefind too ranks a title match first. */
const TITLE_FACTOR = 5;

/** The part of `casebook-lexicon.json` that says where the postings are. */
export interface ConceptPostingsMeta {
  buckets: number;
  /** `idsChecksum` of the pages the entry numbers refer to. */
  check: string;
}

/** One bucket file: folded word → its entries, as `[entry number gap, weight, gap, weight, …]`. */
export interface ConceptBucket {
  check: string;
  words: Record<string, number[]>;
}

export const bucketOf = (group: number, buckets: number) => group % buckets;

const LATIN = /[a-z0-9]/;

/**
 * Every word of the lexicon, each once, with the groups it belongs to (two, for a word listed the same in two
 * identical groups).
 */
export function wordGroups(lexicon: SerializedLexicon): Map<string, number[]> {
  const words = new Map<string, number[]>();
  lexicon.groups.forEach((group, index) => {
    for (const word of [...group.w, ...(group.n ?? [])])
      words.set(word, [...new Set([...(words.get(word) ?? []), index])]);
  });
  return words;
}

/** The lexicon's words in a fixed order: an entry's counts name each word by its place here. */
export const lexiconWordList = (lexicon: SerializedLexicon): string[] => [...wordGroups(lexicon).keys()];

/**
 * Counts the lexicon's words in an entry's text (already folded as the lexicon's words are): every occurrence,
 * overlapping ones too, as the literal search finds a word inside a longer one; a Latin word or number only whole,
 * as Pagefind matches it. `title` occurrences weigh more. The counts come as `[word's place in lexiconWordList,
 * count, …]`, a few bytes per word, as the build keeps them for every entry until the index is written.
 */
export function createWordCounter(lexicon: SerializedLexicon): (text: string, title?: string) => Uint32Array {
  const byFirst = new Map<string, [word: string, place: number][]>();
  lexiconWordList(lexicon).forEach((word, place) => {
    if (word) byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), [word, place]]);
  });
  const scan = (text: string, factor: number, counts: Map<number, number>) => {
    for (let position = 0; position < text.length; position += 1) {
      const candidates = byFirst.get(text[position]!);
      if (!candidates) continue;
      for (const [word, place] of candidates) {
        if (!text.startsWith(word, position)) continue;
        const end = position + word.length;
        if (LATIN.test(word[0]!) && LATIN.test(text[position - 1] ?? '')) continue;
        if (LATIN.test(word.at(-1)!) && LATIN.test(text[end] ?? '')) continue;
        counts.set(place, (counts.get(place) ?? 0) + factor);
      }
    }
  };
  return (text, title = '') => {
    const counts = new Map<number, number>();
    scan(text, 1, counts);
    scan(title, TITLE_FACTOR, counts);
    return Uint32Array.from([...counts].flat());
  };
}

/**
 * A word's weight in an entry, 1–9: its count saturated and set against the entry's length, as a search
 * engine's BM25 does (a word said five times in a short case says more than once in a long practice).
 */
export function wordWeight(count: number, length: number, averageLength: number): number {
  const saturated = (count * 2.2) / (count + 1.2 * (0.25 + (0.75 * length) / Math.max(1, averageLength)));
  return Math.max(1, Math.min(MAX_WEIGHT, Math.round(saturated * 4)));
}

/**
 * The bucket files for the entries in page order (`counts[i]`: entry i's word counts from `createWordCounter`,
 * `lengths[i]`: its text length), and their meta for the lexicon file.
 */
export function packConceptPostings(
  lexicon: SerializedLexicon,
  counts: readonly Uint32Array[],
  lengths: readonly number[],
  check: string,
): { meta: ConceptPostingsMeta; buckets: ConceptBucket[] } {
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
  const words = lexiconWordList(lexicon);
  const postings = new Map<string, number[]>();
  counts.forEach((found, entry) => {
    for (let index = 0; index + 1 < found.length; index += 2) {
      const word = words[found[index]!]!;
      const list = postings.get(word) ?? [];
      list.push(entry, wordWeight(found[index + 1]!, lengths[entry]!, averageLength));
      postings.set(word, list);
    }
  });
  const gaps = (list: readonly number[]) =>
    list.map((value, index) => (index % 2 === 0 && index > 0 ? value - list[index - 2]! : value));
  const groups = lexicon.groups.map((group) =>
    Object.fromEntries(
      [...group.w, ...(group.n ?? [])].flatMap((word) =>
        postings.has(word) ? [[word, gaps(postings.get(word)!)]] : [],
      ),
    ),
  );
  const bytes = groups.reduce((sum, words) => sum + JSON.stringify(words).length, 0);
  const count = Math.max(1, Math.min(groups.length, Math.ceil(bytes / BUCKET_BYTES)));
  const buckets = Array.from({ length: count }, (): ConceptBucket => ({ check, words: {} }));
  groups.forEach((words, group) => Object.assign(buckets[bucketOf(group, count)]!.words, words));
  return { meta: { buckets: count, check }, buckets };
}

/** A word's entries from its bucket: entry number → weight. */
export function unpackPostings(list: readonly number[]): Map<number, number> {
  const entries = new Map<number, number>();
  let entry = 0;
  for (let index = 0; index + 1 < list.length; index += 2) {
    entry += list[index]!;
    entries.set(entry, list[index + 1]!);
  }
  return entries;
}
