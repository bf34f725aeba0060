import { describe, expect, it } from 'vitest';
import {
  barExtent,
  chartTable,
  niceTicks,
  stackSegments,
  type BarChartSpec,
  type ColumnChartSpec,
  type StackedChartSpec,
} from '../../src/lib/insights/charts.ts';
import { config } from '../../src/config.ts';
import { buildInsights, searchLink } from '../../src/lib/insights/insights.ts';
import {
  casesPerMonth,
  countBy,
  median,
  netPromoterScore,
  summarizeOutcomes,
  type CaseFigures,
} from '../../src/lib/insights/statistics.ts';

/** Six cases whose figures are worked out by hand below. */
function figures(
  occurredOn: string,
  category: string,
  channel: string,
  group: string,
  subtype: string,
  [firstResponseMinutes, resolutionHours, firstContactResolution, satisfaction, nps]: [
    number,
    number,
    boolean,
    number,
    number?,
  ],
): CaseFigures {
  return {
    occurredOn,
    category,
    channel,
    failureType: { group, subtype },
    outcome: { firstResponseMinutes, resolutionHours, firstContactResolution, satisfaction, nps },
  };
}
const fixture: CaseFigures[] = [
  figures('2026-01-05', 'refund', 'phone', 'delivery', 'slow', [2, 10, true, 5, 10]),
  figures('2026-01-20', 'refund', 'chat', 'delivery', 'slow', [4, 30, false, 3, 6]),
  figures('2026-03-02', 'billing', 'phone', 'employee', 'attention', [10, 2, true, 4, 8]),
  figures('2026-03-15', 'billing', 'email', 'needs', 'preference', [60, 48, false, 1, 0]),
  figures('2026-03-30', 'refund', 'phone', 'delivery', 'core-failure', [1, 5, true, 4]),
  figures('2025-12-31', 'logistics', 'app', 'delivery', 'slow', [7, 100, false, 2, 9]),
];

describe('net promoter score', () => {
  it('is % promoters (9-10) minus % detractors (0-6) over the answers given', () => {
    // 10 and 9 promote, 8 is passive, 6 and 0 detract: (2 − 2) / 5.
    expect(netPromoterScore([10, 6, 8, 0, 9])).toEqual({
      score: 0,
      responses: 5,
      promoters: 2,
      passives: 1,
      detractors: 2,
    });
    // 9, 9, 7, 3: (2 − 1) / 4 = +25.
    expect(netPromoterScore([9, 9, 7, 3]).score).toBe(25);
    // The boundaries: 6 detracts, 7 and 8 are passive, 9 promotes.
    expect(netPromoterScore([6, 7, 8, 9])).toMatchObject({ promoters: 1, passives: 2, detractors: 1, score: 0 });
  });
  it('has no score without answers, 0 when everyone is passive, −100 and +100 at the extremes', () => {
    expect(netPromoterScore([])).toEqual({ score: undefined, responses: 0, promoters: 0, passives: 0, detractors: 0 });
    expect(netPromoterScore([7, 8, 7]).score).toBe(0);
    expect(netPromoterScore([0, 6, 3]).score).toBe(-100);
    expect(netPromoterScore([9, 10]).score).toBe(100);
  });
  it('leaves cases without a score out rather than counting them as passives', () => {
    // Five of the six fixture cases were surveyed.
    expect(summarizeOutcomes(fixture).nps).toMatchObject({ responses: 5, score: 0 });
    expect(summarizeOutcomes(fixture.filter((data) => data.category === 'refund')).nps).toEqual({
      score: 0,
      responses: 2,
      promoters: 1,
      passives: 0,
      detractors: 1,
    });
  });
});

