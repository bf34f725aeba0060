/**
 * Merging the other shards of a sharded library into the search page's bundle (docs/scaling.md, "Past one
 * machine"): each shard's Pagefind index through `mergeIndex`, its record and variant tables into one each, and
 * which bundle holds each result's fragment. A shard that cannot be loaded is left out and named, so the page
 * can say its results may be incomplete instead of silently missing entries.
 */
import type { VariantTable } from '../../lib/search/script-variants.ts';
import { mergeRecordTables, mergeVariantTables, type SearchShard } from '../../lib/search/shards.ts';
import type { SearchTables } from '../../lib/search/tables.ts';

export interface MergeablePagefind {
  mergeIndex: (bundleUrl: string, options?: Record<string, unknown>) => Promise<void>;
}

export interface MergedShards {
  tables: SearchTables;
  /** URL of the Pagefind folder holding a result's fragment. */
  bundleOf: (id: string) => string;
  /** Labels of shards that could not be loaded. */
  missing: string[];
}

/** Reads a shard's tables: the same function that loads the home bundle's, so both stay in step. */
export type TableLoader = (bundleUrl: string) => Promise<SearchTables>;

export async function mergeShards(
  pagefind: MergeablePagefind,
  home: { bundleUrl: string; tables: SearchTables },
  shards: readonly SearchShard[],
  loadTables: TableLoader,
  pagefindOptions: Record<string, unknown>,
): Promise<MergedShards> {
  const loaded = await Promise.all(
    shards.map(async (shard) => {
      try {
        // Tables first: a shard whose tables are missing is not merged into Pagefind either.
        const tables = await loadTables(shard.bundleUrl);
        await pagefind.mergeIndex(shard.bundleUrl, pagefindOptions);
        return { shard, tables };
      } catch (error) {
        console.warn(`search shard unavailable: ${shard.bundleUrl}`, error);
        return { shard, tables: undefined };
      }
    }),
  );
  const merged = loaded.filter(
    (item): item is { shard: SearchShard; tables: SearchTables } => item.tables !== undefined,
  );
  const bundles = new Map<string, string>();
  for (const { shard, tables } of merged)
    for (const id of Object.keys(tables.records.records)) bundles.set(id, shard.bundleUrl);
  const everyBundle = [home.tables, ...merged.map((item) => item.tables)];
  let urls: Promise<Map<string, string>> | undefined;
  return {
    tables: {
      records: mergeRecordTables(
        home.tables.records,
        merged.map(({ shard, tables }) => ({ shard, table: tables.records })),
      ),
      // Every shard's column of a facet: the merged records share their `facets` with each shard's own.
      loadFacets: async (facets) => void (await Promise.all(everyBundle.map((tables) => tables.loadFacets(facets)))),
      // Each shard's variant files hold the characters of its own entries: a query asks every shard.
      variants: async (text): Promise<VariantTable> =>
        mergeVariantTables(await Promise.all(everyBundle.map((tables) => tables.variants(text)))),
      urls: () =>
        (urls ??= Promise.all(everyBundle.map((tables) => tables.urls())).then(
          (maps) => new Map(maps.flatMap((map) => [...map])),
        )),
    },
    bundleOf: (id) => bundles.get(id) ?? home.bundleUrl,
    missing: loaded.filter((item) => item.tables === undefined).map((item) => item.shard.label),
  };
}
