import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { compileLexicon, serializeLexicon, type LexiconGroup } from '../../src/lib/lexicon/index.ts';
import { buildCaseSimilarity, createSegmenter, segmentWords } from '../../src/lib/similar/build.ts';
import { similarityText, textKey } from '../../src/lib/similar/cases.ts';
import { conceptOptions, conceptTerm } from '../../src/lib/similar/concepts.ts';
import {
  aboutAnother,
  CLOSE_FROM,
  conceptPart,
  confidenceOf,
  CONFIDENCE_FLOOR,
  namesTheProblem,
  OTHER_PROBLEM_FACTOR,
  SIDE_CONCEPT_WEIGHT,
  strengthOf,
} from '../../src/lib/similar/confidence.ts';
import { encodeFinderIndex, citedByFailureType } from '../../src/lib/similar/finder-index.ts';
import { openFinder } from '../../src/lib/similar/finder.ts';
import { createSimilarityIndex } from '../../src/lib/similar/similarity.ts';
import {
  chooseCaseWords,
  isContentWord,
  MAX_CASE_WORDS,
  sharedWords,
  synonymPairs,
} from '../../src/lib/similar/words.ts';
import { finderCases, kase } from '../helpers/similar-cases.ts';

const groups: LexiconGroup[] = [
  { words: ['冻品', '冷链'], narrower: ['雪糕', '冰淇淋'] },
  { words: ['超售', '超卖'], narrower: ['人满了'] },
  { words: ['暴雨', '强降雨'], narrower: ['台风'] },
];
const key = textKey({ 凍: '冻', 颱: '台' });
const lexicon = compileLexicon(groups, key);

const cases = [
  kase('frozen', '冻品配送途中冷链断了，客户拒收要求全额退款', '东西送到都化成水了'),
  kase('flight', '航班超售，已值机旅客被拒绝登机', '我都值机了凭什么不让我上飞机', { subtype: 'unavailable' }),
  kase('rain', '暴雨导致门店停业，预约到店服务全部顺延', '下这么大雨你们也不提前说一声', { subtype: 'unavailable' }),
  kase('broadband', '宽带装机三次改约，客户请假白等', '三次了，每次都是前一天晚上发短信说改约'),
  kase('roaming', '邮轮漫游账单六千多，坐席没说封顶不适用', '出发前问过说每天封顶'),
];

describe('lexicon concepts as similarity terms', () => {
  const { extraTerms } = conceptOptions(lexicon, key);

  it('gives a document the concept of a group word, and a query also that of a narrower word', () => {
    expect(extraTerms('强降雨停业', 'document')).toEqual([conceptTerm(2)]);
    expect(extraTerms('雪糕化了', 'document')).toEqual([]);
    expect(extraTerms('雪糕化了', 'query')).toEqual([conceptTerm(0)]);
    expect(extraTerms('颱風天航班人滿了', 'query')).toEqual([]);
    expect(extraTerms('台风天航班人满了', 'query')).toEqual([conceptTerm(2), conceptTerm(1)]);
  });

  it('lets a complaint in other words find the case, one way only', () => {
    const texts = cases.map((entry) => ({ id: entry.id, text: similarityText(entry) }));
    const plain = createSimilarityIndex(texts);
    const withConcepts = createSimilarityIndex(texts, conceptOptions(lexicon, key));
    expect(plain.query('买的雪糕到家全化了')).toEqual([]);
    expect(withConcepts.query('买的雪糕到家全化了')[0]?.id).toBe('frozen');
    expect(withConcepts.query('刮台风门店关了')[0]?.id).toBe('rain');
    // A group word counts once, as its concept: the case's own word scores no higher than its synonym.
    expect(withConcepts.query('冻品坏了')[0]?.score).toBeCloseTo(withConcepts.query('冷链坏了')[0]!.score, 6);
    // A case that only says 雪糕 is not found by 冻品: narrower words find their group, not the other way.
    const narrowerOnly = createSimilarityIndex(
      [{ id: 'ice', text: '雪糕化了' }, ...texts],
      conceptOptions(lexicon, key),
    );
    expect(narrowerOnly.query('冻品').map((match) => match.id)).not.toContain('ice');
  });
});

