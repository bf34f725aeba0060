/** Loading the search bundle in the browser: Pagefind's runtime, the record and variant tables, fragments. */
import { SearchEngine, type Match, type VariantSource } from '../../lib/search/engine.ts';
import { readableText } from '../../lib/search/excerpt.ts';
import {
  applyFacet,
  idsChecksum,
  searchFiles,
  storedFacets,
  unpackIds,
  unpackRecords,
  type PackedFacet,
  type PackedIds,
  type PackedRecords,
  type SearchFacetId,
  type StoredFacet,
} from '../../lib/search/record-table.ts';
import { hanCharacters, variantShardOf, type VariantTable } from '../../lib/search/script-variants.ts';
import type { SearchShard } from '../../lib/search/shards.ts';
import type { Fragment, PageOrder, SearchTables } from '../../lib/search/tables.ts';
import { createShardSet } from './search-shards.ts';
import { fetchJson } from '../client/custom-element.ts';

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  /** `null` lists every page, in Pagefind's page order (the record table's order). */
  search: (term: string | null) => Promise<{ results: { id: string; score: number }[] } | null>;
  /** Loads the index chunks a search for `term` needs, without searching. */
  preload: (term: string) => Promise<void>;
  mergeIndex: (bundleUrl: string, options?: Record<string, unknown>) => Promise<void>;
}

export interface SearchBundle {
  /** The engine over the page's own bundle and the shards merged so far (a new one after each merge). */
  readonly engine: SearchEngine;
  /** The other shards of a sharded library, as declared; none is merged until a search needs it. */
  shards: readonly SearchShard[];
  /** Whether every one of `shards` is merged already (or failed to load). */
  hasShards: (shards: readonly SearchShard[]) => boolean;
  /** Merges those of `shards` not merged yet (Pagefind index and tables); `engine` then searches them too. */
  mergeShards: (shards: readonly SearchShard[]) => Promise<void>;
  /** Loads these facets' values into the records (each facet once): needed for their counts and filters. */
  loadFacets: (facets: readonly SearchFacetId[]) => Promise<void>;
  fragment: (id: string) => Promise<Fragment>;
  /** Labels of other shards that could not be loaded: results may be incomplete. */
  readonly missingShards: string[];
  /** Enough of a fragment for a result without a query (title, start of the text): the preview, or the fragment. */
  preview: (id: string) => Promise<Fragment>;
  /** Page URL per fragment id (for the benchmark and the tests; result links come from the fragments). */
  urls: () => Promise<Map<string, string>>;
  /** The variant table for a text's characters (the shards of this bundle's table it needs). */
  variants: VariantSource;
  /** URL of this bundle's folder, ending in `/`. */
  base: string;
  /** Fragment ids in Pagefind's page order and their checksum, when this bundle is the only one searched. */
  pageOrder?: PageOrder;
}

let bundle: Promise<SearchBundle> | undefined;

/**
 * Lets the browser paint and handle input before the rest of the work: a search is index loading, Pagefind,
 * counting and drawing, and as one stretch it would hold the page for a few hundred milliseconds on a slow phone.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The one place the record and variant tables are fetched, for the bundle at `base` (a Pagefind folder URL
 * ending in `/`): the record table whole (ranking and sorting need every hit's record), each facet's values
 * when asked for, the variant table by shard. `listPages` gives the bundle's fragment ids in Pagefind's page
 * order (the home bundle's Pagefind lists them for nothing); without it, or if its list is not the one the table
 * was written for, they come from the ids file.
 */
export async function loadTables(base: string, listPages?: () => Promise<string[]>): Promise<SearchTables> {
  const idsFile = async () => unpackIds(await fetchJson<PackedIds>(`${base}${searchFiles.ids}`));
  const [packed, listed] = await Promise.all([
    fetchJson<PackedRecords>(`${base}${searchFiles.records}`),
    listPages?.(),
  ]);
  const matches = listed !== undefined && listed.length === packed.count && idsChecksum(listed) === packed.check;
  // Pagefind listing its pages in another order than the build read from its files would mean a changed Pagefind.
  if (listed && !matches)
    console.warn(`${base}: Pagefind's page list is not the record table's; using ${searchFiles.ids}`);
  const ids = matches ? listed : await idsFile();
  const table = unpackRecords(packed, ids);
  const inOrder = ids.map((id) => table.records[id]!);
  const columns = new Map<StoredFacet, Promise<void>>();
  const column = (facet: StoredFacet) => {
    let loading = columns.get(facet);
    if (!loading) {
      loading = fetchJson<PackedFacet>(`${base}${searchFiles.facet(facet)}`).then((packedFacet) =>
        applyFacet(inOrder, facet, packedFacet, packed.check),
      );
      // A failed load is tried again when the facet is next needed.
      loading.catch(() => columns.delete(facet));
      columns.set(facet, loading);
    }
    return loading;
  };
  const loadFacets = async (facets: readonly SearchFacetId[]) => {
    await Promise.all(
      facets.filter((facet): facet is StoredFacet => (storedFacets as readonly string[]).includes(facet)).map(column),
    );
  };
  const shards = new Map<number, Promise<VariantTable>>();
  const shard = (number: number) => {
    let loading = shards.get(number);
    if (!loading) {
      loading = fetchJson<VariantTable>(`${base}${searchFiles.variantShard(number)}`).catch((error: unknown) => {
        // Without it the query is still searched as typed; the next query tries again.
        console.warn('variant table unavailable', error);
        shards.delete(number);
        return { fold: {}, groups: {} };
      });
      shards.set(number, loading);
    }
    return loading;
  };
  const variants: VariantSource = async (text) => {
    const parts = await Promise.all([...new Set(hanCharacters(text).map(variantShardOf))].map(shard));
    const table: VariantTable = { fold: {}, groups: {} };
    for (const part of parts) {
      Object.assign(table.fold, part.fold);
      Object.assign(table.groups, part.groups);
    }
    return table;
  };
  let urls: Promise<Map<string, string>> | undefined;
  const loadUrls = () =>
    (urls ??= fetchJson<string[]>(`${base}${searchFiles.urls}`).then(
      (list) => new Map(ids.map((id, index) => [id, list[index]!])),
    ));
  return { records: table, loadFacets, variants, urls: loadUrls, pageOrder: { ids, check: packed.check } };
}

