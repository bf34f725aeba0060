/**
 * `npm run bench:build -- --entries N --shards year|quarter|team [--jobs 2] [--compare]`: the generated library built
 * as shards (`npm run build:shards`, docs/scaling.md "Past one machine") instead of against the stock site. Prints
 * the library-wide step's time and peak memory, each shard job's time, CPU time and peak memory (Pagefind's process
 * included), the shard jobs' wall time against their CPU time ÷ jobs, which shards one edited case rebuilds and how
 * long that takes, and the first search's bytes with every shard's results in; `--compare` adds the library built
 * whole and its first search. It ends with one line:
 * shards=… library_wide_s=… library_wide_mb=… shard_max_mb=… shard_max_s=… shards_wall_s=… shards_cpu_s=…
 * wall_over_cpu_per_job=… rebuilt=… rebuild_s=… first_search_kb=… own_shard_kb=… [whole_s=… whole_mb=…
 * whole_first_search_kb=…]
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { changedShards } from '../../src/library/changed-shards.ts';
import { readLibrary } from '../../src/library/read.ts';
import { planShards, type ShardBy } from '../../src/library/shards.ts';
import { projectRoot } from '../../tests/helpers/paths.ts';
import type { ShardRunFigures } from '../build-shards.ts';
import { bytesByGroup } from './measure.ts';
import { benchQueries, searchFigures, sumKb } from './search-figures.ts';

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** `npm run build:shards` with its output shown as it goes; its figures are read back from `--figures`. */
async function buildShards(args: string[], figuresFile: string): Promise<ShardRunFigures> {
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, 'scripts/build-shards.ts'), ...args, '--figures', figuresFile],
    { cwd: projectRoot, stdio: 'inherit' },
  );
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`build:shards failed (exit ${status})`);
  return JSON.parse(readFileSync(figuresFile, 'utf8')) as ShardRunFigures;
}

/** The first search on the home shard's search page, until every shard's results are in. */
async function firstSearch(site: string): Promise<{ kb: number; ownKb: number; requests: number; groups: string }> {
  const otherShards = readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(path.join(site, entry.name)).includes('pagefind'))
    .map((entry) => `/${entry.name}/`);
  const { firstSearch: fetched } = await searchFigures(site, true, benchQueries.slice(0, 1));
  return {
    kb: sumKb(fetched),
    ownKb: sumKb(fetched.filter((item) => !otherShards.some((base) => item.url.startsWith(base)))),
    requests: fetched.length,
    groups: bytesByGroup(fetched),
  };
}

export async function benchShardedBuild(options: {
  content: string;
  work: string;
  by: ShardBy;
  jobs: number;
  compare: boolean;
}): Promise<void> {
  const out = path.join(options.work, 'shards');
  const common = ['--content', options.content, '--out', out, '--by', options.by, '--jobs', String(options.jobs)];
  const built = await buildShards(
    [...common, ...(options.compare ? ['--compare'] : [])],
    path.join(options.work, 'figures.json'),
  );

  // A pull request editing one case: the shards `npm run shards:changed` names for it are rebuilt, alone.
  const library = readLibrary(options.content, ['cases', 'daily']);
  const edited = library.cases.map(({ file }) => file.absolutePath).sort()[0]!;
  appendFileSync(edited, '\n\n回访时客户表示对处理结果满意，并主动提到了接待同事的名字。\n');
  const { keys } = changedShards(
    [{ status: 'M', path: `content/${path.relative(options.content, edited)}` }],
    planShards(library, options.by),
    'content',
    options.content,
  );
  const rebuilt = await buildShards([...common, '--only', keys.join(',')], path.join(options.work, 'rebuild.json'));

  const sharded = await firstSearch(out);
  const whole = options.compare ? await firstSearch(`${out}-whole`) : undefined;
  const largest = built.shards.reduce((top, shard) => (shard.peakBytes > top.peakBytes ? shard : top));
  const slowest = built.shards.reduce((top, shard) => (shard.ms > top.ms ? shard : top));
  const perJob = built.shardsCpuMs / built.jobs;

  console.log(`\nsharded by ${built.by}, ${built.shards.length} shards, ${built.jobs} jobs at a time:`);
  console.log(
    `  library-wide step ${seconds(built.libraryWide.ms)} s (CPU ${seconds(built.libraryWide.cpuMs)} s), ` +
      `peak memory ${mb(built.libraryWide.peakBytes)} MB`,
  );
  for (const shard of built.shards)
    console.log(
      `  ${shard.key.padEnd(10)} ${String(shard.cases + shard.daily).padStart(6)} entries  ` +
        `${seconds(shard.ms)} s (CPU ${seconds(shard.cpuMs)} s)  peak memory ${mb(shard.peakBytes)} MB`,
    );
  console.log(
    `  shard jobs: wall ${seconds(built.shardsMs)} s, CPU ${seconds(built.shardsCpuMs)} s ` +
      `(÷${built.jobs} = ${seconds(perJob)} s: wall is ${(built.shardsMs / perJob).toFixed(2)} × that)`,
  );
  console.log(
    `rebuild after one edited case (${path.relative(options.content, edited)}): ` +
      `shards ${keys.join(', ')} in ${seconds(rebuilt.shardsMs)} s, ` +
      `library-wide step ${seconds(rebuilt.libraryWide.ms)} s`,
  );
  console.log(
    `first search「${benchQueries[0]}」, every shard's results in: ${sharded.kb.toFixed(1)} KB ` +
      `in ${sharded.requests} requests (the home shard's own ${sharded.ownKb.toFixed(1)} KB): ${sharded.groups}`,
  );
  if (whole && built.whole)
    console.log(
      `whole library, one build: ${seconds(built.whole.ms)} s (CPU ${seconds(built.whole.cpuMs)} s), peak memory ` +
        `${mb(built.whole.peakBytes)} MB; first search ${whole.kb.toFixed(1)} KB in ${whole.requests} requests`,
    );
  console.log(
    `\nshards=${built.shards.length} library_wide_s=${seconds(built.libraryWide.ms)} ` +
      `library_wide_mb=${mb(built.libraryWide.peakBytes)} shard_max_mb=${mb(largest.peakBytes)} ` +
      `shard_max_s=${seconds(slowest.ms)} shards_wall_s=${seconds(built.shardsMs)} ` +
      `shards_cpu_s=${seconds(built.shardsCpuMs)} wall_over_cpu_per_job=${(built.shardsMs / perJob).toFixed(2)} ` +
      `rebuilt=${keys.join(',')} rebuild_s=${seconds(rebuilt.wallMs)} ` +
      `first_search_kb=${sharded.kb.toFixed(1)} own_shard_kb=${sharded.ownKb.toFixed(1)}` +
      (whole && built.whole
        ? ` whole_s=${seconds(built.whole.ms)} whole_mb=${mb(built.whole.peakBytes)} ` +
          `whole_first_search_kb=${whole.kb.toFixed(1)}`
        : ''),
  );
}
