import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SiteServer } from '../helpers/browser.ts';
import { searchPage } from '../helpers/search-page.ts';
import { useSite } from '../helpers/site-fixture.ts';

const site = useSite();
let server: SiteServer;
let browser: Browser;
let page: Page;
let pageErrors: string[];
// Short names for the fixture's parts, once it has started.
beforeAll(() => ({ server, browser, page, pageErrors } = site));

const search = searchPage(site);
const open = (query: string) => search.open(`q=${encodeURIComponent(query)}`);
const { searchBox, status, resultLinks: literalLinks } = search;
const meaningLinks = () =>
  page.$$eval('.meaning:not([hidden]) .meaning-results li h2 a', (links) =>
    links.map((link) => link.getAttribute('href')!),
  );

describe('meaning matches (意思相近)', () => {
  it('answers an agent’s own words with the cases about it, labelled and saying which words matched', async () => {
    await open('退款迟迟没到账');
    expect(await literalLinks()).toEqual([]);
    const meaning = await meaningLinks();
    expect(meaning).toContain('/cases/ecommerce/presale-refund-delay/');
    expect(await page.getByRole('heading', { name: '意思相近' }).isVisible()).toBe(true);
    expect(await page.locator('.meaning-why').textContent()).toMatch(/同义词|部分词语/);
    expect(await status()).toContain('意思相近');
    expect(await status()).not.toBe('找到 0 条结果');
    expect(await page.locator('.meaning-results li .why').first().textContent()).toMatch(/^相近之处：/);
    expect(await page.locator('.empty').isHidden()).toBe(true);
  });

  it('works the same in Traditional script', async () => {
    await open('退款遲遲沒到帳');
    expect(await meaningLinks()).toContain('/cases/ecommerce/presale-refund-delay/');
  });

  it('adds no meaning matches below enough literal results, and fetches none of their code', async () => {
    await open('退款');
    expect((await literalLinks()).length).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('region', { name: '意思相近' }).isHidden()).toBe(true);
    // Only the literal search's files: the meaning code and the lexicon are not fetched.
    const requests: string[] = [];
    const fresh = await browser.newPage();
    fresh.on('request', (request) => requests.push(request.url()));
    await fresh.goto(`${server.url}/search/?q=${encodeURIComponent('延误')}`);
    await fresh.waitForSelector('search-panel[data-state=done]');
    expect(requests.filter((url) => /casebook-lexicon|meaning-client/.test(url))).toEqual([]);
    await fresh.close();
  });

  it('cuts the query finer when its lexicon phrase finds nothing, and says which words matched', async () => {
    await open('配送超时');
    expect((await meaningLinks()).length).toBeGreaterThan(0);
    const reasons = await page.locator('.meaning-results li .why').allTextContents();
    expect(reasons.join(' ')).toMatch(/配送|超时/);
    expect(reasons.join(' ')).not.toMatch(/undefined/);
  });

  it('shows results for a complaint pasted whole', async () => {
    await open('我在你们app上买的预售商品，尾款付了以后又申请退款，都一个多星期了钱还没退回来，客服每次都说再等等');
    const links = [...(await literalLinks()), ...(await meaningLinks())];
    expect(links.length).toBeGreaterThan(0);
    expect(links.slice(0, 5)).toContain('/cases/ecommerce/presale-refund-delay/');
    // The whole text also went to the finder's ranking, and the page says so.
    expect(await page.locator('.meaning-why').textContent()).toContain('找相似案例');
  });

  it('lets the keyboard move from the literal results into the meaning matches', async () => {
    await open('退钱');
    const links = [...(await literalLinks()), ...(await meaningLinks())];
    expect(links.length).toBeGreaterThan(1);
    await searchBox().focus();
    for (let step = 0; step < links.length; step += 1) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links.at(-1));
  });
});

describe('links to the finder carry the query', () => {
  it('from a search that finds nothing, and from the page’s own finder link', async () => {
    await open('火星基地');
    expect(await status()).toBe('找到 0 条结果');
    const empty = page.locator('.empty');
    expect(await empty.isVisible()).toBe(true);
    const finder = await empty.locator('a[href^="/finder/"]').getAttribute('href');
    expect(finder).toBe(`/finder/?q=${encodeURIComponent('火星基地')}`);
    expect(await page.locator('a[data-finder-link]').getAttribute('href')).toBe(finder);
  });
});

describe('hostile queries', () => {
  it('stays responsive and injects nothing with a 10,000-character query of markup and metacharacters', async () => {
    pageErrors.length = 0;
    const hostile = `<img src=x onerror="window.__pwned=1">退款.*+?^\${}()|[]\\\uD800`.repeat(250).slice(0, 10_000);
    await page.goto(`${server.url}/search/`);
    await page.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.removeAttribute('maxlength');
      input.value = text;
      input.form!.requestSubmit();
    }, hostile);
    await page.waitForSelector('search-panel[data-state=done]', { timeout: 10_000 });
    // The page still answers: a click on the input and typing a new query are handled.
    const started = Date.now();
    await searchBox().fill('退款');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        new URL(location.href).searchParams.get('q') === '退款' &&
        document.querySelector('search-panel')?.getAttribute('data-state') === 'done',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('search-panel img, search-panel script:not(.strings)').count()).toBe(0);
  });
});