describe('whole-word reasons', () => {
  const segment = createSegmenter(groups.flatMap((group) => [...group.words, ...group.narrower]));

  it('segments a case into content words as written, keeping lexicon words whole', () => {
    const words = segmentWords(
      '我們的航班人滿了，冷鏈斷了',
      textKey({ 們: '们', 滿: '满', 鏈: '链', 斷: '断' }),
      segment,
    ).map((word) => word.text);
    expect(words).toContain('航班');
    expect(words).toContain('人滿了');
    expect(words).toContain('冷鏈');
    expect(words).not.toContain('我們');
    // A width form changes the key's length; words are still given as written.
    expect(segmentWords('ＡＰＰ里退款到帐', key, segment).map((word) => word.text)).toEqual(
      expect.arrayContaining(['ＡＰＰ', '退款']),
    );
    for (const word of words) expect([...word].length).toBeGreaterThanOrEqual(2);
  });

  it('tells content words from function words and single characters', () => {
    expect(['退款', 'etc', '5g', '冷链'].every(isContentWord)).toBe(true);
    expect(['什么', '时候', '钱', '我们', '2026', 'a'].some(isContentWord)).toBe(false);
  });

  it('keeps the heaviest words of each case, and every lexicon word', () => {
    const word = (text: string) => ({ text, key: text });
    const many = Array.from({ length: MAX_CASE_WORDS + 5 }, (_, index) =>
      word(`词${String.fromCharCode(0x4e00 + index)}`),
    );
    const [first, second, third] = chooseCaseWords(
      [
        [word('退款'), word('到账')],
        [word('退款'), word('宽带')],
        [...many, ...many, word('冻品')],
      ],
      (text) => text === '冻品',
    );
    // 退款 is in two cases, 到账 and 宽带 in one: the rarer word explains a match better.
    expect(first).toEqual(['到账', '退款']);
    expect(second).toEqual(['宽带', '退款']);
    // Said twice, the generated words outweigh 冻品, which is kept beyond the limit as a lexicon word.
    expect(third).toHaveLength(MAX_CASE_WORDS + 1);
    expect(third!.at(-1)).toBe('冻品');
  });

  it('names the case words the text has, never a fragment, none inside another', () => {
    const text = key('我的退款到账太慢了，什么时候能退回来');
    expect(sharedWords(text, ['退款到账', '退款', '冻品', '时候能退'], key)).toEqual(['退款到账', '时候能退']);
    expect(sharedWords(text, ['尾款', '冷链'], key)).toEqual([]);
    // A lexicon phrase further down the list takes the place of its parts.
    expect(sharedWords(key('银行重复扣款两次'), ['重复', '扣款', '银行', '两次', '重复扣款'], key)).toEqual([
      '重复扣款',
      '银行',
      '两次',
    ]);
  });

  it("pairs the text's word with the case's synonym, not when the case uses the same word", () => {
    expect(synonymPairs(key('雪糕都化了'), ['冻品', '退款'], lexicon, key)).toEqual([['雪糕', '冻品']]);
    expect(synonymPairs(key('冻品化了'), ['冻品'], lexicon, key)).toEqual([]);
    // A narrower word in the case does not stand for its group.
    expect(synonymPairs(key('冻品化了'), ['雪糕'], lexicon, key)).toEqual([]);
  });
});

describe('confidence', () => {
  it('names a strength from the calibrated cuts, 很接近 only with a shared concept', () => {
    expect(CONFIDENCE_FLOOR).toBeLessThan(CLOSE_FROM);
    expect(strengthOf(CLOSE_FROM)).toBe('close');
    expect(strengthOf(CLOSE_FROM, false)).toBe('partial');
    expect(strengthOf(0.9, false)).toBe('partial');
    expect(strengthOf((CONFIDENCE_FLOOR + CLOSE_FROM) / 2)).toBe('partial');
    expect(strengthOf(CONFIDENCE_FLOOR - 0.01)).toBe('none');
    expect(strengthOf(CONFIDENCE_FLOOR - 0.01, true)).toBe('none');
  });

  it('rises with each measure of agreement, counts shared concepts twice, and stays within 0–1', () => {
    const base = { cosine: 0.1, coverage: 0.2, concepts: 0.05 };
    expect(confidenceOf({ ...base, cosine: 0.2 })).toBeGreaterThan(confidenceOf(base));
    expect(confidenceOf({ ...base, coverage: 0.3 })).toBeGreaterThan(confidenceOf(base));
    // The same cosine, more of it from shared concepts: the same thing named, in whatever words.
    expect(confidenceOf({ ...base, concepts: 0.1 })).toBeGreaterThan(confidenceOf({ ...base, coverage: 0.25 }));
    expect(confidenceOf({ cosine: 0, coverage: 0, concepts: 0 })).toBe(0);
    expect(confidenceOf({ cosine: 1, coverage: 1, concepts: 1 })).toBe(1);
  });
});