/** Fragments are stored gzipped; a server may already have decoded them (Content-Encoding: gzip). */
async function gunzipIfNeeded(buffer: ArrayBuffer): Promise<string> {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

/**
 * Loads once per page; `base` is the URL of the Pagefind folder, ending in `/`; `shards` are the other shards
 * of a sharded library, merged in (see search-shards.ts); `version` is the index version the build gave the
 * page with its announced downloads (src/lib/search/bundle-preload.ts), absent in `astro dev`.
 */
export function loadSearch(base: string, shards: readonly SearchShard[] = [], version?: string): Promise<SearchBundle> {
  bundle ??= (async () => {
    // Searching on the main thread spares the download of Pagefind's worker script (12 KB gzip); a search
    // over the prepared index takes milliseconds, and the excerpts are ours (no Pagefind excerpt work).
    const pagefindOptions = { excerptLength: 0, noWorker: true };
    // The version names the entry file as the page announced it; other shards' entry files keep Pagefind's own.
    const ready = (import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindModule>).then(
      async (pagefind) => (
        await pagefind.options(version ? { ...pagefindOptions, metaCacheTag: version } : pagefindOptions),
        pagefind
      ),
    );
    // Before any other shard is merged, so that the list holds this bundle's pages only.
    const listPages = async () => ((await (await ready).search(null))?.results ?? []).map((result) => result.id);
    const [pagefind, home] = await Promise.all([ready, loadTables(base, listPages)]);
    const shardSet = createShardSet(pagefind, { bundleUrl: base, tables: home }, loadTables, pagefindOptions);
    // Pagefind must not search while it is adding an index: searches wait for merges under way.
    let merging: Promise<unknown> = Promise.resolve();
    // Loading an index chunk into Pagefind, Pagefind's search and the engine's counting each take a task of their own.
    const search = async (term: string): Promise<Match[]> => {
      await merging;
      await pagefind.preload(term);
      await nextTask();
      const found = await pagefind.search(term);
      await nextTask();
      return (found?.results ?? []).map(({ id, score }) => ({ id, score }));
    };
    const fragments = new Map<string, Promise<Fragment>>();
    const fragment = (id: string) => {
      let loaded = fragments.get(id);
      if (!loaded) {
        loaded = fetch(`${shardSet.bundleOf(id)}fragment/${id}.pf_fragment`)
          .then((response) => response.arrayBuffer())
          .then(gunzipIfNeeded)
          .then((text) => {
            const data = JSON.parse(text.slice(text.indexOf('{'))) as {
              url: string;
              content: string;
              meta: { title?: string };
              facets?: Fragment['facets'];
            };
            return {
              url: data.url,
              title: readableText(data.meta.title ?? data.url),
              content: data.content,
              facets: data.facets ?? {},
            };
          });
        fragments.set(id, loaded);
      }
      return loaded;
    };
    let browse: Promise<Record<string, Fragment>> | undefined;
    const preview = async (id: string) => {
      browse ??= fetchJson<Record<string, Fragment>>(`${base}${searchFiles.browse}`).catch(() => ({}));
      return (await browse)[id] ?? fragment(id);
    };
    // A case number is confirmed in the text of the pages found for it (see SearchEngine).
    const entryText = async (id: string) => {
      const { title, content } = await fragment(id);
      return `${title} ${content}`;
    };
    const engineOf = (tables: SearchTables) => new SearchEngine(search, tables.records, tables.variants, entryText);
    let engine = engineOf(shardSet.tables);
    return {
      get engine() {
        return engine;
      },
      shards,
      hasShards: shardSet.has,
      mergeShards: async (wanted) => {
        const done = shardSet.merge(wanted);
        merging = Promise.all([merging, done]);
        await done;
        engine = engineOf(shardSet.tables);
      },
      loadFacets: (facets) => shardSet.tables.loadFacets(facets),
      fragment,
      preview,
      urls: () => shardSet.tables.urls(),
      variants: (text) => shardSet.tables.variants(text),
      base,
      get missingShards() {
        return shardSet.missing;
      },
      // Entry numbers in this bundle's files mean nothing once other shards' pages are merged in.
      ...(shards.length || !home.pageOrder ? {} : { pageOrder: home.pageOrder }),
    };
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}
