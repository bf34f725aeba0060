/**
 * How a library splits into shards (by year, quarter or team) for sharded builds (docs/scaling.md, "Past one machine"):
 * which cases and daily entries each shard holds and the path it is served under. The library-wide step and
 * `npm run build:shards` plan the same shards from the same content.
 */
import { config } from '../config.ts';
import type { LibraryEntries } from './read.ts';
import type { LibraryFile } from './layout.ts';
import type { Collection } from '../schemas/common.ts';

/**
 * Copied whole into every shard: people, practices and scripts so references resolve, the synonym lexicon for
 * every shard's search, the journeys every shard's cases stand on.
 */
export const SHARED_COLLECTIONS: readonly Collection[] = ['people', 'practices', 'scripts', 'lexicon', 'journeys'];

/**
 * What a library is split by: the year or the quarter a case occurred in, or its team. Quarters are for a library
 * whose year alone is more than one build holds (docs/scaling.md: about 10,000 entries a build).
 */
export const SHARD_BY = ['year', 'quarter', 'team'] as const;
export type ShardBy = (typeof SHARD_BY)[number];

export const isShardBy = (value: string | undefined): value is ShardBy =>
  (SHARD_BY as readonly (string | undefined)[]).includes(value);

/** The values of `--by`, for the commands' messages. */
export const SHARD_BY_HELP = 'year（按年份）、quarter（按季度）或 team（按班组）';

export interface ShardPlan {
  /**
   * Year (`2025`), quarter (`2025-q3`) or team id (`ecom-online`); also the path the shard is served under, unless
   * it is home.
   */
  key: string;
  /** What the library is split by: `key` is then a year, a quarter or a team. */
  by: ShardBy;
  label: string;
  /** Astro `base` of the shard's site: `/` for the home shard, `/<key>/` for the others. */
  base: string;
  home: boolean;
  cases: LibraryFile[];
  daily: LibraryFile[];
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** The shard of a case: `2025`, `2025-q3` (July to September) or a team id. */
export function shardKey(by: ShardBy, data: { occurredOn: string; team: string }): string {
  if (by === 'team') return data.team;
  const year = data.occurredOn.slice(0, 4);
  if (by === 'year') return year;
  return `${year}-q${Math.floor((Number(data.occurredOn.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The years whose cases a shard holds, so that a case number or a year filter loads only those shards. */
export function shardYears(by: ShardBy, key: string): string[] | undefined {
  return by === 'team' ? undefined : [key.slice(0, 4)];
}

export function shardLabel(by: ShardBy, key: string): string {
  if (by === 'year') return `${key} 年`;
  if (by === 'quarter') return `${key.slice(0, 4)} 年第${QUARTER_NAMES[Number(key.slice(-1)) - 1]}季度`;
  return (config.teams as Record<string, { zh: string }>)[key]?.zh ?? key;
}

/**
 * One shard per year or team. The home shard (served at `/`, indexing the shared material) is the largest
 * unless named; on a tie the last key, i.e. the latest year.
 */
export function planShards(library: LibraryEntries, by: ShardBy, home?: string): ShardPlan[] {
  const byKey = new Map<string, { cases: LibraryFile[]; daily: LibraryFile[] }>();
  const keyOfCase = new Map<string, string>();
  const group = (key: string) => byKey.get(key) ?? byKey.set(key, { cases: [], daily: [] }).get(key)!;
  for (const { file, data } of library.cases) {
    const key = shardKey(by, data);
    keyOfCase.set(file.id, key);
    group(key).cases.push(file);
  }
  for (const { file, data } of library.daily) {
    const key = keyOfCase.get(data.case);
    if (key) group(key).daily.push(file);
  }
  const keys = [...byKey.keys()].sort();
  if (home !== undefined && !byKey.has(home)) throw new Error(`没有「${home}」这个分库 — 可选：${keys.join('、')}`);
  const size = (key: string) => byKey.get(key)!.cases.length + byKey.get(key)!.daily.length;
  const homeKey = home ?? keys.reduce((best, key) => (size(key) >= size(best) ? key : best), keys[0]!);
  return [homeKey, ...keys.filter((key) => key !== homeKey)].map((key) => ({
    key,
    by,
    label: shardLabel(by, key),
    base: key === homeKey ? '/' : `/${key}/`,
    home: key === homeKey,
    ...byKey.get(key)!,
  }));
}
