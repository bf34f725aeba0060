import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { daysBetween } from '../../src/lib/daily/dates.ts';
import { PREVIEW_ITEMS } from '../../src/lib/site/pagination.ts';
import { readLibrary } from '../../src/library/read.ts';
import { page } from '../helpers/html.ts';
import { projectRoot } from '../helpers/paths.ts';

const library = readLibrary(path.join(projectRoot, 'content'));
const cases = library.cases;
const root = () => page('/insights/').root;
/** The per-category charts have their own page. */
const byCategory = () => page('/insights/categories/').root;
/** The “N 个案例” count a case list page states. */
const listedCount = (url: string) =>
  Number(/(\d+) 个案例/.exec(page(decodeURIComponent(url)).root.querySelector('main')!.text)![1]);

describe('insights page', () => {
  it('is in the header navigation', () => {
    expect(page('/').root.querySelector('.site-header nav a[href="/insights/"]')?.text).toBe('统计');
  });

  it('states the overall figures computed from the outcome fields', () => {
    const figures = Object.fromEntries(
      root()
        .querySelectorAll('.kpi')
        .map((kpi) => [kpi.querySelector('dt')!.text, kpi.querySelector('.figure')!.text]),
    );
    expect(figures['案例数']).toBe(String(cases.length));
    const resolved = cases.filter(({ data }) => data.outcome.firstContactResolution).length;
    expect(figures['首次接触解决率']).toBe(`${+((resolved / cases.length) * 100).toFixed(1)}%`);
    const answers = cases.flatMap(({ data }) => (data.outcome.nps === undefined ? [] : [data.outcome.nps]));
    const nps =
      ((answers.filter((answer) => answer >= 9).length - answers.filter((answer) => answer <= 6).length) /
        answers.length) *
      100;
    expect(figures['净推荐值 NPS']).toBe(nps < 0 ? `−${+Math.abs(nps).toFixed(1)}` : `+${+nps.toFixed(1)}`);
    const mean = cases.reduce((sum, { data }) => sum + data.outcome.satisfaction, 0) / cases.length;
    expect(figures['平均满意度']).toBe(mean.toFixed(2));
  });

  it('draws every chart as SVG without a chart script, with its numbers in a table', () => {
    const chartsOf = (url: string) => page(url).root.querySelectorAll('figure.chart');
    expect(chartsOf('/insights/').map((figure) => figure.getAttribute('data-chart'))).toEqual([
      'failure',
      'channel',
      'month',
    ]);
    expect(chartsOf('/insights/categories/').map((figure) => figure.getAttribute('data-chart'))).toEqual([
      'category-failure',
      'category-channel',
      'first-contact-resolution',
      'satisfaction',
      'nps',
      'first-response',
      'resolution',
    ]);
    expect(root().querySelector('main a[href="/insights/categories/"]')).not.toBeNull();
    const figures = [...chartsOf('/insights/'), ...chartsOf('/insights/categories/')];
    for (const figure of figures) {
      expect(figure.querySelector('svg'), figure.getAttribute('data-chart')).not.toBeNull();
      expect(
        figure.querySelectorAll('details table tbody tr').length,
        figure.getAttribute('data-chart'),
      ).toBeGreaterThan(0);
    }
    // The page loads no script beyond the ones every page has (the header's search shortcut).
    const scripts = (url: string) =>
      page(url)
        .root.querySelectorAll('script')
        .map((script) => script.getAttribute('src') ?? script.text);
    expect(scripts('/insights/')).toEqual(scripts('/practices/'));
    expect(scripts('/insights/categories/')).toEqual(scripts('/practices/'));
  });

  it('links each count bar to the list of exactly those cases', () => {
    for (const id of ['failure', 'channel', 'month']) {
      const bars = root().querySelectorAll(`figure[data-chart=${id}] svg a`);
      expect(bars.length, id).toBeGreaterThan(0);
      for (const bar of bars) {
        const count = Number(/：(\d+)（/.exec(bar.getAttribute('aria-label')!)![1]);
        expect(listedCount(bar.getAttribute('href')!), bar.getAttribute('href')).toBe(count);
      }
    }
  });

  it('counts failure types, channels and months in agreement with the cases', () => {
    const tableOf = (id: string) =>
      root()
        .querySelectorAll(`figure[data-chart=${id}] tbody tr`)
        .map((row) => [row.querySelector('th')!.text.trim(), row.querySelectorAll('td')[0]!.text.trim()]);
    const phone = cases.filter(({ data }) => data.channel === 'phone').length;
    expect(tableOf('channel')).toContainEqual(['电话', String(phone)]);
    const slow = cases.filter(({ data }) => data.failureType.subtype === 'slow').length;
    expect(tableOf('failure')).toContainEqual(['不合理的服务延误', String(slow)]);
    const months = tableOf('month');
    expect(months.reduce((sum, [, count]) => sum + Number(count), 0)).toBe(cases.length);
    const november = cases.filter(({ data }) => data.occurredOn.startsWith('2026-11')).length;
    expect(months).toContainEqual(['2026年11月', String(november)]);
  });

  it('shows each outcome figure by category, beside the figure for all cases', () => {
    const rows = byCategory().querySelectorAll('figure[data-chart=first-contact-resolution] tbody tr');
    expect(rows[0]!.querySelector('th')!.text).toBe('全部案例');
    const refund = cases.filter(({ data }) => data.category === 'refund');
    const refundRow = rows.find((row) => row.querySelector('th')!.text === '退款退货')!;
    const resolved = refund.filter(({ data }) => data.outcome.firstContactResolution).length;
    expect(refundRow.querySelector('th a')!.getAttribute('href')).toBe('/browse/category/refund/');
    expect(refundRow.querySelectorAll('td').map((cell) => cell.text)).toEqual([
      `${+((resolved / refund.length) * 100).toFixed(1)}%`,
      `${resolved} / ${refund.length} 个案例首次接触即解决`,
    ]);
  });

  it('opens the search page filtered by both conditions from a stacked segment', () => {
    const segment = byCategory().querySelector('figure[data-chart=category-channel] svg a.segment')!;
    expect(segment.getAttribute('href')).toMatch(/^\/search\/\?type=case&category=[a-z-]+&channel=[a-z-]+$/);
  });

  it('leaves months out of the facet navigation but gives them browse pages', () => {
    expect(page('/cases/').root.querySelectorAll('.facet-nav a[href^="/browse/month/"]')).toHaveLength(0);
    expect(page('/cases/').root.querySelectorAll('.facet-nav a[href^="/browse/failure-type/"]').length).toBeGreaterThan(
      0,
    );
    expect(page('/browse/month/2026-11/').root.querySelector('h1')!.text).toBe('发生月份：2026年11月');
  });
});

