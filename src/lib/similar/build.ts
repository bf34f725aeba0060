/**
 * Build-side similarity: folds Traditional characters to Simplified with the same kind of variant table as
 * the search index (OpenCC through `buildVariantTable`, so a text folded here and a query folded in the
 * browser with the search's `casebook-variants.json` meet character for character), indexes every case with
 * the synonym lexicon's concepts, segments each case into whole words (jieba, knowing the lexicon's words)
 * for the reasons, and finds each one's similar cases. Loads OpenCC and jieba, so it never goes to the browser.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import {
  compileLexicon,
  serializeLexicon,
  type CompiledLexicon,
  type LexiconGroup,
  type LexiconMatch,
  type SerializedLexicon,
} from '../lexicon/index.ts';
import {
  buildVariantTable,
  countHanCharacters,
  extraEquivalents,
  type VariantTable,
} from '../search/script-variants.ts';
import { batch, converter, toSimplifiedConverter } from '../text/script-converters.ts';
import type { Vocabulary } from '../cases/taxonomy.ts';
import {
  foldText,
  MAX_POSTINGS_PER_TERM,
  similarityText,
  textKey,
  type CaseForSimilarity,
  similarCasesOneByOne,
  type SimilarCase,
} from './cases.ts';
import { conceptOptions } from './concepts.ts';
import { createSimilarityIndex, type SerializedSimilarityIndex, type SimilarityIndex } from './similarity.ts';
import { chooseCaseWords, isContentWord, type WeighedWord } from './words.ts';

/** The variant table for the Han characters of `text`. */
export function variantTableFor(text: string): VariantTable {
  return variantTableForCharacters(countHanCharacters(text));
}

/** The variant table for Han characters counted over the library (the search index counts them page by page). */
export function variantTableForCharacters(frequency: ReadonlyMap<string, number>): VariantTable {
  const toSimplified = toSimplifiedConverter();
  const toTaiwan = converter('cn', 'tw');
  const toHongKong = converter('cn', 'hk');
  const characters = [...frequency.keys()];
  const simplified = batch(characters, toSimplified);
  const forms = [...new Set([...characters, ...simplified.values(), ...Object.values(extraEquivalents)])];
  const taiwan = batch(forms, toTaiwan);
  const hongKong = batch(forms, toHongKong);
  return buildVariantTable(frequency, {
    toSimplified: (characters) => simplified.get(characters) ?? toSimplified(characters),
    toTraditional: (characters) => [
      taiwan.get(characters) ?? toTaiwan(characters),
      hongKong.get(characters) ?? toHongKong(characters),
    ],
  });
}

/** Frequency given to the lexicon's words in the segmenter's dictionary: high, so each stays one word. */
const LEXICON_WORD_FREQUENCY = 100_000;

/** Segmenters made so far, by the words added to the stock dictionary: loading the dictionary takes a second or two. */
const segmenters = new Map<string, (text: string) => string[]>();

/** A Chinese segmenter (jieba with its stock dictionary) that also keeps `words` whole. */
export function createSegmenter(words: readonly string[]): (text: string) => string[] {
  const entries = words
    .filter((word) => !/\s/.test(word))
    .map((word) => `${word} ${LEXICON_WORD_FREQUENCY} n`)
    .join('\n');
  let segment = segmenters.get(entries);
  if (!segment) {
    const jieba = Jieba.withDict(dict);
    if (entries) jieba.loadDict(Buffer.from(entries));
    // Without the HMM guesser: it joins unknown characters into "words" such as 方在, which no reason may show.
    segment = (text) => jieba.cut(text, false);
    segmenters.set(entries, segment);
  }
  return segment;
}

/**
 * The content words of `text`, segmented in its compared form (`key`) and given back as written. The key
 * lines up with the text character for character, except after a width or compatibility form (６ → 6, ㈱ →
 * (株)): then each character is keyed on its own to find where a word starts and ends in the text.
 */
export function segmentWords(
  text: string,
  key: (text: string) => string,
  segment: (text: string) => string[],
): WeighedWord[] {
  let keyed = key(text);
  let written = (start: number, end: number) => text.slice(start, end);
  if (keyed.length !== text.length) {
    const characters = [...text];
    const pieces = characters.map(key);
    keyed = pieces.join('');
    // The character each code unit of the key comes from.
    const owner = pieces.flatMap((piece, index) => Array.from({ length: piece.length }, () => index));
    written = (start, end) => characters.slice(owner[start], owner[end - 1]! + 1).join('');
  }
  const words: WeighedWord[] = [];
  let offset = 0;
  for (const token of segment(keyed)) {
    if (isContentWord(token)) words.push({ key: token, text: written(offset, offset + token.length) });
    offset += token.length;
  }
  return words;
}

