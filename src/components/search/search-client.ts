/** Loading the search bundle in the browser: Pagefind's runtime, the record and variant tables, fragments. */
import { SearchEngine, type Match } from '../../lib/search/engine.ts';
import { readableText } from '../../lib/search/excerpt.ts';
import type { RecordTable } from '../../lib/search/records.ts';
import type { VariantTable } from '../../lib/search/script-variants.ts';
import type { SearchShard } from '../../lib/search/shards.ts';
import { mergeShards, type TableLoader } from './search-shards.ts';

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string) => Promise<{ results: { id: string; score: number }[] } | null>;
  mergeIndex: (bundleUrl: string, options?: Record<string, unknown>) => Promise<void>;
}

export interface Fragment {
  url: string;
  title: string;
  content: string;
}

export interface SearchBundle {
  engine: SearchEngine;
  fragment: (id: string) => Promise<Fragment>;
  /** Labels of other shards that could not be loaded: results may be incomplete. */
  missingShards: string[];
}

let bundle: Promise<SearchBundle> | undefined;

/** Fragments are stored gzipped; a server may already have decoded them (Content-Encoding: gzip). */
async function gunzipIfNeeded(buffer: ArrayBuffer): Promise<string> {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

const loadTables: TableLoader = (bundleUrl) =>
  Promise.all([
    fetch(`${bundleUrl}casebook-records.json`).then((response) => (response.ok ? (response.json() as Promise<RecordTable>) : Promise.reject(new Error(response.statusText)))),
    fetch(`${bundleUrl}casebook-variants.json`).then((response) => (response.ok ? (response.json() as Promise<VariantTable>) : Promise.reject(new Error(response.statusText)))),
  ]);

/**
 * Loads once per page; `base` is the URL of the Pagefind folder, ending in `/`; `shards` are the other shards
 * of a sharded library, merged in (see search-shards.ts).
 */
export function loadSearch(base: string, shards: readonly SearchShard[] = []): Promise<SearchBundle> {
  bundle ??= (async () => {
    const [pagefind, [homeTable, homeVariants]] = await Promise.all([import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindModule>, loadTables(base)]);
    const pagefindOptions = { excerptLength: 0 };
    await pagefind.options(pagefindOptions);
    const { table, variants, bundleOf, missing } = shards.length
      ? await mergeShards(pagefind, { bundleUrl: base, table: homeTable, variants: homeVariants }, shards, loadTables, pagefindOptions)
      : { table: homeTable, variants: homeVariants, bundleOf: () => base, missing: [] };
    const search = async (term: string): Promise<Match[]> => ((await pagefind.search(term))?.results ?? []).map(({ id, score }) => ({ id, score }));
    const fragments = new Map<string, Promise<Fragment>>();
    const fragment = (id: string) => {
      let loaded = fragments.get(id);
      if (!loaded) {
        loaded = fetch(`${bundleOf(id)}fragment/${id}.pf_fragment`)
          .then((response) => response.arrayBuffer())
          .then(gunzipIfNeeded)
          .then((text) => {
            const data = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: { title?: string } };
            return { url: data.url, title: readableText(data.meta.title ?? data.url), content: data.content };
          });
        fragments.set(id, loaded);
      }
      return loaded;
    };
    return { engine: new SearchEngine(search, table, variants), fragment, missingShards: missing };
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}
