/**
 * The insights page (统计) as data: the overall outcome summary and every chart, with labels, numbers in words
 * and the filtered list each bar opens (a browse page, or the search page's URL state for two conditions).
 */
import { ui } from '../../i18n/ui.ts';
import type { Bar, BarChartSpec, ChartSpec, ColumnChartSpec, StackedChartSpec } from './charts.ts';
import { niceTicks } from './charts.ts';
import { paramsFromState, type SearchState } from '../search/state.ts';
import {
  casesPerMonth,
  countBy,
  groupBy,
  summarizeOutcomes,
  type CaseFigures,
  type OutcomeSummary,
} from './statistics.ts';
import { channels, failureGroups, failureTypes, labelOf, type Vocabulary } from '../cases/taxonomy.ts';
import { paths } from '../site/urls.ts';

export interface Insights {
  summary: OutcomeSummary;
  /** Where the cases fall: failure type, channel, month, and failure type and channel within each category. */
  distribution: ChartSpec[];
  /** Outcome figures per category, each beside the figure for all cases. */
  byCategory: BarChartSpec[];
}

/** A median time for readers, to one decimal: the median of an even count can fall between two values. */
export const medianMinutes = (value: number) => ui.outcome.minutes(+value.toFixed(1));
export const medianHours = (value: number) => ui.outcome.hours(+value.toFixed(1));

/** The search page showing the cases that meet every filter. */
export function searchLink(filters: SearchState['filters']): string {
  const params = paramsFromState({ query: '', filters: { type: ['case'], ...filters }, sort: 'relevance' });
  return `${paths.search()}?${params}`;
}

const share = (count: number, total: number) => ui.insights.percent(total === 0 ? 0 : count / total);
const countBar = (label: string, count: number, total: number, href: string, level: 0 | 1 = 0): Bar => ({
  label,
  value: count,
  valueText: String(count),
  basis: share(count, total),
  href,
  level,
});
const ids = (vocabulary: Vocabulary) => Object.keys(vocabulary);

function failureChart(cases: readonly CaseFigures[]): BarChartSpec {
  const bars = groupBy(cases, (data) => data.failureType.group, ids(failureGroups)).flatMap(({ key: group, items }) => [
    countBar(labelOf(failureGroups, group), items.length, cases.length, paths.browse('failure', group)),
    ...countBy(items, (data) => data.failureType.subtype, ids(failureTypes)).map(({ value, count }) =>
      countBar(labelOf(failureTypes, value), count, cases.length, paths.browse('failure-type', value), 1),
    ),
  ]);
  return countChart(
    'failure',
    ui.insights.charts.failure,
    ui.facets.failureGroup,
    bars,
    ui.insights.charts.failureNote,
  );
}

function countChart(id: string, title: string, labelHeader: string, bars: Bar[], note?: string): BarChartSpec {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const columns = ui.insights.columns;
  return {
    kind: 'bars',
    id,
    title,
    ...(note ? { note } : {}),
    bars,
    domain: [0, max],
    labelHeader,
    valueHeader: columns.cases,
    basisHeader: columns.share,
  };
}

function monthChart(cases: readonly CaseFigures[]): ColumnChartSpec {
  const columns = casesPerMonth(cases).map(({ value, count }, index) => ({
    label: ui.facets.monthLabel(value),
    // The year is named under the first column and under each January.
    axisLabel: ui.insights.monthAxis(value, index === 0 || value.endsWith('-01')),
    value: count,
    valueText: String(count),
    // An empty month has no list to open.
    ...(count > 0 ? { href: paths.browse('month', value) } : {}),
  }));
  return {
    kind: 'columns',
    id: 'month',
    title: ui.insights.charts.month,
    note: ui.insights.charts.monthNote,
    columns,
    ticks: niceTicks(Math.max(0, ...columns.map((column) => column.value)), { integer: true }),
    labelHeader: ui.insights.columns.month,
    valueHeader: ui.insights.columns.cases,
  };
}

function stackedByCategory(
  cases: readonly CaseFigures[],
  id: string,
  title: string,
  facet: 'failure' | 'channel',
  vocabulary: Vocabulary,
  valueOf: (data: CaseFigures) => string,
  categories: Vocabulary,
): StackedChartSpec {
  const series = countBy(cases, valueOf, ids(vocabulary)).map(({ value }) => ({
    id: value,
    label: labelOf(vocabulary, value),
  }));
  const rows = groupBy(cases, (data) => data.category, ids(categories)).map(({ key: category, items }) => {
    const counts = new Map(countBy(items, valueOf).map(({ value, count }) => [value, count]));
    return {
      label: labelOf(categories, category),
      href: paths.browse('category', category),
      total: items.length,
      segments: series.map((item) => ({
        series: item.id,
        value: counts.get(item.id) ?? 0,
        href: searchLink({ category: [category], [facet]: [item.id] }),
      })),
    };
  });
  const columns = ui.insights.columns;
  return {
    kind: 'stacked',
    id,
    title,
    note: ui.insights.charts.stackedNote,
    series,
    rows,
    labelHeader: columns.category,
    totalHeader: columns.total,
  };
}

