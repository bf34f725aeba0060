// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import contentValidation from './src/integrations/content-validation.ts';
import { bodyProcessorOptions } from './src/mdx/body-processor.ts';
import searchIndex from './src/integrations/search-index.ts';
import caseSimilarity from './src/integrations/case-similarity.ts';
import buildStages from './src/integrations/build-stages.ts';
import deployFiles from './src/integrations/deploy-files.ts';
import siteAddressSetting from './src/integrations/site-address.ts';
import { config } from './src/config.ts';
import { cspDirectives, cspScriptResources, inlineScriptHashes } from './src/lib/site/csp.ts';
import { searchShards, SHARDS_ENV } from './src/lib/search/shard-config.ts';

// A library built from elsewhere (CASEBOOK_CONTENT: benchmarks, tests) or into another folder
// (CASEBOOK_OUT_DIR: parallel builds) gets its own content cache, so entries cached from one
// library never leak file paths into another and parallel builds do not share a cache.
// A shard (CASEBOOK_BASE, CASEBOOK_SEARCH_SHARDS, CASEBOOK_INDEX_KINDS, CASEBOOK_SHARED_BASE) renders differently:
// its own cache too.
const { CASEBOOK_CONTENT: contentOverride, CASEBOOK_OUT_DIR: outDirOverride, CASEBOOK_BASE: base } = process.env;
const sharedBase = process.env.CASEBOOK_SHARED_BASE ?? '';
const shardSettings = [base, process.env.CASEBOOK_SEARCH_SHARDS, process.env.CASEBOOK_INDEX_KINDS, sharedBase]
  .filter(Boolean)
  .join('|');
// CASEBOOK_CACHE_DIR names the cache outright (the benchmark keeps it in its temporary folder).
const cacheDir =
  process.env.CASEBOOK_CACHE_DIR ||
  (contentOverride || outDirOverride || shardSettings
    ? `./node_modules/.astro/build-${createHash('sha256')
        .update(`${contentOverride}|${outDirOverride}${shardSettings ? `|${shardSettings}` : ''}`)
        .digest('hex')
        .slice(0, 12)}`
    : undefined);

// Astro 7 makes Rolldown warn once per MDX file about its own "use astro:head-inject" directive
// (withastro/astro#18087): harmless, and thousands of lines in a large library. Counted, not printed.
let knownMdxWarnings = 0;
/** @param {{ code?: string; message: string }} warning */
const isKnownMdxDirectiveWarning = (warning) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject');
const knownWarningSummary = {
  name: 'casebook:known-warnings',
  hooks: {
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:done': ({ logger }) => {
      if (knownMdxWarnings > 0)
        logger.info(`已折叠 ${knownMdxWarnings} 条已知的上游警告（MDX 模块指令，withastro/astro#18087）`);
    },
  },
};

export default defineConfig({
  // A shard of a sharded library is served below a path (`/2025/`): see docs/scaling.md, "Past one machine".
  base: base || '/',
  trailingSlash: 'always',
  cacheDir,
  outDir: outDirOverride || './dist',
  // `site` (the public address QR codes and the feed link to) is set by siteAddressSetting: config.siteUrl or
  // CASEBOOK_SITE_URL.
  integrations: [
    buildStages('first'),
    siteAddressSetting(),
    contentValidation(),
    mdx(),
    caseSimilarity(),
    searchIndex(),
    deployFiles(),
    knownWarningSummary,
    buildStages('last'),
  ],
  markdown: {
    // Sätteri (Astro 7's default), with the options of src/mdx/body-processor.ts. Entry bodies are rendered by it
    // at content sync (src/data/rendered-bodies.ts), not compiled one module each.
    processor: satteri(bodyProcessorOptions),
    // Shiki colours code with inline style attributes, which the Content-Security-Policy refuses (src/lib/site/csp.ts):
    // code in an entry body is shown plain.
    syntaxHighlight: false,
  },
  // Two pages at a time: while one page's file is being written, the next renders (with one, page generation
  // waited on file writes a fifth of the time). Eight cost memory and gained nothing more (docs/scaling.md).
  build: { concurrency: 2 },
  // Every page carries a Content-Security-Policy <meta> with the hashes of its scripts and styles
  // (src/lib/site/csp.ts).
  security: (() => {
    const sources = {
      allowedImageHosts: config.allowedImageHosts,
      searchShards: searchShards(config.searchShards, process.env[SHARDS_ENV]),
    };
    return {
      csp: {
        directives: cspDirectives(sources),
        scriptDirective: {
          resources: cspScriptResources(sources),
          hashes: /** @type {`sha256-${string}`[]} */ (
            inlineScriptHashes((source) => createHash('sha256').update(source).digest('base64'))
          ),
        },
      },
    };
  })(),
  devToolbar: { enabled: false },
  vite: {
    // A shard other than the home shard links the library's shared pages at the home shard's path
    // (src/lib/site/urls.ts), in its pages and its browser scripts alike.
    define: { 'import.meta.env.CASEBOOK_SHARED_BASE': JSON.stringify(sharedBase) },
    // Scripts stay external files: Vite 8 leaves its preload placeholder undefined in inlined scripts
    // that use a dynamic import (withastro/astro#17265), and the search page loads Pagefind that way.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // The client helpers travel together: the header's script, on every page, uses one of them, the other
        // scripts both; apart they were two files for a hundred bytes.
        output: { codeSplitting: { groups: [{ name: 'client', test: /custom-element\.ts$|i18n[\\/]copy\.ts$/ }] } },
        onwarn(warning, warn) {
          if (isKnownMdxDirectiveWarning(warning)) knownMdxWarnings += 1;
          else warn(warning);
        },
      },
    },
  },
});
