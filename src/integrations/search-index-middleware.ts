/**
 * Hands every page Astro renders during `astro build` to the search indexer (see search-index.ts), so that
 * Pagefind, a separate process, indexes on the second core while Astro renders the next pages, instead of
 * after the last one. Without an indexer (`astro dev`) the response passes through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { activePageIndexer } from './page-indexer.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const indexer = activePageIndexer();
  const url = decodeURI(context.url.pathname);
  if (!indexer?.wants(url)) return response;
  // Bytes, not text: nothing is decoded or encoded again on the render thread, and the index's copy is moved
  // to its thread rather than cloned.
  const page = new Uint8Array(await response.arrayBuffer());
  indexer.add(url, page.slice());
  return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
};
