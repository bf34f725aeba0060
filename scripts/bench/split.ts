/**
 * A fixed split of the labelled complaints into a calibration half and a held-out half, so that the finder's
 * thresholds (`src/lib/similar/confidence.ts`) are chosen on one half and judged on the other. The half follows
 * from the complaint's text alone (an FNV-1a hash), so adding or reordering complaints never moves the others.
 */
export type Half = 'calibration' | 'held-out';

export function halfOf(complaint: string): Half {
  let hash = 0x811c9dc5;
  for (let index = 0; index < complaint.length; index += 1)
    hash = Math.imul(hash ^ complaint.charCodeAt(index), 0x01000193) >>> 0;
  return hash % 2 === 0 ? 'calibration' : 'held-out';
}

/** Largest share of the covered complaints the floor may hide, and of the uncovered ones it may call 很接近. */
export const MAX_COVERED_HIDDEN = 0.02;
export const MAX_UNCOVERED_CLOSE = 0.1;

/**
 * The floor the calibration half supports: the highest one that hides at most `MAX_COVERED_HIDDEN` of the covered
 * complaints, given each complaint's best score (3 decimals, as the thresholds are written).
 */
export function calibratedFloor(covered: readonly number[]): number {
  const sorted = [...covered].sort((a, b) => a - b);
  const allowed = Math.floor(sorted.length * MAX_COVERED_HIDDEN);
  return Math.floor((sorted[allowed] ?? 0) * 1000) / 1000;
}

/** The lowest 很接近 cut with at most `MAX_UNCOVERED_CLOSE` of the uncovered complaints' best scores at or above it. */
export function calibratedClose(uncovered: readonly number[]): number {
  const sorted = [...uncovered].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * MAX_UNCOVERED_CLOSE);
  return Math.ceil((sorted[allowed] ?? 0) * 1000 + 1e-9) / 1000;
}
