/**
 * Whether a case is due for re-review (待复核). Pure: the caller supplies today's date (in `config.timezone`)
 * and the maximum age, so the needs-review page and the validator's stale-review warning decide alike.
 */
import { daysBetween } from '../daily/dates.ts';

/** The fields the decision reads. */
export interface ReviewFields {
  /** `YYYY-MM-DD` of the last review; absent when the case was never reviewed. */
  reviewedOn?: string | undefined;
  confidence: string;
}

export type ReviewState =
  /** Reviewed within the allowed age. */
  | { due: false; reason: 'current'; ageDays: number }
  /** Archived cases describe a process that no longer applies: there is nothing to re-review. */
  | { due: false; reason: 'archived' }
  /** The last review is more than `maxAgeDays` old. */
  | { due: true; reason: 'stale'; ageDays: number }
  | { due: true; reason: 'never' };

/**
 * The review state of a case on `today` (`YYYY-MM-DD`). A review exactly `maxAgeDays` old is still current;
 * one day more and it is stale.
 */
export function reviewState(data: ReviewFields, today: string, maxAgeDays: number): ReviewState {
  if (data.confidence === 'archived') return { due: false, reason: 'archived' };
  if (data.reviewedOn === undefined) return { due: true, reason: 'never' };
  const ageDays = daysBetween(data.reviewedOn, today);
  return ageDays > maxAgeDays ? { due: true, reason: 'stale', ageDays } : { due: false, reason: 'current', ageDays };
}

export interface DueForReview<T> {
  /** Reviewed too long ago, oldest review first. */
  stale: { entry: T; reviewedOn: string; ageDays: number }[];
  /** Never reviewed, oldest case first. */
  never: { entry: T; occurredOn: string }[];
}

/** The cases due for review on `today`, each group oldest first (ties by id, so the order is stable). */
export function casesDueForReview<T extends { id: string; data: ReviewFields & { occurredOn: string } }>(
  entries: readonly T[],
  today: string,
  maxAgeDays: number,
): DueForReview<T> {
  const due: DueForReview<T> = { stale: [], never: [] };
  for (const entry of entries) {
    const state = reviewState(entry.data, today, maxAgeDays);
    if (state.reason === 'stale') due.stale.push({ entry, reviewedOn: entry.data.reviewedOn!, ageDays: state.ageDays });
    if (state.reason === 'never') due.never.push({ entry, occurredOn: entry.data.occurredOn });
  }
  due.stale.sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.entry.id.localeCompare(b.entry.id));
  due.never.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.entry.id.localeCompare(b.entry.id));
  return due;
}
