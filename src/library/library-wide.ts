/**
 * The library-wide step (`npm run build:library-wide`): reads every entry's frontmatter once (no rendering, one file
 * at a time, keeping only the parsed data), plans the shards, computes what needs the whole library (the cases'
 * data for lists, facets, statistics and journeys, the daily schedule, similar cases and the finder's index) and
 * records the hash of each shard's content. `checkLibraryWide` is the shard build's side: it refuses an input that
 * does not describe its content.
 */
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import { config } from '../config.ts';
import { compareCases } from '../lib/cases/case-order.ts';
import { librarySimilarityByCase } from '../lib/similar/build.ts';
import type { SimilarCase } from '../lib/similar/cases.ts';
import {
  LIBRARY_WIDE_VERSION,
  shardServedAt,
  type LibraryWideShard,
  type StoredSimilarity,
} from '../lib/library-wide/index.ts';
import { scanLibrary, type LibraryFile } from './layout.ts';
import { shownPath, type LibraryWideHead, type LibraryWideInput } from './library-wide-input.ts';
import { lexiconGroups, readLibrary } from './read.ts';
import { planShards, SHARED_COLLECTIONS, type ShardBy } from './shards.ts';

/**
 * Hash of a content folder's files (collection, path and bytes): what a shard build compares with the input's.
 * Symbolic links are left out (the validator refuses them), as are hidden files (Astro's loader skips them).
 */
export function contentHash(files: readonly LibraryFile[]): string {
  const whole = createHash('sha256');
  for (const file of files) {
    if (!lstatSync(file.absolutePath, { throwIfNoEntry: false })?.isFile()) continue;
    const bytes = createHash('sha256').update(readFileSync(file.absolutePath)).digest('hex');
    whole.update(`${file.collection}/${file.relativePath}\0${bytes}\n`);
  }
  return whole.digest('hex');
}

export interface LibraryWideOptions {
  /** Split by year or team as `npm run build:shards` does; without it the library is one shard served at `/`. */
  by?: ShardBy | undefined;
  /** The home shard's key (served at `/`). */
  home?: string | undefined;
}

/**
 * What the step writes: the input a shard build reads, except that each case's similar cases are found one case at a
 * time as `similar` is walked (once), so that they are written as they come rather than held for the whole library.
 */
export type LibraryWideOutput = Omit<LibraryWideInput, 'similarity'> & {
  similarity: Omit<StoredSimilarity, 'similar'> & { similar: () => Iterable<[string, SimilarCase[]]> };
};

export function computeLibraryWide(root: string, options: LibraryWideOptions = {}): LibraryWideOutput {
  const { files } = scanLibrary(root);
  const library = readLibrary(root, ['cases', 'daily', 'lexicon']);
  // An entry that does not read would be in no shard and missing from every list: never leave it out silently.
  const read = new Set([...library.cases, ...library.daily].map(({ file }) => file.absolutePath));
  const unread = files.filter(
    (file) => (file.collection === 'cases' || file.collection === 'daily') && !read.has(file.absolutePath),
  );
  if (unread.length)
    throw new Error(
      `库级数据无法生成：${unread.length} 个文件没有通过检查（${unread
        .slice(0, 5)
        .map((file) => shownPath(file.absolutePath))
        .join('、')}${unread.length > 5 ? ' 等' : ''}）。请运行 npm run check 查看原因，修正后再构建`,
    );
  const plans = options.by
    ? planShards(library, options.by, options.home)
    : [
        {
          key: 'library',
          label: '整库',
          base: '/',
          home: true,
          cases: library.cases.map(({ file }) => file),
          daily: library.daily.map(({ file }) => file),
        },
      ];
  const shardOf = new Map<string, number>();
  const shards: LibraryWideShard[] = plans.map((plan, position) => {
    const own = new Set([...plan.cases, ...plan.daily].map((file) => file.absolutePath));
    for (const file of own) shardOf.set(file, position);
    const hash = contentHash(
      files.filter((file) => SHARED_COLLECTIONS.includes(file.collection) || own.has(file.absolutePath)),
    );
    return { key: plan.key, label: plan.label, base: plan.base, contentHash: hash };
  });
  const cases = library.cases
    .map(({ file, data }) => ({ id: file.id, shard: shardOf.get(file.absolutePath)!, data }))
    .sort(compareCases);
  const daily = library.daily
    .filter(({ file }) => shardOf.has(file.absolutePath))
    .map(({ file, data }) => ({ id: file.id, shard: shardOf.get(file.absolutePath)!, data }))
    .sort((a, b) => b.id.localeCompare(a.id));
  const { similar, index, words, lexicon } = librarySimilarityByCase(
    cases,
    config.categories,
    lexiconGroups(library.lexicon),
  );
  return {
    version: LIBRARY_WIDE_VERSION,
    contentHash: contentHash(files),
    shards,
    cases,
    daily,
    similarity: { similar, index, words: [...words], lexicon },
  };
}

/**
 * Writes the input as JSON, one entry at a time: a single `JSON.stringify` of a large library would build one string
 * of several hundred megabytes. Each case's similar cases are found as they are written.
 */
export function writeLibraryWide(file: string, input: LibraryWideOutput): void {
  const descriptor = openSync(file, 'w');
  const write = (text: string) => writeSync(descriptor, text);
  try {
    const { cases, daily, similarity, ...rest } = input;
    // The head on a line of its own: a shard build's threads that need only the ids read no further (see
    // `readLibraryWideHead`).
    const head: LibraryWideHead = { ...rest, caseIds: cases.map(({ id }) => id) };
    write(`${JSON.stringify(head).slice(0, -1)}\n`);
    const list = (key: string, items: Iterable<unknown>, first = false) => {
      write(`${first ? '' : ','}${JSON.stringify(key)}:[`);
      let separator = '';
      for (const item of items) {
        write(`${separator}\n${JSON.stringify(item)}`);
        separator = ',';
      }
      write(']');
    };
    list('cases', cases);
    list('daily', daily);
    write(',"similarity":{');
    list('similar', similarity.similar(), true);
    list('words', similarity.words);
    write(`,"lexicon":${JSON.stringify(similarity.lexicon)},"index":{"ids":${JSON.stringify(similarity.index.ids)}`);
    write(',"terms":{');
    Object.entries(similarity.index.terms).forEach(([term, postings], at) =>
      write(`${at ? ',' : ''}\n${JSON.stringify(term)}:${JSON.stringify(postings)}`),
    );
    write('}}}}\n');
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Why a shard build at `base` must not use `input`, if it must not: the input describes other content (older or
 * newer than the content folder), or has no shard at that path.
 */
export function checkLibraryWide(
  file: string,
  input: Pick<LibraryWideInput, 'shards'>,
  root: string,
  base: string,
): string | undefined {
  const shown = shownPath(file);
  const found = shardServedAt(input.shards, base);
  if ('problem' in found) return `库级数据 ${shown}：${found.problem} — 请用与本次构建相同的分库方式重新生成`;
  if (contentHash(scanLibrary(root).files) === found.shard.contentHash) return undefined;
  return (
    `库级数据 ${shown} 与内容目录 ${shownPath(root)} 不一致：它是按另一版内容生成的` +
    `（分库「${found.shard.label}」的内容已改动）。请重新运行 npm run build:library-wide，再构建`
  );
}
