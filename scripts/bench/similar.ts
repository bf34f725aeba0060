/**
 * `npm run bench:similar [-- --set FILE] [--scale 1000,10000]`
 *
 * Quality and speed of the finder (粘贴客户原话找相似案例) against the built site, in Chromium: every complaint of
 * the labelled set (default tests/similar/paraphrases.json: `[{"complaint": "…", "cases": ["/cases/…/"]}]`) goes
 * through the finder's own code (`case-finder.query`) and through the search page's keyword search
 * (`search-panel.query`, what an agent gets by pasting the same words into the search box: the literal results,
 * then the meaning matches below few of them). Prints the misses,
 * the bytes the first paste fetches, the answer times, and `finder hit@1=… hit@5=…` / `keyword hit@1=… hit@5=…`.
 *
 * `--scale`: also generates libraries of that many cases (scripts/bench/generate-library.ts) and measures the
 * build-time similarity step (folding, index, five similar cases per case), the finder's files and the bytes a
 * paste of each labelled complaint would fetch from them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { config } from '../../src/config.ts';
import { decodeFinderShards, encodeFinderIndex, shardOf } from '../../src/lib/similar/finder-index.ts';
import { buildCaseSimilarity, variantTableFor } from '../../src/lib/similar/build.ts';
import { foldText, similarityText } from '../../src/lib/similar/cases.ts';
import { loadSimilarityIndex, terms } from '../../src/lib/similar/similarity.ts';
import { readLibrary } from '../../src/validation/read-library.ts';
import { launchChromium, serveSite } from '../../tests/helpers/browser.ts';
import { submitComplaint } from '../../tests/helpers/finder.ts';
import { distDir, projectRoot } from '../../tests/helpers/paths.ts';
import { generateLibrary } from './generate-library.ts';
import { percentile, searchPanelQuery, servedBytes } from './measure.ts';

interface Labelled {
  complaint: string;
  cases: string[];
  kind?: string;
}

const { values } = parseArgs({ options: { set: { type: 'string' }, scale: { type: 'string' } } });
const labelled = JSON.parse(readFileSync(path.resolve(values.set ?? path.join(projectRoot, 'tests/similar/paraphrases.json')), 'utf8')) as Labelled[];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** hit@1 and hit@5 of ranked URL lists against the labelled set. */
function hits(ranked: string[][]): { at1: number; at5: number } {
  const hit = (k: number) => ranked.filter((urls, index) => urls.slice(0, k).some((url) => labelled[index]!.cases.includes(url))).length / labelled.length;
  return { at1: hit(1), at5: hit(5) };
}

async function inBrowser(): Promise<void> {
  const [server, browser] = await Promise.all([serveSite(), launchChromium()]);
  try {
    // The first paste, cold: a fresh context, the finder page loaded, one complaint typed.
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => undefined);
      if (body) fetched.push({ url: response.url().replace(server.url, ''), bytes: servedBytes(body) });
    });
    await page.goto(`${server.url}/finder/`);
    await page.waitForLoadState('networkidle');
    const pageBytes = fetched.reduce((sum, item) => sum + item.bytes, 0);
    const before = fetched.length;
    // Timed in the page, from submitting the pasted text to the results on screen (files fetched on the way).
    const firstMs = await submitComplaint(page, labelled[0]!.complaint);
    await page.waitForLoadState('networkidle');
    const onPaste = fetched.slice(before);
    console.log(`finder page: ${kb(pageBytes)} (gzip) before pasting; the first paste fetched ${kb(onPaste.reduce((sum, item) => sum + item.bytes, 0))} in ${onPaste.length} requests and showed its results ${firstMs.toFixed(0)} ms after submitting`);
    for (const item of onPaste.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(item.bytes).padStart(9)}  ${item.url}`);

    const finderRanked: string[][] = [];
    const times: number[] = [];
    for (const { complaint } of labelled) {
      const { urls, ms } = await page.evaluate((text) => (document.querySelector('case-finder') as HTMLElement & { query: (q: string) => Promise<{ urls: string[]; ms: number }> }).query(text), complaint);
      finderRanked.push(urls);
      times.push(ms);
    }
    const allFetched = fetched.slice(before).filter((item) => item.url.includes('/finder/data/'));
    console.log(`after all ${labelled.length} complaints: ${allFetched.length} finder files, ${kb(allFetched.reduce((sum, item) => sum + item.bytes, 0))}`);

    await page.goto(`${server.url}/search/`);
    const keywordRanked: string[][] = [];
    // What the search box shows: the literal results, then the meaning matches (意思相近) below few of them.
    for (const { complaint } of labelled) keywordRanked.push(await searchPanelQuery(page, complaint).then(({ urls, meaning }) => [...urls, ...meaning]));

    labelled.forEach((item, index) => {
      const rank = (urls: string[]) => urls.findIndex((url) => item.cases.includes(url)) + 1 || '—';
      const finderRank = rank(finderRanked[index]!);
      if (finderRank !== 1) console.log(`  finder rank ${finderRank}, keyword rank ${rank(keywordRanked[index]!)}  [${item.kind ?? ''}] ${item.complaint}  → ${item.cases.join(' ')}  got ${finderRanked[index]![0] ?? '—'}`);
    });
    times.sort((a, b) => a - b);
    const finder = hits(finderRanked);
    const keyword = hits(keywordRanked);
    console.log(`finder answer time: p50_ms=${percentile(times, 50).toFixed(1)} p95_ms=${percentile(times, 95).toFixed(1)} max_ms=${times.at(-1)!.toFixed(1)}`);
    console.log(`keyword: ${keywordRanked.filter((urls) => urls.length === 0).length} of ${labelled.length} complaints found nothing`);
    console.log(`finder hit@1=${finder.at1.toFixed(3)} hit@5=${finder.at5.toFixed(3)}  keyword hit@1=${keyword.at1.toFixed(3)} hit@5=${keyword.at5.toFixed(3)}  complaints=${labelled.length}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The build-time similarity step and the finder's files for a generated library of `cases` cases. */
