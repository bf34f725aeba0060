/**
 * Similar cases (相似案例), with the reasons in plain Chinese. Pure, and safe to bundle for the browser.
 *
 * Method, computed once per build:
 * 1. Text: each case's title, summary, customer words, root cause, touchpoint and tags, folded to Simplified
 *    characters, become a TF-IDF vector over character bigrams (`src/lib/similar/similarity.ts`). The body is left
 *    out: its narrative (who called when, which team did what) makes unrelated cases look alike, and the
 *    finder ships these vectors to the browser.
 *    An inverted index holds, per bigram, the cases it weighs most in (at most `MAX_POSTINGS_PER_TERM`),
 *    so each case is compared only with cases that share a bigram, at a bounded cost per bigram: the whole
 *    step grows about linearly with the library.
 * 2. Taxonomy: the best `CANDIDATES` text matches are re-ranked by
 *      score = text score ÷ the best text score for this case (0-1, so the text counts the same whatever the
 *              length of the cases' texts)
 *            + 0.25 for the same failure subtype, or 0.1 for only the same failure group
 *            + 0.15 for the same category
 *            + 0.05 per shared tag (at most three)
 *    and archived cases are marked down (× 0.6), as search does.
 * 3. The best (five by default) scoring at least `MIN_SCORE` are kept, each with its reasons: same failure type, same
 *    category, shared tags, and the phrases the two texts share.
 */
import { ui } from '../../i18n/ui.ts';
import type { SharedTerm, SimilarityIndex } from './similarity.ts';
import { failureGroups, failureTypes, labelOf, type Vocabulary } from '../taxonomy.ts';

/** The fields a case is compared on. */
export interface CaseForSimilarity {
  id: string;
  data: {
    title: string;
    summary: string;
    customerWords: readonly string[];
    rootCause: string;
    touchpoint?: string | undefined;
    tags: readonly string[];
    category: string;
    failureType: { group: string; subtype: string };
    confidence: string;
  };
}

/** The text a case is indexed and compared by. */
export function similarityText(entry: CaseForSimilarity): string {
  const { data } = entry;
  return [data.title, data.summary, ...data.customerWords, data.rootCause, data.touchpoint ?? '', data.tags.join(' ')].join('\n');
}

/** Score added for the same failure subtype, or only the same failure group. */
export const SAME_SUBTYPE_BONUS = 0.25;
export const SAME_GROUP_BONUS = 0.1;
export const SAME_CATEGORY_BONUS = 0.15;
/** Per shared tag, for at most `MAX_TAG_BONUSES` tags. */
export const SHARED_TAG_BONUS = 0.05;
export const MAX_TAG_BONUSES = 3;
/** Archived cases describe an outdated process: their score is multiplied by this. */
export const ARCHIVED_FACTOR = 0.6;
/** Text matches considered per case before the taxonomy re-ranks them. */
export const CANDIDATES = 30;
/** Below this combined score a case is not similar enough to show. */
export const MIN_SCORE = 0.3;
/** The best text score a case's others are measured against is at least this, so that noise is not blown up. */
const TEXT_SCALE_FLOOR = 0.05;
/** Per bigram, the cases it weighs most in; bounds the cost of very common bigrams (see `maxPostingsPerTerm`). */
export const MAX_POSTINGS_PER_TERM = 100;

export interface SimilarCase {
  id: string;
  score: number;
  /** Why it matched, in plain Chinese, most specific first. */
  reasons: string[];
}

const HAN = /\p{Script=Han}/u;

const foldPatterns = new WeakMap<object, RegExp | null>();