/** The finder on the files the build writes for `library` and `lexiconGroups`; `read` records the files it reads. */
function finderOn(library: typeof cases, lexiconGroups: LexiconGroup[], read: string[] = []) {
  const built = buildCaseSimilarity(library, config.categories, 5, lexiconGroups);
  const { meta, shards, chunks } = encodeFinderIndex(
    built.index.serialize(),
    finderCases(library, { words: (id) => built.words.get(id)! }),
  );
  const files = new Map<string, unknown>([
    ['meta.json', meta],
    ['lexicon.json', serializeLexicon(built.lexicon)],
    [
      'help.json',
      { unavailable: { label: '服务不可用', browse: '/browse/failure-type/unavailable/', practices: [], scripts: [] } },
    ],
    ...shards.map((shard, number): [string, unknown] => [`terms-${number}.json`, shard]),
    ...chunks.map((chunk, number): [string, unknown] => [`cases-${number}.json`, chunk]),
  ]);
  return openFinder(async (name) => {
    read.push(name);
    if (!files.has(name)) throw new Error(`no ${name}`);
    return files.get(name);
  });
}

describe('lexicon roles in the confidence', () => {
  it('counts a shared object, person, place or channel less than a shared problem or request', () => {
    const share = 0.04;
    expect(conceptPart([{ weight: share, role: 'problem' }])).toBe(share);
    expect(conceptPart([{ weight: share, role: 'request' }])).toBe(share);
    for (const role of ['object', 'person', 'place', 'channel'] as const)
      expect(conceptPart([{ weight: share, role }])).toBeCloseTo(share * SIDE_CONCEPT_WEIGHT);
    expect(SIDE_CONCEPT_WEIGHT).toBeLessThan(1);
    expect(
      namesTheProblem([
        { weight: share, role: 'object' },
        { weight: share, role: 'place' },
      ]),
    ).toBe(false);
    expect(
      namesTheProblem([
        { weight: share, role: 'object' },
        { weight: share, role: 'problem' },
      ]),
    ).toBe(true);
  });

  // One case about a plan downgrade fee; the complaint names the plan and the fee in other words than the case.
  const plan = [
    kase('plan', '5G 套餐合约期内降档被收违约金', '只是想降个档，凭什么收一千多违约金'),
    ...cases.filter((entry) => entry.id !== 'roaming'),
  ];
  const planGroups = (feeRole: LexiconGroup['role']): LexiconGroup[] => [
    ...groups,
    { words: ['套餐', '资费'], narrower: [], role: 'object' },
    { words: ['违约金', '解约金'], narrower: [], role: feeRole },
  ];
  const complaint = '合约还没到期，换个便宜的资费就要我交解约金，这是什么道理';
  const bestFor = async (feeRole: LexiconGroup['role']) =>
    (await (await finderOn(plan, planGroups(feeRole))).rank(complaint)).results.find(
      (result) => result.url === '/cases/plan/',
    );

  it('is less sure of a case sharing only objects with the complaint than of one sharing its problem', async () => {
    const asProblem = await bestFor('problem');
    const asObject = await bestFor('object');
    expect(asProblem?.score).toBeGreaterThan(asObject?.score ?? 0);
    expect(asProblem?.strength).toBe('close');
    // Sharing only the plan and the fee as things, the case is at most 部分相关, however high its score.
    expect(asObject?.strength ?? 'partial').toBe('partial');
  });
});

