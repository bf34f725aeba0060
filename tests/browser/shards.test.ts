/**
 * A library split into two shards (2025 and 2026), built by `npm run build:shards` as two parallel jobs handed the
 * library-wide step's input: every shard's pages describe the whole library (home, statistics, similar cases, the
 * finder, related cases across shards), and one search from either shard's page covers both (Pagefind mergeIndex
 * plus the merged record and variant tables).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ShardRunFigures } from '../../scripts/build-shards.ts';
import type { SiteServer } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/paths.ts';
import { searchDone } from '../helpers/page-kinds.ts';
import { facetGroup, facetsLoaded, literalResults, openFacetGroup } from '../helpers/search-page.ts';
import { useSite } from '../helpers/site-fixture.ts';
import { sampleCase, standalone, tempLibrary } from '../helpers/temp-library.ts';

const caseFile = (id: string) => readFileSync(path.join(projectRoot, 'content/cases', `${id}.mdx`), 'utf8');

// 2026: the sample presale-refund case and a water-bill case; 2025: a ticket-refund case and an account
// closure (销户, in no 2026 case) whose related cases name one case of each year. A practice (shared material,
// copied into both shards) links to the 2026 case.
const library = tempLibrary({
  'cases/ecommerce/presale-refund-delay.mdx': standalone(sampleCase),
  'cases/utilities/water-prepay-wrong-account.mdx': standalone(caseFile('utilities/water-prepay-wrong-account')),
  'cases/travel/ticket-refund-25-days.mdx': standalone(caseFile('travel/ticket-refund-25-days')),
  'cases/banking/elderly-account-closure-at-branch.mdx': standalone(
    caseFile('banking/elderly-account-closure-at-branch'),
  ).replace(/^relatedCases: \[\]$/m, 'relatedCases: [ecommerce/presale-refund-delay, travel/ticket-refund-25-days]'),
  // The practice names stages of the e-commerce journey it designs peaks for: every shard needs the journeys too.
  'practices/refund-journey-moments-of-truth.mdx': readFileSync(
    path.join(projectRoot, 'content/practices/refund-journey-moments-of-truth.mdx'),
    'utf8',
  ),
  'journeys/ecommerce.yaml': readFileSync(path.join(projectRoot, 'content/journeys/ecommerce.yaml'), 'utf8'),
});
const shardsDir = path.join(library, 'site');

let build: { status: number | null; output: string };
const site = useSite({
  build: () => {
    const result = spawnSync(
      process.execPath,
      ['scripts/build-shards.ts', '--by', 'year', '--content', library, '--out', shardsDir, '--jobs', '2'],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    if (build.status !== 0) throw new Error(`build:shards failed:\n${build.output}`);
    return shardsDir;
  },
  buildTimeout: 420_000,
});
let server: SiteServer;
let page: Page;
// Short names for the fixture's parts, once it has started.
beforeAll(() => ({ server, page } = site));

afterAll(() => rmSync(library, { recursive: true, force: true }));

/** The results of a query (and `filters`, as in the URL: `&year=2025`) on the search page below `from`. */
async function search(from: string, query: string, filters = '') {
  await page.goto(`${server.url}${from}search/?q=${encodeURIComponent(query)}${filters}`);
  await searchDone(page);
  return Promise.all(
    (await literalResults(page).all()).map(async (result) => ({
      href: await result.getByRole('heading', { level: 2 }).getByRole('link').getAttribute('href'),
      // The line of badges above the title: kind, case number, severity, … and the shard's year.
      badges: (await result.getByRole('paragraph').first().textContent())!,
    })),
  );
}

/** Opens the assembled site's page at `url`. */
const visit = (url: string) => page.goto(`${server.url}${url}`);
/** Where the links found by `links` lead. */
const hrefs = (links: Locator) => links.evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
/** The title links of the case cards in `scope` (the page's main content unless given). */
const caseTitles = (scope: Locator = page.getByRole('main')) =>
  hrefs(scope.getByRole('article').getByRole('heading').getByRole('link'));

const cases2026 = ['/cases/ecommerce/presale-refund-delay/', '/cases/utilities/water-prepay-wrong-account/'];
const cases2025 = [
  '/2025/cases/travel/ticket-refund-25-days/',
  '/2025/cases/banking/elderly-account-closure-at-branch/',
];

