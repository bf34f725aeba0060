/** The cases due for review (待复核) as of the build date, for the summary page and the full lists. */
import { config } from '../config.ts';
import { casesDueForReview } from '../lib/cases/review.ts';
import { getLibraryCases } from './library.ts';
import { buildDate } from './build-date.ts';

export async function getDueForReview() {
  const today = buildDate();
  return { today, ...casesDueForReview(await getLibraryCases(), today, config.reviewMaxAgeDays) };
}

export type DueForReviewAsOf = Awaited<ReturnType<typeof getDueForReview>>;