describe('a complaint that names another problem than the case', () => {
  // One case about points taken by someone else; the complaints share its points (an object), not its problem.
  const points = [kase('points', '账号积分被异地兑换，客户要求恢复积分', '我的积分被别人兑换走了'), ...cases];
  const pointGroups = (expiryRole: LexiconGroup['role']): LexiconGroup[] => [
    ...groups,
    { words: ['积分', '会员积分'], narrower: [], role: 'object' },
    { words: ['积分被盗', '被别人兑换'], narrower: [], role: 'problem' },
    { words: ['清零', '过期作废'], narrower: [], role: expiryRole },
  ];
  const scoreOf = async (text: string, expiryRole: LexiconGroup['role']) =>
    (await (await finderOn(points, pointGroups(expiryRole))).rank(text)).results.find(
      (result) => result.url === '/cases/points/',
    )?.score ?? 0;

  it('is less sure of a case that shares only a product when the complaint says what else went wrong', async () => {
    const complaint = '攒了三年的会员积分年底就要清零，办卡的时候谁也没说过积分有期限';
    // The same words and weights; only whether the lexicon calls 清零 a problem differs.
    const named = await scoreOf(complaint, 'problem');
    const unnamed = await scoreOf(complaint, 'object');
    expect(unnamed).toBeGreaterThan(0);
    expect(named).toBeCloseTo(unnamed * OTHER_PROBLEM_FACTOR);
    expect(OTHER_PROBLEM_FACTOR).toBeLessThan(1);
  });

  it('is less sure of a case sharing only a request when the complaint names a problem the case lacks', async () => {
    // 恢复积分 follows many problems; the complaint's own problem is 清零, which the case does not share.
    const requested = [
      ...pointGroups('problem'),
      { words: ['恢复积分', '把积分补回来'], narrower: [], role: 'request' as const },
    ];
    const scoreWith = async (expiryRole: LexiconGroup['role']) => {
      const withRole = requested.map((group) => (group.words[0] === '清零' ? { ...group, role: expiryRole } : group));
      return (
        (await (await finderOn(points, withRole)).rank('积分年底就要清零了，你们能不能把积分补回来')).results.find(
          (result) => result.url === '/cases/points/',
        )?.score ?? 0
      );
    };
    expect(await scoreWith('problem')).toBeCloseTo((await scoreWith('object')) * OTHER_PROBLEM_FACTOR);
    expect(aboutAnother(['problem', 'request'], ['request', 'object'])).toBe(true);
    expect(aboutAnother(['request'], ['request'])).toBe(false);
    expect(aboutAnother(['object', 'place'], [])).toBe(false);
  });

  it('keeps its full confidence when the case shares one of the problems the complaint names', async () => {
    // 积分被别人兑换 is the case's problem; 清零 is named in passing.
    const complaint = '我的积分被别人兑换了，客服还说反正年底也要清零，这是什么态度';
    expect(await scoreOf(complaint, 'problem')).toBeCloseTo(await scoreOf(complaint, 'object'));
  });
});

