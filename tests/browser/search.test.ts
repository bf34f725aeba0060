import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isFocused, type SiteServer } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/paths.ts';
import { severities } from '../../src/lib/cases/taxonomy.ts';
import {
  facetCount,
  facetGroup,
  facetsLoaded,
  literalResults,
  openFacetGroup,
  resultsArea,
  searchPage,
  searchStatus,
} from '../helpers/search-page.ts';
import { useSite } from '../helpers/site-fixture.ts';

const site = useSite();
let server: SiteServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
// Short names for the fixture's parts, once it has started.
beforeAll(() => ({ server, browser, page, pageErrors } = site));

const { searchBox, status, resultLinks, open } = searchPage(site);
const more = () => page.getByRole('button', { name: '显示更多' });
const results = () => literalResults(page);
/** The highlighted words of the results' excerpts (<mark>: Playwright's typed roles have no `mark`). */
const highlights = () => results().locator('mark');

describe('the labelled query set', () => {
  it('returns every relevant entry (recall 1.00) and nothing else in the top ten (precision ≥ 0.9)', async () => {
    const labelled = JSON.parse(readFileSync(path.join(projectRoot, 'tests/search/queries.json'), 'utf8')) as {
      query: string;
      relevant: string[];
    }[];
    expect(labelled.length).toBeGreaterThanOrEqual(150);
    await open('');
    const misses: string[] = [];
    let precision = 0;
    for (const { query, relevant } of labelled) {
      const { urls } = await page.evaluate(
        (text) =>
          (
            document.querySelector('search-panel') as HTMLElement & {
              query: (q: string) => Promise<{ urls: string[] }>;
            }
          ).query(text),
        query,
      );
      const missing = relevant.filter((url) => !urls.includes(url));
      if (missing.length) misses.push(`${query}: ${missing.join(' ')}`);
      const top = urls.slice(0, 10);
      precision +=
        top.length === 0
          ? relevant.length === 0
            ? 1
            : 0
          : top.filter((url) => relevant.includes(url)).length / top.length;
    }
    expect(misses).toEqual([]);
    expect(precision / labelled.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('searching as an agent does', () => {
  it('shows results as you type, with the query in the URL, and the match highlighted', async () => {
    await open('');
    await searchBox().pressSequentially('退款');
    await results().first().waitFor();
    await expect.poll(() => status()).toMatch(/找到/);
    await page.waitForSelector('search-panel[data-state=done]');
    expect(new URL(page.url()).searchParams.get('q')).toBe('退款');
    expect(await status()).toMatch(/^找到 \d+ 条结果$/);
    expect(await highlights().first().textContent()).toBe('退款');
    expect(await results().count()).toBe(10);
    await more().click();
    await expect.poll(() => results().count()).toBeGreaterThan(10);
  });

  it('moves through results with the arrow keys, opens one with Enter, clears with Esc', async () => {
    await open('q=退款');
    await searchBox().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = (await resultLinks())[1]!;
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${second}`);
    await page.goBack();
    await searchBox().focus();
    await page.keyboard.press('Escape');
    expect(await searchBox().inputValue()).toBe('');
  });

  it('finds a case by its number first', async () => {
    await open('q=KF-2026-0221');
    expect((await resultLinks())[0]).toBe('/cases/banking/overseas-card-fraud-dispute/');
  });

  it('finds Simplified entries from a Traditional query, showing the entry’s own text', async () => {
    await open(`q=${encodeURIComponent('銷戶')}`);
    expect(await resultLinks()).toContain('/cases/banking/elderly-account-closure-at-branch/');
    expect(await highlights().first().textContent()).toBe('销户');
    await open(`q=${encodeURIComponent('改签')}`);
    expect(await resultLinks()).toContain('/cases/travel/typhoon-signal8-mass-cancellation/');
  });

  it('says so plainly when nothing matches and offers the finder or a new case', async () => {
    await open(`q=${encodeURIComponent('火星基地')}`);
    expect(await status()).toBe('找到 0 条结果');
    expect(await resultsArea(page).getByText('没有找到包含「火星基地」的内容。').isVisible()).toBe(true);
    const finder = await resultsArea(page)
      .getByRole('link', { name: /找相似案例/ })
      .getAttribute('href');
    expect(finder).toBe(`/finder/?q=${encodeURIComponent('火星基地')}`);
    const submit = await resultsArea(page)
      .getByRole('link', { name: /写成新案例/ })
      .getAttribute('href');
    expect(decodeURIComponent(submit!)).toContain('火星基地');
  });
});

describe('loading', () => {
  it('fetches what the page announced once, for the search it runs', async () => {
    const fetched: string[] = [];
    const listen = (request: { url: () => string }) => fetched.push(request.url().slice(server.url.length));
    page.on('request', listen);
    await open('q=退款');
    page.off('request', listen);
    // What the page's <head> announces (no part of what a reader sees).
    const announced = await page.$$eval('link[rel=preload], link[rel=modulepreload]', (links) =>
      links.map((link) => link.getAttribute('href')!),
    );
    expect(announced).toHaveLength(5);
    for (const url of announced)
      expect(
        fetched.filter((request) => request === url),
        url,
      ).toHaveLength(1);
    expect(fetched.filter((request) => request.startsWith('/pagefind/pagefind-entry.json'))).toHaveLength(1);
    expect(await results().count()).toBe(10);
  });

  it('draws the results on screen before it asks for those below them', async () => {
    const shownWhenAsked: number[] = [];
    await page.route('**/*.pf_fragment', async (route) => {
      shownWhenAsked.push(await results().count());
      await route.continue();
    });
    await open('q=退款');
    await page.unroute('**/*.pf_fragment');
    expect(shownWhenAsked).toEqual([0, 0, 0, 0, 4, 4, 4, 4, 4, 4]);
  });

  /** Layout shifts on a phone while `query` loads: how much moved, and whether anything inside the search panel did. */
  async function phoneShifts(query: string): Promise<{ total: number; inPanel: boolean }> {
    const phone = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await phone.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await phone.waitForSelector('search-panel[data-state=done]');
    const shifts = await phone.evaluate(
      () =>
        new Promise<{ total: number; inPanel: boolean }>((resolve) => {
          type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as Shift[];
            const panel = document.querySelector('search-panel')!;
            resolve({
              total: entries.reduce((sum, entry) => sum + entry.value, 0),
              inPanel: entries.some((entry) => entry.sources.some(({ node }) => node && panel.contains(node))),
            });
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve({ total: 0, inPanel: false }), 500);
        }),
    );
    await phone.close();
    return shifts;
  }

  it('moves nothing on a phone while results load: the facet panel has its place from the start', async () => {
    expect(await phoneShifts('退款')).toEqual({ total: 0, inPanel: false });
  });

  it('moves nothing on a phone when nothing matches: the footer stays below the room kept for results', async () => {
    expect(await phoneShifts('火星快递')).toEqual({ total: 0, inPanel: false });
  });
});

describe('the page without a query', () => {
  it('lists the newest entries with excerpts from one small preview, and loads more on demand', async () => {
    const fetched: string[] = [];
    const listen = (request: { url: () => string }) => fetched.push(new URL(request.url()).pathname);
    page.on('request', listen);
    await open('');
    expect(await status()).toMatch(/^共 \d+ 条内容$/);
    expect(await results().count()).toBe(10);
    // Each result: a line of badges, the title, then the excerpt.
    const excerpts = await Promise.all(
      (await results().all()).map((result) => result.getByRole('paragraph').last().textContent()),
    );
    expect(excerpts.every((text) => text!.length > 20)).toBe(true);
    expect(fetched.filter((url) => url.endsWith('.pf_fragment'))).toEqual([]);
    await more().click();
    await expect.poll(() => results().count()).toBe(20);
    expect(fetched.filter((url) => url.endsWith('.pf_fragment')).length).toBe(10);
    page.off('request', listen);
  });
});

describe('facets, sorting and the URL', () => {
  it('filters by channel with live counts, and Back restores the unfiltered results', async () => {
    await open('q=退款');
    await facetsLoaded(page);
    await openFacetGroup(page, '渠道');
    const total = Number((await status())!.match(/\d+/)![0]);
    const channels = facetGroup(page, '渠道');
    const phone = channels.getByRole('checkbox', { name: /^电话 \d+$/ });
    const count = await facetCount(channels, '电话');
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await phone.check();
    await expect.poll(() => status()).toBe(`找到 ${count} 条结果`);
    expect(new URL(page.url()).searchParams.getAll('channel')).toEqual(['phone']);
    await page.goBack();
    await expect.poll(() => status()).toBe(`找到 ${total} 条结果`);
    expect(await channels.getByRole('checkbox', { checked: true, includeHidden: true }).count()).toBe(0);
  });

  it('shows the results before the facet counts, and a closed group’s values only once it is opened', async () => {
    const fetched: string[] = [];
    const listen = (request: { url: () => string }) => fetched.push(new URL(request.url()).pathname);
    page.on('request', listen);
    await open('q=退款');
    await facetsLoaded(page);
    const facetFiles = () =>
      fetched
        .filter((url) => url.includes('/casebook-facets/'))
        .map((url) => url.replace(/.*\//, ''))
        .sort();
    // Desktop: the groups open beside the results (type from the record table; category, failure).
    expect(facetFiles()).toEqual(['category.json', 'failure.json']);
    const categories = facetGroup(page, '问题分类');
    expect(Number(await categories.getByText(/^\d+$/).first().textContent())).toBeGreaterThan(0);
    const tags = facetGroup(page, '标签');
    expect(await tags.getByRole('checkbox', { includeHidden: true }).count()).toBe(0);
    await tags.getByText('标签', { exact: true }).click();
    await tags.getByRole('checkbox').first().waitFor();
    expect(facetFiles()).toEqual(['category.json', 'failure.json', 'tag.json']);
    // The group stays open through the next search.
    await searchBox().fill('延误');
    await page.waitForFunction(
      () =>
        new URL(location.href).searchParams.get('q') === '延误' &&
        document.querySelector('search-panel')?.getAttribute('data-state') === 'done',
    );
    expect(await tags.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    page.off('request', listen);
  });

  it('reopens the same results from a pasted link: query, facets (OR within one) and sort', async () => {
    await open(`q=${encodeURIComponent('客户')}&channel=phone&channel=chat&type=case&sort=newest`);
    expect(await searchBox().inputValue()).toBe('客户');
    expect(await page.getByRole('combobox', { name: '排序' }).inputValue()).toBe('newest');
    expect(
      await facetGroup(page, '渠道')
        .getByRole('checkbox', { checked: true })
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value)),
    ).toEqual(['phone', 'chat']);
    const dates = await resultLinks();
    expect(dates.length).toBeGreaterThan(1);
    expect(dates.every((href) => href.startsWith('/cases/'))).toBe(true);
  });
});

describe('sorting by severity', () => {
  it('loads the severity values first, then lists the most severe cases first', async () => {
    await open(`q=${encodeURIComponent('退款')}&type=case&sort=severity`);
    // Each result's severity, read from the badge a reader sees (轻微 1 … 重大 4).
    const levels = await Promise.all(
      (await results().all()).map(async (result) => {
        for (const [level, { zh }] of Object.entries(severities))
          if (await result.getByText(zh, { exact: true }).count()) return Number(level);
        return 0;
      }),
    );
    expect(levels.length).toBe(10);
    expect(levels).not.toContain(0);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    expect(levels[0]).toBe(4);
  });
});

describe('on a phone', () => {
  it('fetches no facet values until 筛选 is opened, then shows the counts', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const fetched: string[] = [];
    phone.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await phone.goto(`${server.url}/search/?q=${encodeURIComponent('退款')}`);
    await phone.waitForSelector('search-panel[data-state=done]');
    expect(await literalResults(phone).count()).toBe(10);
    await phone.waitForTimeout(300);
    expect(fetched.filter((url) => url.includes('/casebook-facets/'))).toEqual([]);
    await phone.getByRole('main').getByText('筛选', { exact: true }).click();
    await facetGroup(phone, '问题分类').getByRole('checkbox').first().waitFor();
    await facetsLoaded(phone);
    expect(fetched.filter((url) => url.includes('/casebook-facets/')).length).toBe(2);
    await phone.close();
  });

  it('applies a filter from a pasted link on first load: the count shown is the filtered one', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/search/?q=${encodeURIComponent('退款')}&channel=phone`);
    await phone.waitForSelector('search-panel[data-state=done]');
    const shown = Number((await searchStatus(phone).textContent())!.match(/\d+/)![0]);
    await phone.goto(`${server.url}/search/?q=${encodeURIComponent('退款')}`);
    await phone.waitForSelector('search-panel[data-state=done]');
    const unfiltered = Number((await searchStatus(phone).textContent())!.match(/\d+/)![0]);
    await phone.getByRole('main').getByText('筛选', { exact: true }).click();
    await openFacetGroup(phone, '渠道');
    const phoneCount = await facetCount(facetGroup(phone, '渠道'), '电话');
    expect(shown).toBe(phoneCount);
    expect(shown).toBeLessThan(unfiltered);
    await phone.close();
  });
});

describe('robustness', () => {
  it.each([
    ['a 10,000-character query', '退'.repeat(10_000)],
    ['only punctuation', '!!!???'],
    ['only emoji', '🙂🙂'],
    ['markup', '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'],
    ['regex metacharacters', '.*+?^${}()|[]\\'],
    ['a lone surrogate', '\uD800退款'],
  ])('survives %s without breaking the page or injecting markup', async (_, query) => {
    pageErrors.length = 0;
    await page.goto(`${server.url}/search/`);
    await searchBox().fill(query);
    await page.keyboard.press('Enter');
    await expect.poll(() => status()).toMatch(/条/);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Markup the query must not have become, anywhere among the results or the nothing-found advice.
    expect(await resultsArea(page).locator('img, script').count()).toBe(0);
  });
});

describe('pages that are only read', () => {
  it('load no search code until the user searches; / and Ctrl+K focus the search box', async () => {
    const reader = await browser.newPage();
    const requests: string[] = [];
    reader.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await reader.goto(`${server.url}/cases/ecommerce/presale-refund-delay/`);
    await reader.waitForLoadState('networkidle');
    expect(
      requests.filter((url) => url.includes('pagefind') || url.includes('SearchPanel')),
      requests.join(' '),
    ).toEqual([]);
    await reader.keyboard.press('Control+k');
    expect(await isFocused(reader.getByRole('banner').getByRole('searchbox'))).toBe(true);
    await reader.close();
  });
});
