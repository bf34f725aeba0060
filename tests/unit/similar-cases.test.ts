import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { caseBacklinks } from '../../src/lib/cases/backlinks.ts';
import { decodeFinderShards, encodeFinderIndex, shardOf } from '../../src/lib/similar/finder-index.ts';
import { buildCaseSimilarity, variantTableFor } from '../../src/lib/similar/build.ts';
import { findSimilarCases, foldText, MIN_SCORE, similarityText } from '../../src/lib/similar/cases.ts';
import { createSimilarityIndex, loadSimilarityIndex, terms } from '../../src/lib/similar/similarity.ts';
import { finderCases, kase } from '../helpers/similar-cases.ts';

const cases = [
  kase('presale', '预售尾款退款超时', '我都取消一个礼拜了，尾款还没到账', { tags: ['退款到账', '大促'] }),
  kase('ticket', '航班取消后退票款未到账', '航班是你们取消的，退款还要我等一个月', {
    tags: ['退款到账'],
    category: 'flight-change',
  }),
  kase('broadband', '宽带装机三次改约', '三次了，每次都是前一天晚上发短信说改约', {
    category: 'installation',
    tags: ['装维'],
  }),
  kase('roaming', '邮轮漫游账单六千多', '出发前问过说每天封顶，现在账单六千八', {
    category: 'billing',
    group: 'employee',
    subtype: 'attention',
  }),
  kase('gas', '燃气表上门安装两次改约', '我请了两次假在家等，改约以后师傅还是没来', {
    category: 'installation',
    tags: ['装维'],
  }),
  kase('hotel', '酒店前一天晚上才通知改房型', '说好的房型改了', {
    category: 'accommodation',
    group: 'needs',
    subtype: 'preference',
  }),
];

describe('similarity index extensions', () => {
  const texts = cases.map((entry) => ({ id: entry.id, text: similarityText(entry) }));

  it('explains a match by the terms both texts have, heaviest first', () => {
    const index = createSimilarityIndex(texts);
    const shared = index.sharedTerms('尾款退款一直没到账', 'presale').map((item) => item.term);
    expect(shared).toEqual(expect.arrayContaining(['尾款', '退款', '到账']));
    expect(shared).not.toContain('一直');
    expect(index.sharedTerms('尾款退款一直没到账', 'broadband')).toEqual([]);
  });

  it('queries the same from serialized data, and from just the part holding the query’s terms', () => {
    const index = createSimilarityIndex(texts);
    const query = '退款等了一个月还没到账';
    const serialized = index.serialize();
    expect(loadSimilarityIndex(serialized).query(query, { limit: 5 })).toEqual(index.query(query, { limit: 5 }));
    const needed = new Set(terms(query));
    const partial = {
      ids: serialized.ids,
      terms: Object.fromEntries(Object.entries(serialized.terms).filter(([term]) => needed.has(term))),
    };
    expect(loadSimilarityIndex(partial).query(query, { limit: 5 })).toEqual(index.query(query, { limit: 5 }));
  });

  it('keeps, per term, only the documents it weighs most in when capped', () => {
    // 退款 is in two documents; capped at one posting per term, only the heavier one is found through it.
    const capped = createSimilarityIndex(texts, { maxPostingsPerTerm: 1 });
    expect(capped.serialize().terms['退款']).toMatchObject({ frequency: 2 });
    expect(capped.serialize().terms['退款']!.postings).toHaveLength(1);
    expect(capped.query('退款', { limit: 5 })).toHaveLength(1);
    expect(createSimilarityIndex(texts).query('退款', { limit: 5 })).toHaveLength(2);
  });
});

describe('folding', () => {
  it('folds Traditional characters to Simplified one for one, with the table the search uses', () => {
    const { fold } = variantTableFor('銷戶帳單輪椅');
    expect(foldText('銷戶帳單，輪椅 ABC', fold)).toBe('销户账单，轮椅 ABC');
    expect([...foldText('銷戶帳單', fold)]).toHaveLength(4);
  });
});

