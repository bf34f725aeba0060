/**
 * One tag in both scripts, in a library whose contributors wrote it both ways (the check only warns): a Taiwan
 * colleague's case tagged 換房 beside two cases tagged 换房. The tag pages, the chips and the search page's tag
 * filter all show one tag under the more used spelling, and that one filter finds the cases of either spelling.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SiteServer } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/paths.ts';
import { searchDone } from '../helpers/page-kinds.ts';
import { facetGroup, literalResults, openFacetGroup, titleLinks } from '../helpers/search-page.ts';
import { useSite } from '../helpers/site-fixture.ts';
import { buildLibrary, standalone, tempLibrary } from '../helpers/temp-library.ts';
import type { PackedFacet } from '../../src/lib/search/record-table.ts';

const withTags = (id: string, tags: string) =>
  standalone(readFileSync(path.join(projectRoot, 'content/cases', `${id}.mdx`), 'utf8')).replace(
    /^tags: .*$/m,
    `tags: [${tags}]`,
  );

const library = tempLibrary({
  'cases/travel/noisy-neighbour-late-night.mdx': withTags('travel/noisy-neighbour-late-night', '噪音, 换房, 酒店'),
  'cases/travel/hotel-engineer-entered-dnd-room.mdx': withTags('travel/hotel-engineer-entered-dnd-room', '换房, 酒店'),
  // A zh-TW case whose author kept the Traditional spelling.
  'cases/travel/quiet-room-request-ignored.mdx': withTags('travel/quiet-room-request-ignored', '換房, 酒店'),
});
const dist = path.join(library, 'dist');

const site = useSite({
  build: () => {
    const build = buildLibrary(library);
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    return dist;
  },
  buildTimeout: 300_000,
});
let server: SiteServer;
let page: Page;
beforeAll(() => ({ server, page } = site));
afterAll(() => rmSync(library, { recursive: true, force: true }));

describe('a tag written in both scripts', () => {
  it('builds one tag page and one search filter value, under the more used spelling', () => {
    expect(existsSync(path.join(dist, 'browse/tag/换房/index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'browse/tag/換房'))).toBe(false);
    const tagFacet = JSON.parse(
      readFileSync(path.join(dist, 'pagefind/casebook-facets/tag.json'), 'utf8'),
    ) as PackedFacet;
    expect(tagFacet.values).toContain('换房');
    expect(tagFacet.values).not.toContain('換房');
  });

  it('lists the tag once in the search page’s filter, and that filter finds the cases of both spellings', async () => {
    await page.goto(`${server.url}/search/`);
    await searchDone(page);
    await openFacetGroup(page, '标签');
    const tags = facetGroup(page, '标签');
    // One value for either spelling, 换房, counting the cases of both.
    expect(await tags.getByRole('checkbox', { name: /换房|換房/ }).count()).toBe(1);
    const roomChange = tags.getByRole('checkbox', { name: '换房 3', exact: true });
    expect(await roomChange.count()).toBe(1);

    await roomChange.click();
    await page.waitForURL(/tag=/);
    await searchDone(page);
    const found = await titleLinks(literalResults(page));
    expect(found.sort()).toEqual([
      '/cases/travel/hotel-engineer-entered-dnd-room/',
      '/cases/travel/noisy-neighbour-late-night/',
      '/cases/travel/quiet-room-request-ignored/',
    ]);
  });
});
