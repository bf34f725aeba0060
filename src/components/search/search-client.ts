/** Loading the search bundle in the browser: Pagefind's runtime, the record and variant tables, fragments. */
import { SearchEngine, type Match } from '../../lib/search/engine.ts';
import { readableText } from '../../lib/search/excerpt.ts';
import type { RecordTable } from '../../lib/search/records.ts';
import type { VariantTable } from '../../lib/search/script-variants.ts';

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string) => Promise<{ results: { id: string; score: number }[] } | null>;
}

export interface Fragment {
  url: string;
  title: string;
  content: string;
}

export interface SearchBundle {
  engine: SearchEngine;
  fragment: (id: string) => Promise<Fragment>;
}

let bundle: Promise<SearchBundle> | undefined;

/** Fragments are stored gzipped; a server may already have decoded them (Content-Encoding: gzip). */
async function gunzipIfNeeded(buffer: ArrayBuffer): Promise<string> {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

/** Loads once per page; `base` is the URL of the Pagefind folder, ending in `/`. */
export function loadSearch(base: string): Promise<SearchBundle> {
  bundle ??= (async () => {
    const [pagefind, table, variants] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<PagefindModule>,
      fetch(`${base}casebook-records.json`).then((response) => response.json() as Promise<RecordTable>),
      fetch(`${base}casebook-variants.json`).then((response) => response.json() as Promise<VariantTable>),
    ]);
    await pagefind.options({ excerptLength: 0 });
    const search = async (term: string): Promise<Match[]> => ((await pagefind.search(term))?.results ?? []).map(({ id, score }) => ({ id, score }));
    const fragments = new Map<string, Promise<Fragment>>();
    const fragment = (id: string) => {
      let loaded = fragments.get(id);
      if (!loaded) {
        loaded = fetch(`${base}fragment/${id}.pf_fragment`)
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
    return { engine: new SearchEngine(search, table, variants), fragment };
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}
