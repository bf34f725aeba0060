/**
 * `npm run bench:build -- --entries N`: generates N realistic entries in a temporary folder (never touching
 * content/), builds and indexes the full Casebook site from them and, in the same run, the stock reference site
 * (scripts/bench/stock-site: Astro 7 + MDX + Pagefind CLI), then prints for both the time per stage, peak memory
 * of the process tree, output size and file count, index size, largest HTML page, the JavaScript a case page
 * loads, and first-search bytes and time in Chromium, cold and warm. It ends with one line:
 * ratio_build_index=… ratio_peak_mem=… first_search_kb=… largest_page_kb=… case_page_js_kb=… second_query_kb=…
 * meaning_query_kb=… rebuild_s=…
 * Before the browser figures it rebuilds both sites after appending a paragraph to one case (a pull request's rebuild).
 * `--rounds N` builds both sites N times from scratch, alternating which goes first, and reports the median ratios:
 * this machine's speed swings by a third between runs, more than most changes it is meant to show.
 * `--shards year|quarter|team [--jobs N] [--compare]` builds the library as shards instead
 * (scripts/bench/sharded-build.ts).
 */
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildArguments, projectRoot } from '../../tests/helpers/paths.ts';
import { median } from '../../src/lib/insights/statistics.ts';
import { isShardBy, SHARD_BY_HELP } from '../../src/library/shards.ts';
import { generateLibrary } from './generate-library.ts';
import { folderStats, pageScriptBytes, run, type RunResult } from './measure.ts';
import {
  benchQueries,
  meaningQuery,
  searchFigures,
  searchReport,
  sumKb,
  type SearchFigures,
} from './search-figures.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    shards: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    compare: { type: 'boolean', default: false },
  },
});
if (values.shards !== undefined && !isShardBy(values.shards)) {
  console.error(`--shards 只能是 ${SHARD_BY_HELP}，而不是「${values.shards}」`);
  process.exit(1);
}
const entries = Number(values.entries);
const rounds = Math.max(1, Number(values.rounds));
const work = mkdtempSync(path.join(tmpdir(), `casebook-bench-${entries}-`));
const content = path.join(work, 'content');
const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const stagesOf = (result: RunResult) =>
  /stages: (.*)/.exec(result.output)?.[1]?.replace(/(\d+)/g, (ms) => `${(Number(ms) / 1000).toFixed(1)}s`) ?? '?';

