/**
 * The finder's files (粘贴客户原话找相似案例): the build-time similarity index of the cases, cut up so that the
 * browser fetches only what a pasted text needs. Pure, and bundled for the browser.
 *
 * - `meta.json`: the number of cases, shards and chunks, and which cases are archived (a few bytes);
 * - `lexicon.json`: the synonym lexicon (`serializeLexicon`), so a pasted text gains the concepts the cases have;
 * - `terms-N.json`: the postings of the terms that hash to shard N, fetched for the terms of the pasted text;
 * - `cases-N.json`: title, case number, labels and whole words of `CASES_PER_CHUNK` cases, fetched for the
 *   results shown;
 * - `help.json`: per failure type, the practices and scripts its cases cite most, fetched when no case is close.
 *
 * A shard maps each term to `[frequency, document, weight, document, weight, …]`: documents as gaps from the
 * previous one (small numbers), weights in thousandths (the ranking does not need more). Documents are
 * numbered in the order of the cases given to `encodeFinderIndex`.
 */
import type { SerializedSimilarityIndex } from './similarity.ts';

export interface FinderCase {
  /** Site path of the case page. */
  url: string;
  caseNumber: string;
  title: string;
  /** Category and failure-type labels, shown under the title. */
  category: string;
  failure: string;
  /** The failure subtype's id, for the help offered when no case is close. */
  failureType: string;
  archived: boolean;
  /** The case's whole words, best first (`chooseCaseWords`): a reason names those the pasted text has. */
  words: string[];
}

export interface FinderLink {
  title: string;
  url: string;
}

/**
 * What the finder offers for a failure type when no case is close: its cases, and the practices and scripts they cite
 * most.
 */
export interface FinderHelp {
  label: string;
  browse: string;
  practices: FinderLink[];
  scripts: FinderLink[];
}

/** Practices and scripts offered per failure type. */
export const HELP_LINKS = 3;

/**
 * Per failure subtype, the ids of the practices and scripts its cases cite, most cited first (ties in
 * the order first cited), at most `HELP_LINKS` each.
 */
export function citedByFailureType(
  cases: readonly { failureType: string; practices: readonly string[]; scripts: readonly string[] }[],
): Map<string, { practices: string[]; scripts: string[] }> {
  const tallies = new Map<string, { practices: Map<string, number>; scripts: Map<string, number> }>();
  for (const entry of cases) {
    let tally = tallies.get(entry.failureType);
    if (!tally) tallies.set(entry.failureType, (tally = { practices: new Map(), scripts: new Map() }));
    for (const id of entry.practices) tally.practices.set(id, (tally.practices.get(id) ?? 0) + 1);
    for (const id of entry.scripts) tally.scripts.set(id, (tally.scripts.get(id) ?? 0) + 1);
  }
  const top = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, HELP_LINKS)
      .map(([id]) => id);
  return new Map(
    [...tallies].map(([failureType, tally]) => [
      failureType,
      { practices: top(tally.practices), scripts: top(tally.scripts) },
    ]),
  );
}

export interface FinderMeta {
  /** Number of cases (documents). */
  size: number;
  /** Number of term shards: a term lives in shard `shardOf(term, shards)`. */
  shards: number;
  /** Cases per `cases-N.json`: document d is in chunk `Math.floor(d / chunkSize)`. */
  chunkSize: number;
  /** Documents of archived cases, which rank lower: known before any case chunk is fetched. */
  archived: number[];
}

export interface FinderShard {
  terms: Record<string, number[]>;
}

export interface FinderChunk {
  cases: FinderCase[];
}

/** Postings per shard, about 3 KB gzipped: a paste fetches one shard per distinct term it shares with the library. */
export const POSTINGS_PER_SHARD = 500;
export const CASES_PER_CHUNK = 100;
const WEIGHT_SCALE = 1000;

/** FNV-1a hash of the term, modulo the shard count: the same in Node and the browser. */
export function shardOf(term: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < term.length; index += 1)
    hash = Math.imul(hash ^ term.charCodeAt(index), 0x01000193) >>> 0;
  return hash % shards;
}

export function encodeFinderIndex(
  index: SerializedSimilarityIndex,
  cases: readonly FinderCase[],
): { meta: FinderMeta; shards: FinderShard[]; chunks: FinderChunk[] } {
  const postings = Object.values(index.terms).reduce((sum, entry) => sum + entry.postings.length, 0);
  const count = Math.max(1, Math.ceil(postings / POSTINGS_PER_SHARD));
  const shards: FinderShard[] = Array.from({ length: count }, () => ({ terms: {} }));
  for (const [term, entry] of Object.entries(index.terms)) {
    const flat = [entry.frequency];
    let previous = 0;
    for (const [document, weight] of entry.postings) {
      flat.push(document - previous, Math.max(1, Math.round(weight * WEIGHT_SCALE)));
      previous = document;
    }
    shards[shardOf(term, count)]!.terms[term] = flat;
  }
  const chunks = Array.from({ length: Math.ceil(cases.length / CASES_PER_CHUNK) }, (_, chunk) => ({
    cases: cases.slice(chunk * CASES_PER_CHUNK, (chunk + 1) * CASES_PER_CHUNK),
  }));
  const archived = cases.flatMap((item, document) => (item.archived ? [document] : []));
  return { meta: { size: cases.length, shards: count, chunkSize: CASES_PER_CHUNK, archived }, shards, chunks };
}

/** The part of the index the given shards hold, ready for `loadSimilarityIndex`; a document's id is its number. */
export function decodeFinderShards(meta: FinderMeta, shards: Iterable<FinderShard>): SerializedSimilarityIndex {
  const terms: SerializedSimilarityIndex['terms'] = {};
  for (const shard of shards) {
    for (const [term, flat] of Object.entries(shard.terms)) {
      const postings: [number, number][] = [];
      let document = 0;
      for (let position = 1; position + 1 < flat.length; position += 2) {
        document += flat[position]!;
        postings.push([document, flat[position + 1]! / WEIGHT_SCALE]);
      }
      terms[term] = { frequency: flat[0]!, postings };
    }
  }
  return { ids: Array.from({ length: meta.size }, (_, document) => String(document)), terms };
}
