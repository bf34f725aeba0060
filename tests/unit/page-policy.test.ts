/**
 * The build reads each page's Content-Security-Policy `<meta>` to write the server's header file
 * (src/integrations/deploy-files.ts); the header must allow what the pages allow.
 */
import { describe, expect, it } from 'vitest';
import { headerPolicy, pagePolicy } from '../../src/lib/site/csp.ts';

const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def='";
const body = '客户说退款一周还没到账，坐席先核对退款单号。'.repeat(200);
const page = (head: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${head}<title>退款迟迟没到账</title></head>` +
  `<body><main>${body}</main></body></html>`;

describe('a built page’s policy', () => {
  it('is the value of its policy <meta>, whatever the case of the attribute name', () => {
    expect(pagePolicy(page(`<meta http-equiv="content-security-policy" content="${policy}">`))).toBe(policy);
    expect(pagePolicy(page(`<meta http-equiv="Content-Security-Policy" content="${policy}">`))).toBe(policy);
  });

  it('is absent for a page without one, which then adds nothing to the header', () => {
    const policies = [page(`<meta http-equiv="content-security-policy" content="${policy}">`), page('')].flatMap(
      (html) => pagePolicy(html) ?? [],
    );
    expect(policies).toEqual([policy]);
    expect(headerPolicy(policies)).toBe(`${policy}; frame-ancestors 'none'`);
  });
});
