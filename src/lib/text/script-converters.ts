/**
 * OpenCC's converters between Simplified and Traditional Chinese, made once per thread and shared by every user (the
 * similarity step, the search index's fold, the validator's lexicon, tag and banned-phrase rules), and the fold of
 * Han characters built on them. Loads OpenCC alone, without the word segmenter: the check loads this.
 */
import * as OpenCC from 'opencc-js';
import type { Fold } from '../search/index-words.ts';
import { foldCharacter } from '../search/script-variants.ts';

// One converter call per character costs about half a millisecond; converting many characters in one call, a
// line each (so no phrase rule joins two of them), takes a few milliseconds for the library.
export function batch(characters: readonly string[], convert: (text: string) => string): Map<string, string> {
  const converted = convert(characters.join('\n')).split('\n');
  return converted.length === characters.length
    ? new Map(characters.map((character, index) => [character, converted[index]!]))
    : new Map<string, string>();
}

/**
 * OpenCC converters, each made once per thread: making one builds its dictionaries' trie (0.1–1.5 s), and a build
 * asks for the same ones several times (the lexicon check, the variant table, the similarity step's table).
 * A converter keeps no state between calls.
 */
const converters = new Map<string, (text: string) => string>();
export function converter(from: string, to: string): (text: string) => string {
  let convert = converters.get(`${from}>${to}`);
  if (!convert) converters.set(`${from}>${to}`, (convert = OpenCC.Converter({ from, to })));
  return convert;
}

export const toSimplifiedConverter = () => {
  const fromTaiwan = converter('tw', 'cn');
  const fromHongKong = converter('hk', 'cn');
  return (text: string) => fromTaiwan(fromHongKong(text));
};

/**
 * The fold the search index is written with, for characters as pages arrive: `learn` converts a page's new
 * characters in one call, `fold` then answers from memory (the same folds the variant table will hold); a character
 * it was not taught is folded alone, as `batch` would (a line each), and remembered.
 */
export function createCharacterFold(): { learn: (characters: readonly string[]) => void; fold: Fold } {
  const toSimplified = toSimplifiedConverter();
  const folds = new Map<string, string>();
  return {
    learn: (characters) => {
      const fresh = characters.filter((character) => !folds.has(character));
      if (!fresh.length) return;
      const simplified = batch(fresh, toSimplified);
      for (const character of fresh)
        folds.set(
          character,
          foldCharacter(character, (one) => simplified.get(one) ?? toSimplified(one)),
        );
    },
    // A character no page taught (Latin letters, digits, punctuation: the meaning postings fold every character of
    // a page) is converted once, not once per occurrence: two OpenCC calls each, seconds over 10,000 pages.
    fold: (character) => {
      let folded = folds.get(character);
      if (folded === undefined) folds.set(character, (folded = foldCharacter(character, toSimplified)));
      return folded;
    },
  };
}
