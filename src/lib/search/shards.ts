/**
 * Sharded libraries searched as one. A library too large for one build is split (by team or year) into shards
 * built separately, each with its own Pagefind bundle, record table and variant table; a site's search page
 * merges the other shards' bundles with Pagefind's `mergeIndex` and their tables with the functions below,
 * so literal recall, facets, counts and result links cover every shard. Browser code: no schema library here
 * (declaring shards is in shard-config.ts).
 */
import type { Hit } from './engine.ts';
import { caseNumberYear, normalizeQuery, queryParts } from './query.ts';
import type { RecordTable } from './record-table.ts';
import type { VariantTable } from './script-variants.ts';
import type { SearchState } from './state.ts';

export interface SearchShard {
  /** Shown on results from that shard, e.g. 「2025 年」 or a team's name. */
  label: string;
  /** URL path (or address, with CORS) of the shard's Pagefind folder, ending in `/`: e.g. `/2025/pagefind/`. */
  bundleUrl: string;
  /**
   * The years whose cases (by date of occurrence) the shard holds, when the library is split by year: a query for a
   * case number, or a year filter, then loads only the shards of its years.
   */
  years?: string[];
}

/**
 * One record table for all shards: Pagefind's fragment ids are content hashes, so they do not collide. Each
 * record keeps its shard's `facets` object, so facet values loaded into a shard's table later show here too.
 */
export function mergeRecordTables(
  home: RecordTable,
  others: readonly { shard: SearchShard; table: RecordTable }[],
): RecordTable {
  const records = { ...home.records };
  for (const { shard, table } of others) {
    for (const [id, record] of Object.entries(table.records)) records[id] = { ...record, shard: shard.label };
  }
  return { records };
}

/**
 * One variant table for all shards: folds agree (the same OpenCC rule built every table); each group gets
 * every shard's characters, so a query finds the forms any shard holds.
 */
export function mergeVariantTables(tables: readonly VariantTable[]): VariantTable {
  const merged: VariantTable = { fold: {}, groups: {} };
  for (const table of tables) {
    Object.assign(merged.fold, table.fold);
    for (const [folded, characters] of Object.entries(table.groups)) {
      merged.groups[folded] = [...new Set([...(merged.groups[folded] ?? ''), ...characters])].join('');
    }
  }
  return merged;
}

/**
 * The other shards a search needs, of those declared: a case number is held by the shard of its year (the year
 * in the number is the year the case occurred, the key a library is split by), a year filter by the shards of those
 * years; anything else may be in any shard. Without declared years (a library split by team) every shard is needed.
 * The page's own bundle is always searched, so a year no other shard declares needs none of them.
 */
export function shardsFor(state: SearchState, shards: readonly SearchShard[]): SearchShard[] {
  if (!shards.every((shard) => shard.years)) return [...shards];
  const numbered = queryParts(normalizeQuery(state.query)).map(caseNumberYear);
  // Every part must be in the same entry, so one case number decides; two of different years find nothing anywhere.
  const years = numbered.find((year) => year !== undefined);
  const wanted = years !== undefined ? [years] : state.filters.year;
  if (!wanted?.length) return [...shards];
  return shards.filter((shard) => shard.years!.some((year) => wanted.includes(year)));
}

/** The page's own shard first, then the others, each in the engine's order (the order stays stable). */
export function homeFirst(hits: readonly Hit[]): Hit[] {
  return [...hits.filter((hit) => hit.record.shard === undefined), ...hits.filter((hit) => hit.record.shard)];
}

/**
 * The hits of a search once more shards are merged: those already on screen keep their places, in the same order,
 * and the others follow in the engine's order. The page's own results thus come first and older years stream in
 * below them, without moving what an agent is reading.
 */
export function streamOrder(before: readonly Hit[], hits: readonly Hit[]): Hit[] {
  const byId = new Map(hits.map((hit) => [hit.id, hit]));
  const kept = before.flatMap((hit) => byId.get(hit.id) ?? []);
  const keptIds = new Set(kept.map((hit) => hit.id));
  return [...kept, ...hits.filter((hit) => !keptIds.has(hit.id))];
}
