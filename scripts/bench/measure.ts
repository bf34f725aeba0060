/** Running a command while measuring its wall time and the peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

const TICKS_PER_SECOND = 100;

/**
 * Resident memory (bytes) of a process and all its descendants, and their CPU time (ms) so far, ended descendants
 * included (a process's own time plus its reaped children's), from /proc.
 */
function treeUsage(root: number): { rss: number; cpuMs: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
      // utime, stime, cutime, cstime
      cpu.set(pid, Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
    } catch {
      // the process ended while we looked
    }
  }
  const usage = { rss: 0, cpuMs: 0 };
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    usage.rss += rss.get(pid) ?? 0;
    usage.cpuMs += ((cpu.get(pid) ?? 0) * 1000) / TICKS_PER_SECOND;
    stack.push(...(children.get(pid) ?? []));
  }
  return usage;
}

export interface RunResult {
  ms: number;
  peakBytes: number;
  /** CPU time (user + system) of the command's process tree, sampled every 200 ms: its last moments are missed. */
  cpuMs: number;
  output: string;
  status: number | null;
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; signal?: AbortSignal },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Aborting ends the command (e.g. the other shard builds once one has failed).
      ...(options.signal ? { signal: options.signal } : {}),
    });
    // An aborted command is reported by its 'close' status.
    if (options.signal) child.on('error', () => {});
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    let cpuMs = 0;
    const timer = setInterval(() => {
      const usage = treeUsage(child.pid!);
      peakBytes = Math.max(peakBytes, usage.rss);
      cpuMs = Math.max(cpuMs, usage.cpuMs);
    }, 200);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakBytes, cpuMs, output, status });
    });
  });
}

export interface FolderStats {
  files: number;
  bytes: number;
  largestHtml: { path: string; bytes: number };
}

export function folderStats(folder: string): FolderStats {
  const stats: FolderStats = { files: 0, bytes: 0, largestHtml: { path: '', bytes: 0 } };
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    // The build's .gz/.br copies are for the server (src/integrations/deploy-files.ts), not more of the site.
    if (/\.(gz|br)$/.test(name)) continue;
    const file = path.join(folder, name);
    const { size } = statSync(file);
    if (!statSync(file).isFile()) continue;
    stats.files += 1;
    stats.bytes += size;
    if (name.endsWith('.html') && size > stats.largestHtml.bytes) stats.largestHtml = { path: name, bytes: size };
  }
  return stats;
}

/** Bytes as a server with gzip sends them (Pagefind's own files are already compressed). */
export const servedBytes = (body: Buffer) => Math.min(body.length, gzipSync(body).length);

/** Gzipped size of the JavaScript an HTML page loads by itself (script tags, before any interaction). */
export function pageScriptBytes(html: string, siteDir: string): number {
  let total = 0;
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g))
    total += servedBytes(readFileSync(path.join(siteDir, decodeURI(src!))));
  for (const [, body] of html.matchAll(
    /<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g,
  ))
    total += servedBytes(Buffer.from(body!));
  return total;
}

/** The value below which `p` % of the sorted values fall. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** What the search page finds for a query: literal results, and the meaning matches shown below few of them. */
export interface PanelAnswer {
  /** The literal results, ranked. */
  urls: string[];
  ms: number;
  /** The meaning matches (意思相近), ranked; empty when the literal results are enough. */
  meaning: string[];
  /** Time from the literal results to the meaning matches (0 when there are none to look for). */
  meaningMs: number;
}

/**
 * Runs a query through the search page's own engine (`search-panel.query`): its literal results, meaning matches and
 * timings.
 */
export function searchPanelQuery(page: Page, text: string): Promise<PanelAnswer> {
  return page.evaluate(
    (query) =>
      (document.querySelector('search-panel') as HTMLElement & { query: (q: string) => Promise<PanelAnswer> }).query(
        query,
      ),
    text,
  );
}

