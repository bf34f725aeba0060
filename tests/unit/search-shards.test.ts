import { describe, expect, it } from 'vitest';
import { caseRecord, otherRecord } from '../../src/lib/search/records.ts';
import { scriptVariants } from '../../src/lib/search/script-variants.ts';
import { indexedKinds, searchShards } from '../../src/lib/search/shard-config.ts';
import { caseNumberYear } from '../../src/lib/search/query.ts';
import {
  homeFirst,
  mergeRecordTables,
  mergeVariantTables,
  shardsFor,
  streamOrder,
} from '../../src/lib/search/shards.ts';
import { SearchEngine, type Hit, type Match } from '../../src/lib/search/engine.ts';
import type { SearchState } from '../../src/lib/search/state.ts';

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

describe('which shards a search needs', () => {
  const byYear = [
    { label: '2025 年', bundleUrl: '/2025/pagefind/', years: ['2025'] },
    { label: '2024 年', bundleUrl: '/2024/pagefind/', years: ['2024'] },
  ];
  const state = (query: string, filters: SearchState['filters'] = {}): SearchState => ({
    query,
    filters,
    sort: 'relevance',
  });
  const labels = (shards: { label: string }[]) => shards.map((shard) => shard.label);

  it('reads the year of a whole case number only, four- to six-digit serials alike', () => {
    expect(caseNumberYear('kf-2024-0007')).toBe('2024');
    expect(caseNumberYear('kf-2024-18227')).toBe('2024');
    expect(caseNumberYear('tk-2023-100000')).toBe('2023');
    // Not a case number: a serial with a needless leading zero, a part of one, a date.
    expect(caseNumberYear('kf-2024-00007')).toBeUndefined();
    expect(caseNumberYear('kf-2024')).toBeUndefined();
    expect(caseNumberYear('2024-03-01')).toBeUndefined();
  });

  it('loads only the shard a case number’s year names, and none for a year no other shard holds', () => {
    expect(labels(shardsFor(state('KF-2024-0007'), byYear))).toEqual(['2024 年']);
    expect(labels(shardsFor(state('退款 kf-2025-18227'), byYear))).toEqual(['2025 年']);
    // The page's own year (2026) is searched anyway.
    expect(shardsFor(state('KF-2026-0225'), byYear)).toEqual([]);
  });

  it('loads only the shards of the years filtered on, and every shard for anything else', () => {
    expect(labels(shardsFor(state('退款', { year: ['2024'] }), byYear))).toEqual(['2024 年']);
    expect(labels(shardsFor(state('', { year: ['2026', '2025'] }), byYear))).toEqual(['2025 年']);
    expect(labels(shardsFor(state('退款'), byYear))).toEqual(['2025 年', '2024 年']);
    expect(labels(shardsFor(state('KF-2024'), byYear))).toEqual(['2025 年', '2024 年']);
  });

  it('loads every shard of a library split by team, whose shards declare no years', () => {
    const byTeam = [{ label: '电商在线组', bundleUrl: '/ecom-online/pagefind/' }];
    expect(shardsFor(state('KF-2024-0007'), byTeam)).toEqual(byTeam);
  });
});

describe('results of several shards on one page', () => {
  const hit = (id: string, shard?: string): Hit => ({
    id,
    score: 1,
    record: { kind: 'case', date: '2025-01-01', standing: 'validated', facets: {}, ...(shard ? { shard } : {}) },
  });
  const ids = (hits: Hit[]) => hits.map((item) => item.id);

  it('shows the page’s own shard first, each part in the engine’s order', () => {
    expect(ids(homeFirst([hit('old1', '2025 年'), hit('own1'), hit('old2', '2025 年'), hit('own2')]))).toEqual([
      'own1',
      'own2',
      'old1',
      'old2',
    ]);
  });

  it('keeps the results on screen in place when another shard’s arrive', () => {
    const before = [hit('own1'), hit('own2')];
    // After the merge the engine ranks the page's own results the other way round and one old one between them.
    const after = [hit('own2'), hit('old1', '2025 年'), hit('own1'), hit('old2', '2025 年')];
    expect(ids(streamOrder(before, after))).toEqual(['own1', 'own2', 'old1', 'old2']);
  });
});

describe('case-number queries across merged indexes', () => {
  // Pagefind answers a hyphenated word by its parts wherever they are: the index that does not hold KF-2026-0225
  // (another shard's) returns an entry that mentions 2026 and 0225 apart.
  const table = {
    records: {
      exact: { kind: 'case' as const, date: '2026-02-25', standing: 'validated' as const, facets: {} },
      leak: { kind: 'case' as const, date: '2025-02-25', standing: 'validated' as const, facets: {}, shard: '2025 年' },
    },
  };
  const texts: Record<string, string> = {
    exact: 'KF-2026-0225 预售尾款退款延迟',
    leak: 'KF-2025-0031 客户称 2026 年 1 月起每月 0225 号扣款',
  };
  texts.exact += '，承诺 T+3 到账';
  texts.leak += '，T 型分期 3 期';
  const pagefind = async (term: string): Promise<Match[]> =>
    term.includes('kf-2026-0225') || term.includes('t 3')
      ? [
          { id: 'exact', score: 2 },
          { id: 'leak', score: 1 },
        ]
      : [];
  const engine = new SearchEngine(pagefind, table, { fold: {}, groups: {} }, async (id) => texts[id]!);
  const found = async (query: string) =>
    (await engine.run({ query, filters: {}, sort: 'relevance' })).hits.map((item) => item.id);

  it('returns only the entry that holds the number as written', async () => {
    expect(await found('KF-2026-0225')).toEqual(['exact']);
  });

  it('confirms another identifier the same way, in any case and width', async () => {
    expect(await found('T+3')).toEqual(['exact']);
    expect(await found('ｔ＋３')).toEqual(['exact']);
  });
});
