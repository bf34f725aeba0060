/**
 * The meeting point of the search-index integration and its middleware. They run in one process but are
 * loaded by different module graphs (the integration by the Astro config, the middleware from the
 * prerender bundle), so the indexer is registered on a global symbol rather than a module variable.
 */
export interface PageIndexer {
  /** True for pages the search index holds (entry pages), by decoded URL path. */
  wants(url: string): boolean;
  /**
   * Queues a rendered page (its HTML, UTF-8) for indexing and takes the bytes over; errors surface when the index is
   * written.
   */
  add(url: string, page: Uint8Array<ArrayBuffer>): void;
}

const key = Symbol.for('casebook.page-indexer');
type WithIndexer = typeof globalThis & { [key]?: PageIndexer | undefined };

export function activePageIndexer(): PageIndexer | undefined {
  return (globalThis as WithIndexer)[key];
}

export function setActivePageIndexer(indexer: PageIndexer | undefined): void {
  (globalThis as WithIndexer)[key] = indexer;
}
