/**
 * A journey map as readers see it: each stage's figures in words (the data table, the stage cards, the map's
 * labels) and the one-line explanation of every pain point and peak. The numbers are formatted as the insights
 * page formats them, so the same figure reads the same on both pages.
 */
import { ui } from '../../i18n/ui.ts';
import { channels, failureTypes, labelOf, severities } from '../cases/taxonomy.ts';
import type { OutcomeSummary } from '../insights/statistics.ts';
import type { JourneyMap, StageFigures } from './index.ts';

const text = ui.journeys;
const noData = ui.insights.noData;

/** Mean satisfaction, NPS and first-contact resolution of a set of cases, in words. */
export function outcomeTexts(summary: OutcomeSummary) {
  return {
    satisfaction: summary.meanSatisfaction === undefined ? noData : ui.insights.decimal(summary.meanSatisfaction),
    nps: summary.nps.score === undefined ? noData : ui.insights.signed(summary.nps.score),
    fcr:
      summary.firstContactResolutionRate === undefined
        ? noData
        : ui.insights.percent(summary.firstContactResolutionRate),
  };
}

const counts = (items: readonly { value: string; count: number }[], label: (id: string) => string) =>
  items.length === 0 ? text.none : items.map(({ value, count }) => `${label(value)} ${count}`).join(text.separator);

/** Why a stage is marked, one line each (pain point first); none for an unmarked stage. */
export function markLines(
  stage: StageFigures,
  journeyMean: number | undefined,
): { kind: 'pain' | 'peak'; label: string; line: string }[] {
  const lines: { kind: 'pain' | 'peak'; label: string; line: string }[] = [];
  if (stage.pain) {
    const mean = ui.insights.decimal(stage.pain.meanSatisfaction);
    lines.push({
      kind: 'pain',
      label: text.pain,
      line:
        stage.pain.reason === 'below-neutral'
          ? text.painBelow(mean)
          : text.painLowest(mean, ui.insights.decimal(journeyMean ?? stage.pain.meanSatisfaction)),
    });
  }
  if (stage.peak) lines.push({ kind: 'peak', label: text.peak, line: text.peakLine(stage.peak.recovered) });
  return lines;
}

/** One stage in words: what the map's data table and stage card show. */
export function stageTexts(stage: StageFigures, journeyMean: number | undefined) {
  const marks = markLines(stage, journeyMean);
  return {
    label: text.stageLabel(stage.position, stage.stage.name),
    cases: text.casesCount(stage.cases.length),
    severities: counts(stage.severities, (id) => labelOf(severities, id)),
    failureTypes: counts(stage.failureTypes, (id) => labelOf(failureTypes, id)),
    channels: stage.stage.channels.map((id) => labelOf(channels, id)).join(text.separator),
    marks,
    marksText: marks.length === 0 ? '' : marks.map((mark) => mark.label).join(text.separator),
    ...outcomeTexts(stage.summary),
  };
}

/** The data table under a journey map: one row per stage, empty stages included. */
export function journeyTable(map: JourneyMap) {
  const columns = text.columns;
  return {
    headers: [
      columns.stage,
      columns.cases,
      columns.severity,
      columns.failure,
      columns.satisfaction,
      columns.nps,
      columns.fcr,
      columns.marks,
    ],
    rows: map.stages.map((stage) => {
      const texts = stageTexts(stage, map.summary.meanSatisfaction);
      return {
        stage: stage.stage.name,
        cells: [
          texts.label,
          String(stage.cases.length),
          texts.severities,
          texts.failureTypes,
          texts.satisfaction,
          texts.nps,
          texts.fcr,
          texts.marksText || text.none,
        ],
      };
    }),
  };
}
