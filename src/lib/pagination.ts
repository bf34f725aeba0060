/** Splitting long lists into pages so no listing grows with the library (a page stays well under 200 KB). */

export const CASES_PER_PAGE = 40;

export interface PageSlice<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], pageSize = CASES_PER_PAGE): PageSlice<T>[] {
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: count }, (_, index) => ({ number: index + 1, count, items: items.slice(index * pageSize, (index + 1) * pageSize) }));
}

/** Page numbers to show around the current one: first, last, and two either side, with gaps as `null`. */
export function pageWindow(current: number, count: number): (number | null)[] {
  const wanted = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= count));
  const numbers = [...wanted].sort((a, b) => a - b);
  return numbers.flatMap((n, i) => (i > 0 && n - numbers[i - 1]! > 1 ? [null, n] : [n]));
}
