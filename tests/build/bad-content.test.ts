/** The build itself refuses bad content with the validator's messages, never a stack trace. */
import { describe, expect, it } from 'vitest';
import { buildLibrary, standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

describe('astro build with a malformed contribution', () => {
  it('fails with path, line, field and a Chinese fix, and no stack trace', () => {
    const root = tempLibrary({
      'cases/ecommerce/sample.mdx': standaloneCase.replace('channel: chat', 'channel: 微信'),
    });
    const { status, output } = buildLibrary(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/cases\/ecommerce\/sample\.mdx:11:1 {2}channel {2}「微信」不是有效的渠道 — 可选值：/);
    expect(output).toContain('1 个错误');
    expect(output).not.toMatch(/^\s+at .*\.(js|ts):\d+/m);
  });

  it('fails on a dangling reference', () => {
    const root = tempLibrary({
      'cases/ecommerce/sample.mdx': standaloneCase.replace('relatedCases: []', 'relatedCases: [ecommerce/nowhere]'),
    });
    const { status, output } = buildLibrary(root);
    expect(status).not.toBe(0);
    expect(output).toContain('relatedCases[0]  找不到案例「ecommerce/nowhere」');
  });
});
