/** A case's outcome as label/value figures for readers (fact sheet, presenter mode). */
import { ui } from '../../i18n/ui.ts';
import type { CaseOutcome } from './case-facts.ts';

export interface Figure {
  label: string;
  value: string;
  /** The value is the entry's own words (compensation), in the entry's language; the others are the UI's. */
  entryText?: boolean;
}

/** The outcome figures that were recorded, in a fixed order; optional ones only when present. */
export function outcomeFigures(outcome: CaseOutcome): Figure[] {
  const yesNo = (value: boolean) => (value ? ui.outcome.yes : ui.outcome.no);
  return [
    { label: ui.outcome.firstResponseMinutes, value: ui.outcome.minutes(outcome.firstResponseMinutes) },
    { label: ui.outcome.resolutionHours, value: ui.outcome.hours(outcome.resolutionHours) },
    { label: ui.outcome.firstContactResolution, value: yesNo(outcome.firstContactResolution) },
    { label: ui.outcome.satisfaction, value: ui.outcome.outOf5(outcome.satisfaction) },
    ...(outcome.nps !== undefined ? [{ label: ui.outcome.nps, value: ui.outcome.outOf10(outcome.nps) }] : []),
    ...(outcome.customerRetained !== undefined
      ? [{ label: ui.outcome.customerRetained, value: yesNo(outcome.customerRetained) }]
      : []),
    ...(outcome.compensation ? [{ label: ui.outcome.compensation, value: outcome.compensation, entryText: true }] : []),
  ];
}
