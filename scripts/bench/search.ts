/**
 * `npm run bench:search [-- --queries FILE]`: runs a labelled query set through the search code the browser
 * runs, in Chromium against the built site, and prints per-query misses and the quality and speed figures.
 * FILE: `[{"query": "退款", "relevant": ["/cases/…/", …]}]` (paths as served); default tests/search/queries.json.
 * Recall and precision are the literal results' only (the meaning matches below few of them are not literal).
 *
 * `--natural FILE` (default tests/search/natural-queries.json, `[{"query", "kind", "relevant"}]`): queries in an
 * agent's own words, every entry that helps labelled. For them the page's whole answer counts, literal results
 * then meaning matches (意思相近): the zero-result rate (queries with a relevant entry that show nothing), hit@5,
 * both per kind, and how long the meaning matches take after the literal results (warm page).
 *
 * It also types a query with no literal result (`--meaning-query`, default 退款迟迟没到账) and prints what its meaning
 * matches fetched.
 *
 * `--shards` measures the sample library built as shards (`npm run build:shards`, into dist-shards/; `--site DIR` for
 * another folder): a relevant entry served from another shard's path (`/2025/cases/…/`) counts as that URL, and the
 * first search is also given without the other shards (`own_shard_kb`: what the page's own results needed) and with
 * the time until every shard's results are in.
 *
 * The last line: recall=… precision@10=… mrr=… p50_ms=… p95_ms=… first_search_kb=… second_query_kb=… queries=N
 * natural_zero_rate=… natural_hit@5=… meaning_p95_ms=…
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { launchChromium, serveSite } from '../../tests/helpers/browser.ts';
import { bytesByGroup, percentile, recordFetches, searchPanelQuery, type Fetched } from './measure.ts';
import { projectRoot, siteDir } from '../../tests/helpers/paths.ts';

interface Labelled {
  query: string;
  relevant: string[];
}

const { values } = parseArgs({
  options: {
    queries: { type: 'string' },
    natural: { type: 'string' },
    'first-query': { type: 'string', default: '退款' },
    'second-query': { type: 'string', default: '延误' },
    'meaning-query': { type: 'string', default: '退款迟迟没到账' },
    shards: { type: 'boolean', default: false },
    site: { type: 'string' },
  },
});
const site = path.resolve(values.site ?? (values.shards ? path.join(projectRoot, 'dist-shards') : siteDir));
/** Paths of the other shards' sites (`/2025/`): folders of the site that hold a Pagefind bundle of their own. */
const shardBases = readdirSync(site, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(site, entry.name, 'pagefind')))
  .map((entry) => `/${entry.name}/`);
/** Where the site serves a labelled URL: as written, or below the shard that holds the entry. */
const served = (url: string) =>
  existsSync(path.join(site, url, 'index.html'))
    ? url
    : (shardBases.map((base) => `${base}${url.slice(1)}`).find((moved) => existsSync(path.join(site, moved))) ?? url);
const file = path.resolve(values.queries ?? path.join(projectRoot, 'tests/search/queries.json'));
const labelled = (JSON.parse(readFileSync(file, 'utf8')) as Labelled[]).map((item) => ({
  ...item,
  relevant: item.relevant.map(served),
}));
const naturalFile = path.resolve(values.natural ?? path.join(projectRoot, 'tests/search/natural-queries.json'));
const natural = existsSync(naturalFile)
  ? (JSON.parse(readFileSync(naturalFile, 'utf8')) as (Labelled & { kind?: string })[]).map((item) => ({
      ...item,
      relevant: item.relevant.map(served),
    }))
  : [];
if (!existsSync(path.join(site, 'pagefind')))
  throw new Error(
    `没有找到构建好的网站（${site}）。请先运行 ${values.shards ? 'npm run build:shards' : 'npm run build'}。`,
  );

/**
 * The natural queries on the warm page: what the page shows for each (literal results, then meaning matches),
 * per kind and overall; returns the figures for the last line.
 */
