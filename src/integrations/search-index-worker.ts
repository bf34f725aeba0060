/**
 * The search index's own thread (a worker started by search-index.ts for each `astro build`). It owns the
 * Pagefind index, so the page-by-page work of indexing (writing Han text as folded bigram words, counting
 * characters, encoding each page for Pagefind's process) runs on the second core instead of between page renders: at
 * 10,000 entries that work took 6 of the 45 seconds of page generation when it ran on Astro's thread.
 *
 * Pagefind is handed only the part of each page it indexes (indexable-html.ts).
 *
 * Messages out: first `records` (the entries the index holds). Messages in: `add` (a rendered page), then one
 * `write` (the bundle folder), answered by `written` with the fragment id of each URL and the Han character
 * counts, or `failed` with a message for the build log.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { constants, gunzip, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import * as pagefind from 'pagefind';
import type { Fragment } from '../lib/search/tables.ts';
import { decodeIndexText, indexTextInHtml } from '../lib/search/index-words.ts';
import { indexableHtml } from '../lib/search/indexable-html.ts';
import { countHanCharacters } from '../lib/search/script-variants.ts';
import { resultCardFacets, type IndexedRecord } from '../lib/search/record-table.ts';
import { createCharacterFold } from '../lib/text/script-converters.ts';
import { browserLexicon, type BrowserLexicon } from '../lib/search/meaning.ts';
import { createWordCounter } from '../lib/search/concept-postings.ts';
import { normalizeQuery } from '../lib/search/query.ts';
import { createTextFold } from '../lib/text/text-fold.ts';
import { readLexicon } from '../library/read.ts';
import { searchRecords } from './search-records.ts';

export type IndexRequest = { type: 'add'; url: string; page: Uint8Array } | { type: 'write'; bundleDir: string };
/** What the thread is started with. */
export interface IndexSettings {
  /** The site's base path (a shard is served below one). */
  base: string;
}

export type IndexReply =
  | { type: 'records'; records: IndexedRecord[] }
  | {
      type: 'written';
      ids: [url: string, id: string][];
      characters: [character: string, count: number][];
      /** The lexicon for the browser, and per page its words' counts and its text's length (concept-postings.ts). */
      lexicon: BrowserLexicon;
      concepts: [url: string, counts: Uint32Array, length: number][];
      writeMs: number;
      slimMs: number;
    }
  | { type: 'failed'; message: string };

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

/** Marks Pagefind puts before the JSON of a fragment (kept so the files stay readable by Pagefind's own loader). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';
/** Fragments rewritten at a time: enough to keep the file system and zlib threads busy. */
const SLIM_BATCH = 64;

/**
 * Rewrites every fragment with only what the results list uses: URL, title, the page's own text (the index
 * words turned back into its characters, without the invisible word breaks) and the facet values its badges
 * show (so the first results need no facet file). Returns the fragment id of each URL: Pagefind names each
 * page's fragment by a hash and results carry that id, so the record table is keyed by it.
 */
async function slimFragments(
  bundleDir: string,
  cardFacets: ReadonlyMap<string, Fragment['facets']>,
): Promise<[string, string][]> {
  const folder = path.join(bundleDir, 'fragment');
  // A library with no entries yet (a new team's) gives Pagefind no page, and no fragment folder.
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? [] : Promise.reject(error),
  );
  const ids: [string, string][] = [];
  for (let start = 0; start < names.length; start += SLIM_BATCH) {
    await Promise.all(
      names.slice(start, start + SLIM_BATCH).map(async (name) => {
        const file = path.join(folder, name);
        const text = (await gunzipAsync(await readFile(file))).toString('utf8');
        const data = JSON.parse(text.slice(text.indexOf('{'))) as {
          url: string;
          content: string;
          word_count: number;
          meta: Record<string, string>;
        };
        const slim = {
          url: data.url,
          content: decodeIndexText(data.content),
          word_count: data.word_count,
          filters: {},
          meta: { title: decodeIndexText(data.meta.title ?? data.url) },
          anchors: [],
          facets: cardFacets.get(data.url) ?? {},
        };
        await writeFile(
          file,
          await gzipAsync(FRAGMENT_SIGNATURE + JSON.stringify(slim), { level: constants.Z_BEST_COMPRESSION }),
        );
        ids.push([data.url, name.replace(/\.pf_fragment$/, '')]);
      }),
    );
  }
  return ids;
}