describe('similar cases', () => {
  const index = createSimilarityIndex(cases.map((entry) => ({ id: entry.id, text: similarityText(entry) })));
  const similar = findSimilarCases(cases, index, { categories: config.categories });
  const built = buildCaseSimilarity(cases, config.categories, 5, [
    { words: ['改约', '改期', '改时间'], narrower: [] },
  ]).similar;

  it('ranks by wording and taxonomy and says why in plain Chinese, naming whole words', () => {
    const [first] = built.get('presale')!;
    expect(first!.id).toBe('ticket');
    expect(first!.reasons).toEqual([
      '同为「不合理的服务延误」',
      '共同标签：退款到账',
      '描述相近：都提到「取消」「退款」',
    ]);
  });

  it('lifts a match of the same failure type and category above a closer wording match', () => {
    // By wording alone the hotel case (前一天晚上…) is closer to broadband than gas (…改约) is.
    const broadband = similarityText(cases[2]!);
    expect(index.query(broadband, { exclude: ['broadband'] }).map((match) => match.id)).toEqual(['hotel', 'gas']);
    expect(built.get('broadband')!.map((match) => match.id)).toEqual(['gas', 'hotel']);
    expect(built.get('broadband')![0]!.reasons).toEqual([
      '同为「不合理的服务延误」',
      '同是上门安装维修问题',
      '共同标签：装维',
      '描述相近：都提到「改约」',
    ]);
  });

  it('never lists the case itself, keeps at most the limit, and drops matches below the minimum score', () => {
    expect([...similar.values()].flat().length).toBeGreaterThan(0);
    for (const [id, matches] of similar) {
      expect(matches.map((match) => match.id)).not.toContain(id);
      expect(matches.length).toBeLessThanOrEqual(5);
      for (const match of matches) expect(match.score).toBeGreaterThanOrEqual(MIN_SCORE);
    }
  });

  it('marks archived cases down', () => {
    const archived = cases.map((entry) =>
      entry.id === 'ticket' ? { ...entry, data: { ...entry.data, confidence: 'archived' } } : entry,
    );
    const again = findSimilarCases(archived, index, { categories: config.categories });
    const before = similar.get('presale')!.find((match) => match.id === 'ticket')!.score;
    const after = again.get('presale')!.find((match) => match.id === 'ticket')?.score ?? 0;
    expect(after).toBeCloseTo(before * 0.6, 6);
  });
});

describe('finder files', () => {
  const index = createSimilarityIndex(cases.map((entry) => ({ id: entry.id, text: similarityText(entry) })));
  const listed = finderCases(cases, { archived: (id) => id === 'gas' });
  const { meta, shards, chunks } = encodeFinderIndex(index.serialize(), listed);

  it('puts each term in the shard its hash names, and each case in its chunk', () => {
    for (const [number, shard] of shards.entries())
      for (const term of Object.keys(shard.terms)) expect(shardOf(term, meta.shards)).toBe(number);
    expect(chunks.flatMap((chunk) => chunk.cases)).toEqual(listed);
    expect(meta).toMatchObject({ size: 6, archived: [4] });
  });

  it('decodes to an index that ranks like the original, weights kept to a thousandth', () => {
    const query = '航班取消了退款一个月没到账';
    const loaded = loadSimilarityIndex(decodeFinderShards(meta, shards));
    const original = index.query(query, { limit: 5 });
    const decoded = loaded.query(query, { limit: 5 });
    expect(decoded.map((match) => cases[Number(match.id)]!.id)).toEqual(original.map((match) => match.id));
    decoded.forEach((match, position) => expect(match.score).toBeCloseTo(original[position]!.score, 2));
  });

  it('spreads terms over the shards, so a paste fetches only a few of them', () => {
    expect(
      new Set(['退款', '到账', '宽带', '漫游', '账单', '预约'].map((term) => shardOf(term, 7))).size,
    ).toBeGreaterThan(1);
  });
});

describe('backlinks', () => {
  it('lists the cases linking to each script and practice, once each', () => {
    const links = caseBacklinks([
      { id: 'a', data: { scripts: ['s1', 's1'], practices: ['p1'] } },
      { id: 'b', data: { scripts: ['s1', 's2'], practices: [] } },
    ]);
    expect(links.scripts.get('s1')?.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(links.scripts.get('s2')?.map((entry) => entry.id)).toEqual(['b']);
    expect(links.practices.get('p1')?.map((entry) => entry.id)).toEqual(['a']);
    expect(links.practices.get('p2')).toBeUndefined();
  });
});
