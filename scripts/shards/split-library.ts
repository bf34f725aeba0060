/**
 * Writing one shard's content library for a sharded build (the plan is src/library/shards.ts). Cases and daily
 * entries go to their shard; the shared material (people, practices, service scripts, lexicon, journeys) is copied
 * into every shard so its references resolve, and only the home shard indexes it. Files are copied unchanged: a
 * "related case" in another shard is checked against the library-wide step's list of ids.
 *
 * As a command, for one CI job (.github/workflows/shards.yml):
 *
 *   node scripts/shards/split-library.ts --key 2025 --out shard-content --library-wide library-wide.json \
 *     [--by year|quarter|team] [--content content] [--home KEY] >> "$GITHUB_ENV"
 *
 * writes the shard's library and prints the environment its `npm run build` needs, one `NAME=value` a line.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LIBRARY_WIDE_ENV } from '../../src/library/library-wide-input.ts';
import { readLibrary } from '../../src/library/read.ts';
import { isShardBy, planShards, SHARED_COLLECTIONS, shardYears, type ShardPlan } from '../../src/library/shards.ts';
import { layout } from '../../src/library/layout.ts';

/** The environment of one shard's `npm run build`, beside its content folder and output folder. */
export function shardBuildEnv(
  shard: ShardPlan,
  shards: readonly ShardPlan[],
  libraryWideFile: string,
): Record<string, string> {
  return {
    CASEBOOK_BASE: shard.base,
    // Every other shard's search bundle, merged by this shard's search page.
    CASEBOOK_SEARCH_SHARDS: JSON.stringify(
      shards
        .filter((other) => other !== shard)
        .map((other) => {
          // A shard of a year or quarter: a case number or a year filter then loads only its year's shards.
          const years = shardYears(other.by, other.key);
          return { label: other.label, bundleUrl: `${other.base}pagefind/`, ...(years ? { years } : {}) };
        }),
    ),
    // Shared material is indexed once, by the home shard, and its pages (lists, browse pages, practices, scripts,
    // people, journeys) are rendered there alone: the other shards link to them.
    CASEBOOK_INDEX_KINDS: shard.home ? '' : 'case,daily',
    CASEBOOK_SHARED_BASE: shard.home ? '' : shards.find((other) => other.home)!.base,
    [LIBRARY_WIDE_ENV]: libraryWideFile,
  };
}

/** Writes one shard's library under `target`. */
export function writeShardLibrary(plan: ShardPlan, contentRoot: string, target: string): void {
  for (const collection of SHARED_COLLECTIONS) {
    const folder = layout[collection].dir;
    if (existsSync(path.join(contentRoot, folder)))
      cpSync(path.join(contentRoot, folder), path.join(target, folder), { recursive: true });
  }
  for (const file of [...plan.cases, ...plan.daily]) {
    const destination = path.join(target, path.relative(contentRoot, file.absolutePath));
    mkdirSync(path.dirname(destination), { recursive: true });
    cpSync(file.absolutePath, destination);
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      key: { type: 'string' },
      out: { type: 'string' },
      'library-wide': { type: 'string' },
      by: { type: 'string', default: 'year' },
      content: { type: 'string', default: 'content' },
      home: { type: 'string' },
    },
  });
  if (!values.key || !values.out || !values['library-wide'] || !isShardBy(values.by)) {
    console.error(
      '用法：node scripts/shards/split-library.ts --key 2025 --out 目录 --library-wide 文件 ' +
        '[--by year|quarter|team] [--content 目录]',
    );
    process.exit(2);
  }
  const contentRoot = path.resolve(values.content);
  const shards = planShards(readLibrary(contentRoot, ['cases', 'daily']), values.by, values.home);
  const shard = shards.find((candidate) => candidate.key === values.key);
  if (!shard) {
    console.error(`没有「${values.key}」这个分库 — 可选：${shards.map((candidate) => candidate.key).join('、')}`);
    process.exit(1);
  }
  const out = path.resolve(values.out);
  writeShardLibrary(shard, contentRoot, out);
  const env = { CASEBOOK_CONTENT: out, ...shardBuildEnv(shard, shards, path.resolve(values['library-wide'])) };
  for (const [name, value] of Object.entries(env)) console.log(`${name}=${value}`);
}
