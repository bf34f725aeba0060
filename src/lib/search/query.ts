/**
 * Turning what an agent types into Pagefind queries, and the literal-match rule the results obey.
 *
 * The index holds every Han character as a word naming it and the next character of its run (see
 * `index-words.ts`), so a Chinese part is searched as a quoted phrase of its bigram words: Pagefind then
 * returns exactly the pages that contain those characters in that order, including inside longer words.
 * A second, unquoted query of the same words supplies the ranking, since Pagefind scores every phrase match alike.
 * Parts separated by spaces are searched one by one and intersected (strict AND): Pagefind joins several
 * quoted phrases into one and silently drops an unquoted term that matches nothing.
 */
import { caseNumberPattern } from '../cases/case-number.ts';
import { queryWords, type Fold } from './index-words.ts';

/** Longest query we act on; anything longer is cut (a pasted paragraph belongs in the similar-case finder). */
export const MAX_QUERY_LENGTH = 64;
/** At most this many space-separated parts are searched. */
export const MAX_PARTS = 6;

const HAN = /\p{Script=Han}/u;

/**
 * Canonical form of a query: NFKC (full-width letters and digits to half-width), lower case, no
 * control characters, lone surrogates or Pagefind operators, single spaces, at most `maxLength` characters.
 */
export function normalizeQuery(raw: string, maxLength = MAX_QUERY_LENGTH): string {
  return raw
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\p{Cf}"“”]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
}

/** Space-separated parts that carry at least one letter, digit or Han character. */
export function queryParts(normalized: string): string[] {
  const parts = normalized.split(' ').filter((part) => /[\p{L}\p{N}]/u.test(part));
  return [...new Set(parts)].slice(0, MAX_PARTS);
}

/** Words of a part as the index holds them: each Han character alone, Latin and digit runs whole. */
export function partWords(part: string): string[] {
  return part.match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * The Pagefind queries for one script form of a part. A part with
 * Han characters is matched by the quoted phrase of its index words (a phrase word absent from the index
 * matches nothing) and ranked by the same words unquoted; one Han character alone is the prefix of its words
 * (Pagefind matches an unquoted term as a word prefix). When the part ends in one Han character after other
 * words, `also` is that prefix, matched separately and intersected with the phrase.
 * A Latin/digit word (`5g`, `iphone`, `12315`) is matched as a whole word; an identifier with hyphens (a case
 * number) is passed unquoted, which Pagefind matches through its own handling of hyphenated words.
 * `fold` gives each character's folded form, as the index was built with (the variant table's `fold`).
 */
export function pagefindQueries(part: string, fold: Fold): { match: string; rank: string; also?: string } {
  if (!hasHan(part)) {
    const term = part.replace(/[^\p{L}\p{N}-]+/gu, ' ').trim();
    // A plain word must match a whole indexed word; an identifier with hyphens keeps Pagefind's own handling.
    return { match: /^[\p{L}\p{N}]+$/u.test(term) ? `"${term}"` : term, rank: term };
  }
  const { phrase, prefix } = queryWords(part, fold);
  if (phrase.length === 0) return { match: prefix!, rank: prefix! };
  const words = phrase.join(' ');
  return prefix === undefined
    ? { match: `"${words}"`, rank: words }
    : { match: `"${words}"`, rank: `${words} ${prefix}`, also: prefix };
}

/** Text compared for the literal-match rule: lower case, NFKC, without spaces or invisible breaks. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200b]+/g, '');
}

/** A query part that is a whole case number (any prefix, lower case as the query is normalised); its year: group 1. */
const CASE_NUMBER = caseNumberPattern('[a-z]+', String.raw`(\d{4})`);

/** The year a query part names when it is a whole case number (`kf-2025-0204` → `2025`). */
export function caseNumberYear(part: string): string | undefined {
  return CASE_NUMBER.exec(part)?.[1];
}
