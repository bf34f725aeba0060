/**
 * Sharded libraries searched as one. A library too large for one build is split (by team or year) into shards
 * built separately, each with its own Pagefind bundle, record table and variant table; a site's search page
 * merges the other shards' bundles with Pagefind's `mergeIndex` and their tables with the functions below,
 * so literal recall, facets, counts and result links cover every shard. Browser code: no schema library here
 * (declaring shards is in shard-config.ts).
 */
import type { RecordTable } from './record-table.ts';
import type { VariantTable } from './script-variants.ts';

export interface SearchShard {
  /** Shown on results from that shard, e.g. 「2025 年」 or a team's name. */
  label: string;
  /** URL path (or address, with CORS) of the shard's Pagefind folder, ending in `/`: e.g. `/2025/pagefind/`. */
  bundleUrl: string;
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
