import { describe, expect, it } from 'vitest';
import { isFocused } from '../helpers/browser.ts';
import { copyFirstLine } from '../helpers/script-lines.ts';
import { useSite } from '../helpers/site-fixture.ts';

const site = useSite({ clipboard: true });

describe('a newcomer browsing the library', () => {
  it('opens the home page, sees today’s case teaser and counts, and reaches a case', async () => {
    const { page } = site;
    await page.goto(`${site.server.url}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('客服案例库');
    expect(await page.getByRole('link', { name: /^\d+ (案例|每日一案例|最佳实践|服务话术)$/ }).count()).toBe(4);
    await expect(
      page.getByRole('region', { name: '今日案例' }).getByRole('link', { name: '开始投屏' }).isVisible(),
    ).resolves.toBe(true);
    const first = page
      .getByRole('region', { name: '典型案例' })
      .getByRole('heading', { level: 3 })
      .first()
      .getByRole('link');
    const title = await first.textContent();
    await first.click();
    await page.waitForURL(/\/cases\/.+\//);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    await expect(
      page
        .getByRole('main')
        .getByText(/^案例编号\s*KF-\d{4}-\d{4}$/)
        .isVisible(),
    ).resolves.toBe(true);
  });

  it('browses by channel from the case index and lands on a list with as many cases as the link said', async () => {
    const { page } = site;
    await page.goto(`${site.server.url}/cases/`);
    const phone = page.getByRole('navigation', { name: '浏览方式' }).getByRole('link', { name: /^电话 \d+$/ });
    const count = Number(/(\d+)$/.exec((await phone.textContent())!.trim())![1]);
    await phone.click();
    await page.waitForURL('**/browse/channel/phone/');
    expect(await page.getByRole('region', { name: '渠道：电话' }).getByRole('article').count()).toBe(count);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('渠道：电话');
  });
});

describe('scripts', () => {
  it('copies a script line to the clipboard with placeholders marked 【】', async () => {
    const expected = await copyFirstLine(site.page, site.server.url);
    const clipboard = await site.page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(expected);
    expect(clipboard).toMatch(/【[^】]+】/);
  });
});

describe('keyboard', () => {
  it('skips to content and focuses search with /', async () => {
    const { page } = site;
    await page.goto(`${site.server.url}/cases/`);
    await page.keyboard.press('Tab');
    await expect(isFocused(page.getByRole('link', { name: '跳到正文' }))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    // A click on the page beside its content, on nothing that takes focus.
    await page.mouse.click(5, 400);
    await page.keyboard.press('/');
    await expect(
      isFocused(page.getByRole('banner').getByRole('searchbox', { name: '搜索案例、话术、最佳实践' })),
    ).resolves.toBe(true);
  });

  it('focuses search with Ctrl+K too, and leaves a `/` typed in a field to the field', async () => {
    const { page } = site;
    await page.goto(`${site.server.url}/practices/`);
    const box = page.getByRole('banner').getByRole('searchbox', { name: '搜索案例、话术、最佳实践' });
    await page.keyboard.press('Control+k');
    await expect(isFocused(box)).resolves.toBe(true);
    await page.keyboard.type('退款/延误');
    await expect(box.inputValue()).resolves.toBe('退款/延误');
  });

  it('searches from the header: a case number finds its case', async () => {
    const { page } = site;
    await page.goto(`${site.server.url}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('KF-2026-0101');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const firstResult = page.getByRole('region', { name: '搜索结果' }).getByRole('link').first();
    await firstResult.waitFor();
    await expect(firstResult.getAttribute('href')).resolves.toBe('/cases/ecommerce/presale-refund-delay/');
  });
});
