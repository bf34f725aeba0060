import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createSimilarityIndex, DUPLICATE_FROM, resemblance, terms } from '../../src/lib/similar/similarity.ts';
import { readLibrary } from '../../src/library/read.ts';
import { projectRoot } from '../helpers/paths.ts';

const documents = [
  { id: 'refund', text: '大促预售尾款退款超时，客户三次进线后升级投诉。我都取消一个礼拜了，钱还没到。' },
  { id: 'broadband', text: '宽带装机三次改约，客户请假白等。你们到底哪天来？' },
  { id: 'roaming', text: '邮轮国际漫游账单突然上万元，客户要求减免。' },
  { id: 'fraud', text: '信用卡境外盗刷，客户否认交易，申请拒付。' },
  { id: 'hotel', text: '酒店预授权退房后未释放，客户信用卡额度被占用。' },
];

describe('terms', () => {
  it('splits Chinese into overlapping character pairs and keeps Latin words and numbers whole', () => {
    expect(terms('退款到账')).toEqual(['退款', '款到', '到账']);
    expect(terms('5G 套餐，NPS 9 分')).toEqual(['5g', '套餐', 'nps', '9', '分']);
    expect(terms('ＮＰＳ')).toEqual(['nps']);
    expect(terms('，。！')).toEqual([]);
  });
});

describe('similarity index', () => {
  const index = createSimilarityIndex(documents);

  it('ranks the document that shares the rare words first', () => {
    const [best, ...rest] = index.query('预售尾款一直没有退回来');
    expect(best?.id).toBe('refund');
    expect(rest.every((match) => match.score < best!.score)).toBe(true);
  });

  it('finds a case retold in other words', () => {
    expect(index.query('装宽带的师傅改了三次时间')[0]?.id).toBe('broadband');
    expect(index.query('境外刷卡不是本人')[0]?.id).toBe('fraud');
  });

  it('scores 1 for the same text, 0 matches for nothing in common, and between for partial overlap', () => {
    expect(index.query(documents[2]!.text)[0]).toEqual({ id: 'roaming', score: expect.closeTo(1, 6) });
    expect(index.query('天气晴朗')).toEqual([]);
    const partial = index.query('信用卡')[0]!;
    expect(partial.score).toBeGreaterThan(0);
    expect(partial.score).toBeLessThan(1);
  });

  it('weighs words common to every document less than rare ones', () => {
    // 客户 is in every document, 漫游 in one: a query of both points at the roaming case.
    expect(index.query('客户 漫游')[0]?.id).toBe('roaming');
  });

  it('honours limit, minScore and exclude', () => {
    expect(index.query('客户信用卡', { limit: 1 })).toHaveLength(1);
    expect(index.query('客户信用卡', { minScore: 0.99 })).toEqual([]);
    expect(index.query(documents[0]!.text, { exclude: ['refund'] }).map((match) => match.id)).not.toContain('refund');
  });

  it('applies a normaliser to documents and queries, e.g. Traditional to Simplified', () => {
    const toSimplified = (text: string) => text.replace(/寬帶/g, '宽带').replace(/裝機/g, '装机');
    const normalised = createSimilarityIndex(documents, { normalize: toSimplified });
    expect(normalised.query('寬帶裝機')[0]?.id).toBe('broadband');
    expect(index.query('寬帶裝機')).toEqual([]);
  });

  it('measures how much of a text a document covers: all of its own text, little of a text with other words', () => {
    expect(index.coverage(documents[2]!.text, 'roaming')).toBeCloseTo(1, 6);
    const onTopic = index.coverage('预售尾款退款超时，钱还没到', 'refund');
    // The same case named, plus a long complaint about something no document mentions.
    const offTopic = index.coverage(
      '预售尾款退款超时，钱还没到，另外我家的猫托运时笼子摔坏了，宠物医院的账单也要你们赔',
      'refund',
    );
    expect(onTopic).toBeGreaterThan(0.5);
    expect(offTopic).toBeLessThan(onTopic / 2);
    expect(index.coverage('天气晴朗', 'refund')).toBe(0);
    expect(index.coverage('退款', 'no-such-document')).toBe(0);
  });

  it('handles an empty index', () => {
    const empty = createSimilarityIndex([]);
    expect(empty.size).toBe(0);
    expect(empty.query('退款')).toEqual([]);
  });
});

describe('what npm run new calls a possible duplicate', () => {
  // The way `npm run new` compares: the new title and customer's words against each case's title, summary and words.
  const { cases } = readLibrary(path.join(projectRoot, 'content'));
  const index = createSimilarityIndex(
    cases.map(({ file, data }) => ({
      id: file.id,
      text: [data.title, data.summary, ...data.customerWords].join('\n'),
    })),
  );
  const best = (text: string, exclude: string) => index.query(text, { limit: 1, exclude: [exclude] })[0];

  it('never calls two different sample cases duplicates, though it lists some as related', () => {
    const levels = cases.map(({ file, data }) =>
      resemblance(best([data.title, data.customerWords[0]].join('\n'), file.id)?.score ?? 0),
    );
    expect(levels).not.toContain('duplicate');
    expect(levels).toContain('related');
  });

  it('calls a case written again, with the same title and other customer words, a possible duplicate', () => {
    const retold = cases.filter(({ file, data }) => {
      const match = index.query(`${data.title}\n钱到现在还没回来，你们给个准话`, { limit: 1 })[0];
      return match?.id === file.id && resemblance(match.score) === 'duplicate';
    });
    expect(retold.length).toBe(cases.length);
  });

  it('does not call a 13 % overlap a duplicate', () => {
    expect(resemblance(0.13)).toBe('related');
    expect(resemblance(DUPLICATE_FROM)).toBe('duplicate');
    expect(resemblance(0.05)).toBeUndefined();
  });
});
