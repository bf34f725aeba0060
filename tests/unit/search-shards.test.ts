import { describe, expect, it } from 'vitest';
import { caseRecord, otherRecord } from '../../src/lib/search/records.ts';
import { scriptVariants } from '../../src/lib/search/script-variants.ts';
import { indexedKinds, searchShards } from '../../src/lib/search/shard-config.ts';
import { mergeRecordTables, mergeVariantTables } from '../../src/lib/search/shards.ts';

const shard = { label: '2025 年', bundleUrl: '/2025/pagefind/' };

describe('merging other shards into one search', () => {
  it('keeps every record and labels the other shard’s', () => {
    const home = { records: { a: otherRecord('/practices/x/', 'practice', '2026-01-01') } };
    const old = {
      records: {
        b: caseRecord('/2025/cases/x/', {
          category: 'refund',
          failureType: { group: 'delivery' },
          channel: 'phone',
          severity: 2,
          status: 'resolved',
          confidence: 'validated',
          tags: [],
          typical: false,
          occurredOn: '2025-03-01',
        }),
      },
    };
    const merged = mergeRecordTables(home, [{ shard, table: old }]);
    expect(Object.keys(merged.records)).toEqual(['a', 'b']);
    expect(merged.records.a!.shard).toBeUndefined();
    expect(merged.records.b!.shard).toBe('2025 年');
    expect(old.records.b.shard).toBeUndefined();
  });

  it('unites the variant groups, so a query reaches the forms any shard holds', () => {
    // Home holds only 销户, the old shard only 銷戶.
    const home = { fold: { 銷: '销' }, groups: { 销: '销' } };
    const old = { fold: { 銷: '销' }, groups: { 销: '銷' } };
    const merged = mergeVariantTables([home, old]);
    expect(merged.groups.销).toBe('销銷');
    expect(scriptVariants('销户', merged)).toEqual(['销户', '銷户']);
    expect(scriptVariants('銷户', merged)).toContain('销户');
  });
});

describe('declaring shards for a build', () => {
  it('reads the environment before the config, and explains a wrong entry in Chinese', () => {
    expect(searchShards([shard], undefined)).toEqual([shard]);
    expect(searchShards([shard], '[{"label":"电商在线组","bundleUrl":"/ecom-online/pagefind/"}]')).toEqual([
      { label: '电商在线组', bundleUrl: '/ecom-online/pagefind/' },
    ]);
    expect(() => searchShards([], '[{"label":"x","bundleUrl":"/x/pagefind"}]')).toThrow(
      'CASEBOOK_SEARCH_SHARDS 第 1 项 bundleUrl：须以 / 或 http(s):// 开头、以 / 结尾',
    );
    expect(() => searchShards([], '{')).toThrow('不是有效的 JSON');
  });

  it('indexes every kind unless a shard is told to leave the shared material to the home shard', () => {
    const all = ['case', 'daily', 'practice', 'script'] as const;
    expect([...indexedKinds(all, undefined)]).toEqual([...all]);
    expect([...indexedKinds(all, 'case,daily')]).toEqual(['case', 'daily']);
    expect(() => indexedKinds(all, 'case,cases')).toThrow('「cases」不是条目类型');
  });
});
