import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveSite, type SiteServer } from '../helpers/browser.ts';

let server: SiteServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveSite(), launchChromium()]);
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a newcomer browsing the library', () => {
  it('opens the home page, sees today’s case teaser and counts, and reaches a case', async () => {
    await page.goto(`${server.url}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('客服案例库');
    expect(await page.locator('.counts li').count()).toBe(4);
    const first = page.locator('#typical-title ~ .grid .case-card h3 a').first();
    const title = await first.textContent();
    await first.click();
    await page.waitForURL(/\/cases\/.+\//);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await expect(page.locator('.case-head .case-number').textContent()).resolves.toMatch(/KF-\d{4}-\d{4}/);
  });

  it('browses by channel from the case index and lands on a filtered list', async () => {
    await page.goto(`${server.url}/cases/`);
    const phone = page.locator('.facet-nav a[href="/browse/channel/phone/"]');
    const count = Number(await phone.locator('.count').textContent());
    await phone.click();
    await page.waitForURL('**/browse/channel/phone/');
    expect(await page.locator('.list .case-card').count()).toBe(count);
    await expect(page.locator('h1').textContent()).resolves.toBe('渠道：电话');
  });
});

describe('scripts', () => {
  it('copies a script line to the clipboard with placeholders marked 【】', async () => {
    await page.goto(`${server.url}/scripts/solution-refund-timeline/`);
    const line = page.locator('copy-line').first();
    const expected = await line.getAttribute('data-text');
    const button = line.locator('button.copy');
    await expect(button.isEnabled()).resolves.toBe(true);
    await button.click();
    // The label changes once the clipboard has taken the text (an asynchronous browser call).
    await expect.poll(() => button.textContent()).toBe('已复制');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(expected);
    expect(clipboard).toMatch(/【[^】]+】/);
  });
});

describe('keyboard', () => {
  it('skips to content and focuses search with /', async () => {
    await page.goto(`${server.url}/cases/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文');
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
  });

  it('searches from the header: a case number finds its case', async () => {
    await page.goto(`${server.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('KF-2026-0101');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const firstResult = page.locator('.results li a').first();
    await firstResult.waitFor();
    await expect(firstResult.getAttribute('href')).resolves.toBe('/cases/ecommerce/presale-refund-delay/');
  });
});
