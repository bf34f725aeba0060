/**
 * The shape of a case number (`KF-2026-0012`), on its own so that the search page's script can recognise one without
 * loading the entry templates.
 */

/**
 * A case number's serial within its year: four digits, zero-padded (0012), or five or six without a leading zero once
 * a year passes 9999 cases (18227), so that each number has one spelling.
 */
const CASE_SERIAL = String.raw`\d{4}|[1-9]\d{4,5}`;

/** Matches a whole case number (`KF-2026-0012`); the serial is the first group. `year` defaults to any year. */
export function caseNumberPattern(prefix: string, year = String.raw`\d{4}`): RegExp {
  return new RegExp(`^${prefix}-${year}-(${CASE_SERIAL})$`);
}