async function naturalQueries(page: Page): Promise<string> {
  if (!natural.length) return '';
  const byKind = new Map<string, { queries: number; zero: number; literalZero: number; hit5: number }>();
  const meaningTimes: number[] = [];
  for (const { query, relevant, kind = '' } of natural.filter((item) => item.relevant.length > 0)) {
    const { urls, meaning, meaningMs } = await searchPanelQuery(page, query);
    if (meaning.length) meaningTimes.push(meaningMs);
    const shown = [...urls, ...meaning];
    const figures = byKind.get(kind) ?? { queries: 0, zero: 0, literalZero: 0, hit5: 0 };
    figures.queries += 1;
    figures.zero += shown.length === 0 ? 1 : 0;
    figures.literalZero += urls.length === 0 ? 1 : 0;
    const hit = shown.slice(0, 5).some((url) => relevant.includes(url));
    figures.hit5 += hit ? 1 : 0;
    byKind.set(kind, figures);
    if (!hit)
      console.log(
        `  natural [${kind}]「${query.slice(0, 40)}」 ` +
          (shown.length ? `top 5 without a relevant entry: ${shown.slice(0, 2).join(' ')}` : 'nothing shown'),
      );
  }
  const total = [...byKind.values()].reduce(
    (sum, figures) => ({
      queries: sum.queries + figures.queries,
      zero: sum.zero + figures.zero,
      literalZero: sum.literalZero + figures.literalZero,
      hit5: sum.hit5 + figures.hit5,
    }),
    { queries: 0, zero: 0, literalZero: 0, hit5: 0 },
  );
  const line = (label: string, figures: typeof total) => {
    const share = (count: number) => (count / figures.queries).toFixed(3);
    return (
      `  ${label.padEnd(12)} ${String(figures.queries).padStart(4)} queries  zero-result ${share(figures.zero)} ` +
      `(literal alone ${share(figures.literalZero)})  hit@5 ${share(figures.hit5)}`
    );
  };
  console.log(`natural queries (${path.relative(projectRoot, naturalFile)}), literal results then meaning matches:`);
  for (const [kind, figures] of byKind) console.log(line(kind || '—', figures));
  console.log(line('all', total));
  meaningTimes.sort((a, b) => a - b);
  console.log(
    `meaning matches after the literal results (warm page, ${meaningTimes.length} queries): ` +
      `p50_ms=${percentile(meaningTimes, 50).toFixed(1)} p95_ms=${percentile(meaningTimes, 95).toFixed(1)} ` +
      `max_ms=${(meaningTimes.at(-1) ?? 0).toFixed(1)}`,
  );
  return (
    ` natural_zero_rate=${(total.zero / total.queries).toFixed(3)}` +
    ` natural_hit@5=${(total.hit5 / total.queries).toFixed(3)}` +
    ` meaning_p95_ms=${percentile(meaningTimes, 95).toFixed(1)}`
  );
}