describe('the finder, on its files', () => {
  const read: string[] = [];
  const finder = finderOn(cases, groups, read);

  it('finds the case a complaint tells in other words, and says which synonym', async () => {
    const { results } = await (await finder).rank('航班人满了，我都值机了还不让我登机');
    expect(results[0]).toMatchObject({ url: '/cases/flight/', strength: 'close' });
    expect(results[0]!.synonyms).toContainEqual(['人满了', '超售']);
    expect(results[0]!.shared).toContain('值机');
    for (const word of results[0]!.shared) expect('航班人满了，我都值机了还不让我登机').toContain(word);
  });

  it('finds the case a complaint tells with words inserted into a lexicon phrase', async () => {
    const banned = [kase('banned', '店铺被封号，客户申诉三次无人处理', '封号了也不告诉我为什么'), ...cases];
    const banGroups = [...groups, { words: ['封号', '账号被封'], narrower: [], role: 'problem' as const }];
    const complaint = '我的账号被平台封了，申诉好几回都石沉大海';
    const { results } = await (await finderOn(banned, banGroups)).rank(complaint);
    expect(results[0]).toMatchObject({ url: '/cases/banned/', strength: 'close' });
    expect(results[0]!.synonyms).toContainEqual(['账号被封', '封号']);
    // Another problem said the same way is no longer taken for the banned shop: it names 被封 nowhere.
    const other = await (await finderOn(banned, banGroups)).rank('我的账号被平台扣了积分，申诉好几回都石沉大海');
    expect(other.results.find((result) => result.url === '/cases/banned/')?.strength ?? 'partial').toBe('partial');
  });

  it('weighs a word for something no case covers as its characters, so the complaint stays unexplained', async () => {
    // No case is about bundling: the complaint shares only its plan with the plan case (the best score, shown or not).
    const plan = [kase('plan', '5G 套餐合约期内降档被收违约金', '只是想降个档，凭什么收一千多违约金'), ...cases];
    const complaint = '套餐里硬塞了视频会员，这不就是捆绑销售吗';
    const scoreWith = async (lexiconGroups: LexiconGroup[]) =>
      (await (await finderOn(plan, lexiconGroups)).rank(complaint)).best;
    const bundling = { words: ['捆绑销售', '搭售'], narrower: [], role: 'object' as const };
    const withoutWord = await scoreWith([...groups, { words: ['套餐', '资费'], narrower: [], role: 'object' }]);
    const withWord = await scoreWith([...groups, { words: ['套餐', '资费'], narrower: [], role: 'object' }, bundling]);
    expect(withoutWord).toBeGreaterThan(0);
    // Counted once, the word would shrink what the case does not explain, and the plan case would look closer.
    // Only the characters at the word's edges differ (是捆, 售吗): within a tenth.
    expect(Math.abs(withWord - withoutWord)).toBeLessThan(withoutWord / 10);
    const { extraTerms } = conceptOptions(lexicon, key, () => false);
    expect(extraTerms('强降雨停业', 'query')).toHaveLength(2);
    expect(extraTerms('强降雨停业', 'document')).toEqual([conceptTerm(2)]);
    expect(conceptOptions(lexicon, key).extraTerms('强降雨停业', 'query')).toEqual([conceptTerm(2)]);
  });

  it('calls a case 很接近 only with a shared lexicon concept, however many words it shares with the text', async () => {
    // The broadband case's own words, but not one lexicon concept: the same words, maybe another problem.
    const { results } = await (await finder).rank('宽带装机三次改约，客户请假白等，每次都是前一天晚上发短信说改约');
    expect(results[0]).toMatchObject({ url: '/cases/broadband/', strength: 'partial' });
    expect(results[0]!.score).toBeGreaterThanOrEqual(CLOSE_FROM);
  });

  it('says there is no close case for a complaint no case covers, with a guess only when a case is near', async () => {
    const far = await (await finder).rank('物业费一下涨了三成，问物业就说成本上涨');
    expect(far).toMatchObject({ results: [], nearest: [] });
    expect(far.guess).toBeUndefined();
  });

  it('lists the nearest cases beside "no close case" when a case is near but under the floor', async () => {
    // Few words, none of them the case's problem words: too weak to call a match, near enough to offer.
    const near = await (await finder).rank('门店说下雨不开门');
    expect(near.results).toEqual([]);
    expect(near.best).toBeLessThan(CONFIDENCE_FLOOR);
    expect(near.nearest.map(({ url, strength }) => [url, strength])).toEqual([['/cases/rain/', 'distant']]);
    expect(near.guess).toBe('unavailable');
    // A close case is shown as a result, never again as a nearest one.
    expect((await (await finder).rank('航班人满了，我都值机了还不让我登机')).nearest).toEqual([]);
  });

  it("reads only the shards of the text's terms, and help.json only when asked", async () => {
    const opened = await finder;
    read.length = 0;
    await opened.rank('雪糕');
    expect(read.every((name) => /^(terms|cases)-\d+\.json$/.test(name))).toBe(true);
    expect((await opened.help('unavailable'))?.label).toBe('服务不可用');
    expect(await opened.help('constructor')).toBeUndefined();
  });
});

describe('help for a failure type', () => {
  it('lists the practices and scripts its cases cite most', () => {
    const cited = citedByFailureType([
      { failureType: 'slow', practices: ['a', 'b'], scripts: ['s'] },
      { failureType: 'slow', practices: ['b'], scripts: [] },
      { failureType: 'rude', practices: [], scripts: ['t'] },
    ]);
    expect(cited.get('slow')).toEqual({ practices: ['b', 'a'], scripts: ['s'] });
    expect(cited.get('rude')).toEqual({ practices: [], scripts: ['t'] });
  });
});
