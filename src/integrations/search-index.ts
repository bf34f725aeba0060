/**
 * Builds the search index during `astro build` through Pagefind's Node API (no second command):
 * - each entry page is indexed as soon as it is rendered (search-index-middleware.ts hands it over), so
 *   Pagefind's own process works on the second core while Astro renders on the first;
 * - each entry page is indexed from a copy whose text has every Han character as its own word
 *   (see src/lib/search/han-words.ts); the served pages are not touched;
 * - next to the index it writes the record table (kind, facets, date, standing per page) and the
 *   Simplified/Traditional variant table that the browser-side engine uses.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { separateHanInHtml } from '../lib/search/han-words.ts';
import { caseRecord, otherRecord, type EntryKind, type RecordTable, type SearchRecord } from '../lib/search/records.ts';
import { countHanCharacters } from '../lib/search/script-variants.ts';
import { INDEX_KINDS_ENV, indexedKinds } from '../lib/search/shard-config.ts';
import { entryKinds } from '../lib/taxonomy.ts';
import { variantTableForCharacters } from '../lib/similar-build.ts';
import { paths } from '../lib/urls.ts';
import { readLibrary } from '../validation/read-library.ts';
import { setActivePageIndexer } from './page-indexer.ts';

/** Names of the two tables, shared with the browser code that fetches them. */
export const RECORDS_FILE = 'casebook-records.json';
export const VARIANTS_FILE = 'casebook-variants.json';

/** Records of the kinds this build indexes, their URLs under the site's `base` (a shard is served below a path). */
function searchRecords(base: string): SearchRecord[] {
  const library = readLibrary();
  const kinds = indexedKinds(Object.keys(entryKinds) as EntryKind[], process.env[INDEX_KINDS_ENV]);
  const records: SearchRecord[] = [
    ...library.cases.map(({ file, data }) => caseRecord(paths.case(file.id), data)),
    ...library.daily.map(({ file }) => otherRecord(paths.dailyEntry(file.id), 'daily', file.id)),
    ...library.practices.map(({ file, data }) => otherRecord(paths.practice(file.id), 'practice', data.publishedOn, { tag: data.tags })),
    ...library.scripts.map(({ file, data }) =>
      otherRecord(paths.script(file.id), 'script', '', { category: data.category, channel: data.channels, tag: data.tags }),
    ),
  ];
  // Outside Vite `paths` know no base: prefix it here, so links in results and the record table are as served.
  return records.filter((record) => kinds.has(record.kind)).map((record) => ({ ...record, url: withBase(base, record.url) }));
}

function withBase(base: string, url: string): string {
  const prefix = base.replace(/\/?$/, '/');
  return url.startsWith(prefix) ? url : `${prefix}${url.replace(/^\//, '')}`;
}

/** Pagefind names each page's fragment by a hash; results carry that id, so the tables are keyed by it. */
async function fragmentIds(bundleDir: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const folder = path.join(bundleDir, 'fragment');
  for (const name of await readdir(folder)) {
    // The URL is the fragment's first field: inflating the first bytes is enough.
    const head = (await readFile(path.join(folder, name))).subarray(0, 1024);
    const text = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    const url = /"url":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
    if (url) ids.set(JSON.parse(`"${url}"`) as string, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** A Pagefind index that takes pages as they are rendered, and reads from disk any it was not handed. */
async function startIndexing(base: string) {
  const records = searchRecords(base);
  const wanted = new Set(records.map((record) => record.url));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
  const characters = new Map<string, number>();
  const added = new Map<string, Promise<void>>();
  const add = (url: string, html: string) => {
    countHanCharacters(html, characters);
    added.set(
      url,
      index.addHTMLFile({ url, content: separateHanInHtml(html) }).then((result) => {
        if (result.errors.length) throw new Error(`Pagefind 无法索引 ${url}：${result.errors.join('; ')}`);
      }),
    );
  };
  return {
    records,
    characters,
    index,
    indexer: { wants: (url: string) => wanted.has(url) && !added.has(url), add },
    /** Waits for the pages handed over; pages never handed over (none, normally) are read from the output. */
    async finish(outDir: string) {
      for (const url of wanted) {
        // The output folder holds the site without its base path.
        if (!added.has(url)) add(url, await readFile(path.join(outDir, url.slice(base.length - 1), 'index.html'), 'utf8'));
      }
      await Promise.all(added.values());
    },
  };
}

export default function searchIndex(): AstroIntegration {
  let indexing: ReturnType<typeof startIndexing> | undefined;
  let started = 0;
  let base = '/';
  return {
    name: 'casebook:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ order: 'post', entrypoint: new URL('./search-index-middleware.ts', import.meta.url) });
      },
      'astro:build:start': () => {
        started = performance.now();
        indexing = startIndexing(base);
        // Registered once the index exists; until then pages are read from disk at the end.
        void indexing.then(({ indexer }) => setActivePageIndexer(indexer), () => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundleDir = path.join(outDir, 'pagefind');
        setActivePageIndexer(undefined);
        const waitStarted = performance.now();
        try {
          const { records, characters, index, finish } = await indexing!;
          await finish(outDir);
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
          const ids = await fragmentIds(bundleDir);
          const table: RecordTable = { records: {} };
          for (const record of records) {
            const id = ids.get(record.url);
            if (!id) throw new Error(`搜索索引缺少页面 ${record.url}（该页面没有 data-pagefind-body？）`);
            table.records[id] = record;
          }
          const variants = variantTableForCharacters(characters);
          await writeFile(path.join(bundleDir, RECORDS_FILE), JSON.stringify(table));
          await writeFile(path.join(bundleDir, VARIANTS_FILE), JSON.stringify(variants));
          const now = performance.now();
          logger.info(
            `搜索索引：${records.length} 个条目，与页面生成同时进行（共 ${Math.round(now - started)} ms），页面生成后又用时 ${Math.round(now - waitStarted)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
