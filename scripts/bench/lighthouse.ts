/**
 * `npm run bench:lighthouse [-- --desktop] [-- --runs N] [-- --every-page]`: runs Lighthouse with the system Chromium
 * on the built site's home page, a case page, the search page with a query and a daily presenter deck, and prints per
 * page the performance, accessibility and best-practices scores with LCP, TBT and CLS. `--every-page` measures
 * accessibility alone on one page of every kind the layout test and the screenshot sweep visit (the sample
 * library's `dist/`). Mobile preset (Lighthouse's default:
 * Moto G Power emulation, simulated slow 4G) always; `--desktop` adds the desktop preset. With `--runs N` each page
 * is measured N times and the median performance run is kept (Lighthouse's own advice for noisy machines).
 * Builds `dist/` first when it is missing. The last line:
 * lighthouse performance_min=… accessibility_min=… best_practices_min=…
 */
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { chromiumPath, serveSite } from '../../tests/helpers/browser.ts';
import { deckKinds, pageKinds } from '../../tests/helpers/page-kinds.ts';
import { buildArguments, projectRoot, siteDir } from '../../tests/helpers/paths.ts';
import { run } from './measure.ts';

const { values } = parseArgs({
  options: {
    desktop: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    'every-page': { type: 'boolean', default: false },
  },
});
const everyPage = values['every-page'];
const runs = Math.max(1, Number(values.runs) || 1);

if (!existsSync(path.join(siteDir, 'index.html'))) {
  console.log(`没有找到构建好的网站（${siteDir}），先构建…`);
  const build = await run(process.execPath, buildArguments, { cwd: projectRoot });
  if (build.status !== 0) throw new Error(`astro build 失败（退出码 ${build.status}）：\n${build.output}`);
}

/** The latest daily entry that has a presenter deck, and a typical case's page (it links to its own deck). */
const dailyDates = readdirSync(path.join(siteDir, 'daily'))
  .filter((name) => existsSync(path.join(siteDir, 'daily', name, 'present/index.html')))
  .sort();
const casePresenters = readdirSync(path.join(siteDir, 'cases'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith(`${path.sep}present${path.sep}index.html`))
  .sort();
if (!dailyDates.length || !casePresenters.length) throw new Error(`${siteDir} 里没有投屏页：构建不完整？`);
const casePage = `/cases/${path.dirname(path.dirname(casePresenters[0]!)).split(path.sep).join('/')}/`;
const pages: Record<string, string> = everyPage
  ? Object.fromEntries(
      // Lighthouse stops at a 404 status: the not-found page is measured at its own address.
      Object.entries({ ...pageKinds, ...deckKinds }).map(([name, kind]) => [
        name,
        name === '404' ? '/404.html' : kind.url,
      ]),
    )
  : {
      home: '/',
      case: casePage,
      search: `/search/?q=${encodeURIComponent('退款')}`,
      presenter: `/daily/${dailyDates.at(-1)}/present/`,
    };

const allCategories = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof allCategories)[number];
const categories: readonly Category[] = everyPage ? ['accessibility'] : allCategories;
interface Row {
  preset: string;
  page: string;
  url: string;
  scores: Partial<Record<Category, number>>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  failing: string[];
}

const server = await serveSite(siteDir, { gzip: true });
// Chromium refuses to start its sandbox as root (CI runs as root); Lighthouse needs no sandbox of its own.
const chrome = await launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', '--disable-gpu', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  logLevel: 'silent',
});
const rows: Row[] = [];
// Lighthouse scales the main-thread time it observes: on a busy machine every page scores lower.
const load = () => loadavg()[0]!.toFixed(1);
console.log(`load average before: ${load()}`);
try {
  const presets = values.desktop ? (['mobile', 'desktop'] as const) : (['mobile'] as const);
  for (const preset of presets) {
    for (const [name, url] of Object.entries(pages)) {
      const results: Result[] = [];
      for (let i = 0; i < runs; i++) {
        const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] };
        const result = await lighthouse(server.url + url, flags, preset === 'desktop' ? desktopConfig : undefined);
        if (!result) throw new Error(`Lighthouse 没有返回结果：${url}`);
        if (result.lhr.runtimeError)
          throw new Error(
            `Lighthouse 出错（${url}）：${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
          );
        results.push(result.lhr);
      }
      const lhr = results.sort(
        (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
      )[Math.floor(results.length / 2)]!;
      rows.push(toRow(preset, name, url, lhr));
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

function toRow(preset: string, page: string, url: string, lhr: Result): Row {
  const scores = Object.fromEntries(categories.map((id) => [id, lhr.categories[id]?.score ?? 0])) as Partial<
    Record<Category, number>
  >;
  // The audits that cost points, so a low score says what to fix without opening a report.
  const failing = categories.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 0.9)
      .map((audit) => `${id}/${audit.id}=${audit.score}`),
  );
  return {
    preset,
    page,
    url,
    scores,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    failing,
  };
}

const pad = (text: string, width: number) => text.padEnd(width);
const pageWidth = Math.max(11, ...Object.keys(pages).map((name) => name.length + 2));
console.log(
  `${pad('preset', 8)}${pad('page', pageWidth)}${pad('perf', 6)}${pad('a11y', 6)}${pad('bp', 6)}` +
    `${pad('LCP ms', 8)}${pad('TBT ms', 8)}${pad('CLS', 7)}url`,
);
for (const row of rows) {
  const score = (value: number | undefined) => pad(value === undefined ? '—' : value.toFixed(2), 6);
  // Without the performance category Lighthouse reports no timings worth printing.
  const timing = (value: number, digits: number) => (everyPage ? '—' : value.toFixed(digits));
  console.log(
    `${pad(row.preset, 8)}${pad(row.page, pageWidth)}` +
      `${score(row.scores.performance)}${score(row.scores.accessibility)}${score(row.scores['best-practices'])}` +
      `${pad(timing(row.lcpMs, 0), 8)}${pad(timing(row.tbtMs, 0), 8)}${pad(timing(row.cls, 3), 7)}` +
      decodeURI(row.url),
  );
  if (row.failing.length) console.log(`        below 0.9: ${row.failing.join(' ')}`);
}
console.log(`load average after: ${load()} (scores are trustworthy only on an otherwise idle machine)`);
const min = (id: Category) => Math.min(...rows.map((row) => row.scores[id] ?? 0)).toFixed(2);
console.log(`lighthouse ${categories.map((id) => `${id.replace('-', '_')}_min=${min(id)}`).join(' ')}`);
