/**
 * The record table as the browser holds it (kind, facet values, date, severity and standing per indexed page,
 * keyed by Pagefind's fragment id) and the compact file it travels in. Free of the site's configuration and
 * copy, so the search page's script stays small: the labelled facets live in `records.ts`.
 *
 * The file is columnar and dictionary-coded: every record costs a handful of bytes after gzip instead of a
 * hundred. Page URLs are not in it (result links come from the fragments); they are written to a separate
 * list that only the benchmark and the tests fetch.
 */
import type { entryKinds } from '../taxonomy.ts';

/** Files written beside the Pagefind index, relative to its folder. */
export const searchFiles = {
  records: 'casebook-records.json',
  /** Page URLs in the order of the record file's ids. */
  urls: 'casebook-urls.json',
  /** The whole variant table (the similar-case finder folds texts with it). */
  variants: 'casebook-variants.json',
  variantShard: (shard: number) => `casebook-variants/${shard}.json`,
  /** The first page of the list shown without a query: fragment id → URL, title and the start of the text. */
  browse: 'casebook-browse.json',
};

/** Facet ids of the search page, in display order; they match the browse pages and the URL (`?channel=phone`). */
export const searchFacetIds = ['type', 'category', 'failure', 'channel', 'severity', 'status', 'confidence', 'tag'] as const;

export type SearchFacetId = (typeof searchFacetIds)[number];
export type EntryKind = keyof typeof entryKinds;
export type Standing = 'typical' | 'validated' | 'draft' | 'archived' | 'other';

export interface SearchRecord {
  kind: EntryKind;
  /** `YYYY-MM-DD`: occurred, published or daily date; empty for entries without one. */
  date: string;
  /** 1-4 for cases, 0 otherwise. */
  severity: number;
  standing: Standing;
  /** `type` is always `[kind]`; `severity` is `[String(severity)]` for cases and absent otherwise. */
  facets: Partial<Record<SearchFacetId, string[]>>;
  /** Label of the shard the entry comes from, set in the browser for entries of another shard (see shards.ts). */
  shard?: string;
}

/** A record as the build knows it: with the URL of its page. */
export interface IndexedRecord extends SearchRecord {
  url: string;
}

/** What the engine works with: records keyed by Pagefind's fragment id. */
export interface RecordTable {
  records: Record<string, SearchRecord>;
}

/** Ranking multipliers: typical and validated cases above drafts; archived ones are also placed last. */
export const standingBoost: Record<Standing, number> = { typical: 1.4, validated: 1.2, other: 1.1, draft: 1, archived: 0.5 };

const standings = Object.keys(standingBoost) as Standing[];
/** Facets stored as columns; `type` and `severity` follow from the kind and severity columns. */
const storedFacets = searchFacetIds.filter((id) => id !== 'type' && id !== 'severity');
const DAY_MS = 86_400_000;

/** The shipped file (`casebook-records.json`). */
export interface PackedRecords {
  /** Format version: a reader refuses any other. */
  version: 1;
  /** Prefix shared by every fragment id (Pagefind's language, `zh-cn_`). */
  idPrefix: string;
  /** Fragment ids without the prefix, space-separated, newest record first. */
  ids: string;
  kinds: EntryKind[];
  /** One character per record: its index in `kinds`. */
  kind: string;
  /** One digit per record. */
  severity: string;
  /** One digit per record: its index in `standingBoost`'s keys. */
  standing: string;
  /** Days since 1970 of the first record, then days back from the previous record; undated records come last. */
  days: number[];
  /** Per facet: its values, and per record the indices of its values (base 36, `.`-joined), records space-separated. */
  facets: Record<string, { values: string[]; rows: string }>;
}

