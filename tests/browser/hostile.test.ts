/**
 * Every accepted hostile input, together in one library, built and opened in Chromium: the case pages, their
 * presenter decks, their tag pages and a search for them. Nothing the inputs smuggled may act: no dialog, no
 * refused load, no request to another host, no navigation away from the site, and no active markup in the HTML.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { activeParts, hostileInputs, hostileLibrary, visibleText } from '../helpers/hostile.ts';
import { projectRoot } from '../helpers/paths.ts';
import { useSite } from '../helpers/site-fixture.ts';
import { astroBuildArguments } from '../helpers/temp-library.ts';

const accepted = hostileInputs.filter((input) => 'accepted' in input.outcome && !input.alone);
const root = hostileLibrary(accepted);
const dist = path.join(root, 'dist');
const site = useSite({
  build: () => {
    const build = spawnSync(process.execPath, astroBuildArguments(root), {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, CASEBOOK_CONTENT: root },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0)
      throw new Error(`the accepted hostile inputs did not build:\n${build.stdout}\n${build.stderr}`);
    return dist;
  },
  buildTimeout: 300_000,
  watch: true,
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** URL paths of the built pages under `prefix`. */
const pagesUnder = (prefix: string) =>
  readdirSync(path.join(dist, prefix), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html'))
    .map((name) => `/${prefix}/${name.replaceAll(path.sep, '/').replace(/index\.html$/, '')}`);

describe('accepted hostile inputs, built', () => {
  it('render every body without active markup, on the case page and in the deck', () => {
    const pages = pagesUnder('cases/hostile');
    // Every input has its case page; the sample case is one a review pick can choose, so it has a deck too.
    expect(
      accepted.map((input) => `/${input.file.replace(/\.mdx$/, '')}/`).filter((url) => !pages.includes(url)),
    ).toEqual([]);
    expect(pages.filter((url) => url.endsWith('/present/')).length).toBe(
      accepted.filter((input) => input.corpus === 'markup').length,
    );
    for (const url of pages) {
      const html = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
      const bodies = parse(html).querySelectorAll('.prose');
      expect(bodies.length, url).toBeGreaterThan(0);
      expect(
        bodies.flatMap((body) => activeParts(body.innerHTML, 'page')),
        url,
      ).toEqual([]);
    }
  });

  it('show what an input must show as written (masked numbers keep their asterisks)', () => {
    const showing = accepted.filter((input) => input.shows);
    expect(showing.length).toBeGreaterThan(5);
    for (const input of showing) {
      const url = `/${input.file.replace(/\.mdx$/, '')}/`;
      const body = parse(readFileSync(path.join(dist, url, 'index.html'), 'utf8')).querySelector('.prose');
      expect(
        input.shows!.filter((shown) => !visibleText(body!.innerHTML).includes(shown)),
        url,
      ).toEqual([]);
    }
  });

  it('do nothing in Chromium: no dialog, refused load, foreign request or navigation, links clicked', async () => {
    const { page } = site;
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && new URL(frame.url()).origin !== site.server.url) navigations.push(frame.url());
    });
    for (const url of [...pagesUnder('cases/hostile'), '/search/?q=普通文字', '/browse/tag/']) {
      const address = `${site.server.url}${url}`;
      await page.goto(address, { waitUntil: 'load' });
      // Each link that stays on the site or has no web address is clicked in the page: a `javascript:` link that
      // survived would run, a `data:` one navigate. Every <a> of the entry's body is taken, with or without a name
      // or an href (a role locator would pass over those).
      const clickable = await page.$$eval('.prose a', (links) =>
        links
          .map((link, index) => ({ index, target: new URL(link.getAttribute('href') ?? '', location.href) }))
          .filter(({ target }) => target.origin === location.origin || !/^https?:$/.test(target.protocol)),
      );
      for (const { index } of clickable) {
        const navigated = page.waitForEvent('framenavigated', { timeout: 250 }).catch(() => undefined);
        await page
          .evaluate((at) => (document.querySelectorAll('.prose a')[at] as HTMLElement).click(), index)
          .catch(() => {});
        if (await navigated) {
          await page.waitForLoadState('load');
          await page.goto(address, { waitUntil: 'load' });
        }
      }
    }
    expect(site.incidents.dialogs).toEqual([]);
    expect(site.incidents.violations).toEqual([]);
    expect(site.incidents.foreignRequests).toEqual([]);
    expect(navigations).toEqual([]);
  }, 240_000);
});