describe('outcome statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([60, 1, 4, 7, 10, 2])).toBe(5.5);
    expect(median([])).toBeUndefined();
  });

  it('summarises all cases', () => {
    const summary = summarizeOutcomes(fixture);
    expect(summary.cases).toBe(6);
    expect(summary.firstContactResolved).toBe(3);
    expect(summary.firstContactResolutionRate).toBe(0.5);
    expect(summary.meanSatisfaction).toBeCloseTo(19 / 6, 10);
    // First responses 1 2 4 7 10 60 → (4 + 7) / 2; resolutions 2 5 10 30 48 100 → (10 + 30) / 2.
    expect(summary.medianFirstResponseMinutes).toBe(5.5);
    expect(summary.medianResolutionHours).toBe(20);
  });

  it('summarises each category', () => {
    const billing = summarizeOutcomes(fixture.filter((data) => data.category === 'billing'));
    expect(billing).toMatchObject({
      cases: 2,
      firstContactResolved: 1,
      firstContactResolutionRate: 0.5,
      meanSatisfaction: 2.5,
      medianFirstResponseMinutes: 35,
      medianResolutionHours: 25,
    });
    expect(billing.nps.score).toBe(-50);
    const logistics = summarizeOutcomes(fixture.filter((data) => data.category === 'logistics'));
    expect(logistics.nps.score).toBe(100);
    expect(logistics.firstContactResolutionRate).toBe(0);
  });

  it('has no figures for no cases', () => {
    expect(summarizeOutcomes([])).toMatchObject({
      cases: 0,
      firstContactResolutionRate: undefined,
      meanSatisfaction: undefined,
      medianFirstResponseMinutes: undefined,
    });
  });

  it('counts in vocabulary order, or most frequent first', () => {
    expect(countBy(fixture, (data) => data.channel, ['phone', 'chat', 'email', 'app'])).toEqual([
      { value: 'phone', count: 3 },
      { value: 'chat', count: 1 },
      { value: 'email', count: 1 },
      { value: 'app', count: 1 },
    ]);
    expect(countBy(fixture, (data) => data.category)[0]).toEqual({ value: 'refund', count: 3 });
  });

  it('counts cases per month, empty months included', () => {
    expect(casesPerMonth(fixture)).toEqual([
      { value: '2025-12', count: 1 },
      { value: '2026-01', count: 2 },
      { value: '2026-02', count: 0 },
      { value: '2026-03', count: 3 },
    ]);
    expect(casesPerMonth([])).toEqual([]);
  });
});