describe('contributors board', () => {
  const rows = () => page('/contributors/').root.querySelectorAll('table.board tbody tr');

  it('ranks people by their contributions, linking each to their page', () => {
    const totals = rows().map((row) => Number(row.querySelector('td.total')!.text));
    expect(totals.length).toBeGreaterThan(3);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    for (const row of rows()) expect(row.querySelector('th a')!.getAttribute('href')).toMatch(/^\/people\/[a-z-]+\/$/);
  });

  it('counts cases written and how often they were picked for the morning meeting', () => {
    const zhang = rows().find((row) => row.querySelector('th a')!.getAttribute('href') === '/people/zhang-min/')!;
    const cells = zhang.querySelectorAll('td');
    const written = new Set(cases.filter(({ data }) => data.authors.includes('zhang-min')).map(({ file }) => file.id));
    const picked = library.daily.filter(({ data }) => written.has(data.case)).length;
    // Each row's name is its <th>, so the <td> after it sits one place before its column header.
    const column = (header: string) =>
      page('/contributors/')
        .root.querySelectorAll('table.board thead th')
        .findIndex((th) => th.text === header) - 1;
    expect(cells[column('案例')]!.text).toBe(String(written.size));
    expect(cells[column('入选晨会')]!.text).toBe(String(picked));
    expect(cells[column('入选晨会')]!.querySelector('a')!.getAttribute('href')).toBe('/people/zhang-min/#picked');
    expect(page('/people/zhang-min/').root.querySelectorAll('#picked li')).toHaveLength(picked);
  });

  it('is linked from the people page', () => {
    expect(page('/people/').root.querySelector('main a[href="/contributors/"]')).not.toBeNull();
  });
});

describe('needs-review list', () => {
  it('lists never-reviewed cases oldest first and stale reviews as of the build date, not archived ones', () => {
    const today = page('/review/').root.querySelector('[data-as-of]')!.getAttribute('data-as-of')!;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rowsOf = (url: string, due: string) =>
      page(url)
        .root.querySelectorAll(`table[data-due=${due}] tbody th a`)
        .map((link) => link.getAttribute('href'));
    // The whole list, following its pages; the summary page shows its first rows.
    const listed = (due: string) => {
      const rows: (string | undefined)[] = [];
      for (
        let url: string | undefined = `/review/${due}/`;
        url;
        url = page(url).root.querySelector('.pager a[rel=next]')?.getAttribute('href')
      )
        rows.push(...rowsOf(url, due));
      expect(rowsOf('/review/', due), due).toEqual(rows.slice(0, PREVIEW_ITEMS));
      return rows;
    };
    const live = cases.filter(({ data }) => data.confidence !== 'archived');
    const never = live
      .filter(({ data }) => data.reviewedOn === undefined)
      .sort((a, b) => a.data.occurredOn.localeCompare(b.data.occurredOn));
    expect(never.length).toBeGreaterThan(0);
    expect(listed('never')).toEqual(never.map(({ file }) => `/cases/${file.id}/`));
    const stale = live.filter(
      ({ data }) => data.reviewedOn !== undefined && daysBetween(data.reviewedOn, today) > config.reviewMaxAgeDays,
    );
    expect(listed('stale')).toHaveLength(stale.length);
  });

  it('is linked from the insights page with its count', () => {
    const link = page('/insights/').root.querySelector('main a[href="/review/"]')!;
    expect(link.text).toMatch(/待复核：\d+ 个案例/);
  });
});
