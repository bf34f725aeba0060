/**
 * The largest built page of each kind of route, to see which pages grow with the library: build two generated
 * libraries of different sizes and compare. A third column extrapolates linearly to 10,000 entries.
 * `--js` prints instead the JavaScript that pages with scripts run on load (raw and gzip), see {@link pageScripts}.
 *
 *   node scripts/bench/page-sizes.ts /tmp/out-1k                                  # one build
 *   node scripts/bench/page-sizes.ts /tmp/out-1k /tmp/out-3k --entries 1000,3000  # two builds and the trend
 *   node scripts/bench/page-sizes.ts dist --js                                    # JS of home, /today/, presenter…
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { PAGE_BUDGET_BYTES } from '../../src/lib/site/pagination.ts';

/** `cases/banking/x/index.html` → `cases/[id]/index.html`: one row per kind of page. */
export function routeKind(file: string): string {
  return file
    .replace(/\/\d{4}-\d{2}-\d{2}\//, '/[date]/')
    .replace(/^daily\/\d{4}\/\d{2}\//, 'daily/[year]/[month]/')
    .replace(/^cases\/page\/\d+\//, 'cases/page/[n]/')
    .replace(/^cases\/[a-z]+\/[a-z0-9-]+\//, 'cases/[id]/')
    .replace(/^(practices|scripts)\/(?!page\/|stage\/)[^/]+\/index\.html$/, '$1/[id]/index.html')
    .replace(/^journeys\/[a-z]+\/[^/]+\//, 'journeys/[id]/[stage]/')
    .replace(/^journeys\/[a-z]+\/index\.html$/, 'journeys/[id]/index.html')
    .replace(/^people\/[^/]+\//, 'people/[id]/')
    .replace(/^(browse\/[^/]+|scripts\/stage|people\/\[id\]|review)\/[^/[]+\//, '$1/[v]/')
    .replace(/\/\d+\/index\.html$/, '/[n]/index.html');
}

/** Pages whose scripts `--js` reports: a presenter page is found in the build (its date or case varies). */
export function scriptedPages(dir: string): string[] {
  const present = (under: string) => {
    const found = readdirSync(path.join(dir, under), { recursive: true, encoding: 'utf8' })
      .filter((file) => /(^|\/)present\/index\.html$/.test(file.split(path.sep).join('/')))
      .sort()[0];
    return found
      ? [
          `/${under}/${found
            .split(path.sep)
            .join('/')
            .replace(/index\.html$/, '')}`,
        ]
      : [];
  };
  return ['/', '/today/', ...present('daily'), ...present('cases'), '/search/', '/finder/'];
}

/**
 * The JavaScript the page at `url` runs on load: its inline scripts (not JSON data) and its module scripts with
 * every chunk they import statically, each chunk counted once. Chunks a script loads later with `import()` are
 * left out: they cost nothing until used. Gzip is of the files one by one, as a server sends them.
 */
export function pageScripts(dir: string, url: string): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(path.join(dir, url, 'index.html'), 'utf8');
  const inline = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((match) => match[1]!)
    .filter(Boolean);
  const files = new Set<string>();
  const visit = (address: string, from: string) => {
    const file = new URL(address, `http://site${from}`).pathname;
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(path.join(dir, file), 'utf8');
    // Static imports only, as the bundler writes them: `import{a as b}from"./x.js"`, `import"./x.js"`.
    for (const match of code.matchAll(/\bimport\s*(?:[\w{}*,\s$]+?from\s*)?["']([^"']+)["']/g)) visit(match[1]!, file);
  };
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) visit(match[1]!, url);
  const bodies = [
    ...inline.map((code) => Buffer.from(code)),
    ...[...files].map((file) => readFileSync(path.join(dir, file))),
  ];
  return {
    files: [...files],
    raw: bodies.reduce((sum, body) => sum + body.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
  };
}

function largestByKind(dir: string) {
  const largest = new Map<string, { bytes: number; file: string }>();
  let total = 0;
  let count = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(html|xml)$/.test(file)) continue;
    const bytes = statSync(path.join(dir, file)).size;
    total += bytes;
    count += 1;
    const kind = routeKind(file.split(path.sep).join('/'));
    if ((largest.get(kind)?.bytes ?? -1) < bytes) largest.set(kind, { bytes, file });
  }
  return { largest, total, count };
}

function printScripts(dir: string): void {
  console.log(`${'页面'.padEnd(58)}${'JS'.padStart(9)}${'gzip'.padStart(9)}  文件`);
  for (const url of scriptedPages(dir)) {
    const { files, raw, gzip } = pageScripts(dir, url);
    console.log(
      `${url.padEnd(60)}${(raw / 1024).toFixed(1).padStart(9)}${(gzip / 1024).toFixed(1).padStart(9)}  ` +
        files.map((file) => path.basename(file)).join(' '),
    );
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { entries: { type: 'string' }, js: { type: 'boolean', default: false } },
  });
  if (values.js) {
    for (const dir of positionals) printScripts(dir);
    process.exit(0);
  }
  const builds = positionals.map(largestByKind);
  const entries = values.entries?.split(',').map(Number);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
  const last = builds.at(-1)!;
  const kinds = [...new Set(builds.flatMap((build) => [...build.largest.keys()]))].sort(
    (a, b) => (last.largest.get(b)?.bytes ?? 0) - (last.largest.get(a)?.bytes ?? 0),
  );
  console.log(
    '页面类型'.padEnd(36) +
      positionals.map((dir) => path.basename(dir).padStart(9)).join('') +
      `${entries?.length === 2 ? '  10k 外推' : ''}  最大的文件`,
  );
  for (const kind of kinds) {
    const sizes = builds.map((build) => build.largest.get(kind)?.bytes ?? 0);
    let trend = '';
    if (entries?.length === 2 && sizes.length === 2) {
      const slope = (sizes[1]! - sizes[0]!) / (entries[1]! - entries[0]!);
      const at10k = sizes[1]! + slope * (10_000 - entries[1]!);
      trend = `${kb(at10k)}${at10k > PAGE_BUDGET_BYTES ? ' !' : '  '}`;
    }
    console.log(`${kind.padEnd(36)}${sizes.map(kb).join(' ')}${trend}  ${last.largest.get(kind)?.file ?? ''}`);
  }
  const totals = builds.map((build) => `${build.count} 个文件 ${(build.total / 1024 / 1024).toFixed(1)} MB`);
  console.log(`HTML+XML: ${totals.join(' / ')}`);
}
