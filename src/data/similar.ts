/** Similar cases for the case pages, and the finder's files, computed once per build. */
import { config } from '../config.ts';
import { builtSimilarity } from './built-similarity.ts';
import { entryLinks, libraryWideSimilarity } from './library-wide.ts';
import type { SerializedLexicon } from '../lib/lexicon/index.ts';
import { librarySimilarity, type LibrarySimilarity } from '../lib/similar/build.ts';
import {
  citedByFailureType,
  encodeFinderIndex,
  type FinderChunk,
  type FinderHelp,
  type FinderMeta,
  type FinderShard,
} from '../lib/similar/finder-index.ts';
import { failureTypes, labelOf } from '../lib/cases/taxonomy.ts';
import { paths } from '../lib/site/urls.ts';
import { readLexicon } from '../library/read.ts';
import { getLookups } from './library.ts';

interface FinderFiles {
  meta: FinderMeta;
  shards: FinderShard[];
  chunks: FinderChunk[];
  lexicon: SerializedLexicon;
  help: Record<string, FinderHelp>;
}

let similarity: Promise<LibrarySimilarity> | undefined;
let finder: Promise<FinderFiles> | undefined;

/**
 * The library-wide input's, in a shard of a sharded library; else computed beside the build when it can be
 * (see src/integrations/case-similarity.ts), otherwise here.
 */
export function getCaseSimilarity(): Promise<LibrarySimilarity> {
  similarity ??= (async () =>
    libraryWideSimilarity() ??
    (await builtSimilarity()) ??
    librarySimilarity([...(await getLookups()).cases.values()], config.categories, readLexicon()))();
  return similarity;
}

/** The finder's files (see `src/lib/similar/finder-index.ts`). */
export function getFinderIndex(): Promise<FinderFiles> {
  finder ??= Promise.all([getCaseSimilarity(), getLookups()]).then(
    ([{ index, words, lexicon }, { cases, practices, scripts }]) => {
      const listed = index.ids.map((id) => {
        const { data } = cases.get(id)!;
        return {
          url: entryLinks().case(id),
          caseNumber: data.caseNumber,
          title: data.title,
          category: labelOf(config.categories, data.category),
          failure: labelOf(failureTypes, data.failureType.subtype),
          failureType: data.failureType.subtype,
          archived: data.confidence === 'archived',
          words: words.get(id) ?? [],
        };
      });
      const cited = citedByFailureType(
        [...cases.values()].map(({ data }) => ({
          failureType: data.failureType.subtype,
          practices: data.practices,
          scripts: data.scripts,
        })),
      );
      const help = Object.fromEntries(
        [...cited].map(([subtype, ids]) => [
          subtype,
          {
            label: labelOf(failureTypes, subtype),
            browse: paths.browse('failure-type', subtype),
            practices: ids.practices.flatMap((id) =>
              practices.has(id) ? [{ title: practices.get(id)!.data.title, url: paths.practice(id) }] : [],
            ),
            scripts: ids.scripts.flatMap((id) =>
              scripts.has(id) ? [{ title: scripts.get(id)!.data.title, url: paths.script(id) }] : [],
            ),
          },
        ]),
      );
      return { ...encodeFinderIndex(index, listed), lexicon, help };
    },
  );
  return finder;
}
