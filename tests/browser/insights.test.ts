import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-fixture.ts';

const site = useSite();

describe('insights page (统计)', () => {
  it('opens the list of a channel’s cases when its bar is clicked', async () => {
    await site.page.goto(`${site.server.url}/insights/`);
    const bar = site.page.locator('figure[data-chart=channel]').getByRole('link', { name: /^电话：/ });
    const count = Number(/：(\d+)（/.exec((await bar.getAttribute('aria-label'))!)![1]);
    await bar.locator('rect.bar').click();
    await site.page.waitForURL('**/browse/channel/phone/');
    await expect(site.page.getByRole('main').textContent()).resolves.toContain(`${count} 个案例`);
  });

  it('opens the search page filtered by category and channel from a stacked segment, with the same count', async () => {
    await site.page.goto(`${site.server.url}/insights/categories/`);
    const segment = site.page.locator('figure[data-chart=category-channel] svg a.segment').first();
    const count = Number(/：(\d+) 个案例/.exec((await segment.getAttribute('aria-label'))!)![1]);
    await segment.locator('rect').click();
    await site.page.waitForURL(/\/search\/\?type=case&category=.+&channel=.+/);
    await site.page.waitForSelector('search-panel[data-state=done]');
    await expect(
      site.page.getByRole('region', { name: '搜索结果' }).getByRole('status').textContent(),
    ).resolves.toContain(`共 ${count} 条内容`);
  });

  it('shows each chart’s numbers as a table on request, readable without the chart', async () => {
    await site.page.goto(`${site.server.url}/insights/categories/`);
    const figure = site.page.locator('figure[data-chart=nps]');
    await expect(figure.getByRole('table', { includeHidden: true }).isVisible()).resolves.toBe(false);
    await figure.locator('summary').click();
    await expect(figure.getByRole('table').isVisible()).resolves.toBe(true);
    const header = await figure.getByRole('columnheader').allTextContents();
    expect(header).toEqual(['问题分类', '数值', '依据']);
    // Every bar is also reachable from the keyboard with a name saying what it shows.
    await site.page.goto(`${site.server.url}/insights/`);
    const names = await site.page
      .locator('figure[data-chart=failure] svg a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(name).toMatch(/^.+：\d+（打开案例列表）$/);
  });
});
