/**
 * What the browser knows about every indexed page besides its text: kind, facet values (severity among them), date and
 * standing (typical / validated / draft / archived). Built at build time from the validated content and
 * written next to the Pagefind index (compactly, see `record-table.ts`), so facet counts, filters and sorting
 * need no page fragments. Build-side only: the search page's script imports `record-table.ts`, not this.
 */
import { ui } from '../../i18n/ui.ts';
import { yearFacet, type EntryKind, type IndexedRecord, type Standing } from './record-table.ts';
import {
  caseStatuses,
  channels,
  confidenceLevels,
  entryKinds,
  failureGroups,
  severities,
  type Vocabulary,
} from '../cases/taxonomy.ts';

/**
 * Facets of the search page with their labels, in the order of `searchFacetIds` (a unit test keeps them in step);
 * `categories`: the team's case categories (casebook.config.json).
 */
export const searchFacets = (categories: Vocabulary) =>
  [
    { id: 'type', label: ui.facets.type, vocabulary: entryKinds },
    { id: 'category', label: ui.facets.category, vocabulary: categories },
    { id: 'failure', label: ui.facets.failureGroup, vocabulary: failureGroups },
    { id: 'channel', label: ui.facets.channel, vocabulary: channels },
    { id: 'severity', label: ui.facets.severity, vocabulary: severities },
    { id: 'status', label: ui.facets.status, vocabulary: caseStatuses },
    { id: 'confidence', label: ui.facets.confidence, vocabulary: confidenceLevels },
    { id: 'tag', label: ui.facets.tag, vocabulary: undefined },
    { id: 'year', label: ui.facets.year, vocabulary: undefined },
  ] as const satisfies readonly { id: string; label: string; vocabulary: Vocabulary | undefined }[];

export type { EntryKind, IndexedRecord, RecordTable, SearchFacetId, SearchRecord, Standing } from './record-table.ts';

interface CaseLike {
  category: string;
  failureType: { group: string };
  channel: string;
  severity: number;
  status: string;
  confidence: string;
  tags: readonly string[];
  typical: boolean;
  occurredOn: string;
}

export function caseRecord(url: string, data: CaseLike): IndexedRecord {
  const standing: Standing =
    data.confidence === 'archived'
      ? 'archived'
      : data.confidence === 'draft'
        ? 'draft'
        : data.typical
          ? 'typical'
          : 'validated';
  return {
    url,
    kind: 'case',
    date: data.occurredOn,
    standing,
    facets: {
      type: ['case'],
      category: [data.category],
      failure: [data.failureType.group],
      channel: [data.channel],
      severity: [String(data.severity)],
      status: [data.status],
      confidence: [data.confidence],
      tag: [...data.tags],
      ...yearFacet(data.occurredOn),
    },
  };
}

export function otherRecord(
  url: string,
  kind: Exclude<EntryKind, 'case'>,
  date: string,
  facets: { category?: string | undefined; channel?: readonly string[]; tag?: readonly string[] } = {},
): IndexedRecord {
  const record: IndexedRecord = { url, kind, date, standing: 'other', facets: { type: [kind], ...yearFacet(date) } };
  if (facets.category) record.facets.category = [facets.category];
  if (facets.channel?.length) record.facets.channel = [...facets.channel];
  if (facets.tag?.length) record.facets.tag = [...facets.tag];
  return record;
}
