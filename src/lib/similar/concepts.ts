/**
 * Lexicon concepts as similarity terms: a text that names a synonym group's word (冻品, or its narrower word
 * 雪糕) gains the group's concept term, so a complaint about 雪糕 and a case about 冻品 share a term although
 * they share no characters. Pure, and bundled for the browser (the finder weighs pasted text the same way).
 *
 * One way, as the lexicon says: a document gains a group's term only for the group's own `words`; a text
 * compared with the documents (a complaint, or a case looking for similar ones) also for `narrower` words.
 * So 雪糕 finds cases about 冻品, while 冻品 does not find a case that only mentions 雪糕.
 */
import type { CompiledLexicon } from '../lexicon/index.ts';
import type { QueryTermOptions } from './similarity.ts';

/** Concept terms start with a character `terms` never produces, so they cannot meet a word of the text. */
const PREFIX = '#';

export const conceptTerm = (group: number): string => `${PREFIX}${group}`;

export const isConceptTerm = (term: string): boolean => term.startsWith(PREFIX);

/** The group of a concept term, or undefined for an ordinary term. */
export const conceptGroup = (term: string): number | undefined => (isConceptTerm(term) ? Number(term.slice(PREFIX.length)) : undefined);

/**
 * The `extraTerms` option that adds `lexicon`'s concepts to a similarity index and its queries. A concept is
 * weighed by TF-IDF like any term, so a rare shared concept counts like a rare shared word (weighing it more
 * made the labelled complaints rank worse). `fold` must be the one the lexicon was compiled with; texts
 * arrive already normalised by the index.
 */
export function conceptOptions(lexicon: CompiledLexicon, fold: (text: string) => string): Required<Pick<QueryTermOptions, 'extraTerms'>> {
  const own = lexicon.groups.map((group) => new Set(group.words.map(fold)));
  return {
    extraTerms: (text, role) =>
      lexicon
        .find(fold(text))
        .filter((match) => role === 'query' || own[match.group]!.has(match.word))
        .map((match) => conceptTerm(match.group)),
  };
}
