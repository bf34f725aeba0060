/**
 * `npm run build [astro build options]`: `astro build`, with the bundler's allocator told to return freed memory.
 *
 * Rolldown (Vite 8's bundler) allocates through its own copy of mimalloc, which keeps freed memory committed
 * for later, unused, while the pages render and Pagefind writes the index beside them. With a purge delay of 0 it
 * hands freed pages back at once: a lower peak for the same build time (figures in docs/scaling.md). mimalloc reads
 * its options once, when the binding loads, so they are set here, before Astro (and with it Rolldown) is imported;
 * a variable already set in the environment wins.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestWithNode } from './lib/node-digest.ts';

process.env.MIMALLOC_PURGE_DELAY ??= '0';
// The pages' Content-Security-Policy hashes, computed without a thread-pool round trip each (lib/node-digest.ts).
digestWithNode(globalThis.crypto.subtle);
const astro = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/astro/bin/astro.mjs');
// Astro's CLI reads its command from the arguments: `node scripts/build.ts --outDir x` runs `astro build --outDir x`.
process.argv.splice(2, 0, 'build');
await import(astro);
