// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { config } from './src/config.ts';
import contentValidation from './src/integrations/content-validation.ts';
import searchIndex from './src/integrations/search-index.ts';

// A library built from elsewhere (benchmarks, tests) gets its own content cache, so entries
// cached from one library never leak file paths into another.
const contentOverride = process.env.CASEBOOK_CONTENT;
const cacheDir = contentOverride
  ? `./node_modules/.astro/content-${createHash('sha256').update(contentOverride).digest('hex').slice(0, 12)}`
  : undefined;

export default defineConfig({
  site: config.siteUrl,
  trailingSlash: 'always',
  cacheDir,
  integrations: [contentValidation(), mdx(), searchIndex()],
  devToolbar: { enabled: false },
  vite: {
    // Scripts stay external files: Vite 8 leaves its preload placeholder undefined in inlined scripts
    // that use a dynamic import (withastro/astro#17265), and the search page loads Pagefind that way.
    build: { assetsInlineLimit: 0 },
  },
});
