/** Splitting long lists into pages so no listing grows with the library (a page stays well under 200 KB). */

export const CASES_PER_PAGE = 40;

/** One-line rows (a title and a case number, a table row) are about a tenth of a card, so a page holds more. */
export const ROWS_PER_PAGE = 100;

/** How many items a summary page (a person's page, 待复核) shows of a list before linking to the whole of it. */
export const PREVIEW_ITEMS = 20;

/** Entries in the daily RSS feed: about two months of meetings (feed readers only fetch what is new). */
export const FEED_ITEMS = 60;

/** The most a built HTML page may weigh: listings paginate to stay under it at any library size (docs/scaling.md). */
export const PAGE_BUDGET_BYTES = 200 * 1024;

/** Link of page n of a list whose first page is `first` and whose later pages are `first` + `n/`. */
export const pageHref = (first: string) => (n: number) => (n === 1 ? first : `${first}${n}/`);

export interface PageSlice<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], pageSize = CASES_PER_PAGE): PageSlice<T>[] {
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
  }));
}

/** Page numbers to show around the current one: first, last, and two either side, with gaps as `null`. */
export function pageWindow(current: number, count: number): (number | null)[] {
  const wanted = new Set(
    [1, count, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= count),
  );
  const numbers = [...wanted].sort((a, b) => a - b);
  return numbers.flatMap((n, i) => (i > 0 && n - numbers[i - 1]! > 1 ? [null, n] : [n]));
}
