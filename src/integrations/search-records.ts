/**
 * The search records of a build: what the index holds of each entry (kind, facets, date, standing) and its page's
 * URL as served. Read from the content files by the index's thread (search-index-worker.ts) while Vite bundles.
 */
import type { EntryKind, IndexedRecord } from '../lib/search/record-table.ts';
import { caseRecord, otherRecord } from '../lib/search/records.ts';
import { INDEX_KINDS_ENV, indexedKinds } from '../lib/search/shard-config.ts';
import { entryKinds } from '../lib/cases/taxonomy.ts';
import { paths } from '../lib/site/urls.ts';
import { tagSpelling } from '../lib/text/tags.ts';
import { createTextFold } from '../lib/text/text-fold.ts';
import { readLibrary } from '../library/read.ts';

/** Records of the kinds this build indexes, their URLs under the site's `base` (a shard is served below a path). */
export function searchRecords(base: string): IndexedRecord[] {
  const library = readLibrary();
  const kinds = indexedKinds(Object.keys(entryKinds) as EntryKind[], process.env[INDEX_KINDS_ENV]);
  // One filter value per tag across scripts (换房/換房), under the spelling the tag pages use (data/library.ts).
  const { shown } = tagSpelling(
    [...library.cases, ...library.practices, ...library.scripts].map(({ data }) => data.tags),
    createTextFold(),
  );
  const shownTags = (tags: readonly string[]) => [...new Set(tags.map(shown))];
  const records: IndexedRecord[] = [
    ...library.cases.map(({ file, data }) => caseRecord(paths.case(file.id), { ...data, tags: shownTags(data.tags) })),
    ...library.daily.map(({ file }) => otherRecord(paths.dailyEntry(file.id), 'daily', file.id)),
    ...library.practices.map(({ file, data }) =>
      otherRecord(paths.practice(file.id), 'practice', data.publishedOn, { tag: shownTags(data.tags) }),
    ),
    ...library.scripts.map(({ file, data }) =>
      otherRecord(paths.script(file.id), 'script', '', {
        category: data.category,
        channel: data.channels,
        tag: shownTags(data.tags),
      }),
    ),
  ];
  // Outside Vite `paths` know no base: prefix it here, so links in results and the record table are as served.
  return records
    .filter((record) => kinds.has(record.kind))
    .map((record) => ({ ...record, url: withBase(base, record.url) }));
}

/** `url` under the site's `base` path. */
export function withBase(base: string, url: string): string {
  const prefix = base.replace(/\/?$/, '/');
  return url.startsWith(prefix) ? url : `${prefix}${url.replace(/^\//, '')}`;
}
