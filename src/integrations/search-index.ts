/**
 * Builds the search index during `astro build` through Pagefind's Node API (no second command):
 * - each entry page is indexed as soon as it is rendered (search-index-middleware.ts hands it over) by a
 *   thread of its own (search-index-worker.ts) and Pagefind's process, both on the second core while Astro
 *   renders on the first;
 * - each entry page is indexed from a copy whose Han text is written as character bigrams, folded to Simplified
 *   with OpenCC as pages arrive (see src/lib/search/index-words.ts); the served pages are not touched;
 * - next to the index it writes the record table (kind, date, standing per page, in Pagefind's page
 *   order, and a file per facet: see src/lib/search/record-table.ts), the page ids and URLs, and the
 *   Simplified/Traditional variant table, whole (for the similar-case finder) and in shards by code point (the
 *   search fetches only its query's characters' shards);
 * - it writes the synonym lexicon for the meaning matches, its words folded (`casebook-lexicon.json`), and the
 *   entries containing each of its words (`casebook-concepts/N.json`, see src/lib/search/concept-postings.ts);
 * - it rewrites each fragment with only what the results list shows (URL, title, the page's own text, the facet
 *   values of the result's badges): Pagefind's own excerpts and sub-results are not used, so their data need not
 *   be downloaded; and it writes a small preview of the list shown without a query;
 * - it announces in the search page's head the files every first search needs (src/lib/search/bundle-preload.ts),
 *   whose names are known only now, and gives the page's script the index's version.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import type { Fragment } from '../lib/search/tables.ts';
import { sortHits } from '../lib/search/engine.ts';
import { excerptSource } from '../lib/search/excerpt.ts';
import { bundleVersion, preloadTags, searchPreloads, type PagefindEntry } from '../lib/search/bundle-preload.ts';
import { pagefindPageIds } from '../lib/search/pagefind-meta.ts';
import {
  packIds,
  packRecords,
  searchFiles,
  storedFacets,
  unpackRecords,
  type IndexedRecord,
} from '../lib/search/record-table.ts';
import type { BrowserLexicon } from '../lib/search/meaning.ts';
import { packConceptPostings } from '../lib/search/concept-postings.ts';
import { shardVariantTable } from '../lib/search/script-variants.ts';
import { PAGE_SIZE } from '../lib/search/state.ts';
import { variantTableForCharacters } from '../lib/similar/build.ts';
import { paths } from '../lib/site/urls.ts';
import { setActivePageIndexer } from './page-indexer.ts';
import type { IndexReply, IndexRequest, IndexSettings } from './search-index-worker.ts';
import { withBase } from './search-records.ts';

/** Characters of text kept after the title in the browse preview: a little more than an excerpt shows (80). */
const PREVIEW_TEXT = 100;

/**
 * The first page of the list the search page shows without a query (newest first, archived last, as the
 * engine sorts it), with just enough text for the excerpts: one small file instead of ten fragments.
 */
async function browsePreview(
  bundleDir: string,
  table: ReturnType<typeof unpackRecords>,
): Promise<Record<string, Fragment>> {
  const hits = Object.entries(table.records).map(([id, record]) => ({ id, record, score: 0 }));
  const preview: Record<string, Fragment> = {};
  for (const { id } of sortHits(hits, 'relevance', false).slice(0, PAGE_SIZE)) {
    const text = gunzipSync(await readFile(path.join(bundleDir, 'fragment', `${id}.pf_fragment`))).toString('utf8');
    const { url, content, meta, facets } = JSON.parse(text.slice(text.indexOf('{'))) as {
      url: string;
      content: string;
      meta: { title: string };
      facets: Fragment['facets'];
    };
    const bodyStart = content.length - excerptSource(content, meta.title).length;
    preview[id] = { url, title: meta.title, content: content.slice(0, bodyStart + PREVIEW_TEXT), facets };
  }
  return preview;
}

/**
 * The synonym lexicon for the search page's meaning matches, its words folded as the index folds text (and as
 * the browser folds a query: it then needs no converter and no extra variant shards to match them), and the
 * entries containing each word, in page order (concept-postings.ts): a synonym costs the browser a small file
 * instead of Pagefind's index chunks.
 */
async function writeLexicon(
  bundleDir: string,
  lexicon: BrowserLexicon,
  concepts: Map<string, { counts: Uint32Array; length: number }>,
  urls: readonly string[],
  check: string,
): Promise<void> {
  const pages = urls.map((url) => concepts.get(url) ?? { counts: new Uint32Array(), length: 0 });
  const { meta, buckets } = packConceptPostings(
    lexicon,
    pages.map((page) => page.counts),
    pages.map((page) => page.length),
    check,
  );
  await mkdir(path.dirname(path.join(bundleDir, searchFiles.concepts(0))), { recursive: true });
  await Promise.all([
    writeFile(path.join(bundleDir, searchFiles.lexicon), JSON.stringify({ ...lexicon, concepts: meta })),
    ...buckets.map((bucket, number) =>
      writeFile(path.join(bundleDir, searchFiles.concepts(number)), JSON.stringify(bucket)),
    ),
  ]);
}

