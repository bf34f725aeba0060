import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-fixture.ts';

const site = useSite();
/** A chart of the page, by its title. */
const chart = (title: string) => site.page.getByRole('figure', { name: title });

describe('insights page (统计)', () => {
  it('opens the list of a channel’s cases when its bar is clicked', async () => {
    await site.page.goto(`${site.server.url}/insights/`);
    const bar = chart('按渠道').getByRole('link', { name: /^电话：/ });
    const count = Number(/：(\d+)（/.exec((await bar.getAttribute('aria-label'))!)![1]);
    // The drawn bar itself (an SVG shape with no role of its own), not the label beside it.
    await bar.locator('rect.bar').click();
    await site.page.waitForURL('**/browse/channel/phone/');
    await expect(site.page.getByRole('main').textContent()).resolves.toContain(`${count} 个案例`);
  });

  it('opens the search page filtered by category and channel from a stacked segment, with the same count', async () => {
    await site.page.goto(`${site.server.url}/insights/categories/`);
    // A segment is named after its category and its channel (分类 · 渠道); the row's own link after the category.
    const segment = chart('各问题分类的渠道')
      .getByRole('link', { name: / · .+：\d+ 个案例/ })
      .first();
    const count = Number(/：(\d+) 个案例/.exec((await segment.getAttribute('aria-label'))!)![1]);
    await segment.click();
    await site.page.waitForURL(/\/search\/\?type=case&category=.+&channel=.+/);
    await site.page.waitForSelector('search-panel[data-state=done]');
    await expect(
      site.page.getByRole('region', { name: '搜索结果' }).getByRole('status').textContent(),
    ).resolves.toContain(`共 ${count} 条内容`);
  });

  it('shows each chart’s numbers as a table on request, readable without the chart', async () => {
    await site.page.goto(`${site.server.url}/insights/categories/`);
    const figure = chart('净推荐值 NPS');
    await expect(figure.getByRole('table', { includeHidden: true }).isVisible()).resolves.toBe(false);
    await figure.getByText('数据表').click();
    await expect(figure.getByRole('table').isVisible()).resolves.toBe(true);
    const header = await figure.getByRole('columnheader').allTextContents();
    expect(header).toEqual(['问题分类', '数值', '依据']);
    // Every bar is also reachable from the keyboard with a name saying what it shows.
    await site.page.goto(`${site.server.url}/insights/`);
    const names = await chart('按失误类型')
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(name).toMatch(/^.+：\d+（打开案例列表）$/);
  });
});
