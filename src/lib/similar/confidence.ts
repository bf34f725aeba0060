/**
 * How close the finder's matches are, in words an agent reads at a glance. Pure.
 *
 * A case's confidence joins three measures of the pasted text against the case (archived cases marked down):
 * - the cosine over character pairs and lexicon concepts: how alike the two texts are;
 * - the coverage: how much of the text's weight falls on terms the case has. A complaint about something no
 *   case covers (宠物托运, 房贷利率) keeps its own rare words to itself, while a case that fits accounts for
 *   most of what the customer says, in whatever details;
 * - the cosine's share from shared lexicon concepts, counted twice: the same thing named, in any words.
 * On the calibration half of the labelled complaints this hides many more of the complaints no case covers, at
 * the same share of covered ones hidden, than the cosine alone, and ranking by it puts the case that fits first
 * as often or more (the benchmark prints both). The sum is scaled to 0–1.
 *
 * A case is 很接近 only when it also shares a lexicon concept with the text, so a complaint that only repeats
 * a case's incidental wording is at most 部分相关.
 *
 * The two cuts are calibrated by `npm run bench:similar` on the calibration half of the labelled sets only
 * (`scripts/bench/split.ts`); the held-out half is reported beside it, untouched by the choice:
 * - the floor keeps at most 2 % of the covered complaints (tests/similar/paraphrases.json,
 *   different-words.json) from showing any case (hiding the case that fits is the worse mistake: it is what
 *   the finder is for); everything below it is "no close case";
 * - 很接近 starts where at most 10 % of the uncovered complaints (no-close-case.json) would reach it.
 */

/** Below this no case is shown, and the finder says plainly that no close case exists. */
export const CONFIDENCE_FLOOR = 0.045;
/** From this up a case that shares a problem concept with the text is 很接近; otherwise, above the floor, 部分相关. */
export const CLOSE_FROM = 0.067;

/** What the confidence is made of, each 0–1. */
export interface Agreement {
  cosine: number;
  coverage: number;
  /** The part of the cosine that shared lexicon concepts make. */
  concepts: number;
}

/** A case's confidence, 0–1. */
export function confidenceOf({ cosine, coverage, concepts }: Agreement): number {
  return Math.min(1, (cosine + coverage + 2 * concepts) / 4);
}

export type Strength = 'close' | 'partial' | 'none';

/** The strength of a case of confidence `value`; `concept`: the case and the text share a lexicon concept. */
export function strengthOf(value: number, concept = true): Strength {
  if (value < CONFIDENCE_FLOOR) return 'none';
  return value >= CLOSE_FROM && concept ? 'close' : 'partial';
}
