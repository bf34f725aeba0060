/**
 * What the build writes for the web server (src/integrations/deploy-files.ts): a robots.txt that turns every
 * crawler away, the pages' own Content-Security-Policy as an nginx header line, and a .gz and .br copy of each
 * text file that is exactly the file, compressed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/html.ts';
import { distDir } from '../helpers/paths.ts';

const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });

describe('files the build writes for the web server', () => {
  it('tells every crawler to stay away, as the pages do', () => {
    expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nDisallow: \/\n$/m);
  });

  it('sends as a header the policy every page carries, and forbids framing', () => {
    const line = readFileSync(path.join(distDir, '.casebook/csp-header.conf'), 'utf8');
    const header = /^add_header Content-Security-Policy "([^"]+)" always;\n$/.exec(line)?.[1];
    expect(header).toBeDefined();
    const directives = new Set(header!.split('; '));
    expect(directives).toContain("frame-ancestors 'none'");
    for (const { url, root } of builtPages()) {
      const policy = root.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
      for (const directive of policy
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean))
        expect(directives, url).toContain(directive);
    }
  });

  it('compresses every page, script, style and search data file, byte for byte', () => {
    const text = files.filter((name) => /\.(html|css|js|json|svg|xml|txt)$/.test(name));
    expect(text.length).toBeGreaterThan(500);
    for (const name of text) {
      const original = readFileSync(path.join(distDir, name));
      // A file too small to gain from compression has no copy.
      if (files.includes(`${name}.gz`))
        expect(gunzipSync(readFileSync(path.join(distDir, `${name}.gz`))).equals(original), name).toBe(true);
      else expect(original.length, name).toBeLessThan(200);
      if (files.includes(`${name}.br`))
        expect(brotliDecompressSync(readFileSync(path.join(distDir, `${name}.br`))).equals(original), name).toBe(true);
    }
    for (const page of ['index.html', 'search/index.html', 'pagefind/pagefind-entry.json'])
      expect(files, page).toContain(`${page}.br`);
    // Pagefind's index is compressed by Pagefind: no second copy.
    expect(files.filter((name) => name.startsWith('pagefind/index/') && /\.(gz|br)$/.test(name))).toEqual([]);
  });
});
