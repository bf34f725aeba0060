/**
 * Geometry of the static SVG charts on the insights page. Positions are percentages of the chart's width,
 * so a chart stretches to any screen while its text keeps the page's font size (no viewBox scaling).
 */

/** One bar: what it shows, its number in words, and the list it opens. */
export interface Bar {
  label: string;
  value: number;
  /** The value as readers see it (“66.7%”, “4.20”, “2.5 分钟”). */
  valueText: string;
  /** What the value rests on, for the data table (“4 / 6 个案例”). */
  basis?: string;
  /** The filtered list the bar opens; reference rows (全部案例) have none. */
  href?: string;
  /** 1 for a subtype under its group. */
  level?: 0 | 1;
  /** A row drawn for comparison (全部案例), set apart from the others. */
  reference?: boolean;
  /** Short label under a column (“11月”), where the full label would not fit. */
  axisLabel?: string;
}

export interface BarChartSpec {
  kind: 'bars';
  id: string;
  title: string;
  note?: string;
  bars: Bar[];
  /** Value range of the axis; a range below zero draws bars out from a zero line (NPS). */
  domain: [number, number];
  /** Headers of the data table's columns. */
  labelHeader: string;
  valueHeader: string;
  basisHeader: string;
}

export interface ColumnChartSpec {
  kind: 'columns';
  id: string;
  title: string;
  note?: string;
  columns: Bar[];
  /** Gridlines, from 0 to the top of the axis. */
  ticks: number[];
  labelHeader: string;
  valueHeader: string;
}

export interface Segment {
  series: string;
  value: number;
  href: string;
}

export interface StackedChartSpec {
  kind: 'stacked';
  id: string;
  title: string;
  note?: string;
  /** Series in stacking order, each with its label; colours follow the order. */
  series: { id: string; label: string }[];
  rows: { label: string; href: string; total: number; segments: Segment[] }[];
  labelHeader: string;
  totalHeader: string;
}

export type ChartSpec = BarChartSpec | ColumnChartSpec | StackedChartSpec;

/**
 * Gridline values 0, step, 2·step … reaching at least `max`, with a step of 1, 2 or 5 × 10ⁿ and at most five
 * steps. Counts (`integer`) never get a fractional step.
 */
export function niceTicks(max: number, { integer = false } = {}): number[] {
  if (!(max > 0)) return [0, 1];
  const magnitude = 10 ** Math.floor(Math.log10(max / 5));
  const nice = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => Math.ceil(max / candidate) <= 5)!;
  const step = integer ? Math.max(1, nice) : nice;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, index) => +(index * step).toPrecision(12));
}

/**
 * Where a bar sits on an axis from `min` to `max`, in % of its width: it starts at zero (or at the axis start
 * when zero is outside the range) and extends to the value, so negative values extend leftwards.
 */
export function barExtent(value: number, [min, max]: [number, number]): { x: number; width: number } {
  const span = max - min || 1;
  const position = (at: number) => ((Math.min(max, Math.max(min, at)) - min) / span) * 100;
  const zero = position(0);
  const end = position(value);
  return { x: Math.min(zero, end), width: Math.abs(end - zero) };
}

/** Where each segment of a stacked bar starts and how wide it is, in % of the widest row's total. */
export function stackSegments(values: readonly number[], widest: number): { x: number; width: number }[] {
  let offset = 0;
  return values.map((value) => {
    const segment = { x: widest > 0 ? (offset / widest) * 100 : 0, width: widest > 0 ? (value / widest) * 100 : 0 };
    offset += value;
    return segment;
  });
}

export interface TableCell {
  text: string;
  href?: string | undefined;
}

/** A chart's numbers as a table: the same figures and links, for screen readers and for copying into a report. */
export interface ChartTable {
  headers: string[];
  rows: { cells: TableCell[]; level?: 0 | 1; reference?: boolean }[];
}

export function chartTable(spec: ChartSpec): ChartTable {
  switch (spec.kind) {
    case 'bars':
      return {
        headers: [spec.labelHeader, spec.valueHeader, spec.basisHeader],
        rows: spec.bars.map((bar) => ({
          cells: [{ text: bar.label, href: bar.href }, { text: bar.valueText }, { text: bar.basis ?? '' }],
          level: bar.level ?? 0,
          reference: bar.reference ?? false,
        })),
      };
    case 'columns':
      return {
        headers: [spec.labelHeader, spec.valueHeader],
        rows: spec.columns.map((column) => ({
          cells: [{ text: column.label, href: column.href }, { text: column.valueText }],
        })),
      };
    case 'stacked':
      return {
        headers: [spec.labelHeader, ...spec.series.map((item) => item.label), spec.totalHeader],
        rows: spec.rows.map((row) => ({
          cells: [
            { text: row.label, href: row.href },
            ...row.segments.map((segment) => ({
              text: String(segment.value),
              href: segment.value > 0 ? segment.href : undefined,
            })),
            { text: String(row.total) },
          ],
        })),
      };
  }
}
