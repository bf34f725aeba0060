/**
 * A journey map in Chromium at a phone's, a projector's and a desktop's size: the page never scrolls sideways,
 * the map keeps every stage name readable (scrolling on its own where the screen is narrow), and a stage opens
 * its page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-fixture.ts';

const site = useSite();
const sizes = {
  phone: { width: 390, height: 844 },
  projector: { width: 1280, height: 720 },
  desktop: { width: 1440, height: 900 },
};

/** The journey map: a region that scrolls on its own, named after the journey (…的体验线). */
const journeyMap = (page: Page) => page.getByRole('region', { name: /的体验线$/ });
/**
 * The on-screen boxes of the stage names drawn on the map, in stage order. The drawn texts are hidden from screen
 * readers (each stage's link says the same), so they are found by their SVG class.
 */
const nameBoxes = (page: Page) =>
  journeyMap(page)
    .locator('text.name')
    .evaluateAll((names) =>
      names.map((name) => {
        const box = name.getBoundingClientRect();
        return { left: box.left, right: box.right, text: name.textContent };
      }),
    );

describe('journey map', () => {
  it.each(Object.entries(sizes))('is readable at %s size', async (_, viewport) => {
    await site.page.setViewportSize(viewport);
    await site.page.goto(`${site.server.url}/journeys/ecommerce/`);
    // The page itself fits the screen; only the map may scroll sideways.
    expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    const boxes = await nameBoxes(site.page);
    expect(boxes.map((box) => box.text)).toEqual([
      '浏览咨询',
      '下单支付',
      '发货配送',
      '签收验货',
      '售后退换',
      '退款到账',
      '回访',
    ]);
    // No two stage names overlap.
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, boxes[i]!.text).toBeGreaterThan(boxes[i - 1]!.right);
    const map = journeyMap(site.page);
    const { scrollWidth, clientWidth } = await map.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    // Seven stages do not fit a phone: the map scrolls, and the keyboard can reach it to scroll it.
    if (viewport.width < 600) expect(scrollWidth).toBeGreaterThan(clientWidth);
    else expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expect(map.getAttribute('tabindex')).resolves.toBe('0');
    // The stage cards under the map carry the same stages, one column on a phone.
    const cards = await site.page
      .getByRole('region', { name: '各阶段' })
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
    expect(cards).toHaveLength(7);
    if (viewport.width < 600) expect(new Set(cards).size).toBe(1);
  });

  it('opens a stage’s page, with its cases, from the map', async () => {
    await site.page.setViewportSize(sizes.desktop);
    await site.page.goto(`${site.server.url}/journeys/ecommerce/`);
    const stage = journeyMap(site.page).getByRole('link', { name: /签收验货：/ });
    const count = Number(/：(\d+) 个案例/.exec((await stage.getAttribute('aria-label'))!)![1]);
    await stage.click();
    await site.page.waitForURL(`**/journeys/ecommerce/${encodeURIComponent('签收验货')}/`);
    const cases = site.page.getByRole('region', { name: '这一阶段的案例' }).getByRole('list').first();
    await expect(cases.getByRole('listitem').count()).resolves.toBe(count);
  });
});