function atScale(cases: number): void {
  const out = mkdtempSync(path.join(tmpdir(), 'casebook-bench-similar-'));
  try {
    // The generator's entries are about 70 % cases.
    generateLibrary({ entries: Math.round(cases / 0.7), out });
    const library = readLibrary(out).cases.map(({ file, data }) => ({ id: file.id, data }));
    // OpenCC loads its dictionaries on first use, once per build whatever the library's size.
    let started = performance.now();
    variantTableFor('預熱');
    const openccMs = performance.now() - started;
    started = performance.now();
    const { index } = buildCaseSimilarity(library, config.categories);
    const buildMs = performance.now() - started;
    started = performance.now();
    const { meta, shards, chunks } = encodeFinderIndex(
      index.serialize(),
      library.map(({ id, data }) => ({ url: `/cases/${id}/`, caseNumber: data.caseNumber, title: data.title, category: data.category, failure: data.failureType.subtype, archived: false })),
    );
    const encodeMs = performance.now() - started;
    const gz = (value: unknown) => gzipSync(JSON.stringify(value)).length;
    const shardBytes = shards.map(gz);
    const chunkBytes = chunks.map(gz);
    const metaBytes = gz(meta);
    // Timed again on its own: the folding table (OpenCC) is a fixed part of the similarity step.
    started = performance.now();
    const { fold } = variantTableFor(library.map(similarityText).join('\n'));
    const foldMs = performance.now() - started;
    const variantBytes = gz({ fold });
    // A first paste, as the browser does it: the counts and the folding table, the shards of the pasted
    // text's terms, ranking (timed), then the case chunks of the ten results shown.
    const pastes = labelled.map(({ complaint }) => {
      const wanted = [...new Set(terms(foldText(complaint, fold)).map((term) => shardOf(term, meta.shards)))];
      const begin = performance.now();
      const partial = decodeFinderShards(meta, wanted.map((shard) => shards[shard]!));
      const shown = loadSimilarityIndex(partial, { normalize: (text) => foldText(text, fold) }).query(complaint, { limit: 10 });
      const ms = performance.now() - begin;
      const chunksShown = new Set(shown.map((match) => Math.floor(Number(match.id) / meta.chunkSize)));
      const bytes = metaBytes + variantBytes + wanted.reduce((sum, shard) => sum + shardBytes[shard]!, 0) + [...chunksShown].reduce((sum, chunk) => sum + chunkBytes[chunk]!, 0);
      return { bytes, requests: 2 + wanted.length + chunksShown.size, ms };
    });
    const sorted = (values: number[]) => values.sort((a, b) => a - b);
    const bytes = sorted(pastes.map((paste) => paste.bytes));
    const requests = sorted(pastes.map((paste) => paste.requests));
    const answer = sorted(pastes.map((paste) => paste.ms));
    const allBytes = metaBytes + [...shardBytes, ...chunkBytes].reduce((sum, value) => sum + value, 0);
    console.log(
      `${library.length} cases: similarity step ${(buildMs / 1000).toFixed(2)} s (+ ${(openccMs / 1000).toFixed(2)} s loading OpenCC once), ` +
        `of which ${(foldMs / 1000).toFixed(2)} s the folding table and ${((buildMs - foldMs) / library.length).toFixed(2)} ms per case for the index and the similar cases; ` +
        `finder files ${kb(allBytes)} gzip in ${shards.length + chunks.length + 1} files (encoded in ${encodeMs.toFixed(0)} ms); ` +
        `a first paste fetches p50 ${kb(percentile(bytes, 50))} / p95 ${kb(percentile(bytes, 95))} in p50 ${percentile(requests, 50)} requests; ` +
        `ranking p50 ${percentile(answer, 50).toFixed(1)} ms / p95 ${percentile(answer, 95).toFixed(1)} ms (Node)`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (values.scale) for (const cases of values.scale.split(',').map(Number)) atScale(cases);
else if (!existsSync(path.join(distDir, 'finder/data/meta.json'))) throw new Error(`没有找到构建好的网站（${distDir}）。请先运行 npm run build。`);
else await inBrowser();
