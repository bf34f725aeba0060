/**
 * Lexicon concepts as similarity terms: a text that names a synonym group's word (冻品, or its narrower word
 * 雪糕) gains the group's concept term, so a complaint about 雪糕 and a case about 冻品 share a term although
 * they share no characters. Pure, and bundled for the browser (the finder weighs pasted text the same way).
 *
 * One way, as the lexicon says: a document gains a group's term only for the group's own `words`; a text
 * compared with the documents (a complaint, or a case looking for similar ones) also for `narrower` words.
 * So 雪糕 finds cases about 冻品, while 冻品 does not find a case that only mentions 雪糕.
 */
import type { CompiledLexicon, LexiconMatch } from '../lexicon/index.ts';
import type { QueryTermOptions } from './similarity.ts';

/** Concept terms start with a character `terms` never produces, so they cannot meet a word of the text. */
const PREFIX = '#';

export const conceptTerm = (group: number): string => `${PREFIX}${group}`;

export const isConceptTerm = (term: string): boolean => term.startsWith(PREFIX);

/** Stand-ins start with another character `terms` never produces: they are neither words nor concepts. */
const STAND_IN = '~';

/** A term that only gives a query's word of a concept no case has its weight (see `conceptOptions`). */
export const isStandIn = (term: string): boolean => term.startsWith(STAND_IN);

/** The group of a concept term, or undefined for an ordinary term. */
export const conceptGroup = (term: string): number | undefined =>
  isConceptTerm(term) ? Number(term.slice(PREFIX.length)) : undefined;

/**
 * The `extraTerms` option that adds `lexicon`'s concepts to a similarity index and its queries. A concept is
 * weighed by TF-IDF like any term, so a rare shared concept counts like a rare shared word (weighing it more
 * made the labelled complaints rank worse). `fold` must be the one the lexicon was compiled with; texts
 * arrive already normalised by the index.
 *
 * `inLibrary`: whether some document has a group's concept. A query's word of a group no document has still
 * weighs what its pairs would: its concept meets nothing, and a complaint about something no case covers keeps
 * all its own words unexplained instead of shrinking them to one term. It gains a stand-in term for each pair
 * past the first (`isStandIn`), which no document has, so it meets no case's words by accident either. The
 * finder, which knows the postings it loaded, passes it.
 */
export function conceptOptions(
  lexicon: CompiledLexicon,
  fold: (text: string) => string,
  inLibrary: (group: number) => boolean = () => true,
): Required<Pick<QueryTermOptions, 'extraTerms' | 'pairsFrom'>> {
  const own = lexicon.groups.map((group) => new Set(group.words.map(fold)));
  // The concepts a text names in its role, with where; one text is asked for its pairs and then its concepts.
  let last: { text: string; role: string; folded: string; matches: LexiconMatch[] } | undefined;
  const named = (text: string, role: 'document' | 'query') => {
    if (last?.text !== text || last.role !== role) {
      const folded = fold(text);
      last = {
        text,
        role,
        folded,
        matches: lexicon.find(folded).filter((match) => role === 'query' || own[match.group]!.has(match.word)),
      };
    }
    return last;
  };
  return {
    extraTerms: (text, role) =>
      named(text, role).matches.flatMap((match) => {
        const term = conceptTerm(match.group);
        const exact = match.end - match.start === match.word.length;
        if (role === 'document' || inLibrary(match.group) || !own[match.group]!.has(match.word) || !exact)
          return [term];
        return [
          term,
          ...Array.from({ length: match.end - match.start - 2 }, (_, pair) => `${STAND_IN}${match.group}.${pair}`),
        ];
      }),
    // A group word's pairs go: its concept stands for it, so 信用卡 counts once, as 雪糕 ≈ 冻品 does. A narrower
    // word keeps its pairs: a document has no concept for it, only its characters, to meet the same word.
    pairsFrom: (text, role) => {
      const { folded, matches } = named(text, role);
      let result = '';
      let position = 0;
      for (const match of matches) {
        // A word said with characters inserted (`LexiconOptions.gap`) keeps its pairs: the concept is added to the
        // text as said, which stays the customer's own wording.
        if (!own[match.group]!.has(match.word) || match.end - match.start !== match.word.length) continue;
        result += `${folded.slice(position, match.start)}\n`;
        position = match.end;
      }
      return result + folded.slice(position);
    },
  };
}
