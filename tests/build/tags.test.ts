/** One tag, both scripts: the built site has one page and one chip per tag, however many scripts wrote it. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextFold } from '../../src/lib/text-fold.ts';
import { page } from '../helpers/html.ts';
import { distDir } from '../helpers/paths.ts';

const fold = createTextFold();
const tagPages = readdirSync(path.join(distDir, 'browse/tag'));

describe('tags in both scripts', () => {
  it('builds no two tag pages whose names are script twins', () => {
    const byFold = Map.groupBy(tagPages, fold);
    const twins = [...byFold.values()].filter((names) => names.length > 1);
    expect(tagPages.length).toBeGreaterThan(50);
    expect(twins).toEqual([]);
  });

  it('shows 隐私 and 隱私 as one tag under the more used spelling, and lists the Traditional case there', () => {
    expect(tagPages).toContain('隐私');
    expect(tagPages).not.toContain('隱私');
    const tagPage = page(`/browse/tag/${encodeURIComponent('隐私')}/`).root;
    expect(tagPage.querySelector('main > p.muted')?.text).toContain('也写作「隱私」');
    const listed = tagPage.querySelectorAll('.case-card .title a').map((link) => link.getAttribute('href'));
    expect(listed).toContain('/cases/travel/hotel-room-number-disclosed/');
    expect(listed).toContain('/cases/travel/hotel-engineer-entered-dnd-room/');
    // The Traditional case shows its own spelling, linked to the one page.
    const chip = page('/cases/travel/hotel-room-number-disclosed/').root.querySelectorAll('.fact-sheet .chips a').find((link) => link.text === '#隱私');
    expect(decodeURIComponent(chip!.getAttribute('href')!)).toBe('/browse/tag/隐私/');
  });

  it('counts both spellings in one chip of the case index', () => {
    const chips = page('/cases/').root.querySelectorAll('.facet-nav a').map((link) => link.text);
    expect(chips.filter((text) => /^(换房|換房)\d/.test(text))).toEqual(['换房2']);
  });
});
