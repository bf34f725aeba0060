/** Similar cases for the case pages, and the finder's files, computed once per build. */
import { config } from '../config.ts';
import { encodeFinderIndex, type FinderChunk, type FinderMeta, type FinderShard } from '../lib/finder-index.ts';
import { buildCaseSimilarity, type CaseSimilarity } from '../lib/similar-build.ts';
import { failureTypes, labelOf } from '../lib/taxonomy.ts';
import { paths } from '../lib/urls.ts';
import { getLookups } from './library.ts';

let similarity: Promise<CaseSimilarity> | undefined;
let finder: Promise<{ meta: FinderMeta; shards: FinderShard[]; chunks: FinderChunk[] }> | undefined;

export function getCaseSimilarity(): Promise<CaseSimilarity> {
  // Five to show, plus as many as a case may list as related (those are not repeated).
  similarity ??= getLookups().then(({ cases }) => buildCaseSimilarity([...cases.values()], config.categories, 5 + 10));
  return similarity;
}

/** The finder's files: counts, term shards and case chunks (see `src/lib/finder-index.ts`). */
export function getFinderIndex(): Promise<{ meta: FinderMeta; shards: FinderShard[]; chunks: FinderChunk[] }> {
  finder ??= Promise.all([getCaseSimilarity(), getLookups()]).then(([{ index }, { cases }]) => {
    const serialized = index.serialize();
    const listed = serialized.ids.map((id) => {
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
    return encodeFinderIndex(serialized, listed);
  });
  return finder;
}
