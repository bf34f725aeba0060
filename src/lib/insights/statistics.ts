/**
 * Statistics over the cases' outcome fields, for the insights page (统计). Pure: case data in, figures out.
 * Every figure states how many cases it rests on, because a rate over three cases means little.
 */

/** The fields the statistics read: a subset of a case's data, so fixtures stay small. */
export interface CaseFigures {
  /** `YYYY-MM-DD`. */
  occurredOn: string;
  category: string;
  channel: string;
  failureType: { group: string; subtype: string };
  outcome: {
    firstResponseMinutes: number;
    resolutionHours: number;
    firstContactResolution: boolean;
    /** 1-5. */
    satisfaction: number;
    /** 0-10, only when the customer was surveyed. */
    nps?: number | undefined;
  };
}

/** The middle value (the mean of the two middle values for an even count); undefined for no values. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export interface NetPromoterScore {
  /** % promoters − % detractors, from −100 to +100; undefined when nobody answered. */
  score: number | undefined;
  /** Answers the score rests on. */
  responses: number;
  /** Answered 9 or 10. */
  promoters: number;
  /** Answered 7 or 8. */
  passives: number;
  /** Answered 0 to 6. */
  detractors: number;
}

/** A promoter answered 9 or 10 to “how likely are you to recommend us”. */
export const isPromoter = (answer: number): boolean => answer >= 9;

/**
 * Net Promoter Score (净推荐值) over the answers given: promoters score 9-10, passives 7-8, detractors 0-6;
 * NPS = % promoters − % detractors. Cases without an answer are left out, not counted as passives.
 */
export function netPromoterScore(answers: readonly number[]): NetPromoterScore {
  const promoters = answers.filter(isPromoter).length;
  const detractors = answers.filter((answer) => answer <= 6).length;
  const responses = answers.length;
  return {
    score: responses === 0 ? undefined : ((promoters - detractors) / responses) * 100,
    responses,
    promoters,
    passives: responses - promoters - detractors,
    detractors,
  };
}

export interface OutcomeSummary {
  cases: number;
  /** Cases solved in the first contact. */
  firstContactResolved: number;
  /** Share of cases solved in the first contact, 0-1; undefined without cases. */
  firstContactResolutionRate: number | undefined;
  /** Mean satisfaction, 1-5. */
  meanSatisfaction: number | undefined;
  nps: NetPromoterScore;
  medianFirstResponseMinutes: number | undefined;
  medianResolutionHours: number | undefined;
}

export function summarizeOutcomes(cases: readonly CaseFigures[]): OutcomeSummary {
  const outcomes = cases.map((data) => data.outcome);
  const firstContactResolved = outcomes.filter((outcome) => outcome.firstContactResolution).length;
  return {
    cases: cases.length,
    firstContactResolved,
    firstContactResolutionRate: cases.length === 0 ? undefined : firstContactResolved / cases.length,
    meanSatisfaction: mean(outcomes.map((outcome) => outcome.satisfaction)),
    nps: netPromoterScore(outcomes.flatMap((outcome) => (outcome.nps === undefined ? [] : [outcome.nps]))),
    medianFirstResponseMinutes: median(outcomes.map((outcome) => outcome.firstResponseMinutes)),
    medianResolutionHours: median(outcomes.map((outcome) => outcome.resolutionHours)),
  };
}

export interface Count {
  value: string;
  count: number;
}

/**
 * Cases per value of `valueOf`. With an `order` (a vocabulary's ids) values come in that order and values
 * without cases are left out; without one, most frequent first.
 */
export function countBy<T>(items: readonly T[], valueOf: (item: T) => string, order?: readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = valueOf(item);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const rank = (value: string) => (order?.includes(value) ? order.indexOf(value) : (order?.length ?? 0));
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (order ? rank(a.value) - rank(b.value) : b.count - a.count) || a.value.localeCompare(b.value));
}

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

/** Cases per month from the first month with a case to the last, months without cases included as 0. */
export function casesPerMonth(cases: readonly Pick<CaseFigures, 'occurredOn'>[]): Count[] {
  if (cases.length === 0) return [];
  const counts = countBy(cases, (data) => monthOf(data.occurredOn));
  const byMonth = new Map(counts.map((item) => [item.value, item.count]));
  const months = [...byMonth.keys()].sort();
  const result: Count[] = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  for (;;) {
    const value = `${year}-${String(month).padStart(2, '0')}`;
    result.push({ value, count: byMonth.get(value) ?? 0 });
    if (value === months.at(-1)) return result;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** Items grouped by a key, groups in `order` (ids without items left out), items in their original order. */
export function groupBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  order: readonly string[],
): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...groups].map(([key, grouped]) => ({ key, items: grouped })).sort((a, b) => rank(a.key) - rank(b.key));
}
