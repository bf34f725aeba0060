/**
 * Builds the search index as the last step of `astro build` through Pagefind's Node API (no second command):
 * - each entry page is indexed from a copy whose Han text is written as character bigrams
 *   (see src/lib/search/index-words.ts); the served pages are not touched;
 * - next to the index it writes the record table (kind, facets, date, standing per page, packed: see
 *   src/lib/search/record-table.ts), the page URLs, and the Simplified/Traditional variant table, whole (for the
 *   similar-case finder) and in shards by code point (the search fetches only its query's characters' shards);
 * - it rewrites each fragment with only what the results list shows (URL, title, text without the invisible
 *   word breaks): Pagefind's own excerpts and sub-results are not used, so their data need not be downloaded.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Fragment } from '../components/search/search-client.ts';
import { decodeIndexText, indexTextInHtml } from '../lib/search/index-words.ts';
import { sortHits } from '../lib/search/engine.ts';
import { excerptSource } from '../lib/search/excerpt.ts';
import { packRecords, searchFiles, unpackRecords, type IndexedRecord } from '../lib/search/record-table.ts';
import { PAGE_SIZE } from '../lib/search/state.ts';
import { caseRecord, otherRecord } from '../lib/search/records.ts';
import { countHanCharacters, shardVariantTable } from '../lib/search/script-variants.ts';
import { variantTableForCharacters } from '../lib/similar-build.ts';
import { paths } from '../lib/urls.ts';
import { readLibrary } from '../validation/read-library.ts';

const INDEXING_CONCURRENCY = 8;

function searchRecords(): IndexedRecord[] {
  const library = readLibrary();
  return [
    ...library.cases.map(({ file, data }) => caseRecord(paths.case(file.id), data)),
    ...library.daily.map(({ file }) => otherRecord(paths.dailyEntry(file.id), 'daily', file.id)),
    ...library.practices.map(({ file, data }) => otherRecord(paths.practice(file.id), 'practice', data.publishedOn, { tag: data.tags })),
    ...library.scripts.map(({ file, data }) =>
      otherRecord(paths.script(file.id), 'script', '', { category: data.category, channel: data.channels, tag: data.tags }),
    ),
  ];
}

/** Marks Pagefind puts before the JSON of a fragment (kept so the files stay readable by Pagefind's own loader). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Rewrites every fragment with only what the results list uses: URL, title and the page's own text (the index
 * words turned back into its characters, without the invisible word breaks). Returns the fragment id of each URL: Pagefind names each
 * page's fragment by a hash and results carry that id, so the record table is keyed by it.
 */
async function slimFragments(bundleDir: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const folder = path.join(bundleDir, 'fragment');
  for (const name of await readdir(folder)) {
    const file = path.join(folder, name);
    const text = gunzipSync(await readFile(file)).toString('utf8');
    const data = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; word_count: number; meta: Record<string, string> };
    const slim = { url: data.url, content: decodeIndexText(data.content), word_count: data.word_count, filters: {}, meta: { title: decodeIndexText(data.meta.title ?? data.url) }, anchors: [] };
    await writeFile(file, gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(slim), { level: constants.Z_BEST_COMPRESSION }));
    ids.set(data.url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** Characters of text kept after the title in the browse preview: a little more than an excerpt shows (80). */
const PREVIEW_TEXT = 100;

/**
 * The first page of the list the search page shows without a query (newest first, archived last, as the
 * engine sorts it), with just enough text for the excerpts: one small file instead of ten fragments.
 */
async function browsePreview(bundleDir: string, table: ReturnType<typeof unpackRecords>['table']): Promise<Record<string, Fragment>> {
  const hits = Object.entries(table.records).map(([id, record]) => ({ id, record, score: 0 }));
  const preview: Record<string, Fragment> = {};
  for (const { id } of sortHits(hits, 'relevance', false).slice(0, PAGE_SIZE)) {
    const text = gunzipSync(await readFile(path.join(bundleDir, 'fragment', `${id}.pf_fragment`))).toString('utf8');
    const { url, content, meta } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: { title: string } };
    const bodyStart = content.length - excerptSource(content, meta.title).length;
    preview[id] = { url, title: meta.title, content: content.slice(0, bodyStart + PREVIEW_TEXT) };
  }
  return preview;
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'casebook:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const bundleDir = path.join(outDir, 'pagefind');
        const records = searchRecords();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
        const characters = new Map<string, number>();
        try {
          // Pagefind's service handles requests as they come: keep several in flight instead of one at a time.
          const queue = [...records];
          const worker = async () => {
            for (let record = queue.shift(); record; record = queue.shift()) {
              const html = await readFile(path.join(outDir, decodeURI(record.url), 'index.html'), 'utf8');
              countHanCharacters(html, characters);
              const added = await index.addHTMLFile({ url: record.url, content: indexTextInHtml(html) });
              if (added.errors.length) throw new Error(`Pagefind 无法索引 ${record.url}：${added.errors.join('; ')}`);
            }
          };
          await Promise.all(Array.from({ length: INDEXING_CONCURRENCY }, worker));
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        const ids = await slimFragments(bundleDir);
        const entries = records.map((record) => {
          const id = ids.get(record.url);
          if (!id) throw new Error(`搜索索引缺少页面 ${record.url}（该页面没有 data-pagefind-body？）`);
          return [id, record] as const;
        });
        const { packed, urls } = packRecords(entries);
        const variants = variantTableForCharacters(characters);
        await mkdir(path.dirname(path.join(bundleDir, searchFiles.variantShard(0))), { recursive: true });
        await Promise.all([
          writeFile(path.join(bundleDir, searchFiles.records), JSON.stringify(packed)),
          writeFile(path.join(bundleDir, searchFiles.urls), JSON.stringify(urls)),
          browsePreview(bundleDir, unpackRecords(packed).table).then((preview) => writeFile(path.join(bundleDir, searchFiles.browse), JSON.stringify(preview))),
          writeFile(path.join(bundleDir, searchFiles.variants), JSON.stringify(variants)),
          ...shardVariantTable(variants).map((shard, number) => writeFile(path.join(bundleDir, searchFiles.variantShard(number)), JSON.stringify(shard))),
        ]);
        logger.info(`搜索索引：${records.length} 个条目，用时 ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