/**
 * Adds to the built search page the links that start its bundle's downloads with the page, and the index version
 * its script passes to Pagefind so the entry file's URL matches the announced one.
 */
async function announceBundle(outDir: string, bundleDir: string, base: string): Promise<void> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  // The output folder holds the site without its base path.
  const file = path.join(outDir, paths.search(), 'index.html');
  const html = await readFile(file, 'utf8');
  if (!html.includes('</head>') || !html.includes('<search-panel '))
    throw new Error(`${file} 不是预期的搜索页面（缺少 </head> 或 <search-panel>）`);
  const links = preloadTags(searchPreloads(withBase(base, '/pagefind/'), entry));
  await writeFile(
    file,
    html
      .replace('</head>', `${links}</head>`)
      .replace('<search-panel ', `<search-panel data-bundle-version="${bundleVersion(entry)}" `),
  );
}

/**
 * The index, built on its own thread (search-index-worker.ts): pages go to it as they are rendered, and it is
 * written as soon as the last entry page is in, while Astro renders the pages that are not indexed (lists,
 * presenter pages); any page it was not handed is read from disk at the end.
 */
function startIndexing(base: string, bundleDir: string) {
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), {
    workerData: { base } satisfies IndexSettings,
  });
  // A build that fails before writing must still exit: only waiting for the write holds the thread.
  worker.unref();
  // The thread's first message: the records, read from the content files while Vite bundles. Pages rendered
  // before they arrive (none, normally) are read from disk at the end.
  let wanted = new Set<string>();
  const recordsRead = new Promise<IndexedRecord[]>((resolve) =>
    worker.once('message', (reply: IndexReply) => {
      if (reply.type !== 'records') return;
      wanted = new Set(reply.records.map((record) => record.url));
      resolve(reply.records);
    }),
  );
  // The thread's own crash (not a Pagefind error, which it reports) must fail the build, not hang it.
  const crashed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`搜索索引线程意外退出（退出码 ${code}）`)));
  });
  crashed.catch(() => undefined);
  let writing: Promise<IndexReply> | undefined;
  const startWrite = () => {
    if (!writing) {
      const replied = new Promise<IndexReply>((resolve) => worker.once('message', resolve));
      worker.postMessage({ type: 'write', bundleDir } satisfies IndexRequest);
      writing = Promise.race([replied, crashed]);
      // Awaited by `write`; until then a failure must not surface as an unhandled rejection.
      writing.catch(() => undefined);
    }
    return writing;
  };
  const added = new Set<string>();
  const add = (url: string, page: Uint8Array<ArrayBuffer>) => {
    added.add(url);
    worker.postMessage({ type: 'add', url, page } satisfies IndexRequest, [page.buffer]);
    if (added.size === wanted.size) void startWrite();
  };
  return {
    indexer: { wants: (url: string) => wanted.has(url) && !added.has(url), add },
    /** The URLs of the pages the index holds, once the thread has read them. */
    entryUrls: async () => (await Promise.race([recordsRead, crashed]), wanted),
    /** The written index, once every page is in; pages never handed over (none, normally) are read from the output. */
    async write(outDir: string): Promise<{
      records: IndexedRecord[];
      ids: Map<string, string>;
      characters: Map<string, number>;
      lexicon: BrowserLexicon;
      concepts: Map<string, { counts: Uint32Array; length: number }>;
      fromDisk: number;
      writeMs: number;
      slimMs: number;
    }> {
      worker.ref();
      try {
        const records = await Promise.race([recordsRead, crashed]);
        let fromDisk = 0;
        for (const url of wanted) {
          if (added.has(url)) continue;
          // The output folder holds the site without its base path.
          add(url, new Uint8Array(await readFile(path.join(outDir, url.slice(base.length - 1), 'index.html'))));
          fromDisk += 1;
        }
        const reply = await startWrite();
        if (reply.type === 'failed') throw new Error(reply.message);
        if (reply.type !== 'written') throw new Error(`搜索索引线程的回复不符合预期：${reply.type}`);
        return {
          records,
          ids: new Map(reply.ids),
          characters: new Map(reply.characters),
          lexicon: reply.lexicon,
          concepts: new Map(reply.concepts.map(([url, counts, length]) => [url, { counts, length }])),
          fromDisk,
          writeMs: reply.writeMs,
          slimMs: reply.slimMs,
        };
      } finally {
        await worker.terminate();
      }
    },
  };
}

/**
 * Astro's page renderer with the entry pages first: the index can then be written while the other pages render,
 * instead of after the last one. The pages themselves are rendered exactly as Astro's own renderer does.
 */
