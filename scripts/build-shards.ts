/**
 * `npm run build:shards [-- --by year|quarter|team --content DIR --out DIR --home KEY --jobs N --compare]`: the
 * sharded build of docs/scaling.md ("Past one machine"). Runs the library-wide step once (`build:library-wide`:
 * lists, statistics, similar cases, finder and the shard of every id, for the whole library), splits the library by
 * year (default), quarter or team, builds each shard separately (as separate CI jobs would: its own content, output
 * folder, `base` path and Pagefind bundle, and the library-wide input), `--jobs N` of them at a time, then
 * assembles one folder to serve: the home shard at `/`, the others at `/<key>/`. Every shard's search page merges
 * the other shards' bundles (Pagefind `mergeIndex`), so one search covers the whole library. Serve it with
 * `CASEBOOK_OUT_DIR=dist-shards npm run preview`. `--compare` also builds the library in one piece into
 * `<out>-whole/` and prints the same figures, to weigh one build against the shards.
 *
 * `--only KEY,KEY` rebuilds those shards alone into an assembled site already in `--out`, as a pull request's shard
 * jobs do (the library-wide step runs again: the edited shard's input must match its content). `--figures FILE`
 * writes the figures as JSON (`ShardRunFigures`), for `npm run bench:build -- --shards`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readLibrary } from '../src/library/read.ts';
import { isShardBy, planShards, SHARD_BY_HELP, type ShardPlan } from '../src/library/shards.ts';
import { projectRoot } from '../tests/helpers/paths.ts';
import { run } from './bench/measure.ts';
import { shardBuildEnv, writeShardLibrary } from './shards/split-library.ts';

const { values } = parseArgs({
  options: {
    by: { type: 'string', default: 'year' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist-shards' },
    home: { type: 'string' },
    jobs: { type: 'string', default: '1' },
    compare: { type: 'boolean', default: false },
    only: { type: 'string' },
    figures: { type: 'string' },
  },
});
function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}
if (!isShardBy(values.by)) refuse(`--by 只能是 ${SHARD_BY_HELP}，而不是「${values.by}」`);
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) refuse(`--jobs 应是正整数（同时构建的分库数），而不是「${values.jobs}」`);
const by = values.by;
const contentRoot = path.resolve(values.content);
const out = path.resolve(values.out);

// A BASE_URL in the environment (Vitest sets one) would take precedence over each shard's `base` in Astro's pages.
delete process.env.BASE_URL;

const library = readLibrary(contentRoot);
const shards = planShards(library, by, values.home);
const only = values.only?.split(',');
const unknown = only?.filter((key) => !shards.some((shard) => shard.key === key));
if (unknown?.length)
  refuse(`没有「${unknown.join('、')}」这个分库 — 可选：${shards.map((shard) => shard.key).join('、')}`);
if (only && !existsSync(path.join(out, 'pagefind')))
  refuse(`--only 只重建部分分库，放进 ${out} 里已合并好的网站：请先不带 --only 构建一次`);
const toBuild = only ? shards.filter((shard) => only.includes(shard.key)) : shards;
if (shards.length < 2) console.warn(`只有一个分库（${shards[0]?.label ?? '空'}）：按 ${by} 拆分得不到多个分库。`);
// A stable work folder per output: Astro's content cache (keyed by content and output folder) is reused on the
// next run. Inside the project: Astro puts a build's temporary server output next to an out folder within the
// working directory, but in the shared `.astro/` for one outside it, where parallel builds would collide.
const work = path.join(projectRoot, '.cache', `shards-${createHash('sha256').update(out).digest('hex').slice(0, 10)}`);
rmSync(work, { recursive: true, force: true });

const gzipKb = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file)).length / 1024 : 0);

interface BuildFigures {
  ms: number;
  peakBytes: number;
  cpuMs: number;
}

/** A command's figures without its output. */
const figuresOf = ({ ms, peakBytes, cpuMs }: BuildFigures): BuildFigures => ({ ms, peakBytes, cpuMs });

