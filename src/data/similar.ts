/** Similar cases for the case pages, and the finder's files, computed once per build. */
import { config } from '../config.ts';
import { encodeFinderIndex, type FinderChunk, type FinderMeta, type FinderShard } from '../lib/similar/finder-index.ts';
import { librarySimilarity, type LibrarySimilarity } from '../lib/similar/build.ts';
import { builtSimilarity } from '../integrations/built-similarity.ts';
import { failureTypes, labelOf } from '../lib/taxonomy.ts';
import { paths } from '../lib/urls.ts';
import { getLookups } from './library.ts';

let similarity: Promise<LibrarySimilarity> | undefined;
let finder: Promise<{ meta: FinderMeta; shards: FinderShard[]; chunks: FinderChunk[] }> | undefined;

/** Computed beside the build when it can be (see src/integrations/case-similarity.ts), otherwise here. */
export function getCaseSimilarity(): Promise<LibrarySimilarity> {
  similarity ??= (async () => (await builtSimilarity()) ?? librarySimilarity([...(await getLookups()).cases.values()], config.categories))();
  return similarity;
}

/** The finder's files: counts, term shards and case chunks (see `src/lib/similar/finder-index.ts`). */
export function getFinderIndex(): Promise<{ meta: FinderMeta; shards: FinderShard[]; chunks: FinderChunk[] }> {
  finder ??= Promise.all([getCaseSimilarity(), getLookups()]).then(([{ index }, { cases }]) => {
    const listed = index.ids.map((id) => {
      const { data } = cases.get(id)!;
      return {
        url: paths.case(id),
        caseNumber: data.caseNumber,
        title: data.title,
        category: labelOf(config.categories, data.category),
        failure: labelOf(failureTypes, data.failureType.subtype),
        archived: data.confidence === 'archived',
      };
    });
    return encodeFinderIndex(index, listed);
  });
  return finder;
}
