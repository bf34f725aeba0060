import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextFold } from '../../src/lib/text/text-fold.ts';
import { compileLexicon, loadLexicon, serializeLexicon, type LexiconGroup } from '../../src/lib/lexicon/index.ts';
import { readLexicon } from '../../src/library/read.ts';
import { projectRoot } from '../helpers/paths.ts';

const groups: LexiconGroup[] = [
  { words: ['退款', '退钱', '钱没退', '退回来'], narrower: [] },
  { words: ['冻品', '冷链'], narrower: ['雪糕', '冰淇淋'] },
  { words: ['退款没到账', '钱没到账'], narrower: [] },
  { words: ['超售', '人满了', '没座位'], narrower: [] },
  { words: ['ETC', '不停车收费'], narrower: [] },
  { words: ['台风', '八号风球'], narrower: [] },
];

describe('lexicon expansion', () => {
  const lexicon = compileLexicon(groups);

  it('lets any word of a group find every other word of it', () => {
    expect(lexicon.expand('退钱')).toEqual(['退钱', '退款', '钱没退', '退回来']);
    expect(lexicon.expand('没座位')).toEqual(['没座位', '超售', '人满了']);
  });

  it('lets a narrower word find its group, but not the group find the narrower word', () => {
    expect(lexicon.expand('雪糕')).toEqual(['雪糕', '冻品', '冷链']);
    expect(lexicon.expand('冻品')).toEqual(['冻品', '冷链']);
    expect(lexicon.expand('冻品')).not.toContain('冰淇淋');
    // Two narrower words of one group are not synonyms of each other.
    expect(lexicon.expand('冰淇淋')).not.toContain('雪糕');
  });

  it('returns the term alone when the lexicon does not know it', () => {
    expect(lexicon.expand('宽带')).toEqual(['宽带']);
  });

  it('compares Latin words case-insensitively', () => {
    expect(lexicon.expand('etc')).toEqual(['etc', '不停车收费']);
  });

  it('names a group by its first word as written', () => {
    expect(lexicon.label(4)).toBe('ETC');
    expect(lexicon.label(1)).toBe('冻品');
  });
});

describe('lexicon scan', () => {
  const lexicon = compileLexicon(groups);

  it('finds every lexicon word in a text, with offsets and group', () => {
    expect(lexicon.find('客户说人满了，买的雪糕也化了')).toEqual([
      { start: 3, end: 6, word: '人满了', group: 3 },
      { start: 9, end: 11, word: '雪糕', group: 1 },
    ]);
  });

  it('takes the longest word at a position, and does not find words inside it', () => {
    // 退款 starts the longer 退款没到账: one match, for the longer group.
    expect(lexicon.find('我的退款没到账啊')).toEqual([{ start: 2, end: 7, word: '退款没到账', group: 2 }]);
    expect(lexicon.find('退款申请')).toEqual([{ start: 0, end: 2, word: '退款', group: 0 }]);
  });

  it('finds a Latin word or number only whole, while Han words need no spaces', () => {
    const latin = compileLexicon([
      ...groups,
      { words: ['App', '客户端'], narrower: [] },
      { words: ['12315', '消协'], narrower: [] },
    ]);
    expect(latin.find('whatsapp里说etc扣费').map((match) => match.word)).toEqual(['etc']);
    expect(latin.find('app里反馈，打了12315').map((match) => match.word)).toEqual(['app', '12315']);
    expect(latin.find('订单号123156，etcetera')).toEqual([]);
  });

  it('finds nothing in a text without lexicon words', () => {
    expect(lexicon.find('今天天气很好')).toEqual([]);
    expect(lexicon.find('')).toEqual([]);
  });
});

