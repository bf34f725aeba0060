/**
 * Writes what a web server needs to publish the site (docs/deploy.md), finishing after every other step of the build:
 * - `robots.txt` that turns every crawler away, while `config.noindex` is on (the pages say `noindex` too);
 * - `.casebook/csp-header.conf`, the nginx line that sends the pages' own Content-Security-Policy as a header
 *   (with `frame-ancestors`, which a `<meta>` cannot carry), read from the built pages so it always matches them;
 * - a `.gz` and a `.br` copy of each text file, which nginx's `gzip_static`/`brotli_static` and GitLab Pages send
 *   as they are, instead of compressing every response again (not for a recipe whose host compresses itself).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { config } from '../config.ts';
import { headerPolicy } from '../lib/site/csp.ts';
import { deployRecipes } from '../lib/deploy/recipes.ts';
import { SERVER_FILES_DIR, type Seen, type SweepRequest } from './output-sweep.ts';

export const CSP_HEADER_FILE = `${SERVER_FILES_DIR}/csp-header.conf`;

/**
 * Threads a pass runs on, half the files each: the first pass runs beside Pagefind writing its index, and one thread
 * alone took longer than the index (10,000 entries, 24 s of CPU).
 */
const SWEEP_THREADS = 2;

/** Part of a pass over the output (output-sweep.ts) on its own thread: Astro's thread is left to the pages. */
function sweepOnThread(request: SweepRequest): Promise<[string, Seen][]> {
  return new Promise((resolve, reject) => {
    const thread = new Worker(new URL('./output-sweep-worker.ts', import.meta.url), { workerData: request });
    thread.once('message', resolve);
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`发布文件线程意外退出（退出码 ${code}）`)));
  });
}

export default function deployFiles(): AstroIntegration {
  const wanted = !config.deploy || deployRecipes[config.deploy.recipe].precompressed;
  const seen = new Map<string, Seen>();
  let firstPass: Promise<number> | undefined;
  const pass = async (outDir: string, first: boolean) => {
    const earlier = [...seen].map(([name, { mtimeMs }]): [string, number] => [name, mtimeMs]);
    const parts = Array.from({ length: SWEEP_THREADS }, (_, part) =>
      sweepOnThread({ outDir, compress: wanted, first, seen: earlier, part, parts: SWEEP_THREADS }),
    );
    for (const read of await Promise.all(parts)) for (const [name, entry] of read) seen.set(name, entry);
  };
  return {
    name: 'casebook:deploy-files',
    hooks: {
      // The pages are final once generated: their copies are made while the search index is written beside them.
      'astro:build:generated': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        firstPass = pass(outDir, true).then(() => performance.now() - started);
        // Awaited in astro:build:done; a failure before then is reported there, not as an unhandled rejection.
        firstPass.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const firstMs = (await firstPass) ?? 0;
        if (config.noindex)
          await writeFile(
            path.join(outDir, 'robots.txt'),
            '# 内部知识库，不让搜索引擎收录（config.noindex）\nUser-agent: *\nDisallow: /\n',
          );
        const started = performance.now();
        await pass(outDir, false);
        const lastMs = performance.now() - started;
        const policies = [...seen.values()].flatMap(({ policy }) => (policy ? [policy] : []));
        const written = [...seen.values()].reduce((sum, { copies }) => sum + copies, 0);
        await mkdir(path.join(outDir, SERVER_FILES_DIR), { recursive: true });
        // Written by the build: the policy of the pages beside it, as a header (deploy/nginx/casebook-headers.conf
        // includes it).
        await writeFile(
          path.join(outDir, CSP_HEADER_FILE),
          `add_header Content-Security-Policy "${headerPolicy(policies)}" always;\n`,
        );
        const seconds = (ms: number) => (ms / 1000).toFixed(1);
        const compressed = wanted
          ? `，${written} 个预压缩文件（.gz、.br，页面生成后 ${seconds(firstMs)} 秒，搜索索引后 ${seconds(lastMs)} 秒）`
          : '';
        logger.info(`发布用文件：${config.noindex ? 'robots.txt、' : ''}${CSP_HEADER_FILE}${compressed}`);
      },
    },
  };
}