const port = parentPort!;
// Pagefind's process allocates through jemalloc, which keeps an arena per thread: told to use one, Pagefind peaks
// lower while writing a large index. Freed memory is left to jemalloc's own decay: handing every freed page back at
// once (decay 0) cost Pagefind twice the CPU time, most of it in the kernel, for 2 % less memory (docs/scaling.md).
// jemalloc reads this when the process starts; the variable, if already set, wins. (The bundler's allocator is set
// in scripts/build.ts.)
process.env._RJEM_MALLOC_CONF ??= 'narenas:1';
const created = pagefind.createIndex({ forceLanguage: 'zh-cn' }).then(({ index, errors }) => {
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  return index;
});
// Until `write` waits for it, a failure to start must not end the thread as an unhandled rejection.
created.catch(() => undefined);
// Then, while Pagefind starts and Vite bundles: which pages the index holds (read from the content files, off
// Astro's thread).
const records = searchRecords((workerData as IndexSettings).base);
port.postMessage({ type: 'records', records } satisfies IndexReply);
// The facet values each result's badges show travel in its fragment (the first results need no facet file).
const cardFacets = new Map(
  records.map((record): [string, Fragment['facets']] => [
    record.url,
    Object.fromEntries(
      resultCardFacets.flatMap((facet) => (record.facets[facet]?.length ? [[facet, record.facets[facet]]] : [])),
    ),
  ]),
);
const decoder = new TextDecoder();
const characters = new Map<string, number>();
const folding = createCharacterFold();
const added: Promise<void>[] = [];
// The lexicon's words folded as the index folds text, and each page's count of them (the meaning matches' postings).
const textFold = createTextFold(folding);
const lexicon = browserLexicon(readLexicon(), (word) => textFold(normalizeQuery(word, Infinity)));
const countWords = createWordCounter(lexicon);
const concepts: [string, Uint32Array, number][] = [];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** The text of indexable HTML, each element's text apart (the index does not join characters across tags either). */
const htmlText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '\n')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#')
        ? codePoint(Number.parseInt(name.slice(/^#x/i.test(name) ? 2 : 1), /^#x/i.test(name) ? 16 : 10), entity)
        : (ENTITIES[name.toLowerCase()] ?? entity),
    );
/** A numeric character reference's character; one naming no character stays as written. */
const codePoint = (value: number, entity: string) =>
  value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : entity;
/** Text folded as the lexicon's words are (width, case, script). */
const foldPageText = (text: string) => [...normalizeQuery(text, Infinity)].map(folding.fold).join('');

port.on('message', (request: IndexRequest) => {
  if (request.type === 'add') {
    const { url } = request;
    // Only what Pagefind keeps crosses to its process and is written as index words (about a quarter of the page).
    const html = indexableHtml(decoder.decode(request.page));
    const known = characters.size;
    countHanCharacters(html, characters);
    // A map keeps insertion order: the characters this page brought are the last ones (after the first pages, none).
    if (characters.size > known) folding.learn([...characters.keys()].slice(known));
    const content = indexTextInHtml(html, folding.fold);
    const text = foldPageText(htmlText(html));
    const title = foldPageText(htmlText(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? ''));
    concepts.push([url, countWords(text, title), text.length]);
    const adding = created.then(async (index) => {
      const result = await index.addHTMLFile({ url, content });
      if (result.errors.length) throw new Error(`Pagefind 无法索引 ${url}：${result.errors.join('; ')}`);
    });
    adding.catch(() => undefined);
    added.push(adding);
    return;
  }
  void (async () => {
    try {
      const index = await created;
      await Promise.all(added);
      const writeStarted = performance.now();
      const written = await index.writeFiles({ outputPath: request.bundleDir });
      if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
      const slimStarted = performance.now();
      const ids = await slimFragments(request.bundleDir, cardFacets);
      const reply: IndexReply = {
        type: 'written',
        ids,
        characters: [...characters],
        lexicon,
        concepts,
        writeMs: slimStarted - writeStarted,
        slimMs: performance.now() - slimStarted,
      };
      port.postMessage(reply);
    } catch (error) {
      port.postMessage({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      } satisfies IndexReply);
    } finally {
      await pagefind.close();
    }
  })();
});
