/**
 * `npm run build [astro build options]`: `astro build`, with the bundler's allocator told to return freed memory.
 *
 * Rolldown (Vite 8's bundler) allocates through its own copy of mimalloc, which keeps freed memory committed
 * for later: at 10,000 entries, when every entry was still a module to bundle, Astro's process held 2.9 GB of it,
 * unused, while the pages rendered and Pagefind wrote the index beside them (mimalloc's own statistics at exit:
 * 286 MB in use). With a purge delay of 0 it hands freed pages back at once: peak memory of that build 6.7 and
 * 7.1 GB → 5.7 and 5.2 GB, build time the same (alternated builds; docs/scaling.md). mimalloc reads its options once, when the binding loads, so they are set
 * here, before Astro (and with it Rolldown) is imported; a variable already set in the environment wins.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.MIMALLOC_PURGE_DELAY ??= '0';
const astro = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/astro/bin/astro.mjs');
// Astro's CLI reads its command from the arguments: `node scripts/build.ts --outDir x` runs `astro build --outDir x`.
process.argv.splice(2, 0, 'build');
await import(astro);
