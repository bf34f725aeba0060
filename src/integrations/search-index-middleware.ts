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
  const html = await response.text();
  indexer.add(url, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
