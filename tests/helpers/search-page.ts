/** The search page (`/search/`) as a person uses it, on the page of the shared site fixture. */
import { searchDone } from './page-kinds.ts';
import type { Site } from './site-fixture.ts';

export function searchPage(site: Site) {
  return {
    /** Opens `/search/?<params>` (e.g. `q=退款&channel=phone`) and waits until the page has answered. */
    open: async (params: string) => {
      await site.page.goto(`${site.server.url}/search/?${params}`);
      await searchDone(site.page);
    },
    /** The page's own search box (the header holds another with the same label). */
    searchBox: () => site.page.getByRole('main').getByRole('searchbox', { name: '搜索案例、话术、最佳实践' }),
    /** What the page says it found, e.g. 找到 23 条结果. */
    status: () => site.page.getByRole('region', { name: '搜索结果' }).getByRole('status').textContent(),
    /** The addresses the literal results link to, in order. */
    resultLinks: () => site.page.$$eval('.results li h2 a', (links) => links.map((link) => link.getAttribute('href')!)),
  };
}