const [server, browser] = await Promise.all([serveSite(site), launchChromium()]);
try {
  // Cold first search: a fresh browser context, the search page loaded, then one query typed.
  // Everything the search page fetches (page, styles, scripts, index) counts toward the first search.
  const cold = await browser.newContext();
  const page = await cold.newPage();
  const { take, settle } = recordFetches(page, server.url);
  const kb = (list: readonly Fetched[]) => list.reduce((sum, item) => sum + item.bytes, 0) / 1024;
  const started = Date.now();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(values['first-query'])}`);
  await page.waitForSelector('.results li h2 a');
  const firstResultsMs = Date.now() - started;
  await page.waitForSelector('search-panel[data-state=done]');
  const allShardsMs = Date.now() - started;
  await settle();
  const fetched = take();
  const firstKb = kb(fetched);
  const ownKb = kb(fetched.filter((item) => !shardBases.some((base) => item.url.startsWith(base))));
  console.log(
    `first search「${values['first-query']}」: ${firstKb.toFixed(1)} KB (gzip) in ${fetched.length} requests, ` +
      `first results ${firstResultsMs} ms after navigation` +
      (shardBases.length
        ? `; the page's own shard ${ownKb.toFixed(1)} KB, every shard's results in after ${allShardsMs} ms ` +
          `(other shards: ${shardBases.join(' ')})`
        : ''),
  );
  console.log(`  where the bytes go (KB, files): ${bytesByGroup(fetched)}`);
  for (const item of [...fetched].sort((a, b) => b.bytes - a.bytes).slice(0, 8))
    console.log(`  ${(item.bytes / 1024).toFixed(1).padStart(7)} KB  ${item.url}`);

  // A second query typed into the same page, as an agent refines a search.
  const second = values['second-query'];
  const secondStarted = Date.now();
  await page.locator('#search-input').fill(second);
  await page.waitForFunction(
    (q) =>
      document.querySelector('search-panel')?.getAttribute('data-state') === 'done' &&
      new URL(location.href).searchParams.get('q') === q,
    second,
  );
  const secondMs = Date.now() - secondStarted;
  await settle();
  const secondFetched = take();
  const secondKb = kb(secondFetched);
  console.log(
    `second query「${second}」: ${secondKb.toFixed(1)} KB in ${secondFetched.length} requests, ` +
      `results in ${secondMs} ms: ${bytesByGroup(secondFetched)}`,
  );

  // A query in an agent's own words, with no literal result: what the meaning matches cost on top (code, lexicon,
  // index chunks of the synonyms, fragments), and when they are on screen.
  const meaningQuery = values['meaning-query'];
  const meaningStarted = Date.now();
  await page.locator('#search-input').fill(meaningQuery);
  await page.waitForFunction(
    (q) =>
      document.querySelector('search-panel')?.getAttribute('data-state') === 'done' &&
      new URL(location.href).searchParams.get('q') === q,
    meaningQuery,
  );
  const meaningMs = Date.now() - meaningStarted;
  await settle();
  const meaningFetched = take();
  const meaningShown = await page.locator('.meaning-results li').count();
  console.log(
    `meaning query「${meaningQuery}」: ${kb(meaningFetched).toFixed(1)} KB in ${meaningFetched.length} requests, ` +
      `${meaningShown} meaning matches on screen in ${meaningMs} ms (typing delay included): ` +
      bytesByGroup(meaningFetched),
  );

  // The labelled set, warm.
  let recallSum = 0;
  let precisionSum = 0;
  let reciprocalSum = 0;
  let scored = 0;
  const times: number[] = [];
  for (const { query, relevant } of labelled) {
    const { urls, ms } = await searchPanelQuery(page, query);
    times.push(ms);
    const expected = new Set(relevant);
    const found = urls.filter((url) => expected.has(url));
    const missed = relevant.filter((url) => !urls.includes(url));
    const extra = urls.filter((url) => !expected.has(url));
    if (missed.length || extra.length)
      console.log(
        `  「${query}」 missed ${missed.length}: ${missed.slice(0, 3).join(' ')}  ` +
          `extra ${extra.length}: ${extra.slice(0, 3).join(' ')}`,
      );
    if (relevant.length === 0) {
      // Queries that should find nothing count for precision only.
      precisionSum += urls.length === 0 ? 1 : 0;
      scored += 1;
      continue;
    }
    recallSum += found.length / relevant.length;
    const top = urls.slice(0, 10);
    precisionSum += top.filter((url) => expected.has(url)).length / Math.min(10, Math.max(top.length, 1));
    const rank = urls.findIndex((url) => expected.has(url));
    reciprocalSum += rank === -1 ? 0 : 1 / (rank + 1);
    scored += 1;
  }
  const withRelevant = labelled.filter((item) => item.relevant.length > 0).length;
  times.sort((a, b) => a - b);
  const naturalFigures = await naturalQueries(page);
  console.log(
    `recall=${(recallSum / withRelevant).toFixed(3)} precision@10=${(precisionSum / scored).toFixed(3)} ` +
      `mrr=${(reciprocalSum / withRelevant).toFixed(3)} ` +
      `p50_ms=${percentile(times, 50).toFixed(1)} p95_ms=${percentile(times, 95).toFixed(1)} ` +
      `first_search_kb=${firstKb.toFixed(1)} second_query_kb=${secondKb.toFixed(1)} queries=${labelled.length}` +
      (shardBases.length ? ` own_shard_kb=${ownKb.toFixed(1)} all_shards_ms=${allShardsMs}` : '') +
      naturalFigures,
  );
} finally {
  await browser.close();
  await server.close();
}
