/**
 * Page weight (issue #8): no built page over the budget, the JavaScript of the pages with scripts within theirs,
 * and every list that grows with the library shows a bounded part of itself and links to a paginated whole that
 * holds every item.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScripts, scriptedPages } from '../../scripts/bench/page-sizes.ts';
import { ui } from '../../src/i18n/ui.ts';
import { CASES_PER_PAGE, PAGE_BUDGET_BYTES, PREVIEW_ITEMS, ROWS_PER_PAGE } from '../../src/lib/site/pagination.ts';
import { page } from '../helpers/html.ts';
import { distDir } from '../helpers/paths.ts';
import { sampleIds } from '../helpers/sample-library.ts';

/** The hrefs `selector` matches on a list's every page, following its pager from `first`. */
function wholeList(first: string, selector: string, pageSize: number): string[] {
  const items: string[] = [];
  for (
    let url: string | undefined = first;
    url;
    url = page(url).root.querySelector('.pager a[rel=next]')?.getAttribute('href')
  ) {
    const onPage = page(url)
      .root.querySelectorAll(selector)
      .map((link) => link.getAttribute('href')!);
    expect(onPage.length, url).toBeLessThanOrEqual(pageSize);
    items.push(...onPage);
  }
  return items;
}

describe('page weight', () => {
  it(`keeps every HTML page and the feed under ${PAGE_BUDGET_BYTES / 1024} KB`, () => {
    const built = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(html|xml)$/.test(name),
    );
    expect(built.length).toBeGreaterThan(100);
    const over = built
      .map((name) => [name, statSync(path.join(distDir, name)).size] as const)
      .filter(([, size]) => size > PAGE_BUDGET_BYTES);
    expect(over).toEqual([]);
  });
});

/**
 * Gzip bytes of the JavaScript each page runs on load (`npm run bench:pages -- dist --js` prints them). Before each
 * page got only its own copy, the whole dictionary came with the today card and the deck: 12.9 KB on the home page
 * and /today/, 11.7 KB on a presenter page.
 */
const scriptBudgets: [kind: string, matches: (url: string) => boolean, gzipBytes: number][] = [
  ['home', (url) => url === '/', 5 * 1024],
  ['today', (url) => url === '/today/', 5 * 1024],
  ['presenter', (url) => url.endsWith('/present/'), 4 * 1024],
  // The search page merges other shards' indexes as a search needs them, own shard first (+0.1 KB over 10 KB).
  ['search', (url) => url === '/search/', 10.5 * 1024],
  // The finder reads words said with characters inserted, weighs concepts no case has, and lists the nearest cases
  // under "no close case" (+0.6 KB over 7 KB).
  ['finder', (url) => url === '/finder/', 8 * 1024],
];

describe('JavaScript of the pages with scripts', () => {
  const pages = scriptedPages(distDir);

  it.each(scriptBudgets)('keeps the %s page’s scripts within their budget', (kind, matches, budget) => {
    const urls = pages.filter(matches);
    expect(urls.length, kind).toBeGreaterThan(0);
    for (const url of urls) expect(pageScripts(distDir, url).gzip, url).toBeLessThanOrEqual(budget);
  });

  it('bundles no UI copy: each page passes its scripts the entries they show', () => {
    const copy = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(copy)
          : [];
    // Entries long enough not to occur in code by chance.
    const entries = copy(ui).filter((text) => text.length >= 6);
    const assets = path.join(distDir, '_astro');
    const bundled = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .flatMap((name) => {
        const code = readFileSync(path.join(assets, name), 'utf8');
        return entries.filter((text) => code.includes(text)).map((text) => `${name}: ${text}`);
      });
    expect(bundled).toEqual([]);
  });
});

describe('lists that grow with the library', () => {
  it('paginates the case index', () => {
    const first = page('/cases/');
    expect(first.root.querySelectorAll('.case-card').length).toBe(CASES_PER_PAGE);
    const second = page('/cases/page/2/');
    expect(second.root.querySelectorAll('.case-card').length).toBe(sampleIds('cases').length - CASES_PER_PAGE);
    expect(first.root.querySelector('.pager a[rel=next]')?.getAttribute('href')).toBe('/cases/page/2/');
  });

  it('shows at most the first items of each kind on a person’s page, and all of them on the full list', () => {
    for (const person of sampleIds('people')) {
      for (const section of page(`/people/${person}/`).root.querySelectorAll('main section[id]')) {
        const group = section.getAttribute('id')!;
        const total = Number(/（(\d+)）/.exec(section.querySelector('h2')!.text)![1]);
        const shown = section.querySelectorAll('ul li > a').map((link) => link.getAttribute('href')!);
        const all = wholeList(`/people/${person}/${group}/`, 'main ul li > a', ROWS_PER_PAGE);
        expect(all, `${person} ${group}`).toHaveLength(total);
        expect(new Set(all).size, `${person} ${group}`).toBe(total);
        expect(shown, `${person} ${group}`).toEqual(all.slice(0, PREVIEW_ITEMS));
        const more = section.querySelector('.more a')?.getAttribute('href');
        expect(more, `${person} ${group}`).toBe(total > PREVIEW_ITEMS ? `/people/${person}/${group}/` : undefined);
      }
    }
  });

  it('lists every practice exactly once across the pages of the practices index', () => {
    const all = wholeList('/practices/', 'main .card h2 a', CASES_PER_PAGE);
    expect(all.sort()).toEqual(
      sampleIds('practices')
        .map((id) => `/practices/${id}/`)
        .sort(),
    );
  });

  it('lists every script under its stage, the index showing each stage’s first ones', () => {
    const index = page('/scripts/').root;
    const listed: string[] = [];
    for (const section of index.querySelectorAll('main section[aria-labelledby]')) {
      const stage = section.getAttribute('aria-labelledby')!.replace(/^stage-/, '');
      const all = wholeList(`/scripts/stage/${stage}/`, 'main .card .title a', CASES_PER_PAGE);
      expect(
        section.querySelectorAll('.card .title a').map((link) => link.getAttribute('href')),
        stage,
      ).toEqual(all.slice(0, PREVIEW_ITEMS));
      listed.push(...all);
    }
    expect(listed.sort()).toEqual(
      sampleIds('scripts')
        .map((id) => `/scripts/${id}/`)
        .sort(),
    );
  });
});
