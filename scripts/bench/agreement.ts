/**
 * A second opinion for the finder, measured by `npm run bench:similar -- --offline` and not shipped: the pasted text
 * against each case's 客户问题 section alone (customers describe problems, not solutions, and the finder's index
 * leaves the body out). When that ranking puts the finder's best case first, a case under the confidence floor
 * may still be the one that fits. Pure.
 */
import { CONFIDENCE_FLOOR } from '../../src/lib/similar/confidence.ts';

/** The text of a case's `## 客户问题` section, up to the next heading ('' when the case has none). */
export function problemSection(source: string): string {
  const start = source.search(/^## 客户问题[ \t]*$/m);
  if (start < 0) return '';
  const body = source.slice(source.indexOf('\n', start) + 1);
  const end = body.search(/^#{1,2} /m);
  return (end < 0 ? body : body.slice(0, end)).trim();
}

/** The 客户问题 ranking agrees when its first case is the finder's best one, at this cosine or more. */
export const AGREED_PROBLEM_SCORE = 0.05;

export interface SecondOpinion {
  /** The finder's best confidence. */
  best: number;
  /**
   * Under the floor, its best case when that is the first of the nearest it lists (from half the floor up, with a
   * shared word or synonym).
   */
  nearest?: string | undefined;
  /** The 客户问题 ranking's first case and its cosine. */
  problemTop?: string | undefined;
  problemScore: number;
}

/** Whether a case would be shown: above the floor, or under it when the 客户问题 ranking agrees on the best case. */
export function shownWithAgreement({ best, nearest, problemTop, problemScore }: SecondOpinion): boolean {
  if (best >= CONFIDENCE_FLOOR) return true;
  return nearest !== undefined && nearest === problemTop && problemScore >= AGREED_PROBLEM_SCORE;
}