describe('lexicon scan with words inserted (the finder reads customers so)', () => {
  const phrases: LexiconGroup[] = [
    { words: ['账户', '账号'], narrower: [], role: 'object' },
    { words: ['封号', '账号被封'], narrower: [], role: 'problem' },
    { words: ['爽约', '没人来'], narrower: [], role: 'problem' },
    { words: ['停电', '断电'], narrower: [], role: 'problem' },
  ];
  const loose = compileLexicon(phrases, undefined, { gap: 3 });

  it('finds a phrase said with a few characters inserted inside one clause, spanning them', () => {
    expect(loose.find('我的账号被平台封了')).toEqual([{ start: 2, end: 8, word: '账号被封', group: 1 }]);
    expect(loose.find('约好的师傅没有人来').map((match) => match.word)).toEqual(['没人来']);
    // Without a gap, as the search and the build read text: only the word as written.
    expect(
      compileLexicon(phrases)
        .find('我的账号被平台封了')
        .map((match) => match.word),
    ).toEqual(['账号']);
  });

  it('does not bridge a clause, more characters than the gap, or a two-character word', () => {
    expect(loose.find('账号被，平台封了').map((match) => match.word)).toEqual(['账号']);
    expect(loose.find('账号被那个平台封了').map((match) => match.word)).toEqual(['账号']);
    expect(loose.find('停了两天电')).toEqual([]);
  });

  it('prefers the word as written when an inserted reading is no longer', () => {
    expect(loose.find('账号被封了').map((match) => [match.word, match.end])).toEqual([['账号被封', 4]]);
  });
});

// OpenCC loads in about half a second, much more on a busy machine.
describe('lexicon folding', { timeout: 30_000 }, () => {
  // The fold the build uses (OpenCC per character, as the search index folds).
  const fold = createTextFold();
  const lexicon = compileLexicon(groups, fold);

  it('matches a word written in Simplified when the customer writes Traditional, and the reverse', () => {
    expect(lexicon.expand('八號風球')).toEqual(['八号风球', '台风']);
    expect(lexicon.expand('颱風')).toEqual(['台风', '八号风球']);
    expect(lexicon.expand('退錢')).toContain('退款');
  });

  it('scans folded text', () => {
    expect(lexicon.find(fold('今日掛八號風球，航班取消')).map((match) => lexicon.label(match.group))).toEqual(['台风']);
  });

  it('matches a group written in Traditional from Simplified text', () => {
    const traditional = compileLexicon([{ words: ['帳戶凍結', '凍卡'], narrower: [] }], fold);
    expect(traditional.expand('账户冻结')).toEqual(['账户冻结', '冻卡']);
    expect(traditional.label(0)).toBe('帳戶凍結');
  });
});

describe('lexicon serialisation', () => {
  it('round-trips everything matching needs, and stays small', () => {
    const lexicon = compileLexicon(groups);
    const data = serializeLexicon(lexicon);
    const loaded = loadLexicon(JSON.parse(JSON.stringify(data)) as typeof data);
    for (const term of ['雪糕', '冻品', '退钱', 'ETC', '宽带'])
      expect(loaded.expand(term)).toEqual(lexicon.expand(term));
    expect(loaded.find('人满了，雪糕化了')).toEqual(lexicon.find('人满了，雪糕化了'));
    expect(loaded.label(1)).toBe('冻品');
    // Only the words: no file names, lines or notes go to the browser.
    expect(
      JSON.stringify(
        serializeLexicon(
          compileLexicon([{ ...groups[0]!, file: 'content/lexicon/refunds.yaml', line: 3, note: '说明' }]),
        ),
      ),
    ).not.toMatch(/refunds|说明/);
  });
});

describe('the sample lexicon', { timeout: 30_000 }, () => {
  const groups = readLexicon(path.join(projectRoot, 'content'));
  const fold = createTextFold();
  const lexicon = compileLexicon(groups, fold);

  it('has at least 150 groups, each with the file and line it is written on', () => {
    expect(groups.length).toBeGreaterThanOrEqual(150);
    const first = groups.find((group) => group.words.includes('冻品'))!;
    expect(first.file).toBe('product-quality');
    expect(
      readFileSync(path.join(projectRoot, 'content/lexicon/product-quality.yaml'), 'utf8').split('\n')[first.line! - 1],
    ).toContain('冻品');
  });

  it('connects what agents typed and found nothing for to the library’s words', () => {
    const labels = (text: string) => lexicon.find(fold(text)).map((match) => lexicon.label(match.group));
    expect(labels('退款迟迟没到账')).toEqual(['退款到账']);
    expect(labels('没收到货')).toEqual(['没收到货']);
    expect(labels('态度差')).toEqual(['服务态度']);
    expect(labels('银行卡被盗刷怎么办')).toEqual(['盗刷']);
    expect(lexicon.expand('雪糕')).toContain('冻品');
    expect(lexicon.expand('台风')).toContain('暴雨');
    expect(lexicon.expand('人满了')).toContain('超售');
    expect(lexicon.expand('欧洲流量包')).toContain('漫游');
    expect(lexicon.expand('颱風')).toContain('暴雨');
  });
});
