/** Small made-up cases for the similarity and finder unit tests, in the shapes the build hands those modules. */
import type { FinderCase } from '../../src/lib/similar/finder-index.ts';
import type { CaseForSimilarity } from '../../src/lib/similar/cases.ts';

export interface Taxonomy {
  category?: string;
  subtype?: string;
  group?: string;
  tags?: string[];
  confidence?: string;
}

/**
 * A case with one line of customer words; a validated refund case of unreasonable delay unless `taxonomy` says
 * otherwise.
 */
export function kase(id: string, title: string, words: string, taxonomy: Taxonomy = {}): CaseForSimilarity {
  return {
    id,
    data: {
      title,
      summary: '',
      customerWords: [words],
      rootCause: '',
      tags: taxonomy.tags ?? [],
      category: taxonomy.category ?? 'refund',
      failureType: { group: taxonomy.group ?? 'delivery', subtype: taxonomy.subtype ?? 'slow' },
      confidence: taxonomy.confidence ?? 'validated',
    },
  };
}

/** The finder's list entry of each case, at `/cases/<id>/`, with the words and archived flag given. */
export function finderCases(
  cases: readonly CaseForSimilarity[],
  {
    words = () => [],
    archived = () => false,
  }: { words?: (id: string) => string[]; archived?: (id: string) => boolean } = {},
): FinderCase[] {
  return cases.map((entry) => ({
    url: `/cases/${entry.id}/`,
    caseNumber: 'KF-2026-0001',
    title: entry.data.title,
    category: '',
    failure: '',
    failureType: entry.data.failureType.subtype,
    archived: archived(entry.id),
    words: words(entry.id),
  }));
}
