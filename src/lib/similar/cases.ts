/**
 * Similar cases (相似案例), with the reasons in plain Chinese. Pure, and safe to bundle for the browser.
 *
 * Method, computed once per build:
 * 1. Text: each case's title, summary, customer words, root cause, touchpoint and tags, folded to Simplified
 *    characters, become a TF-IDF vector over character bigrams (`similarity.ts`) and the synonym lexicon's
 *    concepts (`concepts.ts`: a case saying 雪糕 meets one saying 冻品). The body is left
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
 *    category, shared tags, the whole words the two texts share and their synonyms (`words.ts`).
 */
import { ui } from '../../i18n/ui.ts';
import type { CompiledLexicon } from '../lexicon/index.ts';
import { failureGroups, failureTypes, labelOf, type Vocabulary } from '../cases/taxonomy.ts';
import type { SimilarityIndex } from './similarity.ts';
import { rememberingFold, sharedWords, synonymPairs } from './words.ts';

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
  return [
    data.title,
    data.summary,
    ...data.customerWords,
    data.rootCause,
    data.touchpoint ?? '',
    data.tags.join(' '),
  ].join('\n');
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

const foldPatterns = new WeakMap<object, RegExp | null>();

/** A text with every character folded through a variant table's `fold` (Traditional → Simplified). */
export function foldText(text: string, fold: Readonly<Record<string, string>>): string {
  // One pattern matching just the characters that fold, built once per table: most text passes untouched.
  let pattern = foldPatterns.get(fold);
  if (pattern === undefined) {
    // Only one-for-one replacements, so a folded text lines up character by character with the original.
    const characters = Object.keys(fold).filter(
      (character) => [...character].length === 1 && [...fold[character]!].length === 1 && fold[character] !== character,
    );
    pattern = characters.length ? new RegExp(`[${characters.join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu') : null;
    foldPatterns.set(fold, pattern);
  }
  return pattern ? text.replace(pattern, (character) => fold[character]!) : text;
}

/**
 * The key a text is compared by for reasons and the lexicon: width forms unified, folded with the variant
 * table (Traditional → Simplified), lower case; the same at build time and in the browser.
 */
export function textKey(fold: Readonly<Record<string, string>>): (text: string) => string {
  return (text) => foldText(text.normalize('NFKC'), fold).toLowerCase();
}

/** Plain-Chinese reasons for the words and synonyms two texts share (empty when they share none). */
export function wordingReasons(words: readonly string[], synonyms: readonly (readonly [string, string])[]): string[] {
  return [
    ...(words.length ? [ui.similar.sharedWording(words)] : []),
    ...(synonyms.length ? [ui.similar.synonyms(synonyms)] : []),
  ];
}

/** The taxonomy bonus of `other` relative to `entry`, with its reasons. */
function taxonomyMatch(
  entry: CaseForSimilarity,
  other: CaseForSimilarity,
  categories: Vocabulary,
): { bonus: number; reasons: string[] } {
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
  /** Each case's whole words, best first (`chooseCaseWords`): the reasons name the ones two cases share. */
  words?: ReadonlyMap<string, readonly string[]>;
  /** The synonym lexicon (compiled with `textKey(fold)`), for 同义 reasons. */
  lexicon?: CompiledLexicon;
}

/**
 * The most similar cases to each case. `index` must hold every case, keyed by id, built from
 * `similarityText` (and normalised with the same `fold`).
 */
export function findSimilarCases(
  cases: readonly CaseForSimilarity[],
  index: SimilarityIndex,
  options: SimilarCasesOptions,
): Map<string, SimilarCase[]> {
  return new Map(similarCasesOneByOne(cases, index, options));
}

/** `findSimilarCases` one case at a time, for a caller that stores each list as it comes rather than holding all. */
export function* similarCasesOneByOne(
  cases: readonly CaseForSimilarity[],
  index: SimilarityIndex,
  options: SimilarCasesOptions,
): Generator<[string, SimilarCase[]]> {
  const { fold = {}, categories, limit = 5, words = new Map<string, readonly string[]>(), lexicon } = options;
  const textKeyOf = textKey(fold);
  const key = rememberingFold(textKeyOf);
  const byId = new Map(cases.map((entry) => [entry.id, entry]));
  for (const entry of cases) {
    const text = similarityText(entry);
    const matches = index.query(text, { limit: CANDIDATES, exclude: [entry.id] });
    const scale = Math.max(TEXT_SCALE_FLOOR, matches[0]?.score ?? 0);
    const ranked = matches
      .flatMap((match) => {
        const other = byId.get(match.id);
        if (!other) return [];
        const { bonus, reasons } = taxonomyMatch(entry, other, categories);
        const score = (match.score / scale + bonus) * (other.data.confidence === 'archived' ? ARCHIVED_FACTOR : 1);
        return score >= MIN_SCORE ? [{ id: match.id, score, reasons }] : [];
      })
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    // Whole words only: the other case's words found among this case's own (joined so none spans two).
    const own = ranked.length ? (words.get(entry.id) ?? []).map(key).join('\n') : '';
    const ownText = lexicon && ranked.length ? textKeyOf(text) : '';
    const kept: SimilarCase[] = [];
    for (const { id, score, reasons } of ranked) {
      if (kept.length === limit) break;
      const theirs = words.get(id) ?? [];
      const synonyms = lexicon ? synonymPairs(ownText, theirs, lexicon, key) : [];
      const all = [...reasons, ...wordingReasons(sharedWords(own, theirs, key), synonyms)];
      // A case with nothing to name (its likeness lies in character pairs across words) is not worth a look.
      if (all.length) kept.push({ id, score, reasons: all });
    }
    yield [entry.id, kept];
  }
}
