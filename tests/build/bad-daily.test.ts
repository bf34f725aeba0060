/** A broken daily schedule stops the build with the file and a Chinese message, like `npm run check` does. */
import { describe, expect, it } from 'vitest';
import { buildLibrary, standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

function dailyEntry({ caseId = 'ecommerce/sample', questions = 3 } = {}): string {
  const list = Array.from({ length: questions }, (_, n) => `  - 讨论问题 ${n + 1}：换作你会怎么做？`).join('\n');
  return `---\ncase: ${caseId}\nhost: zhang-min\nquestions:\n${list}\ntakeaway: 先给客户一个可核对的日期。\n---\n`;
}

const broken: { name: string; files: Record<string, string>; expected: RegExp }[] = [
  {
    name: 'two entries for one date',
    files: { 'daily/2026-11-28.mdx': dailyEntry(), 'daily/2026/2026-11-28.mdx': dailyEntry() },
    expected: /daily\/2026\/2026-11-28\.mdx:1:1 {2}文件名 {2}日期 2026-11-28 已有每日一案例（[^\n]*daily\/2026-11-28\.mdx）[^\n]*每天只能有一篇/,
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

  it('builds the same library once the schedule is fixed', () => {
    const root = tempLibrary({ 'cases/ecommerce/sample.mdx': standaloneCase, 'daily/2026-11-28.mdx': dailyEntry() });
    const { status, output } = buildLibrary(root);
    expect(output).not.toContain('个错误');
    expect(status).toBe(0);
  });
});
