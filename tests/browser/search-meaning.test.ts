import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SiteServer } from '../helpers/browser.ts';
import { meaningMatches, resultsArea, searchPage, titleLinks } from '../helpers/search-page.ts';
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
const meaningLinks = () => titleLinks(meaningMatches(page).getByRole('listitem'));
/** The line under the meaning matches' heading saying how they were found. */
const meaningWhy = () => meaningMatches(page).getByRole('paragraph').first();
/** Each meaning match's line saying what it has in common with the query. */
const reasons = () =>
  meaningMatches(page)
    .getByRole('listitem')
    .getByText(/^(相近之处|描述相近)：/);

describe('meaning matches (意思相近)', () => {
  it('answers an agent’s own words with the cases about it, labelled and saying which words matched', async () => {
    await open('退款迟迟没到账');
    expect(await literalLinks()).toEqual([]);
    const meaning = await meaningLinks();
    expect(meaning).toContain('/cases/ecommerce/presale-refund-delay/');
    expect(await page.getByRole('heading', { name: '意思相近' }).isVisible()).toBe(true);
    expect(await meaningWhy().textContent()).toMatch(/同义词|部分词语/);
    expect(await status()).toContain('意思相近');
    expect(await status()).not.toBe('找到 0 条结果');
    expect(await reasons().first().textContent()).toMatch(/^相近之处：/);
    // Not the advice for a search that found nothing.
    expect(
      await resultsArea(page)
        .getByRole('link', { name: /写成新案例/ })
        .count(),
    ).toBe(0);
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
    const why = await reasons().allTextContents();
    expect(why.join(' ')).toMatch(/配送|超时/);
    expect(why.join(' ')).not.toMatch(/undefined/);
  });

  it('shows results for a complaint pasted whole', async () => {
    await open('我在你们app上买的预售商品，尾款付了以后又申请退款，都一个多星期了钱还没退回来，客服每次都说再等等');
    const links = [...(await literalLinks()), ...(await meaningLinks())];
    expect(links.length).toBeGreaterThan(0);
    expect(links.slice(0, 5)).toContain('/cases/ecommerce/presale-refund-delay/');
    // The whole text also went to the finder's ranking, and the page says so.
    expect(await meaningWhy().textContent()).toContain('找相似案例');
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
    expect(await resultsArea(page).getByText('没有找到包含「火星基地」的内容。').isVisible()).toBe(true);
    const toFinder = page.getByRole('main').getByRole('link', { name: /找相似案例/ });
    // One link in the nothing-found advice, one the page always has below the results.
    expect(await toFinder.count()).toBe(2);
    const finder = await resultsArea(page)
      .getByRole('link', { name: /找相似案例/ })
      .getAttribute('href');
    expect(finder).toBe(`/finder/?q=${encodeURIComponent('火星基地')}`);
    expect(await toFinder.last().getAttribute('href')).toBe(finder);
  });
});

describe('hostile queries', () => {
  it('stays responsive and injects nothing with a 10,000-character query of markup and metacharacters', async () => {
    pageErrors.length = 0;
    const hostile = `<img src=x onerror="window.__pwned=1">退款.*+?^\${}()|[]\\\uD800`.repeat(250).slice(0, 10_000);
    await page.goto(`${server.url}/search/`);
    // Past the box's maxlength, as a script or a pasted link could send it.
    await searchBox().evaluate((box, text) => {
      const input = box as HTMLInputElement;
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
    // Markup the query must not have become, anywhere in the panel but its own copy (a JSON script).
    expect(await page.locator('search-panel img, search-panel script:not(.strings)').count()).toBe(0);
  });
});