/** One outcome figure for all cases and for each category. */
function categoryChart(
  cases: readonly CaseFigures[],
  id: string,
  title: string,
  figure: (summary: OutcomeSummary) => { value: number | undefined; text: (value: number) => string; basis: string },
  domain: (values: number[]) => [number, number],
  categories: Vocabulary,
): BarChartSpec {
  const row = (label: string, items: readonly CaseFigures[], href?: string): Bar => {
    const { value, text, basis } = figure(summarizeOutcomes(items));
    return {
      label,
      value: value ?? 0,
      valueText: value === undefined ? ui.insights.noData : text(value),
      basis,
      ...(href ? { href } : { reference: true }),
    };
  };
  const bars = [
    row(ui.insights.all, cases),
    ...groupBy(cases, (data) => data.category, ids(categories)).map(({ key, items }) =>
      row(labelOf(categories, key), items, paths.browse('category', key)),
    ),
  ];
  const columns = ui.insights.columns;
  return {
    kind: 'bars',
    id,
    title,
    bars,
    domain: domain(bars.map((bar) => bar.value)),
    labelHeader: columns.category,
    valueHeader: columns.value,
    basisHeader: columns.basis,
  };
}

const upTo = (top: number) => (): [number, number] => [0, top];
const upToLargest = (values: number[]): [number, number] => [0, Math.max(0, ...values)];

/** The insights pages' figures; `categories`: the team's case categories (casebook.config.json). */
export function buildInsights(cases: readonly CaseFigures[], categories: Vocabulary): Insights {
  const charts = ui.insights.charts;
  const distribution: ChartSpec[] = [
    failureChart(cases),
    countChart(
      'channel',
      charts.channel,
      ui.facets.channel,
      countBy(cases, (data) => data.channel, ids(channels)).map(({ value, count }) =>
        countBar(labelOf(channels, value), count, cases.length, paths.browse('channel', value)),
      ),
    ),
    monthChart(cases),
    stackedByCategory(
      cases,
      'category-failure',
      charts.categoryFailure,
      'failure',
      failureGroups,
      (data) => data.failureType.group,
      categories,
    ),
    stackedByCategory(
      cases,
      'category-channel',
      charts.categoryChannel,
      'channel',
      channels,
      (data) => data.channel,
      categories,
    ),
  ];
  const byCategory = [
    categoryChart(
      cases,
      'first-contact-resolution',
      charts.firstContactResolution,
      (summary) => ({
        value: summary.firstContactResolutionRate,
        text: ui.insights.percent,
        basis: ui.insights.fcrBasis(summary.firstContactResolved, summary.cases),
      }),
      upTo(1),
      categories,
    ),
    categoryChart(
      cases,
      'satisfaction',
      charts.satisfaction,
      (summary) => ({
        value: summary.meanSatisfaction,
        text: ui.insights.decimal,
        basis: ui.insights.satisfactionBasis(summary.cases),
      }),
      upTo(5),
      categories,
    ),
    categoryChart(
      cases,
      'nps',
      charts.nps,
      (summary) => ({
        value: summary.nps.score,
        text: ui.insights.signed,
        basis: ui.insights.npsBasis(
          summary.nps.responses,
          summary.nps.promoters,
          summary.nps.passives,
          summary.nps.detractors,
        ),
      }),
      () => [-100, 100],
      categories,
    ),
    categoryChart(
      cases,
      'first-response',
      charts.firstResponse,
      (summary) => ({
        value: summary.medianFirstResponseMinutes,
        text: medianMinutes,
        basis: ui.insights.medianBasis(summary.cases),
      }),
      upToLargest,
      categories,
    ),
    categoryChart(
      cases,
      'resolution',
      charts.resolution,
      (summary) => ({
        value: summary.medianResolutionHours,
        text: medianHours,
        basis: ui.insights.medianBasis(summary.cases),
      }),
      upToLargest,
      categories,
    ),
  ];
  return { summary: summarizeOutcomes(cases), distribution, byCategory };
}
