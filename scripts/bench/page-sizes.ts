/**
 * The largest built page of each kind of route, to see which pages grow with the library: build two generated
 * libraries of different sizes and compare. A third column extrapolates linearly to 10,000 entries.
 *
 *   node scripts/bench/page-sizes.ts /tmp/out-1k                                  # one build
 *   node scripts/bench/page-sizes.ts /tmp/out-1k /tmp/out-3k --entries 1000,3000  # two builds and the trend
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PAGE_BUDGET_BYTES } from '../../src/lib/site/pagination.ts';

/** `cases/banking/x/index.html` → `cases/[id]/index.html`: one row per kind of page. */
export function routeKind(file: string): string {
  return file
    .replace(/\/\d{4}-\d{2}-\d{2}\//, '/[date]/')
    .replace(/^daily\/\d{4}\/\d{2}\//, 'daily/[year]/[month]/')
    .replace(/^cases\/page\/\d+\//, 'cases/page/[n]/')
    .replace(/^cases\/[a-z]+\/[a-z0-9-]+\//, 'cases/[id]/')
    .replace(/^(practices|scripts)\/(?!page\/|stage\/)[^/]+\/index\.html$/, '$1/[id]/index.html')
    .replace(/^people\/[^/]+\//, 'people/[id]/')
    .replace(/^(browse\/[^/]+|scripts\/stage|people\/\[id\]|review)\/[^/[]+\//, '$1/[v]/')
    .replace(/\/\d+\/index\.html$/, '/[n]/index.html');
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

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { entries: { type: 'string' } } });
  const builds = positionals.map(largestByKind);
  const entries = values.entries?.split(',').map(Number);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
  const last = builds.at(-1)!;
  const kinds = [...new Set(builds.flatMap((build) => [...build.largest.keys()]))].sort((a, b) => (last.largest.get(b)?.bytes ?? 0) - (last.largest.get(a)?.bytes ?? 0));
  console.log(`${'页面类型'.padEnd(36)}${positionals.map((dir) => path.basename(dir).padStart(9)).join('')}${entries?.length === 2 ? '  10k 外推' : ''}  最大的文件`);
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
  console.log(`HTML+XML: ${builds.map((build) => `${build.count} 个文件 ${(build.total / 1024 / 1024).toFixed(1)} MB`).join(' / ')}`);
}
