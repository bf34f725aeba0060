/**
 * How close the finder's matches are, in words an agent reads at a glance. Pure.
 *
 * A case's confidence joins three measures of the pasted text against the case (archived cases marked down):
 * - the cosine over character pairs and lexicon concepts: how alike the two texts are;
 * - the coverage: how much of the text's weight falls on terms the case has. A complaint about something no
 *   case covers (宠物托运, 房贷利率) keeps its own rare words to itself, while a case that fits accounts for
 *   most of what the customer says, in whatever details;
 * - the cosine's share from shared lexicon concepts, counted twice: the same thing named, in any words. A shared
 *   object, person, place or channel (套餐, 老人, 营业厅, 手机银行) counts `SIDE_CONCEPT_WEIGHT` of its share: a
 *   complaint that names only the same product or counter as a case is often about another problem.
 * On the calibration half of the labelled complaints this hides many more of the complaints no case covers, at
 * the same share of covered ones hidden, than the cosine alone, and ranking by it puts the case that fits first
 * as often or more (the benchmark prints both). The sum is scaled to 0–1.
 *
 * A case is 很接近 only when it also shares a problem or a request concept with the text (`namesTheProblem`), so
 * a complaint that only repeats a case's incidental wording, or names the same product, is at most 部分相关.
 * When the text names a problem or a request of its own (停机, 积分清零, 补卡) and the case shares none of them,
 * the case is about something else, whatever product or counter the two share: its confidence is cut by
 * `OTHER_PROBLEM_FACTOR`. A text that names no problem the lexicon knows keeps its full confidence, since nothing
 * says the case is about another one.
 *
 * The two cuts are calibrated by `npm run bench:similar` on the calibration half of the labelled sets only
 * (`scripts/bench/split.ts`); the held-out half is reported beside it, untouched by the choice:
 * - the floor keeps at most 2 % of the covered complaints (tests/similar/paraphrases.json,
 *   different-words.json) from showing any case (hiding the case that fits is the worse mistake: it is what
 *   the finder is for); everything below it is "no close case";
 * - 很接近 starts where at most 10 % of the uncovered complaints (no-close-case.json) would reach it.
 */

import type { LexiconRole } from '../lexicon/index.ts';

/** Below this no case is shown, and the finder says plainly that no close case exists. */
export const CONFIDENCE_FLOOR = 0.045;
/**
 * From this up a case that shares a problem or a request concept with the text is 很接近; otherwise, above the floor,
 * 部分相关.
 */
export const CLOSE_FROM = 0.063;

/**
 * The share of the concept part a shared object, person, place or channel keeps (a problem or a request keeps all).
 * Chosen on the calibration half as the lowest weight that hides no more of its covered complaints than counting
 * them fully: lower weights also lower covered complaints whose problem the lexicon does not name yet (only their
 * product or counter is a concept), so the floor would hide them.
 */
export const SIDE_CONCEPT_WEIGHT = 0.85;

/**
 * What is left of the confidence of a case that shares none of the problems and requests the text names. Chosen
 * on the calibration half as the lowest factor that hides none of its covered complaints (0.7 hides one): many
 * covered complaints name a second problem in passing, so the cut is partial, not a veto.
 */
export const OTHER_PROBLEM_FACTOR = 0.8;

/** Roles that say what the complaint is about, not what it involves. */
const CORE_ROLES: ReadonlySet<LexiconRole> = new Set(['problem', 'request']);

/** A lexicon concept the text and the case share: its share of the cosine, and its group's role. */
export interface SharedConcept {
  weight: number;
  role: LexiconRole;
}

/** The concept part of the confidence: shared concepts' shares of the cosine, side roles weighed less. */
export function conceptPart(shared: readonly SharedConcept[]): number {
  return shared.reduce((sum, { weight, role }) => sum + weight * (CORE_ROLES.has(role) ? 1 : SIDE_CONCEPT_WEIGHT), 0);
}

/** Whether the shared concepts include a problem or a request: the two texts are about the same thing. */
export const namesTheProblem = <T extends Pick<SharedConcept, 'role'>>(shared: readonly T[]): boolean =>
  shared.some(({ role }) => CORE_ROLES.has(role));

/**
 * Whether a case is about another thing than the text: the text names a problem (盗刷, 停机) and the case shares none
 * of its problems, or the text names no problem but a request (补卡, 退款) and the case shares none of its requests.
 * A shared request does not make up for a missing problem: 报警, 退款 and 补偿 follow many problems.
 */
export function aboutAnother(text: readonly LexiconRole[], shared: readonly LexiconRole[]): boolean {
  const core = text.includes('problem') ? 'problem' : text.includes('request') ? 'request' : undefined;
  return core !== undefined && !shared.includes(core);
}

/** What the confidence is made of, each 0–1. */
export interface Agreement {
  cosine: number;
  coverage: number;
  /** The part of the cosine that shared lexicon concepts make (`conceptPart`). */
  concepts: number;
  /** The text names a problem or a request and the case shares none of its problems or requests. */
  otherProblem?: boolean;
}

/** A case's confidence, 0–1. */
export function confidenceOf({ cosine, coverage, concepts, otherProblem = false }: Agreement): number {
  return Math.min(1, (cosine + coverage + 2 * concepts) / 4) * (otherProblem ? OTHER_PROBLEM_FACTOR : 1);
}

export type Strength = 'close' | 'partial' | 'none';

/** The strength of a case of confidence `value`; `concept`: the case and the text share a problem or a request. */
export function strengthOf(value: number, concept = true): Strength {
  if (value < CONFIDENCE_FLOOR) return 'none';
  return value >= CLOSE_FROM && concept ? 'close' : 'partial';
}
