/**
 * Nothing the personal-data rules flag is published: not in the pages (text and attributes), the search
 * index's fragments, the finder's data, the feed or any other data file of the built site, except what a contributor
 * waived with <PiiOk> in the sample library (a public branch number).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findPii, maskPii } from '../../src/lib/text/pii.ts';
import { builtPages } from '../helpers/html.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';

const TODAY = '2026-11-28';
const digits = (text: string) => text.replace(/\D/g, '');

/** The numbers waived in the sample library, by their digits. */
const waived = new Set(
  readdirSync(path.join(projectRoot, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => [
      ...readFileSync(path.join(projectRoot, 'content', name), 'utf8').matchAll(/<PiiOk[^>]*>([\s\S]*?)<\/PiiOk>/g),
    ])
    .flatMap((match) => findPii(match[1]!, { today: TODAY }).map((found) => digits(found.text))),
);

/** Masked forms of everything flagged in `text` that was not waived. */
const unwaived = (text: string) =>
  findPii(text, { today: TODAY })
    .filter((match) => !waived.has(digits(match.text)))
    .map(maskPii);

describe('no customer data in the built site', () => {
  it('the sample library has a waived number, so the check below is not vacuous', () => {
    expect(waived.size).toBeGreaterThan(0);
    const html = builtPages()
      .map((page) => page.root.textContent)
      .join('\n');
    expect([...waived].some((number) => digits(html).includes(number))).toBe(true);
  });

  it('pages: no flagged number in their text or attributes', () => {
    for (const page of builtPages()) {
      const attributes = page.root.querySelectorAll('*').flatMap((element) => Object.values(element.attributes));
      expect(unwaived([page.root.textContent, ...attributes].join('\n')), page.url).toEqual([]);
    }
  });

  it('search fragments, finder data, feeds and every other data file', () => {
    // Scripts are the site's and Pagefind's own code, not content (Pagefind's has its authors' addresses).
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(?:pf_fragment|json|xml|txt|webmanifest)$/.test(name),
    );
    expect(files.some((name) => name.endsWith('.pf_fragment'))).toBe(true);
    expect(files.some((name) => name.startsWith(`finder${path.sep}`))).toBe(true);
    for (const name of files) {
      const bytes = readFileSync(path.join(distDir, name));
      const text = name.endsWith('.pf_fragment') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      expect(unwaived(text), name).toEqual([]);
    }
  });
});
