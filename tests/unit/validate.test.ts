import { describe, expect, it } from 'vitest';
import { validateLibrary } from '../../src/validation/validate.ts';
import { formatProblem, githubAnnotation } from '../../src/validation/problem.ts';
import { standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

/** Problems of a one-file library, as `line:column field message` (the file is always the one written). */
function problemsFor(relative: string, content: string | Buffer, extra: Record<string, string> = {}) {
  const root = tempLibrary({ [relative]: content, ...extra });
  return validateLibrary({ root }).problems.map((problem) => `${problem.line}:${problem.column} ${problem.field} ${problem.message}`);
}

const caseFile = 'cases/ecommerce/sample.mdx';

describe('validator: file-level problems', () => {
  it('accepts a correct case', () => {
    expect(problemsFor(caseFile, standaloneCase)).toEqual([]);
  });

  it('points at the line of a field with a bad value', () => {
    const [problem] = problemsFor(caseFile, standaloneCase.replace('severity: 3', 'severity: 7'));
    expect(problem).toBe('15:1 severity 严重程度最高为 4（重大）');
  });

  it('points at the misspelt key itself', () => {
    const [problem] = problemsFor(caseFile, standaloneCase.replace('typical: true', 'typcal: true'));
    expect(problem).toMatch(/^32:1 typcal 未知字段 「typcal」/);
  });

  it('reports YAML syntax errors with line and a hint', () => {
    const broken = standaloneCase.replace('title: 大促', 'title: "大促');
    const [problem] = problemsFor(caseFile, broken);
    expect(problem).toMatch(/^\d+:\d+ 字段区 YAML 语法错误：/);
  });

  it('reports unclosed JSX in the body at its line', () => {
    const [problem] = problemsFor(caseFile, standaloneCase.replace('## 背景', '## 背景\n\n<div>未闭合'));
    expect(problem).toMatch(/^\d+:1 正文 MDX 语法错误：有未闭合的标签/);
  });

  it('requires the six case sections', () => {
    expect(problemsFor(caseFile, standaloneCase.replace('## 根因分析', '## 原因'))).toEqual([
      '78:1 正文 缺少小节「## 根因分析」。案例正文须依次包含六个二级标题：客户问题、背景、根因分析、处理过程、处理结果、经验总结',
    ]);
  });

  it('refuses executable or raw-HTML MDX: imports, scripts, expressions, javascript: links', () => {
    const hostile = `${standaloneCase}\nimport X from './x.js'\n\n<script>alert(1)</script>\n\n{1 + 1}\n\n[点我](javascript:alert(1))\n`;
    const problems = problemsFor(caseFile, hostile).join('\n');
    expect(problems).toContain('不允许 import / export 语句');
    expect(problems).toContain('不允许使用标签或组件 <script>');
    expect(problems).toContain('不允许花括号表达式');
    expect(problems).toContain('不允许 javascript: 链接');
  });

  it('rejects BOM, CRLF, empty and oversized files with a fix', () => {
    expect(problemsFor(caseFile, `\uFEFF${standaloneCase}`)[0]).toContain('BOM');
    expect(problemsFor(caseFile, standaloneCase.replaceAll('\n', '\r\n'))[0]).toContain('CRLF');
    expect(problemsFor(caseFile, '')[0]).toBe('1:1 文件 文件是空的。请用 npm run new 生成模板后再填写');
    expect(problemsFor(caseFile, 'x'.repeat(600 * 1024))[0]).toMatch(/文件太大/);
  });

  it('checks file names: lowercase ids, .mdx, real dates for daily entries', () => {
    expect(problemsFor('cases/ecommerce/退款.mdx', standaloneCase)[0]).toMatch(/^1:1 文件名 文件名只能用小写英文字母/);
    expect(problemsFor('cases/ecommerce/sample.md', standaloneCase)[0]).toMatch(/扩展名应为 \.mdx/);
    const daily = '---\ncase: ecommerce/sample\nhost: he-jun\nquestions: [你会怎么做？]\ntakeaway: 先说清楚。\n---\n';
    expect(problemsFor('daily/2026-02-30.mdx', daily, { [caseFile]: standaloneCase })[0]).toMatch(/「2026-02-30」不是有效日期/);
    const duplicate = problemsFor('daily/2026/2026-03-02.mdx', daily, { [caseFile]: standaloneCase, 'daily/2026-03-02.mdx': daily });
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatch(/^1:1 文件名 日期 2026-03-02 已有每日一案例（.*daily\/2026-03-02\.mdx）。每天只能有一篇/);
  });

  it('finds duplicate case numbers across files', () => {
    const problems = problemsFor(caseFile, standaloneCase, { 'cases/ecommerce/copy.mdx': standaloneCase });
    expect(problems.join('\n')).toMatch(/案例编号 KF-2026-0101 已被 .*使用/);
  });
});

describe('problem output', () => {
  const problem = { file: 'content/cases/a.mdx', line: 3, column: 1, field: 'channel', message: '「x」不是有效的渠道', severity: 'error' as const };
  it('prints path:line:column  field  message', () => {
    expect(formatProblem(problem)).toBe('content/cases/a.mdx:3:1  channel  「x」不是有效的渠道');
  });
  it('emits a GitHub annotation for the pull request diff', () => {
    expect(githubAnnotation(problem)).toBe('::error file=content/cases/a.mdx,line=3,col=1,title=channel::「x」不是有效的渠道');
  });
});