describe('every shard describes the whole library', () => {
  it('lists and counts the cases of both shards on either shard’s home page, with links into each', async () => {
    for (const home of ['/', '/2025/']) {
      await visit(home);
      expect(await page.getByRole('link', { name: '4 案例', exact: true }).count()).toBe(1);
      const listed = await caseTitles();
      expect(listed.filter((href) => cases2026.includes(href))).not.toEqual([]);
      expect(listed.filter((href) => cases2025.includes(href))).not.toEqual([]);
    }
  });

  it('counts both shards’ cases in the statistics and the browse lists', async () => {
    for (const base of ['/', '/2025/']) {
      await visit(`${base}insights/`);
      // Each figure of the overview: its name (a term) and the value after it.
      const figures = await page
        .getByRole('region', { name: '总体情况' })
        .getByRole('term')
        .evaluateAll((terms) => terms.map((term) => `${term.textContent} ${term.nextElementSibling!.textContent}`));
      expect(figures).toContain('案例数 4');
      await visit(`${base}cases/`);
      expect((await caseTitles()).sort()).toEqual([...cases2026, ...cases2025].sort());
    }
  });

  it('keeps a related case in another shard, and finds similar cases across the shards', async () => {
    await visit('/2025/cases/banking/elderly-account-closure-at-branch/');
    expect(await hrefs(page.getByRole('region', { name: '相关案例' }).getByRole('link'))).toEqual(
      expect.arrayContaining(['/cases/ecommerce/presale-refund-delay/', '/2025/cases/travel/ticket-refund-25-days/']),
    );
    const similar: string[] = [];
    for (const url of ['/2025/cases/travel/ticket-refund-25-days/', '/cases/ecommerce/presale-refund-delay/']) {
      await visit(url);
      similar.push(...(await caseTitles(page.getByRole('region', { name: '相似案例' }))));
    }
    expect(similar.some((href) => cases2026.includes(href))).toBe(true);
    expect(similar.some((href) => cases2025.includes(href))).toBe(true);
  });

  it('gives the finder of either shard every case of the library, each linked where it is served', () => {
    for (const base of ['', '2025/']) {
      const data = path.join(shardsDir, base, 'finder/data');
      const urls = readdirSync(data)
        .filter((name) => /^cases-\d+\.json$/.test(name))
        .flatMap(
          (name) => (JSON.parse(readFileSync(path.join(data, name), 'utf8')) as { cases: { url: string }[] }).cases,
        )
        .map((entry) => entry.url);
      expect(urls.sort()).toEqual([...cases2026, ...cases2025].sort());
    }
  });

  it('renders the shared pages once, at /, and links the other shard’s pages to them there', () => {
    const pagesBelow = (folder: string) =>
      existsSync(path.join(shardsDir, '2025', folder))
        ? readdirSync(path.join(shardsDir, '2025', folder), { recursive: true, encoding: 'utf8' }).filter(
            (name) => name.endsWith('.html') && name !== 'index.html',
          )
        : [];
    for (const folder of ['browse', 'practices', 'scripts', 'people', 'journeys', 'review', 'cases/page'])
      expect(pagesBelow(folder), folder).toEqual([]);
    expect(existsSync(path.join(shardsDir, 'practices/refund-journey-moments-of-truth/index.html'))).toBe(true);
    const shared = cases2025.flatMap((url) =>
      [...readFileSync(path.join(shardsDir, url, 'index.html'), 'utf8').matchAll(/href="(\/[^"#?]*)/g)]
        .map(([, href]) => href!)
        .filter((href) => /^\/(2025\/)?(browse|practices|scripts|people|journeys)\//.test(href)),
    );
    expect(shared.filter((href) => /^\/(browse|people)\/./.test(href))).not.toEqual([]);
    expect(shared.filter((href) => href.startsWith('/2025/'))).toEqual([]);
    const lacking = shared.filter((href) => !existsSync(path.join(shardsDir, decodeURIComponent(href), 'index.html')));
    expect(lacking).toEqual([]);
  });

  it('has no link to a page the assembled site lacks', () => {
    const missing = new Set<string>();
    for (const name of readdirSync(shardsDir, { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.html')) continue;
      for (const [, href] of readFileSync(path.join(shardsDir, name), 'utf8').matchAll(/href="(\/[^"#?]*)/g)) {
        const target = path.join(shardsDir, decodeURIComponent(href!));
        const served = existsSync(target) && (statSync(target).isFile() || existsSync(path.join(target, 'index.html')));
        if (!served) missing.add(`${name} → ${href}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('two shards built separately, searched as one', () => {
  it('builds the larger year at / and the other below its own path, each with its own bundle', () => {
    expect(build.output).toMatch(/2026 年\s+\/\s/);
    expect(build.output).toMatch(/2025 年\s+\/2025\//);
    const urls = JSON.parse(readFileSync(path.join(shardsDir, '2025/pagefind/casebook-urls.json'), 'utf8')) as string[];
    expect(urls.sort()).toEqual([
      '/2025/cases/banking/elderly-account-closure-at-branch/',
      '/2025/cases/travel/ticket-refund-25-days/',
    ]);
  });

  it('finds entries of both shards for one query, with links that open them', async () => {
    const results = await search('/', '退款');
    const hrefs = results.map((result) => result.href);
    expect(hrefs).toContain('/cases/ecommerce/presale-refund-delay/');
    expect(hrefs).toContain('/2025/cases/travel/ticket-refund-25-days/');
    // Entries of the other shard say where they come from.
    expect(results.find((result) => result.href!.startsWith('/2025/'))!.badges).toContain('来自2025 年');
    expect(results.find((result) => result.href === '/cases/ecommerce/presale-refund-delay/')!.badges).not.toContain(
      '来自2025 年',
    );

    await page
      .getByRole('region', { name: '搜索结果' })
      .getByRole('link', { name: /退票款 25 天未到账/ })
      .click();
    await page.waitForURL('**/2025/cases/travel/ticket-refund-25-days/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('退票款 25 天未到账');
  });

  it('returns only the shard that holds a query, from either shard, in either script', async () => {
    expect((await search('/', '销户')).map((result) => result.href)).toEqual([
      '/2025/cases/banking/elderly-account-closure-at-branch/',
    ]);
    // Traditional input folds through the merged variant tables.
    expect((await search('/', '銷戶')).map((result) => result.href)).toEqual([
      '/2025/cases/banking/elderly-account-closure-at-branch/',
    ]);
    // The 2025 shard's own search page merges the 2026 bundle: the same results.
    const fromOld = (await search('/2025/', '退款')).map((result) => result.href).sort();
    const fromNew = (await search('/', '退款')).map((result) => result.href).sort();
    expect(fromOld).toEqual(fromNew);
    expect((await search('/2025/', '预售尾款')).map((result) => result.href)).toEqual([
      '/cases/ecommerce/presale-refund-delay/',
    ]);
  });

  /** Pathnames the page requested below a shard's Pagefind folder while `act` ran. */
  async function shardRequests(act: () => Promise<unknown>): Promise<{ own: number; old: number }> {
    const paths: string[] = [];
    const listen = (request: { url: () => string }) => paths.push(new URL(request.url()).pathname);
    page.on('request', listen);
    try {
      await act();
    } finally {
      page.off('request', listen);
    }
    return {
      own: paths.filter((url) => url.startsWith('/pagefind/')).length,
      old: paths.filter((url) => url.startsWith('/2025/pagefind/')).length,
    };
  }

  it('finds exactly the case a case number names, whichever shard holds it, loading only that shard', async () => {
    const numbers = {
      'KF-2026-0101': '/cases/ecommerce/presale-refund-delay/',
      'KF-2026-0115': '/cases/utilities/water-prepay-wrong-account/',
      'KF-2025-0306': '/2025/cases/travel/ticket-refund-25-days/',
      'kf-2025-0222': '/2025/cases/banking/elderly-account-closure-at-branch/',
    };
    for (const from of ['/', '/2025/'])
      for (const [number, href] of Object.entries(numbers)) {
        let results: Awaited<ReturnType<typeof search>> = [];
        const requests = await shardRequests(async () => (results = await search(from, number)));
        expect(
          results.map((result) => result.href),
          `${number} from ${from}`,
        ).toEqual([href]);
        // The other shard's bundle is loaded only when the number's year is there.
        const otherYear = from === '/' ? number.includes('2025') : number.includes('2026');
        const otherRequests = from === '/' ? requests.old : requests.own;
        expect(otherRequests > 0, `${number} from ${from}: ${otherRequests} requests`).toBe(otherYear);
      }
  });

  it('shows the page’s own shard’s results first, the other shard’s below them', async () => {
    for (const [from, own] of [
      ['/', (href: string) => !href.startsWith('/2025/')],
      ['/2025/', (href: string) => href.startsWith('/2025/')],
    ] as const) {
      const hrefs = (await search(from, '退款')).map((result) => result.href!);
      const firstOther = hrefs.findIndex((href) => !own(href));
      expect(firstOther, hrefs.join(' ')).toBeGreaterThan(0);
      expect(
        hrefs.slice(firstOther).every((href) => !own(href)),
        hrefs.join(' '),
      ).toBe(true);
    }
  });

  it('loads only the shard of the year filtered on', async () => {
    let hrefs: string[] = [];
    const only2026 = await shardRequests(async () => {
      hrefs = (await search('/', '退款', '&year=2026')).map((result) => result.href!);
    });
    expect(only2026.old).toBe(0);
    expect(hrefs).toContain('/cases/ecommerce/presale-refund-delay/');
    const only2025 = await shardRequests(async () => {
      hrefs = (await search('/', '退款', '&year=2025')).map((result) => result.href!);
    });
    expect(only2025.old).toBeGreaterThan(0);
    expect(hrefs).toContain('/2025/cases/travel/ticket-refund-25-days/');
    expect(hrefs.filter((href) => href.startsWith('/cases/'))).toEqual([]);
    // The filter is offered as a group of its own, the year checked.
    await expect(page.getByRole('checkbox', { name: /^2025/ }).isChecked()).resolves.toBe(true);
  });

  it('finds shared material once, from the home shard, although both shards hold a copy', async () => {
    for (const from of ['/', '/2025/']) {
      expect((await search(from, '颗粒化')).map((result) => result.href)).toEqual([
        '/practices/refund-journey-moments-of-truth/',
      ]);
    }
  });

  it('counts facets over every shard', async () => {
    await page.goto(`${server.url}/search/`);
    await searchDone(page);
    expect(await page.getByRole('status').textContent()).toBe('共 5 条内容');
    await expect(page.getByRole('checkbox', { name: '案例 4', exact: true }).isVisible()).resolves.toBe(true);
    // A facet whose values come in a file per shard: every case of both shards has its one channel counted.
    await page.goto(`${server.url}/search/?type=case`);
    await searchDone(page);
    await facetsLoaded(page);
    await openFacetGroup(page, '渠道');
    const channelCounts = await facetGroup(page, '渠道').getByText(/^\d+$/).allTextContents();
    expect(channelCounts.reduce((sum, count) => sum + Number(count), 0)).toBe(4);
  });

  it('opens a related case in another shard from its link', async () => {
    await page.goto(`${server.url}/2025/cases/banking/elderly-account-closure-at-branch/`);
    await page.getByRole('region', { name: '相关案例' }).getByRole('link', { name: /预售/ }).click();
    await page.waitForURL('**/cases/ecommerce/presale-refund-delay/');
    expect(new URL(page.url()).pathname).toBe('/cases/ecommerce/presale-refund-delay/');
  });

  it('says so when a shard cannot be loaded, and still searches the others', async () => {
    rmSync(path.join(shardsDir, '2025/pagefind/casebook-records.json'));
    const results = await search('/', '退款');
    expect(results.map((result) => result.href).sort()).toEqual([
      '/cases/ecommerce/presale-refund-delay/',
      '/cases/utilities/water-prepay-wrong-account/',
      '/practices/refund-journey-moments-of-truth/',
    ]);
    expect(await page.getByRole('status').textContent()).toBe(
      '找到 3 条结果（2025 年的内容暂时无法搜索，结果可能不全）',
    );
  });
});

describe('a pull request that edits one case', () => {
  const buildShards = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['scripts/build-shards.ts', '--by', 'year', '--content', library, '--out', shardsDir, ...args],
      { cwd: projectRoot, encoding: 'utf8' },
    );

  it('rebuilds only that case’s shard into the assembled site, and reports its figures', () => {
    const homePage = path.join(shardsDir, 'cases/ecommerce/presale-refund-delay/index.html');
    const homeBuilt = statSync(homePage).mtimeMs;
    appendFileSync(path.join(library, 'cases/travel/ticket-refund-25-days.mdx'), '\n\n回访时客户说退票款已经到账。\n');
    const figuresFile = path.join(library, 'figures.json');
    const result = buildShards('--only', '2025', '--figures', figuresFile);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(readFileSync(path.join(shardsDir, '2025/cases/travel/ticket-refund-25-days/index.html'), 'utf8')).toContain(
      '回访时客户说退票款已经到账',
    );
    // The rebuilt shard's bundle is whole again (an earlier test removed a file of it); the home shard is untouched.
    expect(existsSync(path.join(shardsDir, '2025/pagefind/casebook-records.json'))).toBe(true);
    expect(statSync(homePage).mtimeMs).toBe(homeBuilt);
    const figures = JSON.parse(readFileSync(figuresFile, 'utf8')) as ShardRunFigures;
    expect(figures.shards.map((shard) => shard.key)).toEqual(['2025']);
    expect(figures.shards[0]).toMatchObject({ cases: 2, daily: 0 });
    for (const measured of [figures.libraryWide, figures.shards[0]!]) {
      expect(measured.peakBytes).toBeGreaterThan(0);
      expect(measured.cpuMs).toBeGreaterThan(0);
    }
  }, 300_000);

  it('refuses a shard the library does not have, naming the ones it has', () => {
    const result = buildShards('--only', '2030');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('没有「2030」这个分库 — 可选：2026、2025');
  });
});
