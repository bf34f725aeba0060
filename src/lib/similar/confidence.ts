/**
 * How close the finder's matches are, in words an agent reads at a glance. Pure.
 *
 * A case's confidence (0–1) is its text score (the cosine of the pasted text and the case, lexicon concepts
 * included, archived cases marked down) plus a bonus for standing out: `MARGIN_WEIGHT × ln(score ÷ the best
 * other case's score)`. A complaint that a case covers usually has one case well ahead; a complaint no case
 * covers shares everyday words (退款, 账单, 营业厅) with several cases about equally.
 *
 * The two cuts were calibrated with `npm run bench:similar` on labelled complaints that a case covers
 * (tests/similar/paraphrases.json, different-words.json) and complaints that no case covers
 * (no-close-case.json); the benchmark prints both distributions and what each cut lets through:
 * - the floor keeps at most 2 % of the covered complaints from showing their case (hiding the case that
 *   fits is the worse mistake: it is what the finder is for);
 * - 很接近 starts above about 90 % of the uncovered complaints' best scores, so that word can be trusted.
 */

/** Below this no case is shown, and the finder says plainly that no close case exists. */
export const CONFIDENCE_FLOOR = 0.1;
/** From this up a case is 很接近; between the floor and this, 部分相关. */
export const CLOSE_FROM = 0.25;
/** Weight of the lead over the best other case. */
export const MARGIN_WEIGHT = 0.2;
/** The other case's score counts as at least this, so that a lone weak match does not look decisive. */
const OTHER_FLOOR = 0.01;

export type Strength = 'close' | 'partial' | 'none';

/** Confidence of a case scoring `score` when the best other case scores `other` (0 when there is none). */
export function confidence(score: number, other: number): number {
  if (score <= 0) return 0;
  return Math.min(1, Math.max(0, score + MARGIN_WEIGHT * Math.log(score / Math.max(other, OTHER_FLOOR))));
}

export function strengthOf(value: number): Strength {
  if (value >= CLOSE_FROM) return 'close';
  return value >= CONFIDENCE_FLOOR ? 'partial' : 'none';
}
