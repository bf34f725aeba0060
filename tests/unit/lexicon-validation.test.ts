import { describe, expect, it } from 'vitest';
import { libraryProblems } from '../helpers/temp-library.ts';

/**
 * Problems of a library holding these lexicon files, as `file:line:column field message — hint`, paths from the library
 * root.
 */
const problemsOf = (files: Record<string, string>) =>
  libraryProblems(Object.fromEntries(Object.entries(files).map(([name, text]) => [`lexicon/${name}`, text])));

const file = (groups: string) => `title: 退款与支付\ngroups:\n${groups}`;

// The first check loads OpenCC (about half a second, much more on a busy machine).
describe('lexicon validation', { timeout: 30_000 }, () => {
  it('accepts groups of two words or more, with narrower words and a note', () => {
    expect(
      problemsOf({
        'refunds.yaml': file(
          '  - words: [退款, 退钱]\n  - words: [冻品, 冷链]\n    narrower: [雪糕]\n    note: 生鲜冷链商品\n' +
            '  - words: [12315, 消协]\n',
        ),
      }),
    ).toEqual([]);
  });

  it('refuses a single-character word, at its line, saying why', () => {
    expect(problemsOf({ 'refunds.yaml': file('  - words: [退款, 退钱]\n  - words: [冻品, 冻]\n') })).toEqual([
      'lexicon/refunds.yaml:4:17 groups[1].words[1] 「冻」只有一个字 — 单字几乎出现在每个案例里，会让什么都匹配；' +
        '请写成完整的词，例如把“冻”写成“冻品”',
    ]);
  });

  it('refuses a group of more than 30 words (narrower words count), as too broad', () => {
    const words = Array.from({ length: 26 }, (_, n) => `退款${n}号`).join(', ');
    const problems = problemsOf({
      'refunds.yaml': file(`  - words: [${words}]\n    narrower: [退款甲, 退款乙, 退款丙, 退款丁, 退款戊]\n`),
    });
    expect(problems).toEqual([
      'lexicon/refunds.yaml:3:5 groups[0].words 这一组有 31 个词（含下位词），' +
        '超过 30 个 — 组太大会让几乎所有案例都互相匹配；请按含义拆成几组，每组只放真正说同一件事的词',
    ]);
  });

  it('refuses an empty group, a group of one word and a group of narrower words only', () => {
    expect(
      problemsOf({
        'refunds.yaml': file('  - words: []\n  - words: [退款]\n  - words: []\n    narrower: [雪糕, 冰淇淋]\n'),
      }),
    ).toEqual([
      'lexicon/refunds.yaml:3:5 groups[0].words 这一组是空的 — 请写上至少两个说同一件事的词，或删掉这一组',
      'lexicon/refunds.yaml:4:5 groups[1].words 这一组只有一个词 — 同义词组至少要有两个词（同义词或下位词）；' +
        '没有别的说法就删掉这一组',
      'lexicon/refunds.yaml:5:5 groups[2].words 这一组只有下位词 ' +
        '— words 里至少写一个案例库自己的叫法（它是这一组的名字），更具体的说法才写在 narrower 里',
    ]);
  });

  it('refuses a word that is only the Traditional twin of another word of its group', () => {
    expect(problemsOf({ 'refunds.yaml': file('  - words: [退钱, 退款, 退錢]\n') })).toEqual([
      'lexicon/refunds.yaml:3:21 groups[0].words[2] 「退錢」和「退钱」只是繁简写法不同 — 只写一种写法就行：' +
        '搜索时繁体和简体会自动互通，请删掉其中一个',
    ]);
  });

  it('refuses a word claimed by two different groups, in the same file or another, naming where it is already', () => {
    const problems = problemsOf({
      'a-refunds.yaml': file('  - words: [退款, 退钱]\n  - words: [解冻, 账户解冻]\n'),
      'b-food.yaml': 'title: 冷链\ngroups:\n  - words: [化冻, 解凍]\n  - words: [退钱, 钱没退]\n',
    });
    expect(problems).toEqual([
      'lexicon/b-food.yaml:3:17 groups[0].words[1] 「解凍」已在 lexicon/a-refunds.yaml 第 4 行「解冻」那一组里 ' +
        '— 一个词只能属于一组：两组说的是同一件事就合并成一组，不是就从其中一组删掉这个词',
      'lexicon/b-food.yaml:4:13 groups[1].words[0] 「退钱」已在 lexicon/a-refunds.yaml 第 3 行「退款」那一组里 ' +
        '— 一个词只能属于一组：两组说的是同一件事就合并成一组，不是就从其中一组删掉这个词',
    ]);
  });

  it('refuses a role outside the list, at its line, naming the roles a group may have', () => {
    expect(
      problemsOf({
        'refunds.yaml': file('  - words: [退款, 退钱]\n    role: request\n  - words: [套餐, 资费]\n    role: 产品\n'),
      }),
    ).toEqual([
      'lexicon/refunds.yaml:6:5 groups[1].role 「产品」不是有效的词组角色 — 可选值：' +
        'problem（问题）、request（诉求与办理）、object（对象）、person（人员）、place（地点）、channel（渠道）',
    ]);
  });

  it('accepts the same group written identically in two files', () => {
    expect(
      problemsOf({ 'a.yaml': file('  - words: [退款, 退钱]\n'), 'b.yaml': file('  - words: [退钱, 退款]\n') }),
    ).toEqual([]);
  });

  it('refuses unknown keys, several words in one item, and a file without groups', () => {
    expect(problemsOf({ 'refunds.yaml': file('  - words: [退款, 退钱]\n    narow: [退货退款]\n') })[0]).toMatch(
      new RegExp(
        String.raw`^lexicon\/refunds\.yaml:4:5 groups\[0\]\.narow 未知字段 「narow」 — ` +
          String.raw`可能拼错了，可用字段：words、narrower、role、note$`,
      ),
    );
    expect(problemsOf({ 'refunds.yaml': file('  - words: [退款/退钱, 退回来]\n') })).toEqual([
      'lexicon/refunds.yaml:3:13 groups[0].words[0] 「退款/退钱」里有分隔符号 — 每个词单独写一项，用英文逗号隔开，' +
        '例如 [退款, 退钱]',
    ]);
    expect(problemsOf({ 'refunds.yaml': 'title: 退款与支付\n' })).toEqual([
      'lexicon/refunds.yaml:1:1 groups 缺少同义词组 — 请写成列表，每项一行，以“- ”开头',
    ]);
  });
});
