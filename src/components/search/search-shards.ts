/**
 * Merging the other shards of a sharded library into the search page's bundle (docs/scaling.md, "Past one
 * machine"): each shard's Pagefind index through `mergeIndex`, its record and variant tables into one each, and
 * which bundle holds each result's fragment. A shard that cannot be loaded is left out and named, so the page
 * can say its results may be incomplete instead of silently missing entries.
 */
import type { RecordTable } from '../../lib/search/records.ts';
import type { VariantTable } from '../../lib/search/script-variants.ts';
import { mergeRecordTables, mergeVariantTables, type SearchShard } from '../../lib/search/shards.ts';

export interface MergeablePagefind {
  mergeIndex: (bundleUrl: string, options?: Record<string, unknown>) => Promise<void>;
}

export interface MergedShards {
  table: RecordTable;
  variants: VariantTable;
  /** URL of the Pagefind folder holding a result's fragment. */
  bundleOf: (id: string) => string;
  /** Labels of shards that could not be loaded. */
  missing: string[];
}

/** Reads a shard's record and variant tables, shared with the home bundle's loading so both stay in step. */
export type TableLoader = (bundleUrl: string) => Promise<[RecordTable, VariantTable]>;

export async function mergeShards(
  pagefind: MergeablePagefind,
  home: { bundleUrl: string; table: RecordTable; variants: VariantTable },
  shards: readonly SearchShard[],
  loadTables: TableLoader,
  pagefindOptions: Record<string, unknown>,
): Promise<MergedShards> {
  const loaded = await Promise.all(
    shards.map(async (shard) => {
      try {
        // Tables first: a shard whose tables are missing is not merged into Pagefind either.
        const [table, variants] = await loadTables(shard.bundleUrl);
        await pagefind.mergeIndex(shard.bundleUrl, pagefindOptions);
        return { shard, table, variants };
      } catch (error) {
        console.warn(`search shard unavailable: ${shard.bundleUrl}`, error);
        return { shard, table: undefined, variants: undefined };
      }
    }),
  );
  const merged = loaded.filter((item): item is { shard: SearchShard; table: RecordTable; variants: VariantTable } => item.table !== undefined);
  const bundles = new Map<string, string>();
  for (const { shard, table } of merged) for (const id of Object.keys(table.records)) bundles.set(id, shard.bundleUrl);
  return {
    table: mergeRecordTables(home.table, merged),
    variants: mergeVariantTables([home.variants, ...merged.map((item) => item.variants)]),
    bundleOf: (id) => bundles.get(id) ?? home.bundleUrl,
    missing: loaded.filter((item) => item.table === undefined).map((item) => item.shard.label),
  };
}
