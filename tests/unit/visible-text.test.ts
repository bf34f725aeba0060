import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/library/source-file.ts';
import { alignToSource, foldVisible, visibleRuns } from '../../src/lib/text/visible-text.ts';

/** The characters of `source` each code unit of a folded text came from. */
const origins = (source: string, text: string, origin: (index: number) => number) =>
  [...text].map((_, index) => source[origin(index)]).join('');

describe('foldVisible: the text as it reads', () => {
  it('folds full-width digits, letters, ＠, ＋, －, ．, and other forms that read as them (NFKC)', () => {
    expect(foldVisible('１３９　ＱＱ＠ｑｑ．ｃｏｍ ＋８６－ ①② ¹²³ ㈠').text).toBe('139 QQ@qq.com +86- 12 123 ㈠');
  });

  it('folds every character whose compatibility form is a digit, a letter or @, and keeps Chinese punctuation', () => {
    const missed: string[] = [];
    for (let code = 0xa0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      const form = character.normalize('NFKC');
      if (form !== character && /[0-9A-Za-z@]/.test(form) && foldVisible(`1${character}`).text !== `1${form}`)
        missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
    expect(foldVisible('客户说：“钱呢？”（已退）——好吧……').text).toBe('客户说：“钱呢？”（已退）——好吧……');
  });

  it('removes zero-width characters, the word joiner, BOM and soft hyphens', () => {
    expect(foldVisible('139\u200B1234\u200C5\u200D6\u20607\uFEFF8\u00AD9').text).toBe('139123456789');
  });

  it('joins a number split across lines, with the spaces around the break, but not words', () => {
    expect(foldVisible('手机 139 \n  12345678').text).toBe('手机 13912345678');
    expect(foldVisible('共 3 人\n第二行').text).toBe('共 3 人\n第二行');
    expect(foldVisible('满意度 4\n回访').text).toBe('满意度 4\n回访');
  });

  it('maps every folded character back to the one it came from', () => {
    const source = '客户１３９\u200B1234\n5678';
    const { text, origin } = foldVisible(source);
    expect(text).toBe('客户13912345678');
    expect(origins(source, text, origin)).toBe('客户１３９12345678');
  });

  it('leaves Chinese text and ASCII unchanged', () => {
    const text = '客户说：“钱怎么还没回来？” Order KF-2026-0101.';
    expect(foldVisible(text).text).toBe(text);
    expect(foldVisible(`${text}１`).text).toBe(`${text}1`);
  });
});

describe('alignToSource: parsed text back to its source', () => {
  it('skips what the parser removed and gives a character reference one position', () => {
    const source = '> 客户 &#49;39\\*\n> 1234';
    const value = '客户 139*\n1234';
    const map = alignToSource(value, source, 0, source.length);
    expect(map.map((offset) => source[offset]).join('')).toBe('客户 &39*\n1234');
    expect(map[3]).toBe(source.indexOf('&#49;'));
  });
});

describe('visibleRuns: the runs of text of an MDX body', () => {
  const runs = (body: string) => visibleRuns(parseMdx(body), body);
  const lineOf = (body: string, offset: number) => body.slice(0, offset).split('\n').length;

  it('joins a paragraph across emphasis, inline code and links, and keeps blocks apart', () => {
    const body = '客户 139*1234*`56`[78](https://kf.example.cn/)\n\n| 甲 | 乙 |\n| --- | --- |\n| 138 | 1234 |\n';
    // The asterisks between digits are a mask's as far as Markdown can tell: they read as a gap (see below).
    expect(runs(body).map((run) => run.text)).toEqual([
      'https://kf.example.cn/',
      '客户 139 1234 5678',
      '甲',
      '乙',
      '138',
      '1234',
    ]);
  });

  it('reads the asterisks of masks that Markdown paired as emphasis as a gap, and points it at them', () => {
    const body = '客户 138****5678，备用 139****1234；身份证 110105********002X，邮箱 w***@qq.com。';
    const [run] = runs(body);
    expect(run!.text).toBe('客户 138 5678，备用 139 1234；身份证 110105***** 002X，邮箱 w @qq.com。');
    expect(body.slice(run!.offset(run!.text.indexOf(' 5678')), run!.offset(run!.text.indexOf('5678')))).toMatch(
      /^\*+$/,
    );
    // Asterisks only inserted into a number still read as the number's digits, in groups.
    expect(runs('客户 139**1234**5678')[0]!.text).toBe('客户 139 1234 5678');
  });

  it('decodes character references and points each character at its source line', () => {
    const body = '第一段。\n\n客户 &#49;39\n1234 5678\n';
    const [, run] = runs(body);
    expect(run!.text).toBe('客户 1391234 5678');
    expect(lineOf(body, run!.offset(run!.text.indexOf('1')))).toBe(3);
    expect(body.slice(run!.offset(3), run!.offset(3) + 5)).toBe('&#49;');
    expect(lineOf(body, run!.offset(run!.text.indexOf('5')))).toBe(4);
  });

  it('reads code blocks, link titles, image texts and tag attributes alone; attributes cannot be waived', () => {
    const body =
      '```text\n客户 139\n```\n\n![截图 138](./a.png) [链接](https://kf.example.cn/ "标题 137")\n\n' +
      '<PiiOk reason="理由 136">0571-87651234</PiiOk>\n';
    expect(runs(body).map((run) => [run.text, run.waivable])).toEqual([
      ['客户 139', true],
      ['截图 138', true],
      ['./a.png', true],
      ['https://kf.example.cn/', true],
      ['标题 137', true],
      [' 链接', true],
      ['理由 136', false],
      ['0571-87651234', true],
    ]);
    const code = runs(body)[0]!;
    expect(lineOf(body, code.offset(0))).toBe(2);
  });
});
