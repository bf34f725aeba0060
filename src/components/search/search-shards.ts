/**
 * Merging the other shards of a sharded library into the search page's bundle (docs/scaling.md, "Past one
 * machine"), each when a search first needs it (`shardsFor`): its Pagefind index through `mergeIndex`, its record
 * and variant tables into one each, and which bundle holds each result's fragment. A shard that cannot be loaded is
 * left out and named, so the page can say its results may be incomplete instead of silently missing entries.
 */
import type { SearchFacetId } from '../../lib/search/record-table.ts';
import type { VariantTable } from '../../lib/search/script-variants.ts';
import { mergeRecordTables, mergeVariantTables, type SearchShard } from '../../lib/search/shards.ts';
import type { SearchTables } from '../../lib/search/tables.ts';

export interface MergeablePagefind {
  mergeIndex: (bundleUrl: string, options?: Record<string, unknown>) => Promise<void>;
}

export interface ShardSet {
  /** The tables of the page's own bundle and of every shard merged so far; replaced at each merge. */
  readonly tables: SearchTables;
  /** URL of the Pagefind folder holding a result's fragment. */
  bundleOf: (id: string) => string;
  /** Labels of shards that could not be loaded. */
  readonly missing: string[];
  /** Whether every one of `shards` has been merged (or has failed): a search for them need not wait. */
  has: (shards: readonly SearchShard[]) => boolean;
  /** Merges those of `shards` not merged yet; resolves when they are in (or have failed). */
  merge: (shards: readonly SearchShard[]) => Promise<void>;
}

/** Reads a shard's tables: the same function that loads the home bundle's, so both stay in step. */
export type TableLoader = (bundleUrl: string) => Promise<SearchTables>;

export function createShardSet(
  pagefind: MergeablePagefind,
  home: { bundleUrl: string; tables: SearchTables },
  loadTables: TableLoader,
  pagefindOptions: Record<string, unknown>,
): ShardSet {
  const merged: { shard: SearchShard; tables: SearchTables }[] = [];
  const missing: string[] = [];
  const loading = new Map<string, Promise<void>>();
  const settled = new Set<string>();
  const bundles = new Map<string, string>();
  // Facets asked for so far: a shard merged later loads them too, so that counts and filters cover it.
  const facetsAsked = new Set<SearchFacetId>();
  const everyBundle = () => [home.tables, ...merged.map((item) => item.tables)];
  let urls: Promise<Map<string, string>> | undefined;

  const combine = (): SearchTables => ({
    records: mergeRecordTables(
      home.tables.records,
      merged.map(({ shard, tables }) => ({ shard, table: tables.records })),
    ),
    // Every shard's column of a facet: the merged records share their `facets` with each shard's own.
    loadFacets: async (facets) => {
      for (const facet of facets) facetsAsked.add(facet);
      await Promise.all(everyBundle().map((tables) => tables.loadFacets(facets)));
    },
    // Each shard's variant files hold the characters of its own entries: a query asks every merged shard.
    variants: async (text): Promise<VariantTable> =>
      mergeVariantTables(await Promise.all(everyBundle().map((tables) => tables.variants(text)))),
    urls: () =>
      (urls ??= Promise.all(everyBundle().map((tables) => tables.urls())).then(
        (maps) => new Map(maps.flatMap((map) => [...map])),
      )),
  });

  const set: ShardSet = {
    tables: combine(),
    bundleOf: (id) => bundles.get(id) ?? home.bundleUrl,
    missing,
    has: (shards) => shards.every((shard) => settled.has(shard.bundleUrl)),
    merge: async (shards) => {
      const started = shards.map((shard) => {
        let done = loading.get(shard.bundleUrl);
        if (!done) {
          done = (async () => {
            try {
              // Tables first: a shard whose tables are missing is not merged into Pagefind either.
              const tables = await loadTables(shard.bundleUrl);
              await tables.loadFacets([...facetsAsked]);
              await pagefind.mergeIndex(shard.bundleUrl, pagefindOptions);
              for (const id of Object.keys(tables.records.records)) bundles.set(id, shard.bundleUrl);
              merged.push({ shard, tables });
              urls = undefined;
              (set as { tables: SearchTables }).tables = combine();
            } catch (error) {
              console.warn(`search shard unavailable: ${shard.bundleUrl}`, error);
              missing.push(shard.label);
            } finally {
              settled.add(shard.bundleUrl);
            }
          })();
          loading.set(shard.bundleUrl, done);
        }
        return done;
      });
      await Promise.all(started);
    },
  };
  return set;
}