/** A text with every character folded through a variant table's `fold` (Traditional → Simplified). */
export function foldText(text: string, fold: Readonly<Record<string, string>>): string {
  // One pattern matching just the characters that fold, built once per table: most text passes untouched.
  let pattern = foldPatterns.get(fold);
  if (pattern === undefined) {
    // Only one-for-one replacements, so a folded text lines up character by character with the original.
    const characters = Object.keys(fold).filter((character) => [...character].length === 1 && [...fold[character]!].length === 1 && fold[character] !== character);
    pattern = characters.length ? new RegExp(`[${characters.join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu') : null;
    foldPatterns.set(fold, pattern);
  }
  return pattern ? text.replace(pattern, (character) => fold[character]!) : text;
}

/** Shared terms weighing less than this share of the heaviest one do not extend a phrase. */
const PHRASE_TERM_SHARE = 0.25;
/** Function characters trimmed from the ends of a phrase: 你们就 → (nothing left), 的退款 → 退款. */
const EDGE_CHARACTERS = new Set('的了是就不也都我你他她它们在和与及并要会把被让给说个这那吗呢吧啊呀哦一');

/** A text prepared for `sharedPhrases`: the same for every case it is compared with, so worked out once. */
export interface PhraseText {
  characters: string[];
  /** Each character as `terms` sees it, folded (folding is one-for-one, so positions line up). */
  keys: string[];
  han: boolean[];
  /** Latin words and numbers, found the way `terms` finds them. */
  words: { key: string; text: string }[];
}

export function phraseText(text: string, fold: Readonly<Record<string, string>> = {}): PhraseText {
  const characters = [...text];
  return {
    characters,
    keys: [...foldText(text, fold)].map((character) => character.toLowerCase()),
    han: characters.map((character) => HAN.test(character)),
    words: [...text.matchAll(/\p{Script=Han}+|[\p{L}\p{N}]+/gu)].flatMap(([word]) => (HAN.test(word) ? [] : [{ key: word.normalize('NFKC').toLowerCase(), text: word }])),
  };
}

/**
 * The stretches of `text` made of its heavier shared terms, as written in `text`, heaviest first: adjacent
 * shared bigrams join into one phrase (退款 + 款到 + 到账 → 退款到账), Latin words stand alone, numbers are
 * left out (amounts and dates match by accident), and a phrase inside one already chosen is not repeated.
 * A text compared with many others can be prepared once with `phraseText` (and the same `fold`).
 */
export function sharedPhrases(text: string | PhraseText, shared: readonly SharedTerm[], fold: Readonly<Record<string, string>> = {}, limit = 3): string[] {
  const { characters, keys, han, words } = typeof text === 'string' ? phraseText(text, fold) : text;
  const heaviest = Math.max(0, ...shared.map((item) => item.weight));
  const weights = new Map(shared.filter((item) => item.weight >= heaviest * PHRASE_TERM_SHARE).map((item) => [item.term, item.weight]));
  const covered: number[] = new Array(characters.length).fill(0);
  for (let position = 0; position + 1 < characters.length; position += 1) {
    if (!han[position] || !han[position + 1]) continue;
    const weight = weights.get(keys[position]! + keys[position + 1]!);
    if (weight === undefined) continue;
    covered[position] = Math.max(covered[position]!, weight);
    covered[position + 1] = Math.max(covered[position + 1]!, weight);
  }
  const phrases = new Map<string, { text: string; weight: number }>();
  for (let start = 0; start < characters.length; start += 1) {
    if (!covered[start]) continue;
    let end = start;
    let weight = 0;
    while (end < characters.length && covered[end]) weight += covered[end++]!;
    let [from, to] = [start, end];
    while (from < to && EDGE_CHARACTERS.has(keys[from]!)) from += 1;
    while (to > from && EDGE_CHARACTERS.has(keys[to - 1]!)) to -= 1;
    const key = keys.slice(from, to).join('');
    if (to - from >= 2 && (phrases.get(key)?.weight ?? 0) < weight) phrases.set(key, { text: characters.slice(from, to).join(''), weight });
    start = end;
  }
  for (const word of words) {
    const weight = weights.get(word.key);
    if (weight !== undefined && !/^\d+$/.test(word.key) && !phrases.has(word.key)) phrases.set(word.key, { text: word.text, weight });
  }
  const chosen: { key: string; text: string }[] = [];
  for (const [key, phrase] of [...phrases].sort(([, a], [, b]) => b.weight - a.weight || a.text.localeCompare(b.text, 'zh-CN'))) {
    if (chosen.length === limit) break;
    if (!chosen.some((item) => item.key.includes(key))) chosen.push({ key, text: phrase.text });
  }
  return chosen.map((item) => item.text);
}

/** The taxonomy bonus of `other` relative to `entry`, with its reasons. */
function taxonomyMatch(entry: CaseForSimilarity, other: CaseForSimilarity, categories: Vocabulary): { bonus: number; reasons: string[] } {
  const reasons: string[] = [];
  let bonus = 0;
  const { failureType, category, tags } = entry.data;
  if (other.data.failureType.subtype === failureType.subtype) {
    bonus += SAME_SUBTYPE_BONUS;
    reasons.push(ui.similar.sameFailureType(labelOf(failureTypes, failureType.subtype)));
  } else if (other.data.failureType.group === failureType.group) {
    bonus += SAME_GROUP_BONUS;
    reasons.push(ui.similar.sameFailureGroup(labelOf(failureGroups, failureType.group)));
  }
  if (other.data.category === category) {
    bonus += SAME_CATEGORY_BONUS;
    reasons.push(ui.similar.sameCategory(labelOf(categories, category)));
  }
  const sharedTags = tags.filter((tag) => other.data.tags.includes(tag));
  if (sharedTags.length > 0) {
    bonus += SHARED_TAG_BONUS * Math.min(MAX_TAG_BONUSES, sharedTags.length);
    reasons.push(ui.similar.sharedTags(sharedTags));
  }
  return { bonus, reasons };
}

export interface SimilarCasesOptions {
  /** Folding table applied to texts before comparing (Traditional → Simplified); must match the index's `normalize`. */
  fold?: Readonly<Record<string, string>>;
  categories: Vocabulary;
  limit?: number;
}

/**
 * The most similar cases to each case. `index` must hold every case, keyed by id, built from
 * `similarityText` (and normalised with the same `fold`).
 */
export function findSimilarCases(cases: readonly CaseForSimilarity[], index: SimilarityIndex, options: SimilarCasesOptions): Map<string, SimilarCase[]> {
  const { fold = {}, categories, limit = 5 } = options;
  const byId = new Map(cases.map((entry) => [entry.id, entry]));
  const result = new Map<string, SimilarCase[]>();
  for (const entry of cases) {
    const text = similarityText(entry);
    const matches = index.query(text, { limit: CANDIDATES, exclude: [entry.id] });
    let prepared: PhraseText | undefined;
    const scale = Math.max(TEXT_SCALE_FLOOR, matches[0]?.score ?? 0);
    const ranked = matches
      .flatMap((match) => {
        const other = byId.get(match.id);
        if (!other) return [];
        const { bonus, reasons } = taxonomyMatch(entry, other, categories);
        const score = (match.score / scale + bonus) * (other.data.confidence === 'archived' ? ARCHIVED_FACTOR : 1);
        return score >= MIN_SCORE ? [{ id: match.id, score, textScore: match.score, reasons }] : [];
      })
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
    result.set(
      entry.id,
      ranked.map(({ id, score, reasons }) => {
        const phrases = sharedPhrases((prepared ??= phraseText(text, fold)), index.sharedTerms(text, id, 12), fold);
        return { id, score, reasons: phrases.length > 0 ? [...reasons, ui.similar.sharedWording(phrases)] : reasons };
      }),
    );
  }
  return result;
}
