/**
 * The meeting point of the case-similarity integration and the pages: like src/integrations/page-indexer.ts, a global
 * symbol, because the integration and the prerender bundle are different module graphs in one process.
 */
import type { LibrarySimilarity } from '../lib/similar/build.ts';

const key = Symbol.for('casebook.case-similarity');
type WithSimilarity = typeof globalThis & { [key]?: Promise<LibrarySimilarity | undefined> | undefined };

/** The similarity being computed beside the build, if any (undefined in `astro dev`, or if it failed). */
export function builtSimilarity(): Promise<LibrarySimilarity | undefined> | undefined {
  return (globalThis as WithSimilarity)[key];
}

export function setBuiltSimilarity(similarity: Promise<LibrarySimilarity | undefined> | undefined): void {
  (globalThis as WithSimilarity)[key] = similarity;
}
