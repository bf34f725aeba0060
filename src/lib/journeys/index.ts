/**
 * The customer journey (客户旅程) as data: which stage a case belongs to, and each stage's figures on the journey
 * map. Pure: journeys and case data in, figures out. The outcome figures are the insights page's own
 * (`summarizeOutcomes`), so a stage's satisfaction or NPS is computed exactly as the 统计 page computes it.
 */
import {
  countBy,
  isPromoter,
  summarizeOutcomes,
  type CaseFigures,
  type Count,
  type OutcomeSummary,
} from '../insights/statistics.ts';

export interface JourneyStage {
  name: string;
  description: string;
  touchpoints: readonly string[];
  channels: readonly string[];
}

export interface Journey {
  /** The industry, as the folder of its cases is named (`ecommerce`). */
  id: string;
  title: string;
  stages: readonly JourneyStage[];
}

/** What the map reads of a case: the insights page's figures, and where and how badly it failed. */
export interface JourneyCase extends CaseFigures {
  journeyStage?: string | undefined;
  severity: number;
  status: string;
}

/** The industry of a case: the folder it is filed in under content/cases/ (none for a case filed at the top). */
export function industryOfCase(caseId: string): string | undefined {
  const slash = caseId.indexOf('/');
  return slash > 0 ? caseId.slice(0, slash) : undefined;
}

/** Where a case's stage name leads: its industry's journey, another industry's, or nowhere. */
export type StagePlacement =
  | { kind: 'placed'; journey: Journey }
  | { kind: 'no-journey' }
  | { kind: 'other-journey'; journey: Journey; others: readonly Journey[] }
  | { kind: 'unknown'; journey: Journey };

export function placeStage(stage: string, industry: string | undefined, journeys: readonly Journey[]): StagePlacement {
  const own = journeys.find((journey) => journey.id === industry);
  if (!own) return { kind: 'no-journey' };
  if (own.stages.some((item) => item.name === stage)) return { kind: 'placed', journey: own };
  const others = journeys.filter((journey) => journey !== own && journey.stages.some((item) => item.name === stage));
  return others.length > 0 ? { kind: 'other-journey', journey: own, others } : { kind: 'unknown', journey: own };
}

/** Below this mean satisfaction (1–5, 3 is 一般) a stage is a pain point whatever the other stages score. */
export const PAIN_BELOW_SATISFACTION = 3;

/** Why a stage is marked on the map. */
export type PainPoint = { reason: 'below-neutral' | 'lowest'; meanSatisfaction: number };
export interface Peak {
  /** Cases that went wrong, were resolved, and whose customer then answered 9–10: the recovery paradox. */
  recovered: number;
}

export interface StageFigures {
  stage: JourneyStage;
  /** 1-based position on the journey. */
  position: number;
  /** The stage's cases, in the order given. */
  cases: JourneyCase[];
  /** The insights page's outcome summary over the stage's cases. */
  summary: OutcomeSummary;
  /** Cases per severity (`1` … `4`), mildest first, severities without cases left out. */
  severities: Count[];
  /** Cases per failure subtype, in the vocabulary's order. */
  failureTypes: Count[];
  pain?: PainPoint;
  peak?: Peak;
}

export interface JourneyMap {
  journey: Journey;
  stages: StageFigures[];
  /** The outcome summary over every case placed on the journey. */
  summary: OutcomeSummary;
}

/** A failure recovered into a promoter: resolved, and the customer would now recommend us. */
export const recoveredIntoPromoter = (data: Pick<JourneyCase, 'status' | 'outcome'>): boolean =>
  data.status === 'resolved' && data.outcome.nps !== undefined && isPromoter(data.outcome.nps);

/**
 * Every stage of `journey` with its cases' figures. `cases` are the industry's cases; those without a stage,
 * or with a stage the journey does not have (the validator refuses them), are not on the map.
 * `failureOrder` orders the failure subtypes (the vocabulary's ids).
 */
export function mapJourney<C extends JourneyCase>(
  journey: Journey,
  cases: readonly C[],
  failureOrder: readonly string[],
): JourneyMap & { stages: (StageFigures & { cases: C[] })[] } {
  const placed = cases.filter((data) => journey.stages.some((stage) => stage.name === data.journeyStage));
  const summary = summarizeOutcomes(placed);
  const stages = journey.stages.map((stage, index) => {
    const mine = placed.filter((data) => data.journeyStage === stage.name);
    const recovered = mine.filter(recoveredIntoPromoter).length;
    return {
      stage,
      position: index + 1,
      cases: mine,
      summary: summarizeOutcomes(mine),
      severities: countBy(mine, (data) => String(data.severity), ['1', '2', '3', '4']),
      failureTypes: countBy(mine, (data) => data.failureType.subtype, failureOrder),
      ...(recovered > 0 ? { peak: { recovered } } : {}),
    };
  });
  const lowest = Math.min(...stages.map((item) => item.summary.meanSatisfaction ?? Infinity));
  return {
    journey,
    summary,
    stages: stages.map((item) => {
      const mean = item.summary.meanSatisfaction;
      // The lowest stage is a pain point only below the journey's average: among equal stages none is the worst.
      const reason =
        mean === undefined
          ? undefined
          : mean < PAIN_BELOW_SATISFACTION
            ? 'below-neutral'
            : mean === lowest && mean < summary.meanSatisfaction!
              ? 'lowest'
              : undefined;
      return reason ? { ...item, pain: { reason, meanSatisfaction: mean! } } : item;
    }),
  };
}

/** The practices and scripts a stage's cases cite, most cited first (a case citing one twice counts once). */
export function citations(cases: readonly { practices: readonly string[]; scripts: readonly string[] }[]): {
  practices: Count[];
  scripts: Count[];
} {
  const cited = (field: 'practices' | 'scripts') =>
    countBy(
      cases.flatMap((data) => [...new Set(data[field])]),
      (id) => id,
    );
  return { practices: cited('practices'), scripts: cited('scripts') };
}