/** What `--figures FILE` writes. */
export interface ShardRunFigures {
  by: string;
  jobs: number;
  libraryWide: BuildFigures;
  shards: (BuildFigures & { key: string; label: string; cases: number; daily: number })[];
  /** Wall time and CPU time of the shard builds, from the first one's start to the last one's end. */
  shardsMs: number;
  shardsCpuMs: number;
  /** The whole run, library-wide step and assembling included. */
  wallMs: number;
  whole?: BuildFigures;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A shard build's failure: which shard, and the end of its output (the validator names the file and line). */
class ShardFailure extends Error {}

async function astroBuild(
  libraryDir: string,
  distDir: string,
  env: Record<string, string>,
  name: string,
  options: { cwd?: string; signal?: AbortSignal } = {},
): Promise<BuildFigures> {
  const result = await run(process.execPath, [path.join(options.cwd ?? projectRoot, 'scripts/build.ts')], {
    cwd: options.cwd ?? projectRoot,
    env: { CASEBOOK_CONTENT: libraryDir, CASEBOOK_OUT_DIR: distDir, ...env },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (result.status !== 0) {
    if (options.signal?.aborted) throw new ShardFailure(`「${name}」已停止（另一个分库构建失败）`);
    // The shard's content is a copy: name the library's own files, which the validator shows relative to the job's
    // folder when they are inside it and absolute otherwise.
    const output = [libraryDir, path.relative(options.cwd ?? projectRoot, libraryDir)]
      .reduce((text, copy) => text.replaceAll(copy, contentRoot), result.output)
      .slice(-4000);
    throw new ShardFailure(`分库「${name}」构建失败（退出码 ${result.status}），相关文件见下：\n${output}`);
  }
  return figuresOf(result);
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
      `  构建 ${seconds(figures.ms)}（CPU ${seconds(figures.cpuMs)}）` +
      `  峰值内存 ${Math.round(figures.peakBytes / 2 ** 20)} MB` +
      `  条目表 ${records.toFixed(1)} KB + 简繁表 ${variants.toFixed(1)} KB（gzip）${note}`,
  );
}

/** The library-wide input every shard build reads (the whole library's lists, similar cases and ids). */
const libraryWideFile = path.join(work, 'library-wide.json');

async function libraryWideStep(): Promise<BuildFigures> {
  mkdirSync(work, { recursive: true });
  const args = [
    '--content',
    contentRoot,
    '--out',
    libraryWideFile,
    '--by',
    by,
    ...(values.home ? ['--home', values.home] : []),
  ];
  const result = await run(process.execPath, [path.join(projectRoot, 'scripts/build-library-wide.ts'), ...args], {
    cwd: projectRoot,
  });
  if (result.status !== 0) throw new ShardFailure(`库级数据生成失败：\n${result.output.slice(-4000)}`);
  console.log(
    `${'库级数据'.padEnd(8)} ${''.padEnd(14)} ${String(library.cases.length).padStart(5)} 案例 ` +
      `${String(library.daily.length).padStart(4)} 每日一案例` +
      `  用时 ${seconds(result.ms)}（CPU ${seconds(result.cpuMs)}）` +
      `  峰值内存 ${Math.round(result.peakBytes / 2 ** 20)} MB`,
  );
  return figuresOf(result);
}

/**
 * A project folder for job `slot`: the project itself for the first, a copy for each other (its sources and
 * settings, the same installed packages). Astro always writes a library's list of MDX modules to
 * `.astro/content-modules.mjs` under the project root, so two builds in one folder would render each other's entries.
 */
function jobRoot(slot: number): string {
  if (slot === 0) return projectRoot;
  const root = path.join(work, `job-${slot}`);
  for (const name of [
    'astro.config.mjs',
    'casebook.config.json',
    'package.json',
    'tsconfig.json',
    'public',
    'src',
    'scripts',
  ])
    cpSync(path.join(projectRoot, name), path.join(root, name), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

async function buildShard(
  shard: ShardPlan,
  root: string,
  signal: AbortSignal,
): Promise<{ distDir: string; figures: BuildFigures }> {
  const libraryDir = path.join(work, shard.key, 'content');
  const distDir = path.join(work, shard.key, 'dist');
  writeShardLibrary(shard, contentRoot, libraryDir);
  const figures = await astroBuild(
    libraryDir,
    distDir,
    {
      ...shardBuildEnv(shard, shards, libraryWideFile),
      // Its own content cache per project folder: the cache keeps entries' paths relative to the project root.
      CASEBOOK_CACHE_DIR: path.join(
        projectRoot,
        'node_modules/.astro',
        `shard-${createHash('sha256').update(`${root}|${libraryDir}|${distDir}`).digest('hex').slice(0, 12)}`,
      ),
    },
    shard.label,
    { cwd: root, signal },
  );
  report(shard.label, shard.base, shard.cases.length, shard.daily.length, figures, distDir);
  return { distDir, figures };
}

/** Builds the shards `jobs` at a time; the first failure stops the others. */
async function buildAll(): Promise<Map<ShardPlan, { distDir: string; figures: BuildFigures }>> {
  const built = new Map<ShardPlan, { distDir: string; figures: BuildFigures }>();
  const pending = [...toBuild];
  const stopping = new AbortController();
  const slots = Array.from({ length: parallel }, (_, slot) => jobRoot(slot));
  // Settled, not raced: the stopped builds end before the work folder is removed.
  const settled = await Promise.allSettled(
    slots.map(async (root) => {
      for (let shard = pending.shift(); shard && !stopping.signal.aborted; shard = pending.shift()) {
        try {
          built.set(shard, await buildShard(shard, root, stopping.signal));
        } catch (error) {
          if (!stopping.signal.aborted) {
            stopping.abort();
            throw error;
          }
        }
      }
    }),
  );
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return built;
}

/**
 * Puts the built shards into the assembled site: each at its path, replacing what was there. The home shard's
 * folder is the site's root, so it replaces everything there but the other shards' folders.
 */
function assemble(built: Map<ShardPlan, { distDir: string }>): void {
  if (!only) rmSync(out, { recursive: true, force: true });
  const otherFolders = new Set(shards.filter((shard) => !shard.home).map((shard) => shard.key));
  for (const [shard, { distDir }] of built) {
    const target = path.join(out, shard.base);
    if (!shard.home) rmSync(target, { recursive: true, force: true });
    else if (existsSync(out))
      for (const name of readdirSync(out))
        if (!otherFolders.has(name)) rmSync(path.join(out, name), { recursive: true, force: true });
    cpSync(distDir, target, { recursive: true });
  }
}

const parallel = Math.min(jobs, toBuild.length);
const started = performance.now();
console.log(
  `按${{ year: '年份', quarter: '季度', team: '班组' }[by]}拆成 ${shards.length} 个分库，` +
    (only ? `只重建 ${toBuild.map((shard) => shard.label).join('、')}，` : '') +
    (parallel > 1 ? `同时构建 ${parallel} 个：` : '逐个构建：'),
);
try {
  const libraryWide = await libraryWideStep();
  const shardsStarted = performance.now();
  const built = await buildAll();
  const shardsMs = performance.now() - shardsStarted;
  const shardsCpuMs = [...built.values()].reduce((sum, { figures }) => sum + figures.cpuMs, 0);
  console.log(
    `分库构建用时 ${seconds(shardsMs)}，CPU 合计 ${seconds(shardsCpuMs)}（÷${parallel} = ` +
      `${seconds(shardsCpuMs / parallel)}，用时是它的 ${(shardsMs / (shardsCpuMs / parallel)).toFixed(2)} 倍）`,
  );
  // Assembling is the static host's job in production (each CI job uploads its folder to its path).
  assemble(built);
  const figures: ShardRunFigures = {
    by,
    jobs: parallel,
    libraryWide,
    shards: toBuild.map((shard) => ({
      key: shard.key,
      label: shard.label,
      cases: shard.cases.length,
      daily: shard.daily.length,
      ...built.get(shard)!.figures,
    })),
    shardsMs,
    shardsCpuMs,
    wallMs: performance.now() - started,
  };
  console.log(
    `完成，用时 ${seconds(performance.now() - started)}。` +
      `合并后的网站：${path.relative(process.cwd(), out) || '.'}`,
  );
  console.log(
    `预览：CASEBOOK_OUT_DIR=${path.relative(projectRoot, out)} npm run preview，打开 /search/ 即可同时搜索全部分库。`,
  );
  if (values.compare) {
    const whole = `${out}-whole`;
    const distDir = path.join(work, 'whole', 'dist');
    figures.whole = await astroBuild(contentRoot, distDir, {}, '整库');
    report('整库', '/', library.cases.length, library.daily.length, figures.whole, distDir);
    rmSync(whole, { recursive: true, force: true });
    cpSync(distDir, whole, { recursive: true });
    console.log(`整库构建（对照）：${path.relative(process.cwd(), whole)}`);
  }
  if (values.figures) writeFileSync(values.figures, JSON.stringify(figures, null, 2));
} catch (error) {
  if (!(error instanceof ShardFailure)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
