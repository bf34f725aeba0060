/**
 * How close the finder's matches are, in words an agent reads at a glance. The score is the cosine of the
 * pasted text and the case (lexicon concepts included, archived cases marked down), 0–1. The two cuts
 * were calibrated by `npm run bench:similar` on labelled complaints: ones a case covers
 * (tests/similar/paraphrases.json, different-words.json) and ones no case covers (no-close-case.json);
 * the benchmark prints both distributions and what each cut lets through.
 */

/** Below this, a case is not shown: the finder says plainly that no close case exists. */
export const CONFIDENCE_FLOOR = Number(process.env.FLOOR ?? 0.1);
/** From this up, a case is shown as 很接近; between the floor and this, as 部分相关. */
export const CLOSE_FROM = 0.2;

export type Strength = 'close' | 'partial' | 'none';

export function strengthOf(score: number): Strength {
  if (score >= CLOSE_FROM) return 'close';
  return score >= CONFIDENCE_FLOOR ? 'partial' : 'none';
}
