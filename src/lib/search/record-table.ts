/**
 * The record table as the browser holds it (kind, facet values, date and standing per indexed page,
 * keyed by Pagefind's fragment id) and the compact files it travels in. Free of the site's configuration and
 * copy, so the search page's script stays small: the labelled facets live in `records.ts`.
 *
 * The records are in Pagefind's page order, the order in which `pagefind.search(null)` lists every page: the
 * browser takes the fragment ids from Pagefind (which has them already) instead of downloading them again (they
 * were half of the file). A checksum of the ids lets the browser confirm the order, and an ids file stands in
 * when it cannot (another shard's bundle, or a Pagefind that lists pages differently).
 *
 * The first results need only kind, standing and date (ranking and order); each facet's values travel in a file
 * of their own, fetched when its group is shown, a filter needs it or the results are sorted by it (severity). Columns
 * are dictionary-coded, so a record costs a
 * few bytes after gzip. Page URLs are not in them (result links come from the fragments); they are written to a
 * separate list that only the benchmark and the tests fetch.
 */
import type { entryKinds } from '../cases/taxonomy.ts';

/** Facets with a column file of their own; `type` follows from the kind column. */
export const storedFacets = ['category', 'failure', 'channel', 'severity', 'status', 'confidence', 'tag'] as const;
export type StoredFacet = (typeof storedFacets)[number];

/** Files written beside the Pagefind index, relative to its folder. */
export const searchFiles = {
  records: 'casebook-records.json',
  /** One facet's values for every record, in the record file's order. */
  facet: (facet: StoredFacet) => `casebook-facets/${facet}.json`,
  /** Fragment ids in the record file's order, for when Pagefind cannot list them (see `unpackRecords`). */
  ids: 'casebook-ids.json',
  /** Page URLs in the record file's order. */
  urls: 'casebook-urls.json',
  /** The whole variant table (the similar-case finder folds texts with it). */
  variants: 'casebook-variants.json',
  variantShard: (shard: number) => `casebook-variants/${shard}.json`,
  /** The first page of the list shown without a query: fragment id → URL, title and the start of the text. */
  browse: 'casebook-browse.json',
  /** The synonym lexicon, words folded (meaning.ts `browserLexicon`): fetched only when literal results are few. */
  lexicon: 'casebook-lexicon.json',
  /** The entries containing each lexicon word, a file per bucket of groups (concept-postings.ts). */
  concepts: (bucket: number) => `casebook-concepts/${bucket}.json`,
};

/** Facet ids of the search page, in display order; they match the browse pages and the URL (`?channel=phone`). */
export const searchFacetIds = [
  'type',
  'category',
  'failure',
  'channel',
  'severity',
  'status',
  'confidence',
  'tag',
  'year',
] as const;

export type SearchFacetId = (typeof searchFacetIds)[number];

/**
 * Facets a result shows as badges (cases): their values travel in the result's fragment, so the first results need no
 * facet file.
 */
export const resultCardFacets = [
  'severity',
  'channel',
  'failure',
  'status',
] as const satisfies readonly SearchFacetId[];
export type EntryKind = keyof typeof entryKinds;
export type Standing = 'typical' | 'validated' | 'draft' | 'archived' | 'other';

