/** One tag, both scripts: the built site has one page and one chip per tag, however many scripts wrote it. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextFold } from '../../src/lib/text/text-fold.ts';
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

  it('lists a Traditional case under the tag it shares with Simplified ones', () => {
    const tagPage = page(`/browse/tag/${encodeURIComponent('隐私')}/`).root;
    const listed = tagPage.querySelectorAll('.case-card .title a').map((link) => link.getAttribute('href'));
    expect(listed).toContain('/cases/travel/hotel-room-number-disclosed/');
    expect(listed).toContain('/cases/travel/hotel-engineer-entered-dnd-room/');
  });

  it('counts both spellings in one chip of the case index', () => {
    const chips = page('/cases/')
      .root.querySelectorAll('.facet-nav a')
      .map((link) => link.text);
    expect(chips.filter((text) => /^(换房|換房)\d/.test(text))).toEqual(['换房2']);
  });
});
