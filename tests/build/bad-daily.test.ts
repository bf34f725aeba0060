/**
 * A broken daily schedule stops the build with the file and a Chinese message, like `npm run check` does;
 * so does a public address (CASEBOOK_SITE_URL) that is not one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { SITE_URL_ENV } from '../../src/lib/site/site-address.ts';
import { buildLibrary, standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

function dailyEntry({ caseId = 'ecommerce/sample', questions = 3 } = {}): string {
  const list = Array.from({ length: questions }, (_, n) => `  - 讨论问题 ${n + 1}：换作你会怎么做？`).join('\n');
  return `---\ncase: ${caseId}\nhost: zhang-min\nquestions:\n${list}\ntakeaway: 先给客户一个可核对的日期。\n---\n`;
}

const broken: { name: string; files: Record<string, string>; expected: RegExp }[] = [
  {
    name: 'two entries for one date',
    files: { 'daily/2026-11-28.mdx': dailyEntry(), 'daily/2026/2026-11-28.mdx': dailyEntry() },
    expected: new RegExp(
      String.raw`daily\/2026\/2026-11-28\.mdx:1:1 {2}文件名 {2}日期 2026-11-28 已有每日一案例` +
        String.raw`（[^\n]*daily\/2026-11-28\.mdx）[^\n]*每天只能有一篇`,
    ),
  },
  {
    name: 'an entry pointing at a missing case',
    files: { 'daily/2026-11-28.mdx': dailyEntry({ caseId: 'ecommerce/nowhere' }) },
    expected: /daily\/2026-11-28\.mdx:\d+:\d+ {2}case {2}找不到案例「ecommerce\/nowhere」/,
  },
  {
    name: 'a file name that is not a real date',
    files: { 'daily/2026-02-30.mdx': dailyEntry() },
    expected: /daily\/2026-02-30\.mdx:1:1 {2}文件名 {2}[^\n]*「2026-02-30」不是有效日期[^\n]*/,
  },
  {
    name: 'more than five questions',
    files: { 'daily/2026-11-28.mdx': dailyEntry({ questions: 6 }) },
    expected: /daily\/2026-11-28\.mdx:\d+:\d+ {2}questions {2}[^\n]*讨论问题[^\n]*最多 5/,
  },
];

describe('astro build with a broken daily schedule', () => {
  it.each(broken)('fails on $name', ({ files, expected }) => {
    const root = tempLibrary({ 'cases/ecommerce/sample.mdx': standaloneCase, ...files });
    const { status, output } = buildLibrary(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(expected);
    expect(output).toContain('1 个错误');
  });

  it('builds once the schedule is fixed, with QR codes and the feed at the build’s given address', () => {
    const root = tempLibrary({ 'cases/ecommerce/sample.mdx': standaloneCase, 'daily/2026-11-28.mdx': dailyEntry() });
    const { status, output } = buildLibrary(root, { [SITE_URL_ENV]: 'https://kb.example.cn' });
    expect(output).not.toContain('个错误');
    expect(status).toBe(0);
    const built = (page: string) => parse(readFileSync(path.join(root, 'dist', page), 'utf8'));
    const caseUrl = 'https://kb.example.cn/cases/ecommerce/sample/';
    expect(built('daily/2026-11-28/present/index.html').querySelector('.qr svg')!.getAttribute('aria-label')).toBe(
      ui.present.qrLabel(caseUrl),
    );
    expect(built('daily/2026-11-28/index.html').querySelector('.print-qr svg')!.getAttribute('aria-label')).toBe(
      ui.present.qrLabel(caseUrl),
    );
    expect(readFileSync(path.join(root, 'dist/daily/rss.xml'), 'utf8')).toContain(
      '<link>https://kb.example.cn/daily/2026-11-28/</link>',
    );
    // A real address: no warning about QR codes that lead nowhere.
    expect(output).not.toContain('同事的手机打不开');
  });

  it('stops at once, with a message in Chinese, when the address given for the build is not a web address', () => {
    const root = tempLibrary({ 'cases/ecommerce/sample.mdx': standaloneCase });
    const { status, output } = buildLibrary(root, { [SITE_URL_ENV]: 'kb.example.cn' });
    expect(status).not.toBe(0);
    expect(output).toContain(`${SITE_URL_ENV}「kb.example.cn」不是网址`);
    expect(output).not.toMatch(/^\s+at /m);
  });
});