export interface SearchRecord {
  kind: EntryKind;
  /** `YYYY-MM-DD`: occurred, published or daily date; empty for entries without one. */
  date: string;
  standing: Standing;
  /**
   * `type` is always `[kind]`; `severity` is `['1']`…`['4']` for cases. In the browser a stored facet is absent
   * until its column is loaded (`applyFacet`).
   */
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
export const standingBoost: Record<Standing, number> = {
  typical: 1.4,
  validated: 1.2,
  other: 1.1,
  draft: 1,
  archived: 0.5,
};

const standings = Object.keys(standingBoost) as Standing[];
const DAY_MS = 86_400_000;

/** The record file (`casebook-records.json`): what the first results need. */
export interface PackedRecords {
  /** Format version: a reader refuses any other. */
  version: 2;
  /** Number of records: the pages of the Pagefind index. */
  count: number;
  /** `idsChecksum` of the fragment ids in the records' order. */
  check: string;
  kinds: EntryKind[];
  /** One character per record: its index in `kinds`. */
  kind: string;
  /** One digit per record: its index in `standingBoost`'s keys. */
  standing: string;
  /**
   * Per record, space-separated, base 36: the first dated record's days since 1970, then each dated record's
   * difference from the previous dated one (Pagefind's order follows rendering, which is nearly by date, so
   * they are small); empty for a record without a date.
   */
  days: string;
}

/** A facet's file (`casebook-facets/<facet>.json`). */
export interface PackedFacet {
  version: 2;
  /** The record file's `check`: the column belongs to that table. */
  check: string;
  values: string[];
  /**
   * `single` when no record holds more than one value and there are at most 36: then one character per record,
   * its value's index in base 36 or `-` for none. Otherwise per record the indices of its values (base 36,
   * `.`-joined), records space-separated.
   */
  single: boolean;
  rows: string;
}

/** The ids file (`casebook-ids.json`): the fragment ids in the records' order, without the prefix they share. */
export interface PackedIds {
  /** Pagefind's language prefix (`zh-cn_`). */
  prefix: string;
  /** The ids without it, space-separated. */
  ids: string;
}

export function packIds(ids: readonly string[]): PackedIds {
  let prefix = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return { prefix, ids: ids.map((id) => id.slice(prefix.length)).join(' ') };
}

export const unpackIds = ({ prefix, ids }: PackedIds): string[] =>
  ids === '' ? [] : ids.split(' ').map((id) => prefix + id);

/** FNV-1a (32 bits) of the ids joined by spaces, in hex: cheap to compute over 10,000 ids in the browser. */
export function idsChecksum(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = ids.join(' ');
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Packs the records, given in Pagefind's page order (the order `pagefind.search(null)` lists them), into the
 * record file and one file per stored facet; returns the ids and URLs in the same order too.
 * Throws if a record does not follow the rules the reader relies on, rather than ship a table that decodes wrong.
 */
export function packRecords(entries: readonly (readonly [id: string, record: IndexedRecord])[]): {
  packed: PackedRecords;
  facets: Record<StoredFacet, PackedFacet>;
  ids: string[];
  urls: string[];
} {
  const ids = entries.map(([id]) => id);
  const check = idsChecksum(ids);
  const kinds = [...new Set(entries.map(([, record]) => record.kind))];
  const facets = {} as Record<StoredFacet, PackedFacet>;
  for (const facet of storedFacets) {
    const values = [...new Set(entries.flatMap(([, record]) => record.facets[facet] ?? []))];
    const codes = new Map(values.map((value, index) => [value, index.toString(36)]));
    const rows = entries.map(([, record]) => (record.facets[facet] ?? []).map((value) => codes.get(value)!));
    // Most facets hold one value per record: a character each, without separators, is a fifth smaller after gzip.
    const single = values.length <= 36 && rows.every((row) => row.length <= 1);
    facets[facet] = {
      version: 2,
      check,
      values,
      single,
      rows: single ? rows.map((row) => row[0] ?? '-').join('') : rows.map((row) => row.join('.')).join(' '),
    };
  }
  const days: string[] = [];
  let previous: number | undefined;
  for (const [id, record] of entries) {
    if (JSON.stringify(record.facets.type) !== JSON.stringify([record.kind]))
      throw new Error(`搜索记录 ${record.url}（${id}）的 type 分面与类型不一致`);
    if (record.date === '') {
      days.push('');
      continue;
    }
    const day = Date.parse(`${record.date}T00:00:00Z`) / DAY_MS;
    if (!Number.isInteger(day)) throw new Error(`搜索记录 ${record.url} 的日期无效：${record.date}`);
    days.push((previous === undefined ? day : day - previous).toString(36));
    previous = day;
  }
  const packed: PackedRecords = {
    version: 2,
    count: entries.length,
    check,
    kinds,
    kind: entries.map(([, record]) => kinds.indexOf(record.kind)).join(''),
    standing: entries.map(([, record]) => standings.indexOf(record.standing)).join(''),
    days: days.join(' '),
  };
  return { packed, facets, ids, urls: entries.map(([, record]) => record.url) };
}

/**
 * The `year` facet of a record dated `date` (none without a date): taken from the date, so it needs no column of its
 * own, and a year filter can choose the shards of a sharded library before any of them is loaded.
 */
export function yearFacet(date: string): { year?: string[] } {
  return date ? { year: [date.slice(0, 4)] } : {};
}

/**
 * The records back from their file, keyed by `ids` (the fragment ids in the records' order). Throws when the ids
 * are not the ones the table was written for: the caller then fetches the ids file instead.
 */
export function unpackRecords(packed: PackedRecords, ids: readonly string[]): RecordTable {
  if (packed.version !== 2) throw new Error(`unsupported record table version ${String(packed.version)}`);
  if (ids.length !== packed.count || idsChecksum(ids) !== packed.check)
    throw new Error('record table and page ids do not match');
  const days = packed.days.split(' ');
  const records: RecordTable['records'] = {};
  let day: number | undefined;
  ids.forEach((id, index) => {
    const kind = packed.kinds[Number(packed.kind[index])]!;
    let date = '';
    if (days[index]) {
      day = day === undefined ? parseInt(days[index], 36) : day + parseInt(days[index], 36);
      date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    }
    records[id] = {
      kind,
      date,
      standing: standings[Number(packed.standing[index])]!,
      facets: { type: [kind], ...yearFacet(date) },
    };
  });
  return { records };
}

/**
 * Adds a stored facet's values to the records (given in the table's order); a record's `facets` object is updated in
 * place.
 */
export function applyFacet(
  records: readonly SearchRecord[],
  facet: StoredFacet,
  packed: PackedFacet,
  check: string,
): void {
  if (packed.version !== 2 || packed.check !== check)
    throw new Error(`facet ${facet} does not belong to this record table`);
  const rows = packed.single ? [...packed.rows].map((code) => (code === '-' ? '' : code)) : packed.rows.split(' ');
  if (rows.length !== records.length)
    throw new Error(`facet ${facet} has ${rows.length} rows for ${records.length} records`);
  records.forEach((record, index) => {
    const row = rows[index]!;
    if (row !== '') record.facets[facet] = row.split('.').map((code) => packed.values[parseInt(code, 36)]!);
  });
}
