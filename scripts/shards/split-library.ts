/**
 * Splitting one content library into shard libraries (by year or team) for sharded builds. Cases go by their
 * year or team, daily entries follow their case, and the shared material (people, practices, service
 * scripts) is copied into every shard so its references resolve; only the home shard indexes that material.
 * A "related case" in another shard cannot be checked by that shard's build, so the copy drops it (counted).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../../src/config.ts';
import type { LibraryEntries } from '../../src/library/read.ts';
import type { LibraryFile } from '../../src/library/layout.ts';

export type ShardBy = 'year' | 'team';

export interface ShardPlan {
  /** Year (`2025`) or team id (`ecom-online`); also the path the shard is served under, unless it is home. */
  key: string;
  label: string;
  /** Astro `base` of the shard's site: `/` for the home shard, `/<key>/` for the others. */
  base: string;
  home: boolean;
  cases: LibraryFile[];
  daily: LibraryFile[];
}

/** Copied whole into every shard; the synonym lexicon serves every shard's search, and every shard's cases stand on the journeys. */
const SHARED_FOLDERS = ['people', 'practices', 'service-scripts', 'lexicon', 'journeys'];

export function shardLabel(by: ShardBy, key: string): string {
  if (by === 'year') return `${key} 年`;
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
    const key = by === 'year' ? data.occurredOn.slice(0, 4) : data.team;
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
    label: shardLabel(by, key),
    base: key === homeKey ? '/' : `/${key}/`,
    home: key === homeKey,
    ...byKey.get(key)!,
  }));
}

/** Removes related-case ids outside the shard from a file's frontmatter (flow `[a, b]` or block `- a` lists). */
export function dropForeignRelatedCases(
  source: string,
  inShard: ReadonlySet<string>,
): { text: string; dropped: number } {
  let dropped = 0;
  const keep = (id: string) => {
    const ok = inShard.has(id.trim().replace(/^['"]|['"]$/g, ''));
    if (!ok) dropped += 1;
    return ok;
  };
  const text = source
    .replace(/^relatedCases:[ \t]*\[([^\]\n]*)\][ \t]*$/m, (_, list: string) => {
      const ids = list.split(',').filter((id) => id.trim() !== '');
      return `relatedCases: [${ids
        .filter(keep)
        .map((id) => id.trim())
        .join(', ')}]`;
    })
    .replace(/^relatedCases:[ \t]*\n((?:[ \t]+-[ \t]+.*\n)+)/m, (_, items: string) => {
      const kept = items.split('\n').filter((line) => line.trim() !== '' && keep(line.replace(/^\s+-\s+/, '')));
      return kept.length ? `relatedCases:\n${kept.join('\n')}\n` : 'relatedCases: []\n';
    });
  return { text, dropped };
}

/** Writes one shard's library under `target`; returns how many cross-shard related-case links were dropped. */
export function writeShardLibrary(
  plan: ShardPlan,
  contentRoot: string,
  target: string,
  practices: readonly LibraryFile[],
): number {
  for (const folder of SHARED_FOLDERS) {
    if (existsSync(path.join(contentRoot, folder)))
      cpSync(path.join(contentRoot, folder), path.join(target, folder), { recursive: true });
  }
  const inShard = new Set(plan.cases.map((file) => file.id));
  let dropped = 0;
  const write = (file: LibraryFile, rewrite: boolean) => {
    const destination = path.join(target, path.relative(contentRoot, file.absolutePath));
    let text = readFileSync(file.absolutePath, 'utf8');
    if (rewrite) {
      const result = dropForeignRelatedCases(text, inShard);
      text = result.text;
      dropped += result.dropped;
    }
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, text);
  };
  for (const file of plan.cases) write(file, true);
  for (const file of plan.daily) write(file, false);
  for (const file of practices) write(file, true);
  return dropped;
}