function failIf(result: RunResult, what: string) {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.output.slice(-4000)}`);
}

interface SiteFigures {
  buildMs: number;
  indexMs: number;
  peakBytes: number;
  stages: string;
  dist: string;
  casePage: string;
}

function firstCasePage(dist: string): string {
  const folder = path.join(dist, 'cases');
  const html = readdirSync(folder, { recursive: true, encoding: 'utf8' }).find(
    (name) => name.endsWith('index.html') && name.split(path.sep).length === 3,
  );
  return path.join(folder, html!);
}

console.log(`== bench:build  entries=${entries}  work=${work}`);
const generated = generateLibrary({ entries, out: content });
console.log(
  `generated: ${generated.cases} cases, ${generated.daily} daily, ${generated.practices} practices, ` +
    `${generated.scripts} scripts, ${generated.people} people (${generated.traditional} Traditional), ` +
    `${mb(generated.bytes)}`,
);
if (values.shards !== undefined) {
  const { benchShardedBuild } = await import('./sharded-build.ts');
  await benchShardedBuild({ content, work, by: values.shards, jobs: Number(values.jobs), compare: values.compare });
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  process.exit();
}

// Casebook: validation, content sync, render, search index (with every feature on) in one `astro build`.
// Each round builds into its own folders with its own cache, kept in the work folder (a clean build each time).
const casebookDist = (round = 1) => path.join(work, round === 1 ? 'casebook-dist' : `casebook-dist-${round}`);
async function buildCasebook(what: string, round = 1): Promise<RunResult> {
  const env = {
    CASEBOOK_CONTENT: content,
    CASEBOOK_OUT_DIR: casebookDist(round),
    CASEBOOK_CACHE_DIR: path.join(work, `casebook-cache-${round}`),
    CASEBOOK_BUILD_STAGES: '1',
  };
  const result = await run(process.execPath, buildArguments, { cwd: projectRoot, env });
  failIf(result, what);
  return result;
}

// Stock: `astro build`, then the Pagefind CLI over the output (two processes, measured separately).
const stockRoot = path.join(projectRoot, 'scripts/bench/stock-site');
const stockDist = (round = 1) => path.join(work, round === 1 ? 'stock-dist' : `stock-dist-${round}`);
async function buildStock(what: string, round = 1): Promise<{ build: RunResult; index: RunResult }> {
  const build = await run(process.execPath, [astro, 'build', '--root', stockRoot], {
    cwd: projectRoot,
    env: {
      STOCK_CONTENT: content,
      STOCK_OUT_DIR: stockDist(round),
      STOCK_CACHE_DIR: path.join(work, `stock-cache-${round}`),
    },
  });
  failIf(build, what);
  const index = await run(
    process.execPath,
    [path.join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', stockDist(round)],
    { cwd: projectRoot },
  );
  failIf(index, `${what}: Pagefind`);
  return { build, index };
}
/** The stock site's two processes taken together: build plus index time, and the higher of their peaks. */
const stockTotals = ({ build, index }: { build: RunResult; index: RunResult }) => ({
  ms: build.ms + index.ms,
  peakBytes: Math.max(build.peakBytes, index.peakBytes),
});

const casebookBuild = await buildCasebook('Casebook build');
const { build: stockBuild, index: stockIndex } = await buildStock('stock build');
const casebook: SiteFigures = {
  buildMs: casebookBuild.ms,
  indexMs: Number(/搜索索引：\d+ 个条目.*?又用时 (\d+) ms/.exec(casebookBuild.output)?.[1] ?? 0),
  peakBytes: casebookBuild.peakBytes,
  stages: stagesOf(casebookBuild),
  dist: casebookDist(),
  casePage: firstCasePage(casebookDist()),
};
const stockCases = path.join(stockDist(), 'cases');
const stockCategory = readdirSync(stockCases)[0]!;
const stockTotal = stockTotals({ build: stockBuild, index: stockIndex });
const stock: SiteFigures = {
  buildMs: stockTotal.ms,
  indexMs: stockIndex.ms,
  peakBytes: stockTotal.peakBytes,
  stages: `${stagesOf(stockBuild)} pagefind=${seconds(stockIndex.ms)}`,
  dist: stockDist(),
  casePage: path.join(stockCases, stockCategory, readdirSync(path.join(stockCases, stockCategory))[0]!, 'index.html'),
};

// Further rounds: time and peak memory only, the stock site first in even rounds.
const roundRatios = [
  {
    time: casebook.buildMs / stock.buildMs,
    memory: casebook.peakBytes / stock.peakBytes,
    casebookMs: casebook.buildMs,
    stockMs: stock.buildMs,
  },
];
for (let round = 2; round <= rounds; round += 1) {
  let casebookRun: RunResult | undefined;
  let stockRun: { build: RunResult; index: RunResult } | undefined;
  for (const site of round % 2 === 0 ? ['stock', 'casebook'] : ['casebook', 'stock']) {
    if (site === 'casebook') casebookRun = await buildCasebook(`Casebook build, round ${round}`, round);
    else stockRun = await buildStock(`stock build, round ${round}`, round);
  }
  const { ms: stockMs, peakBytes: stockPeak } = stockTotals(stockRun!);
  roundRatios.push({
    time: casebookRun!.ms / stockMs,
    memory: casebookRun!.peakBytes / stockPeak,
    casebookMs: casebookRun!.ms,
    stockMs,
  });
  for (const folder of [
    casebookDist(round),
    stockDist(round),
    path.join(work, `casebook-cache-${round}`),
    path.join(work, `stock-cache-${round}`),
  ])
    rmSync(folder, { recursive: true, force: true });
}
if (rounds > 1) {
  console.log(`\n${rounds} rounds from scratch (Casebook / stock, time ratio, peak memory ratio):`);
  roundRatios.forEach((ratio, index) =>
    console.log(
      `  round ${index + 1}: ${seconds(ratio.casebookMs)} / ${seconds(ratio.stockMs)}  ` +
        `${ratio.time.toFixed(2)}  ${ratio.memory.toFixed(2)}`,
    ),
  );
}

// What CI pays on a pull request: one case gains a paragraph, and both sites rebuild with the caches the first
// build left (Astro's content cache; Casebook's validation and index start over, as does the Pagefind CLI).
const editedCase = path.join(
  content,
  'cases',
  readdirSync(path.join(content, 'cases'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()[0]!,
);
appendFileSync(editedCase, '\n\n回访时客户表示对处理结果满意，并主动提到了接待同事的名字。\n');
const casebookRebuild = await buildCasebook('Casebook rebuild');
const { build: stockRebuild, index: stockReindex } = await buildStock('stock rebuild');
console.log(`\nrebuild after one edited case (${path.relative(content, editedCase)}):`);
console.log(
  `  casebook ${seconds(casebookRebuild.ms)}  stages: ${stagesOf(casebookRebuild)}  ` +
    `peak memory ${mb(casebookRebuild.peakBytes)}`,
);
console.log(
  `  stock    ${seconds(stockRebuild.ms + stockReindex.ms)}  stages: ${stagesOf(stockRebuild)} ` +
    `pagefind=${seconds(stockReindex.ms)}`,
);

const report: Record<string, { figures: SiteFigures; search: SearchFigures; firstSearchKb: number }> = {};
for (const [name, figures, isCasebook] of [
  ['casebook', casebook, true],
  ['stock', stock, false],
] as const) {
  const folder = folderStats(figures.dist);
  const index = folderStats(path.join(figures.dist, 'pagefind'));
  const caseJs = pageScriptBytes(readFileSync(figures.casePage, 'utf8'), figures.dist);
  // Casebook's page also gets a query with no literal hit (the stock site has no meaning matches to wait for).
  const search = await searchFigures(
    figures.dist,
    isCasebook,
    isCasebook ? [...benchQueries, meaningQuery] : benchQueries,
  );
  report[name] = { figures, search, firstSearchKb: sumKb(search.firstSearch) };
  console.log(`\n[${name}]`);
  console.log(
    `  build+index ${seconds(figures.buildMs)} (index ${seconds(figures.indexMs)})  ` +
      `peak memory ${mb(figures.peakBytes)}`,
  );
  console.log(`  stages: ${figures.stages}`);
  console.log(
    `  output ${mb(folder.bytes)} in ${folder.files} files; index ${mb(index.bytes)} in ${index.files} files`,
  );
  console.log(
    `  largest HTML page ${kb(folder.largestHtml.bytes)} KB (${folder.largestHtml.path}); ` +
      `case page JS ${kb(caseJs)} KB gzip`,
  );
  for (const line of searchReport(search)) console.log(`  ${line}`);
}

const ours = report.casebook!;
const theirs = report.stock!;
const largest = folderStats(casebook.dist).largestHtml.bytes;
const caseJs = pageScriptBytes(readFileSync(casebook.casePage, 'utf8'), casebook.dist);
console.log(
  `\nratio_build_index=${median(roundRatios.map((ratio) => ratio.time))!.toFixed(2)} ` +
    `ratio_peak_mem=${median(roundRatios.map((ratio) => ratio.memory))!.toFixed(2)} ` +
    `first_search_kb=${ours.firstSearchKb.toFixed(1)} largest_page_kb=${kb(largest)} case_page_js_kb=${kb(caseJs)} ` +
    `second_query_kb=${sumKb(ours.search.queries[1]!.fetched).toFixed(1)} ` +
    `meaning_query_kb=${sumKb(ours.search.queries.at(-1)!.fetched).toFixed(1)} ` +
    `rebuild_s=${(casebookRebuild.ms / 1000).toFixed(1)} ` +
    `(stock first_search_kb=${theirs.firstSearchKb.toFixed(1)} ` +
    `second_query_kb=${sumKb(theirs.search.queries[1]!.fetched).toFixed(1)} ` +
    `rebuild_s=${((stockRebuild.ms + stockReindex.ms) / 1000).toFixed(1)})` +
    (rounds > 1 ? ` rounds=${rounds}` : ''),
);
if (!values.keep) rmSync(work, { recursive: true, force: true });
