// @ts-check
// The benchmark's reference: a stock Astro 7 + MDX content collection + Pagefind site, as a team would
// start one, built from the same generated entries as Casebook (STOCK_CONTENT points at them).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// Timing only (prints one `stages:` line); it does not change what the stock site does.
import buildStages from '../../../src/integrations/build-stages.ts';

export default defineConfig({
  integrations: [buildStages('first'), mdx(), buildStages('last')],
  outDir: process.env.STOCK_OUT_DIR ?? './dist',
  cacheDir: process.env.STOCK_CACHE_DIR ?? './node_modules/.astro',
});
