/**
 * Entry bodies are rendered to HTML once, while Astro syncs the content, and kept in its content cache with each
 * entry's digest. Astro's loader would otherwise make every `.mdx` entry a JavaScript module: Vite bundled 10,000 of
 * them (30 of a 10,000-entry build's 88 seconds, and most of its peak memory) and each page imported its own.
 *
 * The bodies are rendered by Astro's Markdown processor (Sätteri, with the options of src/mdx/body-processor.ts).
 * That gives the HTML that compiling them as MDX gave: the validator admits no MDX but <PiiOk>, which the MDX parser
 * finds and `withoutAuthorTags` cuts out (its content kept), and where Markdown reads the rest differently (indented
 * lines) `unwrapAuthorMarkup` gives it MDX's meaning.
 * tests/unit/body-rendering.test.ts compares every body with its MDX rendering.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { withoutAuthorTags } from '../mdx/author-markup.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0] & { deferredRender?: boolean };

/** Wraps a loader (Astro's `glob`) so that the entries it would leave to render as MDX modules are rendered now. */
export function renderedBodies(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const { store, logger, config } = context;
      let pending: Promise<void>[] | undefined = [];
      const render = async ({ deferredRender, ...entry }: StoredEntry & { body: string }) => {
        try {
          const rendered = await context.renderMarkdown(withoutAuthorTags(entry.body), {
            fileURL: entry.filePath ? new URL(entry.filePath, config.root) : undefined,
          });
          store.set({ ...entry, rendered });
        } catch (error) {
          // Still published: rendered as an MDX module when its page is built, as Astro would have done.
          logger.warn(
            `${entry.filePath ?? entry.id}：正文未能预先渲染，改在生成页面时渲染（${(error as Error).message}）`,
          );
          store.set({ ...entry, deferredRender });
        }
      };
      const wrappedStore: LoaderContext['store'] = {
        ...store,
        set: (entry: StoredEntry) => {
          if (!entry.deferredRender || typeof entry.body !== 'string') return store.set(entry);
          const rendering = render(entry as StoredEntry & { body: string });
          // While syncing, the loader waits for every body; later (a file saved in `astro dev`) each renders on its
          // own.
          if (pending) pending.push(rendering);
          return true;
        },
        // A rendered entry has no module to import (an entry that failed to render is stored by `store` itself).
        addModuleImport: () => {},
      };
      await loader.load({ ...context, store: wrappedStore });
      await Promise.all(pending);
      pending = undefined;
    },
  };
}