/** One response as the benchmark counts it: the path it came from and its bytes as served (gzip). */
export interface Fetched {
  url: string;
  bytes: number;
}

/** Resource groups of a search, in the order they are reported. */
export const resourceGroups = [
  'html',
  'css',
  'site-js',
  'pagefind-js',
  'wasm',
  'pf_meta',
  'index',
  'filters',
  'fragments',
  'records',
  'variants',
  'lexicon',
  'postings',
  'finder',
  'other',
] as const;
export type ResourceGroup = (typeof resourceGroups)[number];

/** Which part of the site a fetched path belongs to (Casebook's and the stock site's files alike). */
export function resourceGroup(url: string): ResourceGroup {
  const file = new URL(url, 'http://site').pathname;
  // The browse preview stands in for the fragments of the list shown without a query.
  if (/\.pf_fragment$/.test(file) || /casebook-browse/.test(file)) return 'fragments';
  if (/\.pf_index$/.test(file)) return 'index';
  if (/\.pf_filter$/.test(file)) return 'filters';
  if (/\.pf_meta$/.test(file)) return 'pf_meta';
  if (/\/wasm\.[^/]*\.pagefind$/.test(file)) return 'wasm';
  if (/\/pagefind-entry\.json$/.test(file)) return 'pf_meta';
  if (/\/pagefind[^/]*\.js$/.test(file)) return 'pagefind-js';
  if (/casebook-(records|facets|ids|urls)/.test(file)) return 'records';
  if (/casebook-variants/.test(file)) return 'variants';
  if (/casebook-lexicon/.test(file)) return 'lexicon';
  if (/casebook-concepts/.test(file)) return 'postings';
  if (/\/finder\/data\//.test(file)) return 'finder';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.js')) return 'site-js';
  if (file.endsWith('/') || file.endsWith('.html')) return 'html';
  return 'other';
}

/** Kilobytes per resource group, e.g. `html 3.1 · site-js 7.2 · wasm 54.1 … = 150.3 KB` (empty groups left out). */
export function bytesByGroup(fetched: readonly Fetched[]): string {
  const sums = new Map<ResourceGroup, { bytes: number; count: number }>();
  for (const { url, bytes } of fetched) {
    const group = resourceGroup(url);
    const sum = sums.get(group) ?? { bytes: 0, count: 0 };
    sums.set(group, { bytes: sum.bytes + bytes, count: sum.count + 1 });
  }
  const total = fetched.reduce((sum, item) => sum + item.bytes, 0);
  const parts = resourceGroups
    .filter((group) => sums.has(group))
    .map((group) => {
      const { bytes, count } = sums.get(group)!;
      return `${group} ${(bytes / 1024).toFixed(1)}${count > 1 ? ` (${count})` : ''}`;
    });
  return `${parts.join(' · ')} = ${(total / 1024).toFixed(1)} KB`;
}

/**
 * Records what a page fetches, as served, until `take()` hands the list over and starts a new one. `settle()`
 * waits for a quiet network: nothing in flight and nothing new for half a second (a page already idle does not
 * wait for `networkidle` again, and Pagefind UI starts its search after a debounce).
 */
export function recordFetches(page: Page, origin: string): { take: () => Fetched[]; settle: () => Promise<void> } {
  let fetched: Fetched[] = [];
  const pending: Promise<unknown>[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const done = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfailed', done);
  page.on('requestfinished', done);
  page.on('response', (response) => {
    const list = fetched;
    pending.push(
      response.body().then(
        (body) => list.push({ url: response.url().replace(origin, ''), bytes: servedBytes(body) }),
        () => undefined,
      ),
    );
  });
  return {
    take: () => {
      const list = fetched;
      fetched = [];
      return list;
    },
    settle: async () => {
      while (inFlight > 0 || Date.now() - lastActivity < 500) await page.waitForTimeout(100);
      await Promise.all(pending);
    },
  };
}
