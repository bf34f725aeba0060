/**
 * The hand-labelled sets that measure finding by meaning: natural agent queries, complaints told in other words,
 * and complaints no case covers. Their worth is in the labels, so this checks what would make a measurement lie:
 * links to entries that do not exist, repeated items, wrong kinds, customer data, and cases no set ever asks for.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { findPii } from '../../src/lib/text/pii.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { readLibrary } from '../../src/library/read.ts';
import { projectRoot } from '../helpers/paths.ts';

interface NaturalQuery {
  query: string;
  kind: string;
  relevant: string[];
}
interface DifferentWords {
  complaint: string;
  cases: string[];
  kind: string;
}
interface NoCloseCase {
  complaint: string;
  kind: string;
  note: string;
}

const load = <T>(file: string) => JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8')) as T[];
const queries = load<NaturalQuery>('tests/search/natural-queries.json');
// The fresh sets are held out whole (written before a round of tuning) and obey the same rules.
const differentWords = [
  ...load<DifferentWords>('tests/similar/different-words.json'),
  ...load<DifferentWords>('tests/similar/fresh-different-words.json'),
  ...load<DifferentWords>('tests/similar/fresh2-different-words.json'),
  ...load<DifferentWords>('tests/similar/fresh3-different-words.json'),
];
const noCloseCase = [
  ...load<NoCloseCase>('tests/similar/no-close-case.json'),
  ...load<NoCloseCase>('tests/similar/fresh-no-close-case.json'),
  ...load<NoCloseCase>('tests/similar/fresh2-no-close-case.json'),
  ...load<NoCloseCase>('tests/similar/fresh3-no-close-case.json'),
];
const paraphrases = load<{ complaint: string }>('tests/similar/paraphrases.json');

const library = readLibrary(path.join(projectRoot, 'content'));
const caseUrls = new Set(library.cases.map(({ file }) => paths.case(file.id)));
const entryUrls = new Set([
  ...caseUrls,
  ...library.practices.map(({ file }) => paths.practice(file.id)),
  ...library.scripts.map(({ file }) => paths.script(file.id)),
]);
const customerWords = library.cases.flatMap(({ data }) => data.customerWords);

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
/** Written in Traditional characters: folding to Simplified changes it. */
const isTraditional = (text: string) => toSimplified(text) !== text;
const duplicates = (items: string[]) => items.filter((item, index) => items.indexOf(item) !== index);
const complaints = [...differentWords, ...noCloseCase].map(({ complaint }) => complaint);

describe('natural agent queries (tests/search/natural-queries.json)', () => {
  it('has at least 110 queries of the six kinds, none repeated', () => {
    expect(queries.length).toBeGreaterThanOrEqual(110);
    for (const { query, kind } of queries)
      expect(['phrase', 'question', 'keywords', 'traditional', 'colloquial', 'jargon'], query).toContain(kind);
    expect(duplicates(queries.map(({ query }) => query.trim()))).toEqual([]);
  });

  it('labels only pages of cases, practices and scripts that exist, each once per query', () => {
    for (const { query, relevant } of queries) {
      expect(
        relevant.filter((url) => !entryUrls.has(url)),
        query,
      ).toEqual([]);
      expect(duplicates(relevant), query).toEqual([]);
    }
  });

  it('expects an answer for most queries and keeps a handful the library cannot answer', () => {
    const unanswerable = queries.filter(({ relevant }) => relevant.length === 0).length;
    expect(unanswerable).toBeGreaterThanOrEqual(5);
    expect(unanswerable / queries.length).toBeLessThan(0.1);
  });

  it('writes the Traditional queries in Traditional characters, about one in seven', () => {
    const traditional = queries.filter(({ kind }) => kind === 'traditional');
    for (const { query } of traditional) expect(isTraditional(query), query).toBe(true);
    expect(traditional.length / queries.length).toBeGreaterThanOrEqual(0.12);
  });
});

describe('complaints in other words (tests/similar/different-words.json and the fresh sets)', () => {
  it('has at least 65 complaints of the five kinds, each pointing at one to three existing cases', () => {
    expect(differentWords.length).toBeGreaterThanOrEqual(65);
    for (const { complaint, cases, kind } of differentWords) {
      expect(['other-details', 'synonyms', 'traditional', 'typo', 'emotional'], complaint).toContain(kind);
      expect(cases.length, complaint).toBeGreaterThanOrEqual(1);
      expect(cases.length, complaint).toBeLessThanOrEqual(3);
      expect(
        cases.filter((url) => !caseUrls.has(url)),
        complaint,
      ).toEqual([]);
      expect(duplicates(cases), complaint).toEqual([]);
    }
  });

  it('does not reuse the cases’ own customer words or the paraphrase set', () => {
    const paraphrased = new Set(paraphrases.map(({ complaint }) => complaint));
    for (const { complaint } of differentWords) {
      expect(paraphrased.has(complaint), complaint).toBe(false);
      expect(
        customerWords.filter((words) => complaint.includes(words)),
        complaint,
      ).toEqual([]);
    }
  });

  it('writes the Traditional complaints in Traditional characters', () => {
    for (const { complaint, kind } of differentWords)
      if (kind === 'traditional') expect(isTraditional(complaint), complaint).toBe(true);
  });
});

describe('complaints no case covers (tests/similar/no-close-case.json and the fresh sets)', () => {
  it('has at least 100 complaints of the three kinds, each with the reason no case fits', () => {
    expect(noCloseCase.length).toBeGreaterThanOrEqual(100);
    for (const { complaint, kind, note } of noCloseCase) {
      expect(['other-industry', 'same-words-other-problem', 'generic'], complaint).toContain(kind);
      expect(note.length, complaint).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('all labelled complaints', () => {
  // A chat message can be this short; anything under 15 characters is a search query rather than a complaint.
  it('are as long as what customers send or paste (15 to 150 characters) and never repeated', () => {
    for (const complaint of complaints) {
      expect([...complaint].length, complaint).toBeGreaterThanOrEqual(15);
      expect([...complaint].length, complaint).toBeLessThanOrEqual(150);
    }
    expect(duplicates(complaints)).toEqual([]);
  });

  it('carry no customer data: no phone, card or ID numbers, no e-mail addresses', () => {
    for (const text of [...complaints, ...queries.map(({ query }) => query)]) expect(findPii(text), text).toEqual([]);
  });
});

describe('coverage of the library', () => {
  it('asks for every case in some positive set', () => {
    const asked = new Set([
      ...queries.flatMap(({ relevant }) => relevant),
      ...differentWords.flatMap(({ cases }) => cases),
    ]);
    expect([...caseUrls].filter((url) => !asked.has(url))).toEqual([]);
  });

  it('describes every case in at least one complaint told in other words', () => {
    const described = new Set(differentWords.flatMap(({ cases }) => cases));
    expect([...caseUrls].filter((url) => !described.has(url))).toEqual([]);
  });
});
