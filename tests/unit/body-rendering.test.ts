/**
 * Entry bodies are MDX files rendered by the Markdown processor at content sync (src/data/rendered-bodies.ts).
 * Here every body of the sample library, of a generated one and of the test fixtures, plus the constructs the two
 * readers treat differently, must come out as MDX would render it: the site's processor options on one side, and
 * on the other Sätteri's MDX reading with <PiiOk> unwrapped (the hast plugin, which works on either, left out).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { markdownToHtml, mdxToHast } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../scripts/bench/generate-library.ts';
import { authorTags, unwrapAuthorMarkup, withoutAuthorTags } from '../../src/mdx/author-markup.ts';
import { bodyFeatures, bodyProcessorOptions } from '../../src/mdx/body-processor.ts';
import { layout, scanLibrary } from '../../src/library/layout.ts';
import { parseSource } from '../../src/library/source-file.ts';
import { fixturesDir, projectRoot } from '../helpers/paths.ts';

interface HastLike {
  type: string;
  name?: string;
  children?: HastLike[];
}
const unwrapAuthorTags = (node: HastLike): HastLike => ({
  ...node,
  ...(node.children && {
    children: node.children.flatMap((child) =>
      child.type.startsWith('mdxJsx') && child.name! in authorTags
        ? (child.children ?? []).map(unwrapAuthorTags)
        : [unwrapAuthorTags(child)],
    ),
  }),
});
const asMarkdown = (body: string) =>
  markdownToHtml(withoutAuthorTags(body), { features: bodyFeatures, mdastPlugins: [unwrapAuthorMarkup] }).html;
const asMdx = (body: string) => {
  const html = toHtml(unwrapAuthorTags(mdxToHast(body, { features: bodyFeatures }) as HastLike) as never);
  // Sätteri's Markdown output ends its last block with a line break; hast-util-to-html does not.
  return html === '' ? '' : `${html.trimEnd()}\n`;
};

const bodyOf = (file: string) => {
  const parsed = parseSource(readFileSync(file, 'utf8'), 'mdx', false);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  return parsed.body;
};
const bodiesOf = (root: string) =>
  scanLibrary(root)
    .files.filter((file) => layout[file.collection].extension === '.mdx' && file.hasExpectedExtension)
    .map((file) => ({ file: path.relative(projectRoot, file.absolutePath), body: bodyOf(file.absolutePath) }));

const generated = mkdtempSync(path.join(tmpdir(), 'casebook-bodies-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

describe('entry bodies rendered as Markdown read as MDX', () => {
  it('for every body of the sample library and of a generated library of 600 entries', () => {
    generateLibrary({ entries: 600, out: generated, seed: 7, today: '2026-11-28' });
    const bodies = [...bodiesOf(path.join(projectRoot, 'content')), ...bodiesOf(generated)];
    expect(bodies.length).toBeGreaterThan(650);
    for (const { file, body } of bodies) expect(asMarkdown(body), file).toBe(asMdx(body));
    // Twelve hundred renderings: seconds on a machine shared with other work.
  }, 60_000);

  it('for the valid fixture and what contributors write that Markdown and MDX read differently', () => {
    const samples = [
      bodyOf(path.join(fixturesDir, 'valid-case.mdx')),
      '客户说：\n\n    “我等了三天，    没人回我。”\n    **第二行**也缩进了\n\n正文。',
      '电话 <PiiOk reason="营业厅公开电话">0571-87651234</PiiOk> 可以写。',
      '<PiiOk reason="公开地址">\n杭州市**上城区**某营业厅\n</PiiOk>\n\n后面一段。',
      '- 列表\n\n      列表里的缩进段落\n\n```\n围栏代码\n```\n\n~~~text\n另一种围栏\n~~~\n',
      '| 环节 | 原因 |\n| --- | --- |\n| 一线 | 没有解释 |\n\n- [x] 已完成\n- [ ] 未完成\n\n脚注[^1]。' +
        '\n\n[^1]: 注释内容。',
    ];
    for (const body of samples) expect(asMarkdown(body), body).toBe(asMdx(body));
  });

  it('shows other HTML as text instead of passing it through (the validator refuses it first)', () => {
    const html = asMarkdown('这里有 <img src=x onerror="alert(1)"> 和\n\n<script>alert(1)</script>\n');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps masked numbers as written and bold text bold, with the site’s options', () => {
    const site = (body: string) => markdownToHtml(withoutAuthorTags(body), bodyProcessorOptions).html.trim();
    expect(site('客户手机 138****5678，备用 139****1234。')).toBe('<p>客户手机 138****5678，备用 139****1234。</p>');
    expect(site('身份证 110105********002X，邮箱 w***@qq.com。')).toBe(
      '<p>身份证 110105********002X，邮箱 w***@qq.com。</p>',
    );
    expect(site('来电「****4321」，回拨「1234****」。')).toBe('<p>来电「****4321」，回拨「1234****」。</p>');
    expect(site('**已回访**：共**3**次，*尽快*处理，**3 次**。')).toBe(
      '<p><strong>已回访</strong>：共<strong>3</strong>次，<em>尽快</em>处理，<strong>3 次</strong>。</p>',
    );
  });
});
