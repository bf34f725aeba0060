/**
 * Writes, after every other step of the build, what a web server needs to publish the site (docs/deploy.md):
 * - `robots.txt` that turns every crawler away, while `config.noindex` is on (the pages say `noindex` too);
 * - `.casebook/csp-header.conf`, the nginx line that sends the pages' own Content-Security-Policy as a header
 *   (with `frame-ancestors`, which a `<meta>` cannot carry), read from the built pages so it always matches them;
 * - a `.gz` and a `.br` copy of each text file, which nginx's `gzip_static`/`brotli_static` and GitLab Pages send
 *   as they are, instead of compressing every response again (not for a recipe whose host compresses itself).
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { config } from '../config.ts';
import { headerPolicy } from '../lib/site/csp.ts';
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
 * 15 s, which a library of 10,000 entries would pay on every build.
 */
const brotliOptions = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } };

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

async function precompress(outDir: string, files: string[]): Promise<number> {
  let written = 0;
  // A few at a time: zlib's work runs on libuv's pool, and thousands of files at once would hold them all in memory.
  const queue = files.filter((name) => compressible.test(name));
  const worker = async () => {
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      const file = path.join(outDir, name);
      const body = await readFile(file);
      const [gz, br] = await Promise.all([gzip(body, { level: 9 }), brotli(body, brotliOptions)]);
      // A file too small to gain anything is sent as it is.
      for (const [extension, compressed] of [
        ['.gz', gz],
        ['.br', br],
      ] as const) {
        if (compressed.length >= body.length) continue;
        await writeFile(`${file}${extension}`, compressed);
        written += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return written;
}

export default function deployFiles(): AstroIntegration {
  return {
    name: 'casebook:deploy-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' })).filter(
          (name) => !name.endsWith('.gz') && !name.endsWith('.br'),
        );
        if (config.noindex)
          await writeFile(
            path.join(outDir, 'robots.txt'),
            '# 内部知识库，不让搜索引擎收录（config.noindex）\nUser-agent: *\nDisallow: /\n',
          );
        const policies = await Promise.all(
          files
            .filter((name) => name.endsWith('.html'))
            .map(async (name) => metaPolicy.exec(await readFile(path.join(outDir, name), 'utf8'))?.[1] ?? ''),
        );
        await mkdir(path.join(outDir, SERVER_FILES_DIR), { recursive: true });
        // Written by the build: the policy of the pages beside it, as a header (deploy/nginx/casebook-headers.conf
        // includes it).
        await writeFile(
          path.join(outDir, CSP_HEADER_FILE),
          `add_header Content-Security-Policy "${headerPolicy(policies.filter(Boolean))}" always;\n`,
        );
        const started = performance.now();
        const wanted = !config.deploy || deployRecipes[config.deploy.recipe].precompressed;
        const written = wanted ? await precompress(outDir, [...files, ...(config.noindex ? ['robots.txt'] : [])]) : 0;
        const compressed = wanted
          ? `，${written} 个预压缩文件（.gz、.br，${((performance.now() - started) / 1000).toFixed(1)} 秒）`
          : '';
        logger.info(`发布用文件：${config.noindex ? 'robots.txt、' : ''}${CSP_HEADER_FILE}${compressed}`);
      },
    },
  };
}
