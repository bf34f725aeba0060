/**
 * Build-time settings of a sharded library (docs/scaling.md, "Past one machine"): which other shards a
 * site's search page merges, and which entry kinds a shard indexes. Both can come from the environment, so
 * one checkout builds every shard (`npm run build:shards`, or one CI job per shard).
 */
import { z } from 'astro/zod';
import type { SearchShard } from './shards.ts';

export const searchShardSchema = z.strictObject({
  label: z.string().min(1),
  bundleUrl: z
    .string()
    .regex(/^(\/|https?:\/\/).*\/$/, { error: '须以 / 或 http(s):// 开头、以 / 结尾，例如 /2025/pagefind/' }),
  years: z.array(z.string().regex(/^\d{4}$/, { error: '须是四位年份，例如 "2025"' })).optional(),
});

/** Environment variable that declares the other shards for one build (JSON list), overriding `config.searchShards`. */
export const SHARDS_ENV = 'CASEBOOK_SEARCH_SHARDS';

/** The other shards this site's search page merges: from the environment when set, else from the config. */
export function searchShards(fromConfig: readonly SearchShard[], env: string | undefined): SearchShard[] {
  if (env === undefined || env.trim() === '') return [...fromConfig];
  let parsed: unknown;
  try {
    parsed = JSON.parse(env);
  } catch {
    throw new Error(`${SHARDS_ENV} 不是有效的 JSON — 应写成 [{"label": "2025 年", "bundleUrl": "/2025/pagefind/"}]`);
  }
  const result = z.array(searchShardSchema).safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(
      `${SHARDS_ENV} 第 ${Number(issue.path[0] ?? 0) + 1} 项 ${issue.path.slice(1).join('.')}：${issue.message}`,
    );
  }
  return result.data;
}

/**
 * Environment variable listing the entry kinds a shard indexes (`case,daily`). Shared material (practices,
 * scripts) is copied into every shard so references resolve, but only one shard indexes it: no duplicates.
 */
export const INDEX_KINDS_ENV = 'CASEBOOK_INDEX_KINDS';

export function indexedKinds<Kind extends string>(all: readonly Kind[], env: string | undefined): Set<Kind> {
  if (env === undefined || env.trim() === '') return new Set(all);
  const kinds = env
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean);
  const unknown = kinds.filter((kind) => !all.includes(kind as Kind));
  if (unknown.length)
    throw new Error(`${INDEX_KINDS_ENV} 中「${unknown.join('、')}」不是条目类型 — 可选：${all.join('、')}`);
  return new Set(kinds as Kind[]);
}
