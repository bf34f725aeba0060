/**
 * Opening the similar-case finder (src/lib/similar/finder.ts) in the browser, for the finder page and the search's
 * 意思相近 alike. Its files load on first use only: a page that never ranks a text fetches none of them.
 */
import type { VariantTable } from '../../lib/search/script-variants.ts';
import type { Finder, openFinder } from '../../lib/similar/finder.ts';
import { fetchJson } from './custom-element.ts';

/**
 * A function that opens the finder whose files are under `filesBase` once and then hands back the same one; after a
 * failure the next call tries again. Texts are folded with the search's Traditional→Simplified table at
 * `variantsUrl`; without it (dev mode) they are compared as written. `code` gives the finder's code: the finder page
 * has it at once, the search page imports it only for a pasted text.
 */
export function finderOpener(
  filesBase: string,
  variantsUrl: string,
  code: () => Promise<typeof openFinder>,
): () => Promise<Finder> {
  const base = filesBase.replace(/\/?$/, '/');
  let opened: Promise<Finder> | undefined;
  return () => {
    if (!opened) {
      const fold = fetchJson<VariantTable>(variantsUrl).then(
        (table) => table.fold,
        () => ({}),
      );
      opened = Promise.all([fold, code()]).then(([table, open]) => open((name) => fetchJson(`${base}${name}`), table));
      opened.catch(() => (opened = undefined));
    }
    return opened;
  };
}
