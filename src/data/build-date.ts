import { config } from '../config.ts';
import { calendarDateIn } from '../lib/daily/dates.ts';

/**
 * The calendar date of the build in the team's timezone. `SOURCE_DATE_EPOCH` (seconds since 1970,
 * the reproducible-builds convention) pins it, so a rebuild of the same commit gives the same site.
 */
export function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return calendarDateIn(config.timezone, epoch ? new Date(Number(epoch) * 1000) : new Date());
}
