/**
 * Finding the service scripts' banned phrases (禁用语) in a case's text, so a case that shows an agent
 * saying one of them as the way to resolve a complaint is flagged for the reviewer.
 */

export interface AvoidPhrase {
  /** The words searched for (see `searchablePhrase`). */
  text: string;
  /** What to say instead, from the script. */
  better: string;
  /** Id of the script that lists it. */
  script: string;
}

export interface PhraseHit {
  index: number;
  phrase: AvoidPhrase;
}

/** Phrases shorter than this are too common to flag (`那就这样吧` is five characters). */
export const MIN_PHRASE_LENGTH = 4;

/**
 * The words of an avoid-list entry that can be searched for: bracketed notes such as
 * “（没有说明要求）” describe the behaviour and are dropped, and trailing punctuation is trimmed
 * because people quote phrases with or without it. `undefined` when too little is left.
 */
const TRAILING = new Set('。！？!?，,…~～');

export function searchablePhrase(phrase: string): string | undefined {
  let words = phrase.replace(/（[^（）]*）|\([^()]*\)/g, '').trim();
  // A loop, not `[…]+$`: that pattern retries from every character of a long run of punctuation (quadratic).
  while (words && TRAILING.has(words.at(-1)!)) words = words.slice(0, -1).trimEnd();
  return [...words].length >= MIN_PHRASE_LENGTH ? words : undefined;
}

/**
 * A function that finds every occurrence of any of the phrases in a text. The phrases are compiled
 * into one pattern, so a text is read once however many scripts a library has; the longest phrase
 * wins where one contains another.
 */
export function phraseMatcher(phrases: readonly AvoidPhrase[]): (text: string) => PhraseHit[] {
  const byText = new Map<string, AvoidPhrase>();
  for (const phrase of phrases) if (!byText.has(phrase.text)) byText.set(phrase.text, phrase);
  if (byText.size === 0) return () => [];
  const texts = [...byText.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(texts.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return (text) => [...text.matchAll(pattern)].map((match) => ({ index: match.index, phrase: byText.get(match[0])! }));
}
