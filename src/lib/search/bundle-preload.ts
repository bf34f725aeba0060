/**
 * What the search page needs before its first results, announced in the page's `<head>` so the browser fetches
 * it together with the page. Left to themselves the files come one after another, each waiting for the one
 * before: the page's script, then Pagefind's runtime and the record table, then Pagefind's entry file, then its
 * metadata and wasm, and only then the index chunk of the query and the results' fragments. Announced, all but
 * the last two start with the page: on a slow phone connection that is three round trips less before the first
 * result. The names of the metadata and wasm files are known only once the index is written, so the build adds
 * the links to the finished page (src/integrations/search-index.ts).
 */
import { searchFiles } from './record-table.ts';

/** Pagefind's `pagefind-entry.json`: the languages of the index and their files. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

export interface Preload {
  href: string;
  /** `module` for a script the page imports; otherwise `fetch`, as Pagefind and the page fetch these files. */
  as: 'module' | 'fetch';
}

/**
 * The index's version, which names the entry file the page asks for (Pagefind's `metaCacheTag`): without it
 * Pagefind adds the time to the entry file's URL on every load, and a URL that is not known in advance cannot
 * be announced. It changes whenever the index does, so a new index is still fetched fresh.
 */
export function bundleVersion(entry: PagefindEntry): string {
  return searchLanguage(entry).hash;
}

/** The index the page searches: the library is indexed as one language (`forceLanguage`), so there is one. */
function searchLanguage(entry: PagefindEntry): PagefindEntry['languages'][string] {
  const [language] = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count);
  if (!language) throw new Error('Pagefind 的 pagefind-entry.json 里没有索引');
  return language;
}

/** The files the first search needs whatever the query, under the bundle URL `bundle` (ending in `/`). */
export function searchPreloads(bundle: string, entry: PagefindEntry): Preload[] {
  const language = searchLanguage(entry);
  return [
    { href: `${bundle}pagefind.js`, as: 'module' },
    { href: `${bundle}${searchFiles.records}`, as: 'fetch' },
    { href: `${bundle}pagefind-entry.json?ts=${encodeURIComponent(bundleVersion(entry))}`, as: 'fetch' },
    { href: `${bundle}pagefind.${language.hash}.pf_meta`, as: 'fetch' },
    { href: `${bundle}wasm.${language.wasm ?? 'unknown'}.pagefind`, as: 'fetch' },
  ];
}

/**
 * The links for the page's `<head>`. A fetch is announced with `crossorigin` so the browser reuses it for
 * `fetch()`, whose requests are CORS-mode (without it the file would be downloaded twice).
 */
export function preloadTags(preloads: readonly Preload[]): string {
  return preloads
    .map(({ href, as }) => {
      const url = href.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
      return as === 'module'
        ? `<link rel="modulepreload" href="${url}">`
        : `<link rel="preload" href="${url}" as="fetch" crossorigin>`;
    })
    .join('');
}
