/**
 * `npm run build:shards [-- --by year|team --content DIR --out DIR --home KEY --compare]`: the sharded build of
 * docs/scaling.md ("Past one machine") at small scale. Splits a library by year (default) or team, builds each
 * shard separately (as separate CI jobs would: its own content, output folder, `base` path and Pagefind
 * bundle), then assembles one folder to serve: the home shard at `/`, the others at `/<key>/`. Every shard's
 * search page merges the other shards' bundles (Pagefind `mergeIndex`), so one search covers the whole library.
 * Serve it with `CASEBOOK_OUT_DIR=dist-shards npm run preview`. `--compare` also builds the library in one
 * piece into `<out>-whole/` and prints the same figures, to weigh one build against the shards.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readLibrary } from '../src/library/read.ts';
import { buildArguments, projectRoot } from '../tests/helpers/paths.ts';
import { run } from './bench/measure.ts';
import { planShards, writeShardLibrary, type ShardBy, type ShardPlan } from './shards/split-library.ts';

const { values } = parseArgs({
  options: {
    by: { type: 'string', default: 'year' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist-shards' },
    home: { type: 'string' },
    compare: { type: 'boolean', default: false },
  },
});
if (values.by !== 'year' && values.by !== 'team')
  throw new Error(`--by 只能是 year（按年份）或 team（按班组），而不是「${values.by}」`);
const by: ShardBy = values.by;
const contentRoot = path.resolve(values.content);
const out = path.resolve(values.out);

// A BASE_URL in the environment (Vitest sets one) would take precedence over each shard's `base` in Astro's pages.
delete process.env.BASE_URL;

const library = readLibrary(contentRoot);
const shards = planShards(library, by, values.home);
if (shards.length < 2) console.warn(`只有一个分库（${shards[0]?.label ?? '空'}）：按 ${by} 拆分得不到多个分库。`);
// A stable work folder per output: Astro's content cache (keyed by content and output folder) is reused on the
// next run. Inside the project: Astro puts a build's temporary server output next to an out folder within the
// working directory, but in the shared `.astro/` for one outside it, where parallel builds would collide.
const work = path.join(projectRoot, '.cache', `shards-${createHash('sha256').update(out).digest('hex').slice(0, 10)}`);
rmSync(work, { recursive: true, force: true });
const bundleUrl = (shard: ShardPlan) => `${shard.base}pagefind/`;

const gzipKb = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file)).length / 1024 : 0);

interface BuildFigures {
  ms: number;
  peakBytes: number;
}

async function astroBuild(
  libraryDir: string,
  distDir: string,
  env: Record<string, string>,
  name: string,
): Promise<BuildFigures> {
  const result = await run(process.execPath, buildArguments, {
    cwd: projectRoot,
    env: { CASEBOOK_CONTENT: libraryDir, CASEBOOK_OUT_DIR: distDir, ...env },
  });
  if (result.status !== 0)
    throw new Error(`「${name}」构建失败（退出码 ${result.status}）：\n${result.output.slice(-4000)}`);
  return result;
}

function report(
  name: string,
  base: string,
  cases: number,
  daily: number,
  figures: BuildFigures,
  distDir: string,
  note = '',
): void {
  const bundle = path.join(distDir, 'pagefind');
  const records = gzipKb(path.join(bundle, 'casebook-records.json'));
  const variants = gzipKb(path.join(bundle, 'casebook-variants.json'));
  console.log(
    `${name.padEnd(8)} ${base.padEnd(14)} ${String(cases).padStart(5)} 案例 ${String(daily).padStart(4)} 每日一案例` +
      `  构建 ${(figures.ms / 1000).toFixed(1)} s  峰值内存 ${Math.round(figures.peakBytes / 2 ** 20)} MB` +
      `  条目表 ${records.toFixed(1)} KB + 简繁表 ${variants.toFixed(1)} KB（gzip）${note}`,
  );
}

async function buildShard(shard: ShardPlan): Promise<string> {
  const libraryDir = path.join(work, shard.key, 'content');
  const distDir = path.join(work, shard.key, 'dist');
  const dropped = writeShardLibrary(
    shard,
    contentRoot,
    libraryDir,
    library.practices.map((entry) => entry.file),
  );
  const others = shards
    .filter((other) => other !== shard)
    .map((other) => ({ label: other.label, bundleUrl: bundleUrl(other) }));
  const figures = await astroBuild(
    libraryDir,
    distDir,
    {
      CASEBOOK_BASE: shard.base,
      CASEBOOK_SEARCH_SHARDS: JSON.stringify(others),
      // Shared material is indexed once, by the home shard.
      CASEBOOK_INDEX_KINDS: shard.home ? '' : 'case,daily',
    },
    shard.label,
  );
  report(
    shard.label,
    shard.base,
    shard.cases.length,
    shard.daily.length,
    figures,
    distDir,
    dropped ? `  去掉跨分库的相关案例链接 ${dropped} 个` : '',
  );
  return distDir;
}

/**
 * One build after another: builds in one checkout share Astro's `.astro/content-modules.mjs` (the list of a
 * library's MDX modules, always under the project root), so parallel builds there would render each other's
 * entries. Parallel CI jobs each have their own checkout.
 */
async function buildAll(): Promise<Map<ShardPlan, string>> {
  const built = new Map<ShardPlan, string>();
  for (const shard of shards) built.set(shard, await buildShard(shard));
  return built;
}

const started = performance.now();
console.log(`按${by === 'year' ? '年份' : '班组'}拆成 ${shards.length} 个分库，逐个构建：`);
try {
  const built = await buildAll();
  // Assembling is the static host's job in production (each CI job uploads its folder to its path).
  rmSync(out, { recursive: true, force: true });
  for (const shard of shards) cpSync(built.get(shard)!, path.join(out, shard.base), { recursive: true });
  console.log(
    `完成，用时 ${((performance.now() - started) / 1000).toFixed(1)} s。合并后的网站：${path.relative(process.cwd(), out) || '.'}`,
  );
  console.log(
    `预览：CASEBOOK_OUT_DIR=${path.relative(projectRoot, out)} npm run preview，打开 /search/ 即可同时搜索全部分库。`,
  );
  if (values.compare) {
    const whole = `${out}-whole`;
    const distDir = path.join(work, 'whole', 'dist');
    const figures = await astroBuild(contentRoot, distDir, {}, '整库');
    report('整库', '/', library.cases.length, library.daily.length, figures, distDir);
    rmSync(whole, { recursive: true, force: true });
    cpSync(distDir, whole, { recursive: true });
    console.log(`整库构建（对照）：${path.relative(process.cwd(), whole)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
