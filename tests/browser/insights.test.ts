import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveSite, type SiteServer } from '../helpers/browser.ts';

let server: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveSite(), launchChromium()]);
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('insights page (统计)', () => {
  it('opens the list of a channel’s cases when its bar is clicked', async () => {
    await page.goto(`${server.url}/insights/`);
    const bar = page.locator('figure[data-chart=channel] svg a[href="/browse/channel/phone/"]');
    const count = Number(/：(\d+)（/.exec((await bar.getAttribute('aria-label'))!)![1]);
    await bar.locator('rect.bar').click();
    await page.waitForURL('**/browse/channel/phone/');
    await expect(page.locator('main').textContent()).resolves.toContain(`${count} 个案例`);
  });

  it('opens the search page filtered by category and channel from a stacked segment, with the same count', async () => {
    await page.goto(`${server.url}/insights/`);
    const segment = page.locator('figure[data-chart=category-channel] svg a.segment').first();
    const count = Number(/：(\d+) 个案例/.exec((await segment.getAttribute('aria-label'))!)![1]);
    await segment.locator('rect').click();
    await page.waitForURL(/\/search\/\?type=case&category=.+&channel=.+/);
    await page.waitForSelector('search-panel[data-state=done]');
    await expect(page.locator('search-panel .status').textContent()).resolves.toContain(`共 ${count} 条内容`);
  });

  it('shows each chart’s numbers as a table on request, readable without the chart', async () => {
    await page.goto(`${server.url}/insights/`);
    const figure = page.locator('figure[data-chart=nps]');
    await expect(figure.locator('table').isVisible()).resolves.toBe(false);
    await figure.locator('summary').click();
    await expect(figure.locator('table').isVisible()).resolves.toBe(true);
    const header = await figure.locator('thead th').allTextContents();
    expect(header).toEqual(['问题分类', '数值', '依据']);
    // Every bar is also reachable from the keyboard with a name saying what it shows.
    const names = await page.locator('figure[data-chart=failure] svg a').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
    for (const name of names) expect(name).toMatch(/^.+：\d+（打开案例列表）$/);
  });
});
