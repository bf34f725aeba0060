/**
 * Every page kind on a phone and every presenter step on a 720p projector, as a person sees them in Chromium:
 * nothing wider than the screen, no table cut off or scrolling without a cue, no text too small to read
 * (tests/helpers/layout-checks.ts); the phone sees cases before filters and a one-line header whose menu
 * holds every section; a Traditional entry's page draws the UI's labels exactly as a Simplified one does.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblems, layoutProblems, PHONE_MIN_FONT_PX, slideMinFontPx } from '../helpers/layout-checks.ts';
import { deckKinds, deckReady, pageKinds } from '../helpers/page-kinds.ts';
import { useSite } from '../helpers/site-fixture.ts';

const site = useSite();
/** The main navigation, found also while its menu is folded away. */
const siteNav = (page: Page) => page.getByRole('navigation', { name: '主导航', includeHidden: true });
const phones = { '360×740': { width: 360, height: 740 }, '390×844': { width: 390, height: 844 } };

for (const [size, viewport] of Object.entries(phones)) {
  describe(`phone ${size}`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport, locale: 'zh-CN', isMobile: true, hasTouch: true });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it.each(Object.keys(pageKinds))(
      '%s fits the screen, with no table cut off and no text under 12 px',
      async (name) => {
        const kind = pageKinds[name]!;
        await page.goto(site.server.url + kind.url);
        await kind.ready?.(page);
        const problems = await layoutProblems(page, { minFontPx: PHONE_MIN_FONT_PX });
        expect(describeProblems(`${kind.url} ${size}`, problems)).toEqual([]);
      },
    );

    it('shows the first case of the index and of a browse list on the first screen, filters folded above', async () => {
      for (const url of ['/cases/', '/browse/channel/phone/']) {
        await page.goto(site.server.url + url);
        const firstCase = await page.getByRole('main').getByRole('article').first().boundingBox();
        expect(firstCase!.y + 120, url).toBeLessThan(viewport.height);
        await expect(page.getByRole('navigation', { name: '浏览方式', includeHidden: true }).isVisible()).resolves.toBe(
          false,
        );
      }
      // The folded filters' summary: 筛选, and what is chosen.
      const filters = page.getByRole('main').getByText(/^筛选\s*已选：/);
      await expect(filters.textContent()).resolves.toContain('已选：渠道 · 电话');
      await filters.click();
      const phone = page.getByRole('navigation', { name: '浏览方式' }).getByRole('link', { name: /^电话/ });
      await expect(phone.getAttribute('aria-current')).resolves.toBe('page');
    });

    it('fits the header on one line, with every section and no `/` key hint behind its menu', async () => {
      await page.goto(site.server.url + '/cases/');
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height).toBeLessThan(72);
      const hint = page.getByRole('banner').getByText('/', { exact: true });
      await expect(hint.count()).resolves.toBe(1);
      await expect(hint.isVisible()).resolves.toBe(false);
      await expect(siteNav(page).isVisible()).resolves.toBe(false);
      const menu = page.getByRole('button', { name: '菜单' });
      await menu.click();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      for (const label of ['案例', '每日一案例', '最佳实践', '服务话术', '贡献者', '统计', '待复核', '找相似案例']) {
        await expect(siteNav(page).getByRole('link', { name: label, exact: true }).isVisible(), label).resolves.toBe(
          true,
        );
      }
      await page.keyboard.press('Escape');
      await expect(siteNav(page).isVisible()).resolves.toBe(false);
    });

    it('shows the field reference as cards: each field’s name first, columns labelled, no side scroll', async () => {
      await page.goto(site.server.url + '/contribute/fields/');
      const cards = await fieldCards(page);
      expect(cards.length).toBeGreaterThan(40);
      const width = viewport.width;
      for (const card of cards) {
        expect(card.scrolls, card.key).toBe(false);
        expect(card.left, card.key).toBeGreaterThanOrEqual(0);
        expect(card.right, card.key).toBeLessThanOrEqual(width);
        // Read top to bottom: 名称 and the key on the first line, then 必填, 取值, 说明 (and 示例 when there is one).
        expect(card.first, card.key).toBe(card.label);
        expect(card.labelled.slice(0, 3), card.key).toEqual(['必填：', '取值：', '说明：']);
        expect(card.height, card.key).toBeLessThan(viewport.height);
      }
    });
  });
}

describe('the field reference on a desktop (1440×900)', () => {
  it('keeps its six-column table, with the column headings and no labels in the cells', async () => {
    await site.page.goto(site.server.url + '/contribute/fields/');
    const rows = await fieldCards(site.page);
    expect(new Set(rows.map((row) => row.display))).toEqual(new Set(['table-row']));
    expect(rows.flatMap((row) => row.labelled)).toEqual([]);
    await expect(site.page.getByRole('columnheader').first().isVisible()).resolves.toBe(true);
  });
});

/**
 * Each row of the field reference as it is laid out: its edges, what comes first, the column labels drawn in it
 * (measured from the layout, so found by the table's markup).
 */
function fieldCards(page: Page) {
  return page.$$eval('table.fields tbody tr', (rows) =>
    rows.map((row) => {
      const box = row.getBoundingClientRect();
      const table = row.closest('table')!;
      const shown = [...row.children].filter((cell) => getComputedStyle(cell).display !== 'none');
      const first = shown.sort(
        (a, b) =>
          a.getBoundingClientRect().top - b.getBoundingClientRect().top ||
          a.getBoundingClientRect().left - b.getBoundingClientRect().left,
      )[0]!;
      return {
        key: row.querySelector('th code')!.textContent,
        label: row.querySelector('.label')!.textContent,
        first: first.textContent,
        left: box.left,
        right: box.right,
        height: box.height,
        scrolls: table.scrollWidth > table.clientWidth + 1,
        labelled: shown
          .map((cell) => getComputedStyle(cell, '::before').content.replace(/^"|"$/g, ''))
          .filter((content) => content !== 'none' && content !== ''),
        display: getComputedStyle(row).display,
      };
    }),
  );
}

describe('presenter deck at 1280×720', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN' });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(Object.keys(deckKinds))(
    '%s: every step fits, with its text at least 28 px of a 1080-line screen',
    async (name) => {
      const kind = deckKinds[name]!;
      await page.goto(site.server.url + kind.url);
      await deckReady(page);
      const steps = await page.getByRole('region', { includeHidden: true }).count();
      const problems: string[] = [];
      for (let step = 1; step <= steps; step += 1) {
        const found = await layoutProblems(page, { minFontPx: slideMinFontPx(720), textScope: '.step[data-current]' });
        problems.push(...describeProblems(`${kind.url} 第 ${step} 步`, found));
        await page.keyboard.press('ArrowRight');
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('a Traditional-script entry', () => {
  it('draws the UI’s labels with the same glyphs as a Simplified entry’s page', async () => {
    const page = site.page;
    const label = async (url: string) => {
      await page.goto(site.server.url + url);
      await page.evaluate(() => document.fonts.ready);
      return page.getByRole('heading', { name: '客户原话' }).screenshot();
    };
    const simplified = await label('/cases/ecommerce/presale-refund-delay/');
    const traditional = await label('/cases/travel/wheelchair-meal-transfer-missed/');
    expect(traditional.equals(simplified), '「客户原话」 is drawn differently on the Traditional case').toBe(true);
    // The entry's own words still follow its language.
    await expect(page.getByRole('heading', { level: 1 }).getAttribute('lang')).resolves.toBe('zh-TW');
  });
});