function commonPrefix(ids: readonly string[]): string {
  let prefix = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Packs the records (keyed by fragment id) newest first; returns the file and the URLs in the same order.
 * Throws if a record does not follow the rules the reader relies on, rather than ship a table that decodes wrong.
 */
export function packRecords(entries: readonly (readonly [id: string, record: IndexedRecord])[]): { packed: PackedRecords; urls: string[] } {
  const sorted = [...entries].sort(([, a], [, b]) => Number(a.date === '') - Number(b.date === '') || b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
  const prefix = commonPrefix(sorted.map(([id]) => id));
  const kinds = [...new Set(sorted.map(([, record]) => record.kind))];
  const facets: PackedRecords['facets'] = {};
  for (const facet of storedFacets) {
    const values = [...new Set(sorted.flatMap(([, record]) => record.facets[facet] ?? []))];
    const codes = new Map(values.map((value, index) => [value, index.toString(36)]));
    facets[facet] = { values, rows: sorted.map(([, record]) => (record.facets[facet] ?? []).map((value) => codes.get(value)).join('.')).join(' ') };
  }
  const days: number[] = [];
  let previous: number | undefined;
  for (const [id, record] of sorted) {
    const expectedSeverity = record.severity > 0 ? [String(record.severity)] : undefined;
    if (JSON.stringify(record.facets.type) !== JSON.stringify([record.kind]) || JSON.stringify(record.facets.severity) !== JSON.stringify(expectedSeverity)) {
      throw new Error(`搜索记录 ${record.url}（${id}）的 type/severity 分面与类型、严重程度不一致`);
    }
    if (!Number.isInteger(record.severity) || record.severity < 0 || record.severity > 9) throw new Error(`搜索记录 ${record.url} 的严重程度无效：${record.severity}`);
    if (record.date === '') continue;
    const day = Date.parse(`${record.date}T00:00:00Z`) / DAY_MS;
    if (!Number.isInteger(day)) throw new Error(`搜索记录 ${record.url} 的日期无效：${record.date}`);
    days.push(previous === undefined ? day : previous - day);
    previous = day;
  }
  const packed: PackedRecords = {
    version: 1,
    idPrefix: prefix,
    ids: sorted.map(([id]) => id.slice(prefix.length)).join(' '),
    kinds,
    kind: sorted.map(([, record]) => kinds.indexOf(record.kind)).join(''),
    severity: sorted.map(([, record]) => record.severity).join(''),
    standing: sorted.map(([, record]) => standings.indexOf(record.standing)).join(''),
    days,
    facets,
  };
  return { packed, urls: sorted.map(([, record]) => record.url) };
}

/** The record table back from its file, and the ids in file order (the URL list written beside it has the same order). */
export function unpackRecords(packed: PackedRecords): { table: RecordTable; ids: string[] } {
  if (packed.version !== 1) throw new Error(`unsupported record table version ${String(packed.version)}`);
  const ids = packed.ids === '' ? [] : packed.ids.split(' ').map((id) => packed.idPrefix + id);
  const rows = Object.fromEntries(
    Object.entries(packed.facets).map(([facet, { values, rows }]) => [facet, rows.split(' ').map((row) => (row === '' ? [] : row.split('.').map((code) => values[parseInt(code, 36)]!)))]),
  );
  const records: RecordTable['records'] = {};
  let day = 0;
  ids.forEach((id, index) => {
    const kind = packed.kinds[Number(packed.kind[index])]!;
    const severity = Number(packed.severity[index]);
    let date = '';
    if (index < packed.days.length) {
      day = index === 0 ? packed.days[0]! : day - packed.days[index]!;
      date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    }
    const facets: SearchRecord['facets'] = {};
    for (const facet of searchFacetIds) {
      const values = facet === 'type' ? [kind] : facet === 'severity' ? (severity > 0 ? [String(severity)] : []) : rows[facet]![index]!;
      if (values.length) facets[facet] = values;
    }
    records[id] = { kind, date, severity, standing: standings[Number(packed.standing[index])]!, facets };
  });
  return { table: { records }, ids };
}
