/**
 * One pass over the built site for deploy-files.ts: each page's Content-Security-Policy, and a `.gz` and a `.br`
 * copy of each text file. It runs on two threads of their own (output-sweep-worker.ts), half the files each, one
 * file after the other with zlib's synchronous calls: on libuv's pool, every read, write and compression was a
 * round trip through Astro's thread, 18 % more CPU time for the same files (figures in docs/scaling.md).
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pagePolicy } from '../lib/site/csp.ts';

/**
 * Where the build puts files for the server, not for readers; the nginx recipe refuses every path starting with a dot.
 */
export const SERVER_FILES_DIR = '.casebook';
/** The search index's folder, which it is still writing while the first pass runs. */
const INDEX_DIR = 'pagefind';
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
export interface Seen {
  mtimeMs: number;
  policy?: string;
  copies: number;
}

export interface SweepRequest {
  outDir: string;
  /** Write the compressed copies (not for a recipe whose host compresses itself). */
  compress: boolean;
  /** The first pass, beside the search index's write: its folder is left for later. */
  first: boolean;
  /** When each file was read by an earlier pass. */
  seen: [name: string, mtimeMs: number][];
  /** This pass takes every `parts`-th file, from the `part`-th on (passes run side by side). */
  part: number;
  parts: number;
}

/**
 * The files of the output a reader can be sent, relative to it. A top-level name starting with a dot is never
 * served (the nginx recipe refuses such paths): the build's own `.casebook` folder, and Astro's `.prerender`, which
 * Astro is still removing while the first pass runs, so walking into it could fail halfway.
 */
function servedFiles(outDir: string): string[] {
  return readdirSync(outDir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    if (!entry.isDirectory()) return [entry.name];
    const below = readdirSync(path.join(outDir, entry.name), { recursive: true, encoding: 'utf8' });
    return below.map((name) => path.join(entry.name, name));
  });
}

/**
 * Reads once every file of the output not yet seen (or changed since: the search index rewrites the search page):
 * a page's Content-Security-Policy, and, when `compress`, its `.gz` and `.br` copies. The first pass runs as soon
 * as the pages are generated, beside the search index's write; the last one, after it, takes only what that wrote.
 * Returns what it read, by file name under `outDir`.
 */
export function sweep({ outDir, compress, first, seen, part, parts }: SweepRequest): [string, Seen][] {
  const readAt = new Map(seen);
  const read: [string, Seen][] = [];
  const names = servedFiles(outDir)
    .filter(
      (name) =>
        (name.endsWith('.html') || (compress && compressible.test(name))) && !(first && name.startsWith(INDEX_DIR)),
    )
    .filter((_, index) => index % parts === part);
  for (const name of names) {
    const file = path.join(outDir, name);
    const { mtimeMs } = statSync(file);
    if (readAt.get(name) === mtimeMs) continue;
    const body = readFileSync(file);
    const policy = name.endsWith('.html') ? pagePolicy(body.toString('utf8')) : undefined;
    const entry: Seen = { mtimeMs, policy, copies: 0 };
    read.push([name, entry]);
    if (!compress || !compressible.test(name)) continue;
    for (const [extension, compressed] of [
      ['.gz', zlib.gzipSync(body, { level: 9 })],
      ['.br', zlib.brotliCompressSync(body, brotliOptions(body.length))],
    ] as const) {
      // A file too small to gain anything is sent as it is (and a copy of an earlier version is removed).
      if (compressed.length >= body.length) rmSync(`${file}${extension}`, { force: true });
      else {
        writeFileSync(`${file}${extension}`, compressed);
        entry.copies += 1;
      }
    }
  }
  return read;
}
