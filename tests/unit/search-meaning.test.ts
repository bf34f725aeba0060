import { describe, expect, it } from 'vitest';
import { compileLexicon, loadLexicon } from '../../src/lib/lexicon/index.ts';
import {
  bucketOf,
  createWordCounter,
  lexiconWordList,
  packConceptPostings,
  unpackPostings,
  wordGroups,
  wordWeight,
} from '../../src/lib/search/concept-postings.ts';
import { serializeLexicon } from '../../src/lib/lexicon/index.ts';
import {
  browserLexicon,
  findByMeaning,
  foldQuery,
  fuseRankings,
  isLongText,
  rankByCoverage,
  relaxQuery,
  relaxes,
  type LiteralMatcher,
} from '../../src/lib/search/meaning.ts';
import { foldWith } from '../helpers/character-folds.ts';

const lexicon = compileLexicon([
  { words: ['退款', '退钱', '钱没退', '退回来'], narrower: [] },
  { words: ['未到账', '没到账', '没收到钱'], narrower: [] },
  { words: ['延误', '延迟', '迟迟'], narrower: [] },
  { words: ['冻品', '冷链'], narrower: ['雪糕', '冰淇淋'] },
  { words: ['服务态度差', '态度差', '态度不好'], narrower: [] },
  { words: ['盗刷', '被盗刷'], narrower: [] },
]);
const texts = (query: string) => relaxQuery(query, lexicon).map((part) => part.text);

describe('relaxing a query into parts', () => {
  it('finds lexicon words, longest first, and expands each to its group', () => {
    const parts = relaxQuery('退钱没到账', lexicon);
    expect(parts.map((part) => part.text)).toEqual(['退钱', '没到账']);
    expect(parts[0]!.alternatives).toEqual(['退钱', '退款', '钱没退', '退回来']);
    expect(parts[1]!.alternatives).toContain('未到账');
  });
  it('keeps leftover words, drops fillers and lone characters, and joins characters the segmenter split', () => {
    expect(texts('银行卡被盗刷怎么办')).toEqual(['银行', '被盗刷']);
    expect(texts('退款为什么还没有到账')).toEqual(['退款', '到账']);
    // A filler typed in Traditional is dropped as well: 怎麼辦 folds to 怎么办 (not to 怎幺办, OpenCC's Taiwan fold).
    const { folded, written } = foldQuery('盜刷怎麼辦', foldWith({ 盜: '盗', 麼: '么', 辦: '办' }));
    expect(relaxQuery(folded, lexicon, { written }).map((part) => part.written)).toEqual(['盜刷']);
    expect(relaxQuery('宽带装了三天了吗', lexicon)[0]).toEqual({
      text: '宽带装',
      written: '宽带装',
      alternatives: ['宽带装', '宽带', '带装'],
      pieces: { 宽带: '宽带', 带装: '带装' },
    });
  });
  it('cuts finer on a second try: lexicon phrases into their words, characters left alone kept', () => {
    expect(texts('配送延误')).toEqual(['配送', '延误']);
    expect(relaxQuery('服务态度差还吼人', lexicon, { fine: true }).map((part) => part.text)).toEqual([
      '服务',
      '态度',
      '差',
      '吼人',
    ]);
    expect(relaxQuery('客户一直吼', lexicon, { fine: true }).map((part) => part.text)).toEqual(['客户', '吼']);
    expect(relaxQuery('网路很慢', lexicon, { fine: true }).map((part) => part.alternatives)).toEqual([
      ['网路'],
      ['很慢', '慢'],
    ]);
    // The start of a lexicon word (未到 of 未到账) finds its group, on the second try only.
    expect(relaxQuery('未到', lexicon, { fine: true })[0]!.alternatives).toEqual([
      '未到',
      '未到账',
      '没到账',
      '没收到钱',
    ]);
    expect(relaxQuery('未到', lexicon)[0]!.alternatives).toEqual(['未到']);
    // 地 is a particle, but 基地 is one word: nothing is cut from it.
    expect(relaxQuery('火星基地', lexicon, { fine: true }).map((part) => part.alternatives)).toEqual([
      ['火星'],
      ['基地'],
    ]);
  });
  it('lets a narrower word find its group, but not the group its narrower words', () => {
    expect(relaxQuery('雪糕化了', lexicon)[0]!.alternatives).toEqual(['雪糕', '冻品', '冷链']);
    expect(relaxQuery('冷链', lexicon)[0]!.alternatives).not.toContain('雪糕');
  });
  it('keeps Latin words and numbers, and splits on punctuation and spaces', () => {
    expect(texts('5g 套餐，退钱！')).toEqual(['5g', '套餐', '退钱']);
  });
  it('says whether a relaxation adds anything to the literal search', () => {
    expect(relaxes(relaxQuery('火星', lexicon))).toBe(false);
    expect(relaxes(relaxQuery('态度差', lexicon))).toBe(true);
    expect(relaxes(relaxQuery('火星 基地', lexicon))).toBe(true);
  });
  it('folds the query as the lexicon stores its words and stays bounded on hostile input', () => {
    const fold = foldWith({ 錢: '钱', 帳: '账', 沒: '没' });
    const { folded, written } = foldQuery('退錢沒到帳', fold);
    expect(folded).toBe('退钱没到账');
    expect(relaxQuery(folded, lexicon, { written }).map((part) => part.written)).toEqual(['退錢', '沒到帳']);
    expect(foldQuery('a\uD800b', fold).folded).toBe('a b');
    const hostile = foldQuery('<img src=x onerror=alert(1)>.*+?^${}()|[]\\'.repeat(1000), fold).folded;
    expect(hostile.length).toBeLessThanOrEqual(500);
    expect(relaxQuery(hostile, lexicon).length).toBeLessThanOrEqual(12);
    expect(relaxQuery('退'.repeat(10_000), lexicon)).toEqual([
      {
        text: '退'.repeat(500),
        written: '退'.repeat(500),
        alternatives: ['退'.repeat(500), '退退'],
        pieces: { 退退: '退退' },
      },
    ]);
  });
});

