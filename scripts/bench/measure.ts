/** Running a command while measuring its wall time and the peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface RunResult {
  ms: number;
  peakBytes: number;
  output: string;
  status: number | null;
}

export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const timer = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 200);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakBytes, output, status });
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
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) total += servedBytes(readFileSync(path.join(siteDir, decodeURI(src!))));
  for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)) total += servedBytes(Buffer.from(body!));
  return total;
}

/** The value below which `p` % of the sorted values fall. */
export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs a query through the search page's own engine (`search-panel.query`) and returns the ranked URLs and the time taken. */
export function searchPanelQuery(page: Page, text: string): Promise<{ urls: string[]; ms: number }> {
  return page.evaluate((query) => (document.querySelector('search-panel') as HTMLElement & { query: (q: string) => Promise<{ urls: string[]; ms: number }> }).query(query), text);
}
