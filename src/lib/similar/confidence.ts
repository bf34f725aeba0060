/**
 * How close the finder's matches are, in words an agent reads at a glance. Pure.
 *
 * A case's confidence is its text score: the cosine of the pasted text and the case over character pairs and
 * lexicon concepts (archived cases marked down). Measured on the labelled complaints, nothing that reweighs
 * it separates "no case covers this" better: a bonus for the lead over the next case, for shared concepts or
 * for shared whole words each hid more covered complaints for every uncovered one they hid (the benchmark
 * prints the distributions). What does help is asking more of the top label: a case is 很接近 only when it
 * also shares a lexicon concept with the text (the same thing named, in whatever words), so a complaint that
 * only repeats a case's incidental wording is at most 部分相关.
 *
 * The two cuts are calibrated by `npm run bench:similar` on the calibration half of the labelled sets only
 * (`scripts/bench/split.ts`); the held-out half is reported beside it, untouched by the choice:
 * - the floor keeps at most 2 % of the covered complaints (tests/similar/paraphrases.json,
 *   different-words.json) from showing any case (hiding the case that fits is the worse mistake: it is what
 *   the finder is for); everything below it is "no close case";
 * - 很接近 starts where at most 10 % of the uncovered complaints (no-close-case.json) would reach it.
 */

/** Below this no case is shown, and the finder says plainly that no close case exists. */
export const CONFIDENCE_FLOOR = 0.05;
/** From this up a case that shares a problem concept with the text is 很接近; otherwise, above the floor, 部分相关. */
export const CLOSE_FROM = 0.076;

export type Strength = 'close' | 'partial' | 'none';

/** The strength of a case scoring `value`; `concept`: the case and the text share a lexicon concept. */
export function strengthOf(value: number, concept = true): Strength {
  if (value < CONFIDENCE_FLOOR) return 'none';
  return value >= CLOSE_FROM && concept ? 'close' : 'partial';
}
