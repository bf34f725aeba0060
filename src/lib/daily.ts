/** Choosing the daily case (每日一案例) for a date. Pure: the caller supplies the date and the entries. */

/** The entry scheduled exactly for `date` (`YYYY-MM-DD`), if any. Entries are keyed by their date id. */
export function dailyEntryFor<T extends { id: string }>(date: string, entries: readonly T[]): T | undefined {
  return entries.find((entry) => entry.id === date);
}

/** The most recent entry on or before `date`, for "latest" teasers when today has none. */
export function latestDailyEntry<T extends { id: string }>(date: string, entries: readonly T[]): T | undefined {
  return [...entries].filter((entry) => entry.id <= date).sort((a, b) => b.id.localeCompare(a.id))[0];
}
