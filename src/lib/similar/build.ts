/**
 * Build-side similarity: folds Traditional characters to Simplified with the same kind of variant table as
 * the search index (OpenCC through `buildVariantTable`, so a text folded here and a query folded in the
 * browser with the search's `casebook-variants.json` meet character for character), indexes every case and
 * finds each one's similar cases. Loads OpenCC, so it never goes to the browser.
 */
import * as OpenCC from 'opencc-js';
import type { Fold } from '../search/index-words.ts';
import { buildVariantTable, countHanCharacters, extraEquivalents, foldCharacter, type VariantTable } from '../search/script-variants.ts';
import { findSimilarCases, foldText, MAX_POSTINGS_PER_TERM, similarityText, type CaseForSimilarity, type SimilarCase } from './cases.ts';
import { createSimilarityIndex, type SerializedSimilarityIndex, type SimilarityIndex } from './similarity.ts';
import type { Vocabulary } from '../taxonomy.ts';

/** The variant table for the Han characters of `text`. */
export function variantTableFor(text: string): VariantTable {
  return variantTableForCharacters(countHanCharacters(text));
}

// One converter call per character costs about half a millisecond; converting many characters in one call, a
// line each (so no phrase rule joins two of them), takes a few milliseconds for the library.
function batch(characters: readonly string[], convert: (text: string) => string): Map<string, string> {
  const converted = convert(characters.join('\n')).split('\n');
  return converted.length === characters.length ? new Map(characters.map((character, index) => [character, converted[index]!])) : new Map<string, string>();
}

const toSimplifiedConverter = () => {
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return (text: string) => fromTaiwan(fromHongKong(text));
};

/**
 * The fold the search index is written with, for characters as pages arrive: `learn` converts a page's new
 * characters in one call, `fold` then answers from memory (the same folds the variant table will hold).
 */
export function createCharacterFold(): { learn: (characters: readonly string[]) => void; fold: Fold } {
  const toSimplified = toSimplifiedConverter();
  const folds = new Map<string, string>();
  return {
    learn: (characters) => {
      const fresh = characters.filter((character) => !folds.has(character));
      if (!fresh.length) return;
      const simplified = batch(fresh, toSimplified);
      for (const character of fresh) folds.set(character, foldCharacter(character, (one) => simplified.get(one) ?? toSimplified(one)));
    },
    fold: (character) => folds.get(character) ?? foldCharacter(character, toSimplified),
  };
}

/** The variant table for Han characters counted over the library (the search index counts them page by page). */
export function variantTableForCharacters(frequency: ReadonlyMap<string, number>): VariantTable {
  const toSimplified = toSimplifiedConverter();
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const characters = [...frequency.keys()];
  const simplified = batch(characters, toSimplified);
  const forms = [...new Set([...characters, ...simplified.values(), ...Object.values(extraEquivalents)])];
  const taiwan = batch(forms, toTaiwan);
  const hongKong = batch(forms, toHongKong);
  return buildVariantTable(frequency, {
    toSimplified: (characters) => simplified.get(characters) ?? toSimplified(characters),
    toTraditional: (characters) => [taiwan.get(characters) ?? toTaiwan(characters), hongKong.get(characters) ?? toHongKong(characters)],
  });
}

export interface CaseSimilarity {
  /** Every case's text, folded, as a TF-IDF index (also shipped to the finder). */
  index: SimilarityIndex;
  /** Each case's similar cases with reasons. */
  similar: Map<string, SimilarCase[]>;
}

/** `limit`: similar cases kept per case (a page may drop some it already lists). */
export function buildCaseSimilarity(cases: readonly CaseForSimilarity[], categories: Vocabulary, limit = 5): CaseSimilarity {
  const texts = cases.map((entry) => ({ id: entry.id, text: similarityText(entry) }));
  const { fold } = variantTableFor(texts.map((item) => item.text).join('\n'));
  const index = createSimilarityIndex(texts, { normalize: (text) => foldText(text, fold), maxPostingsPerTerm: MAX_POSTINGS_PER_TERM });
  return { index, similar: findSimilarCases(cases, index, { fold, categories, limit }) };
}

/** Similar cases kept per case: five to show, plus as many as a case may list as related (those are not repeated). */
export const SIMILAR_CASES_KEPT = 5 + 10;

/** What the site uses of the similarity: each case's similar cases, and the index as data (for the finder). */
export interface LibrarySimilarity {
  similar: Map<string, SimilarCase[]>;
  index: SerializedSimilarityIndex;
}

/** The library's similarity, from its cases in the library's order (`compareCases`). */
export function librarySimilarity(cases: readonly CaseForSimilarity[], categories: Vocabulary): LibrarySimilarity {
  const { index, similar } = buildCaseSimilarity(cases, categories, SIMILAR_CASES_KEPT);
  return { similar, index: index.serialize() };
}
