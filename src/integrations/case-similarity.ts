/**
 * Similar cases are computed while Vite bundles (on a worker thread: case-similarity-worker.ts), not when the
 * first case page asks for them: at 10,000 entries that took 4 seconds of page generation on Astro's thread.
 * Pages read the result through built-similarity.ts; if the thread fails, they compute it themselves.
 */
import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import type { LibrarySimilarity } from '../lib/similar/build.ts';
import { setBuiltSimilarity } from '../data/built-similarity.ts';
import { LIBRARY_WIDE_ENV } from '../library/library-wide-input.ts';

export default function caseSimilarity(): AstroIntegration {
  let worker: Worker | undefined;
  return {
    name: 'casebook:case-similarity',
    hooks: {
      'astro:build:start': ({ logger }) => {
        // A shard of a sharded library reads the whole library's similar cases from its library-wide input.
        if (process.env[LIBRARY_WIDE_ENV]) return;
        const thread = new Worker(new URL('./case-similarity-worker.ts', import.meta.url));
        worker = thread;
        setBuiltSimilarity(
          new Promise<LibrarySimilarity | undefined>((resolve) => {
            thread.once('message', resolve);
            thread.once('error', (error: Error) => {
              logger.warn(`相似案例线程出错，改在页面生成时计算：${error.message}`);
              resolve(undefined);
            });
            thread.once('exit', () => resolve(undefined));
          }),
        );
      },
      'astro:build:done': async () => {
        setBuiltSimilarity(undefined);
        await worker?.terminate();
      },
    },
  };
}