export interface CaseSimilarity {
  /** Every case's text, folded, as a TF-IDF index with lexicon concepts (also shipped to the finder). */
  index: SimilarityIndex;
  /** Each case's similar cases with reasons. */
  similar: Map<string, SimilarCase[]>;
  /** Each case's whole words, best first (the finder's reasons). */
  words: Map<string, string[]>;
  lexicon: CompiledLexicon;
}

/**
 * The lexicon with `find` remembered per text: a case's folded text is scanned for lexicon words when it is
 * indexed, again when it looks for its similar cases, and again for its synonym reasons; once is enough.
 */
function rememberingFinds(lexicon: CompiledLexicon): CompiledLexicon {
  const found = new Map<string, LexiconMatch[]>();
  return {
    ...lexicon,
    find(text) {
      let matches = found.get(text);
      if (!matches) found.set(text, (matches = lexicon.find(text)));
      return matches;
    },
  };
}

/** The similarity with each case's similar cases still to be found, one case at a time, when `similar` is walked. */
export interface CaseSimilarityByCase extends Omit<CaseSimilarity, 'similar'> {
  similar: () => Iterable<[string, SimilarCase[]]>;
}

/** `limit`: similar cases kept per case (a page may drop some it already lists). */
export function buildCaseSimilarity(
  cases: readonly CaseForSimilarity[],
  categories: Vocabulary,
  limit = 5,
  groups: readonly LexiconGroup[] = [],
): CaseSimilarity {
  const { similar, ...rest } = caseSimilarityByCase(cases, categories, limit, groups);
  return { ...rest, similar: new Map(similar()) };
}

/** `buildCaseSimilarity` with the similar cases left to walk, so that a large library need not hold them all. */
export function caseSimilarityByCase(
  cases: readonly CaseForSimilarity[],
  categories: Vocabulary,
  limit = 5,
  groups: readonly LexiconGroup[] = [],
): CaseSimilarityByCase {
  const texts = cases.map((entry) => ({ id: entry.id, text: similarityText(entry) }));
  const lexiconWords = groups.flatMap((group) => [...group.words, ...group.narrower]);
  const { fold } = variantTableFor([...texts.map((item) => item.text), ...lexiconWords].join('\n'));
  const key = textKey(fold);
  const lexicon = compileLexicon(groups, key);
  const scanning = rememberingFinds(lexicon);
  const index = createSimilarityIndex(texts, {
    normalize: (text) => foldText(text, fold),
    maxPostingsPerTerm: MAX_POSTINGS_PER_TERM,
    ...conceptOptions(scanning, key),
  });
  const lexiconKeys = new Set(lexiconWords.map(key));
  const segment = createSegmenter([...lexiconKeys]);
  const chosen = chooseCaseWords(
    texts.map(({ text }) => segmentWords(text, key, segment)),
    (word) => lexiconKeys.has(word),
  );
  const words = new Map(texts.map(({ id }, position) => [id, chosen[position]!]));
  return {
    index,
    similar: () => similarCasesOneByOne(cases, index, { fold, categories, limit, words, lexicon: scanning }),
    words,
    lexicon,
  };
}

/** Similar cases kept per case: five to show, plus as many as a case may list as related (those are not repeated). */
export const SIMILAR_CASES_KEPT = 5 + 10;

/** What the site uses of the similarity: each case's similar cases, and the finder's data. */
export interface LibrarySimilarity {
  similar: Map<string, SimilarCase[]>;
  index: SerializedSimilarityIndex;
  words: Map<string, string[]>;
  lexicon: SerializedLexicon;
}

/** The library's similarity, from its cases in the library's order (`compareCases`) and its synonym lexicon. */
export function librarySimilarity(
  cases: readonly CaseForSimilarity[],
  categories: Vocabulary,
  groups: readonly LexiconGroup[],
): LibrarySimilarity {
  const { similar, ...rest } = librarySimilarityByCase(cases, categories, groups);
  return { ...rest, similar: new Map(similar()) };
}

/**
 * `librarySimilarity` with the similar cases found one case at a time as `similar` is walked (the library-wide step).
 */
export function librarySimilarityByCase(
  cases: readonly CaseForSimilarity[],
  categories: Vocabulary,
  groups: readonly LexiconGroup[],
): Omit<LibrarySimilarity, 'similar'> & Pick<CaseSimilarityByCase, 'similar'> {
  const { index, similar, words, lexicon } = caseSimilarityByCase(cases, categories, SIMILAR_CASES_KEPT, groups);
  return { similar, index: index.serialize(), words, lexicon: serializeLexicon(lexicon) };
}
