/**
 * Writes what a web server needs to publish the site (docs/deploy.md), finishing after every other step of the build:
 * - `robots.txt` that turns every crawler away, while `config.noindex` is on (the pages say `noindex` too);
 * - `.casebook/csp-header.conf`, the nginx line that sends the pages' own Content-Security-Policy as a header
 *   (with `frame-ancestors`, which a `<meta>` cannot carry), read from the built pages so it always matches them;
 * - a `.gz` and a `.br` copy of each text file, which nginx's `gzip_static`/`brotli_static` and GitLab Pages send
 *   as they are, instead of compressing every response again (not for a recipe whose host compresses itself).
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { config } from '../config.ts';
import { headerPolicy, pagePolicy } from '../lib/site/csp.ts';
import { deployRecipes } from '../lib/deploy/recipes.ts';

/**
 * Where the build puts files for the server, not for readers; the nginx recipe refuses every path starting with a dot.
 */
export const SERVER_FILES_DIR = '.casebook';
export const CSP_HEADER_FILE = `${SERVER_FILES_DIR}/csp-header.conf`;

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
/** Text the browser fetches; Pagefind's own index files are compressed by Pagefind already. */
const compressible = /\.(html|css|js|json|svg|xml|txt)$/;
/**
 * Brotli quality 5: on the sample site 12 % smaller than gzip -9 in 0.4 s; quality 11 saves 12 % more but took
 * 15 s, which a library of 10,000 entries would pay on every build. Told the size and that it is text, it writes
 * files of the same size with 30 % less work (pages of a 10,000-entry library).
 */
const brotliOptions = (size: number) => ({
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});

/** What a pass over the output learnt of a file: when it was read, the policy of a page, its compressed copies. */
interface Seen {
  mtimeMs: number;
  policy?: string;
  copies: number;
}

/** The search index's folder, which it is still writing while the first pass runs. */
const INDEX_DIR = 'pagefind';

/**
 * Reads once every file of the output not yet seen (or changed since: the search index rewrites the search page):
 * a page's Content-Security-Policy, and, when `compress`, its `.gz` and `.br` copies. The first pass runs as soon
 * as the pages are generated, beside the search index's write (`first`: its folder is left for later); the last
 * one, after it, takes only what that wrote.
 */
async function sweep(outDir: string, seen: Map<string, Seen>, compress: boolean, first: boolean): Promise<void> {
  const names = (await readdir(outDir, { recursive: true, encoding: 'utf8' })).filter(
    (name) =>
      (name.endsWith('.html') || (compress && compressible.test(name))) &&
      !name.startsWith(SERVER_FILES_DIR) &&
      !(first && name.startsWith(INDEX_DIR)),
  );
  // A few at a time: zlib's work runs on libuv's pool, and thousands of files at once would hold them all in memory.
  const queue = names.reverse();
  const worker = async () => {
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      const file = path.join(outDir, name);
      const { mtimeMs } = await stat(file);
      if (seen.get(name)?.mtimeMs === mtimeMs) continue;
      const body = await readFile(file);
      const policy = name.endsWith('.html') ? pagePolicy(body.toString('utf8')) : undefined;
      const entry: Seen = { mtimeMs, policy, copies: 0 };
      seen.set(name, entry);
      if (!compress || !compressible.test(name)) continue;
      const [gz, br] = await Promise.all([gzip(body, { level: 9 }), brotli(body, brotliOptions(body.length))]);
      // A file too small to gain anything is sent as it is (and a copy of an earlier version is removed).
      for (const [extension, compressed] of [
        ['.gz', gz],
        ['.br', br],
      ] as const) {
        if (compressed.length >= body.length) await rm(`${file}${extension}`, { force: true });
        else {
          await writeFile(`${file}${extension}`, compressed);
          entry.copies += 1;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

export default function deployFiles(): AstroIntegration {
  const wanted = !config.deploy || deployRecipes[config.deploy.recipe].precompressed;
  const seen = new Map<string, Seen>();
  let firstPass: Promise<number> | undefined;
  return {
    name: 'casebook:deploy-files',
    hooks: {
      // The pages are final once generated: their copies are made while the search index is written beside them.
      'astro:build:generated': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const pass = sweep(outDir, seen, wanted, true).then(() => performance.now() - started);
        // Awaited in astro:build:done; a failure before then is reported there, not as an unhandled rejection.
        pass.catch(() => undefined);
        firstPass = pass;
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
        await sweep(outDir, seen, wanted, false);
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
