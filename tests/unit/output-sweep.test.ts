/**
 * The pass over the built site that reads each page's policy and writes the `.gz` and `.br` copies
 * (src/integrations/output-sweep.ts): the copies are the file, compressed; a second pass reads only what changed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { sweep, type Seen } from '../../src/integrations/output-sweep.ts';

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
const page = (text: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="${policy}">` +
  `<title>退款迟迟没到账</title></head><body><main>${text.repeat(60)}</main></body></html>`;

let outDir = '';
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
  outDir = mkdtempSync(path.join(tmpdir(), 'casebook-sweep-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    writeFileSync(path.join(outDir, name), text);
  }
  return outDir;
}
const whole = { part: 0, parts: 1 };
const read = (name: string) => readFileSync(path.join(outDir, name));
const seenOf = (entries: [string, Seen][]) => entries.map(([name, { mtimeMs }]): [string, number] => [name, mtimeMs]);

describe('a pass over the built site', () => {
  it('writes copies that decompress to the file, and reads each page’s policy', () => {
    site({
      'cases/2026-0001/index.html': page('客户说退款一周还没到账，坐席先核对退款单号。'),
      '_astro/search.js': 'export const query = (text) => text.trim();\n'.repeat(40),
      'robots.txt': 'User-agent: *\n',
      'logo.png': 'not text',
    });
    const entries = new Map(sweep({ outDir, compress: true, first: true, seen: [], ...whole }));
    expect([...entries.keys()].sort()).toEqual(['_astro/search.js', 'cases/2026-0001/index.html', 'robots.txt']);
    expect(entries.get('cases/2026-0001/index.html')).toMatchObject({ policy, copies: 2 });
    for (const name of ['cases/2026-0001/index.html', '_astro/search.js']) {
      expect(gunzipSync(read(`${name}.gz`)).equals(read(name)), name).toBe(true);
      expect(brotliDecompressSync(read(`${name}.br`)).equals(read(name)), name).toBe(true);
    }
    // Too small to gain anything: sent as it is.
    expect(entries.get('robots.txt')?.copies).toBe(0);
    expect(existsSync(path.join(outDir, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(path.join(outDir, 'logo.png.gz'))).toBe(false);
  });

  it('leaves the search index’s folder to the last pass, and then reads only what changed', () => {
    site({
      'index.html': page('首页'),
      'search/index.html': page('搜索'),
      'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': {} } }).repeat(20),
    });
    const first = sweep({ outDir, compress: true, first: true, seen: [], ...whole });
    expect(first.map(([name]) => name).sort()).toEqual(['index.html', 'search/index.html']);
    // The index rewrites the search page after the first pass.
    writeFileSync(path.join(outDir, 'search/index.html'), page('搜索（已加预载）'));
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(outDir, 'search/index.html'), later, later);
    const last = sweep({ outDir, compress: true, first: false, seen: seenOf(first), ...whole });
    expect(last.map(([name]) => name).sort()).toEqual(['pagefind/pagefind-entry.json', 'search/index.html']);
    expect(gunzipSync(read('search/index.html.gz')).toString('utf8')).toContain('搜索（已加预载）');
  });

  it('leaves folders whose name starts with a dot alone: they are never served, and Astro may be removing one', () => {
    site({
      'index.html': page('首页'),
      '.prerender/chunks/page.html': page('临时文件'),
      '.casebook/csp-header.conf': 'add_header Content-Security-Policy "default-src \'self\'";\n'.repeat(40),
    });
    const entries = sweep({ outDir, compress: true, first: true, seen: [], ...whole });
    expect(entries.map(([name]) => name)).toEqual(['index.html']);
    expect(existsSync(path.join(outDir, '.prerender/chunks/page.html.gz'))).toBe(false);
  });

  it('shares the files between passes that run side by side', () => {
    site({ 'a.html': page('甲'), 'b.html': page('乙'), 'c.html': page('丙') });
    const names = (part: number) =>
      sweep({ outDir, compress: true, first: true, seen: [], part, parts: 2 }).map(([name]) => name);
    expect([...names(0), ...names(1)].sort()).toEqual(['a.html', 'b.html', 'c.html']);
    expect(names(0).filter((name) => names(1).includes(name))).toEqual([]);
  });

  it('reads the policies but writes no copy when the host compresses itself', () => {
    site({ 'index.html': page('首页'), 'feed.xml': '<rss></rss>'.repeat(100) });
    const entries = sweep({ outDir, compress: false, first: true, seen: [], ...whole });
    expect(entries.map(([name, { policy: found, copies }]) => [name, found, copies])).toEqual([
      ['index.html', policy, 0],
    ]);
    expect(existsSync(path.join(outDir, 'index.html.gz'))).toBe(false);
  });
});