function entryPagesFirst(
  renderer: AstroPrerenderer,
  entryUrls: () => Promise<ReadonlySet<string>>,
  base: string,
): AstroPrerenderer {
  return {
    ...renderer,
    name: 'casebook:entry-pages-first',
    setup: async () => renderer.setup?.(),
    render: async (request, options) => renderer.render(request, options),
    teardown: async () => renderer.teardown?.(),
    async getStaticPaths() {
      const [all, entries] = await Promise.all([renderer.getStaticPaths(), entryUrls()]);
      const isEntry = ({ pathname }: { pathname: string }) =>
        entries.has(withBase(base, decodeURI(pathname).replace(/\/?$/, '/')));
      return [...all.filter(isEntry), ...all.filter((path) => !isEntry(path))];
    },
  };
}

export default function searchIndex(): AstroIntegration {
  let indexing: ReturnType<typeof startIndexing> | undefined;
  let started = 0;
  let base = '/';
  let outDir = '';
  return {
    name: 'casebook:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        outDir = fileURLToPath(config.outDir);
      },
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build')
          addMiddleware({ order: 'post', entrypoint: new URL('./search-index-middleware.ts', import.meta.url) });
      },
      'astro:build:start': ({ setPrerenderer }) => {
        started = performance.now();
        const current = startIndexing(base, path.join(outDir, 'pagefind'));
        indexing = current;
        setActivePageIndexer(current.indexer);
        // A static site, no adapter: Astro's default renderer is the one wrapped.
        setPrerenderer((renderer) => entryPagesFirst(renderer, current.entryUrls, base));
      },
      'astro:build:done': async ({ logger }) => {
        const bundleDir = path.join(outDir, 'pagefind');
        setActivePageIndexer(undefined);
        const waitStarted = performance.now();
        const { records, ids, characters, lexicon, concepts, fromDisk, writeMs, slimMs } =
          await indexing!.write(outDir);
        if (records.length === 0) {
          // A new team's empty library: Pagefind writes no index without pages, and the search page says the library is
          // empty.
          logger.info('搜索索引：库里还没有条目，没有可建的索引');
          return;
        }
        const recordOf = new Map(records.map((record) => [ids.get(record.url), record]));
        for (const record of records)
          if (!ids.has(record.url))
            throw new Error(`搜索索引缺少页面 ${record.url}（该页面没有 data-pagefind-body？）`);
        // The records in Pagefind's page order, the order the browser gets the ids in (record-table.ts).
        const metaFile = (await readdir(bundleDir)).find((name) => name.endsWith('.pf_meta'));
        if (!metaFile) throw new Error(`Pagefind 没有写出元数据文件（${bundleDir}）`);
        const entries = pagefindPageIds(await readFile(path.join(bundleDir, metaFile))).map((id) => {
          const record = recordOf.get(id);
          if (!record) throw new Error(`搜索索引里的页面 ${id} 没有对应的条目记录`);
          return [id, record] as const;
        });
        const { packed, facets, ids: orderedIds, urls } = packRecords(entries);
        const variants = variantTableForCharacters(characters);
        await mkdir(path.dirname(path.join(bundleDir, searchFiles.variantShard(0))), { recursive: true });
        await mkdir(path.dirname(path.join(bundleDir, searchFiles.facet('tag'))), { recursive: true });
        await Promise.all([
          writeFile(path.join(bundleDir, searchFiles.records), JSON.stringify(packed)),
          ...storedFacets.map((facet) =>
            writeFile(path.join(bundleDir, searchFiles.facet(facet)), JSON.stringify(facets[facet])),
          ),
          writeFile(path.join(bundleDir, searchFiles.ids), JSON.stringify(packIds(orderedIds))),
          writeFile(path.join(bundleDir, searchFiles.urls), JSON.stringify(urls)),
          browsePreview(bundleDir, unpackRecords(packed, orderedIds)).then((preview) =>
            writeFile(path.join(bundleDir, searchFiles.browse), JSON.stringify(preview)),
          ),
          writeFile(path.join(bundleDir, searchFiles.variants), JSON.stringify(variants)),
          writeLexicon(
            bundleDir,
            lexicon,
            concepts,
            entries.map(([, record]) => record.url),
            packed.check,
          ),
          ...shardVariantTable(variants).map((shard, number) =>
            writeFile(path.join(bundleDir, searchFiles.variantShard(number)), JSON.stringify(shard)),
          ),
          announceBundle(outDir, bundleDir, base),
        ]);
        const now = performance.now();
        logger.info(
          `搜索索引：${records.length} 个条目，与页面生成同时进行（共 ${Math.round(now - started)} ms），` +
            `页面生成后又用时 ${Math.round(now - waitStarted)} ms` +
            `（Pagefind 写出 ${Math.round(writeMs)} ms，精简结果片段 ${Math.round(slimMs)} ms）` +
            (fromDisk ? `（其中 ${fromDisk} 个页面生成时没有交给索引，事后从磁盘读取）` : ''),
        );
      },
    },
  };
}