describe('ranking by how much of the query an entry covers', () => {
  const found = (...entries: [string, number][]) => new Map(entries);
  it('puts entries covering more of the query first, rarer parts weighing more', () => {
    // Part 0 is common (4 of 10 entries), part 1 rare (1 entry), part 2 in between.
    const ranked = rankByCoverage(
      [found(['a', 1], ['b', 1], ['c', 1], ['d', 1]), found(['c', 1]), found(['a', 1], ['c', 1])],
      10,
    );
    expect(ranked.map((hit) => hit.id)).toEqual(['c', 'a']);
    expect(ranked[0]!.coverage).toBeCloseTo(1);
    expect(ranked[0]!.covered).toEqual([0, 1, 2]);
  });
  it('requires half the parts, or else the best-covered entries', () => {
    // b and c cover two parts each (c the rarer ones), a only one of four.
    const ranked = rankByCoverage([found(['a', 1], ['b', 1]), found(['b', 1]), found(['c', 1]), found(['c', 1])], 10);
    expect(ranked.map((hit) => hit.id)).toEqual(['c', 'b']);
    expect(rankByCoverage([found(['a', 1]), found(['b', 2]), found(), found()], 10).map((hit) => hit.id)).toEqual([
      'b',
      'a',
    ]);
  });
  it('drops parts that find nothing and leaves out excluded entries', () => {
    const ranked = rankByCoverage([found(['a', 1], ['b', 1]), found()], 10, new Set(['a']));
    expect(ranked).toEqual([{ id: 'b', coverage: 1, covered: [0], score: 1 }]);
    expect(rankByCoverage([found(), found()], 10)).toEqual([]);
  });
});