describe('chart geometry', () => {
  it('picks round gridlines', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(1, { integer: true })).toEqual([0, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
  it('draws bars from zero, leftwards for negative values, clamped to the axis', () => {
    expect(barExtent(30, [0, 60])).toEqual({ x: 0, width: 50 });
    expect(barExtent(-50, [-100, 100])).toEqual({ x: 25, width: 25 });
    expect(barExtent(50, [-100, 100])).toEqual({ x: 50, width: 25 });
    expect(barExtent(150, [0, 100])).toEqual({ x: 0, width: 100 });
  });
  it('stacks segments against the widest row', () => {
    expect(stackSegments([2, 3], 10)).toEqual([
      { x: 0, width: 20 },
      { x: 20, width: 30 },
    ]);
  });
});

describe('insights page data', () => {
  const insights = buildInsights(fixture, config.categories);
  const chart = <T>(id: string) =>
    [...insights.distribution, ...insights.byCategory].find((spec) => spec.id === id) as T;

  it('counts failure groups with their subtypes beneath, each linking to its browse page', () => {
    const failure = chart<BarChartSpec>('failure');
    expect(failure.bars.map((bar) => [bar.label, bar.value, bar.level])).toEqual([
      ['服务交付系统失误', 4, 0],
      ['不合理的服务延误', 3, 1],
      ['其他核心服务失败', 1, 1],
      ['对顾客需要的反应失误', 1, 0],
      ['顾客偏好', 1, 1],
      ['员工自发行为引发的失误', 1, 0],
      ['关注程度', 1, 1],
    ]);
    expect(failure.bars[0]).toMatchObject({ href: '/browse/failure/delivery/', basis: '66.7%' });
    expect(failure.bars[1]!.href).toBe('/browse/failure-type/slow/');
  });

  it('links months to their browse pages', () => {
    const month = chart<ColumnChartSpec>('month');
    expect(month.columns.map((column) => [column.label, column.axisLabel, column.value, column.href])).toEqual([
      ['2025年12月', '25年12月', 1, '/browse/month/2025-12/'],
      ['2026年1月', '26年1月', 2, '/browse/month/2026-01/'],
      ['2026年2月', '2月', 0, undefined],
      ['2026年3月', '3月', 3, '/browse/month/2026-03/'],
    ]);
    expect(month.ticks).toEqual([0, 1, 2, 3]);
  });

  it('opens the search page filtered by category and failure type (or channel) from a stacked segment', () => {
    expect(searchLink({ category: ['refund'], failure: ['delivery'] })).toBe(
      '/search/?type=case&category=refund&failure=delivery',
    );
    const stacked = chart<StackedChartSpec>('category-channel');
    expect(stacked.series.map((item) => item.id)).toEqual(['phone', 'chat', 'email', 'app']);
    const refund = stacked.rows.find((row) => row.label === '退款退货')!;
    expect(refund.total).toBe(3);
    expect(refund.segments.map((segment) => segment.value)).toEqual([2, 1, 0, 0]);
    expect(refund.segments[0]!.href).toBe('/search/?type=case&category=refund&channel=phone');
  });

  it('puts each outcome figure for all cases above the figure per category', () => {
    const rows = (id: string) => chart<BarChartSpec>(id).bars.map((bar) => [bar.label, bar.valueText]);
    expect(rows('first-contact-resolution')).toEqual([
      ['全部案例', '50%'],
      ['退款退货', '66.7%'],
      ['物流配送', '0%'],
      ['账单计费', '50%'],
    ]);
    expect(rows('satisfaction')).toEqual([
      ['全部案例', '3.17'],
      ['退款退货', '4.00'],
      ['物流配送', '2.00'],
      ['账单计费', '2.50'],
    ]);
    expect(rows('nps')).toEqual([
      ['全部案例', '0'],
      ['退款退货', '0'],
      ['物流配送', '+100'],
      ['账单计费', '−50'],
    ]);
    expect(rows('first-response')).toEqual([
      ['全部案例', '5.5 分钟'],
      ['退款退货', '2 分钟'],
      ['物流配送', '7 分钟'],
      ['账单计费', '35 分钟'],
    ]);
    expect(rows('resolution')[0]).toEqual(['全部案例', '20 小时']);
    expect(chart<BarChartSpec>('nps').domain).toEqual([-100, 100]);
    expect(chart<BarChartSpec>('nps').bars[0]).toMatchObject({ reference: true });
    expect(chart<BarChartSpec>('nps').bars[0]!.href).toBeUndefined();
  });

  it('says 无数据 where a category has no NPS answer', () => {
    const unsurveyed = buildInsights(
      [figures('2026-03-30', 'refund', 'phone', 'delivery', 'slow', [1, 5, true, 4])],
      config.categories,
    );
    const nps = unsurveyed.byCategory.find((spec) => spec.id === 'nps')!;
    expect(nps.bars.map((bar) => bar.valueText)).toEqual(['无数据', '无数据']);
    expect(unsurveyed.summary.nps.score).toBeUndefined();
  });

  it('turns every chart into a table with the same numbers and links', () => {
    const table = chartTable(chart<StackedChartSpec>('category-failure'));
    expect(table.headers).toEqual([
      '问题分类',
      '服务交付系统失误',
      '对顾客需要的反应失误',
      '员工自发行为引发的失误',
      '合计',
    ]);
    expect(table.rows[0]!.cells.map((cell) => cell.text)).toEqual(['退款退货', '3', '0', '0', '3']);
    expect(table.rows[0]!.cells[1]!.href).toBe('/search/?type=case&category=refund&failure=delivery');
    // An empty cell links nowhere: the list would be empty.
    expect(table.rows[0]!.cells[2]!.href).toBeUndefined();
    expect(chartTable(chart<BarChartSpec>('failure')).rows[1]).toMatchObject({
      level: 1,
      cells: [{ text: '不合理的服务延误' }, { text: '3' }, { text: '50%' }],
    });
  });
});
