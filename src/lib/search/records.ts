/**
 * What the browser knows about every indexed page besides its text: kind, facet values, date, severity and
 * standing (typical / validated / draft / archived). Built at build time from the validated content and
 * written next to the Pagefind index, so facet counts, filters and sorting need no page fragments.
 */
import { config } from '../../config.ts';
import { ui } from '../../i18n/ui.ts';
import { caseStatuses, channels, confidenceLevels, entryKinds, failureGroups, severities, type Vocabulary } from '../taxonomy.ts';

/** Facets of the search page, in display order; ids match the browse pages and the URL (`?channel=phone`). */
export const searchFacets = [
  { id: 'type', label: ui.facets.type, vocabulary: entryKinds },
  { id: 'category', label: ui.facets.category, vocabulary: config.categories },
  { id: 'failure', label: ui.facets.failureGroup, vocabulary: failureGroups },
  { id: 'channel', label: ui.facets.channel, vocabulary: channels },
  { id: 'severity', label: ui.facets.severity, vocabulary: severities },
  { id: 'status', label: ui.facets.status, vocabulary: caseStatuses },
  { id: 'confidence', label: ui.facets.confidence, vocabulary: confidenceLevels },
  { id: 'tag', label: ui.facets.tag, vocabulary: undefined },
] as const satisfies readonly { id: string; label: string; vocabulary: Vocabulary | undefined }[];

export type SearchFacetId = (typeof searchFacets)[number]['id'];
export type EntryKind = keyof typeof entryKinds;
export type Standing = 'typical' | 'validated' | 'draft' | 'archived' | 'other';

export interface SearchRecord {
  url: string;
  kind: EntryKind;
  /** `YYYY-MM-DD`: occurred, published or daily date. */
  date: string;
  /** 1-4 for cases, 0 otherwise. */
  severity: number;
  standing: Standing;
  facets: Partial<Record<SearchFacetId, string[]>>;
  /** Label of the shard the entry comes from, set in the browser for entries of another shard (see shards.ts). */
  shard?: string;
}

/** The file the browser loads: records keyed by Pagefind's fragment id. */
export interface RecordTable {
  records: Record<string, SearchRecord>;
}

/** Ranking multipliers: typical and validated cases above drafts; archived ones are also placed last. */
export const standingBoost: Record<Standing, number> = { typical: 1.4, validated: 1.2, other: 1.1, draft: 1, archived: 0.5 };

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

export function caseRecord(url: string, data: CaseLike): SearchRecord {
  const standing: Standing = data.confidence === 'archived' ? 'archived' : data.confidence === 'draft' ? 'draft' : data.typical ? 'typical' : 'validated';
  return {
    url,
    kind: 'case',
    date: data.occurredOn,
    severity: data.severity,
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
    },
  };
}

export function otherRecord(
  url: string,
  kind: Exclude<EntryKind, 'case'>,
  date: string,
  facets: { category?: string | undefined; channel?: readonly string[]; tag?: readonly string[] } = {},
): SearchRecord {
  const record: SearchRecord = { url, kind, date, severity: 0, standing: 'other', facets: { type: [kind] } };
  if (facets.category) record.facets.category = [facets.category];
  if (facets.channel?.length) record.facets.channel = [...facets.channel];
  if (facets.tag?.length) record.facets.tag = [...facets.tag];
  return record;
}