describe('meaning matches through the literal engine', () => {
  const library: Record<string, string> = {
    daily: '晨会讨论：退款超时',
    presale: '预售尾款退款迟迟未到账',
    refund: '退款超时',
    late: '航班延误',
    cold: '冷链雪糕融化',
  };
  const engine: LiteralMatcher & { searched: string[] } = {
    size: Object.keys(library).length,
    searched: [],
    record: (id) => ({ kind: id === 'daily' ? 'daily' : 'case' }),
    async matchAny(alternatives) {
      this.searched.push(...alternatives);
      return new Map(
        Object.entries(library)
          .filter(([, text]) => alternatives.some((word) => text.includes(word)))
          .map(([id]) => [id, 1]),
      );
    },
    admit: (found) => new Map(found),
  };
  it('finds the entry that says it in the library’s words, and tells which word matched', async () => {
    const matches = await findByMeaning(engine, relaxQuery('退钱没到账', lexicon));
    expect(matches[0]!.id).toBe('presale');
    expect(matches[0]!.words).toEqual([
      { part: '退钱', via: '退款' },
      { part: '没到账', via: '未到账' },
    ]);
    // A daily entry retelling a case comes after the case.
    expect(matches.map((match) => match.id)).toEqual(['presale', 'refund', 'daily']);
  });
  it('reads lexicon words’ entries from the build’s postings, searching the index for the others only', async () => {
    const ids = Object.keys(library);
    const serialized = serializeLexicon(lexicon);
    const count = createWordCounter(serialized);
    const { meta, buckets } = packConceptPostings(
      serialized,
      ids.map((id) => count(library[id]!)),
      ids.map((id) => library[id]!.length),
      'check',
    );
    const groups = wordGroups(serialized);
    const concepts = {
      async find(words: readonly string[]) {
        const found = new Map<string, Map<string, number>>();
        for (const word of words) {
          const group = groups.get(word)?.[0];
          if (group === undefined) continue;
          const list = buckets[bucketOf(group, meta.buckets)]!.words[word] ?? [];
          found.set(word, new Map([...unpackPostings(list)].map(([entry, weight]) => [ids[entry]!, weight])));
        }
        return found;
      },
    };
    engine.searched.length = 0;
    const matches = await findByMeaning(engine, relaxQuery('退钱没到账 尾款', lexicon), {}, new Set(), concepts);
    expect(matches[0]!.id).toBe('presale');
    expect(matches[0]!.words).toEqual([
      { part: '退钱', via: '退款' },
      { part: '没到账', via: '未到账' },
      { part: '尾款', via: '尾款' },
    ]);
    // Only the word the lexicon does not hold went to the index.
    expect(engine.searched).toEqual(['尾款']);
  });
  it('counts a lexicon word wherever the literal search would find it, and a Latin word only whole', () => {
    const small = { version: 1 as const, groups: [{ w: ['退款', 'app'] }, { w: ['款迟', '钱没退'] }] };
    const words = lexiconWordList(small);
    const counted = createWordCounter(small)('预售退款迟迟，退款 app，whatsapp', '退款');
    const counts = Object.fromEntries(
      Array.from({ length: counted.length / 2 }, (_, pair) => [words[counted[2 * pair]!], counted[2 * pair + 1]]),
    );
    expect(counts).toEqual({ 退款: 2 + 5, 款迟: 1, app: 1 });
    // Said more often, or in a shorter entry, weighs more; always 1–9.
    expect(wordWeight(5, 100, 100)).toBeGreaterThan(wordWeight(1, 100, 100));
    expect(wordWeight(1, 50, 100)).toBeGreaterThan(wordWeight(1, 400, 100));
    expect(wordWeight(1000, 1, 100)).toBe(9);
    expect(wordWeight(1, 100_000, 100)).toBe(1);
  });
  it('leaves out what the literal results already show', async () => {
    const matches = await findByMeaning(engine, relaxQuery('退钱没到账', lexicon), {}, new Set(['presale', 'daily']));
    expect(matches.map((match) => match.id)).toEqual(['refund']);
  });
});

describe('the lexicon file for the browser and the long-text ranking', () => {
  it('holds every word folded once, and matches queries folded the same way', () => {
    const fold = (text: string) => text.replace(/錢/g, '钱').replace(/帳/g, '账').toLowerCase();
    const data = browserLexicon([{ words: ['退錢', '退钱', 'ETC扣款'], narrower: ['錢沒退'] }], fold);
    expect(data.groups).toEqual([{ w: ['退钱', 'etc扣款'], n: ['钱沒退'] }]);
    expect(data.written).toEqual({ 退钱: '退錢', etc扣款: 'ETC扣款', 钱沒退: '錢沒退' });
    expect(loadLexicon(data).expand('钱沒退')).toEqual(['钱沒退', '退钱', 'etc扣款']);
  });
  it('fuses rankings by reciprocal rank, agreement first', () => {
    expect(
      fuseRankings([
        { keys: ['a', 'b', 'c'], weight: 1 },
        { keys: ['c', 'd'], weight: 2 },
      ]),
    ).toEqual(['c', 'd', 'a', 'b']);
  });
  it('tells a pasted text from typed words', () => {
    expect(isLongText('退款迟迟没到账')).toBe(false);
    expect(isLongText('我都退了一个礼拜了钱还没到账，每次打电话都让我再等等')).toBe(true);
  });
});
