/** The search page (`/search/`) as a person sees and uses it: its parts found by role and name. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { searchDone } from './page-kinds.ts';
import type { Site } from './site-fixture.ts';

/** The results area: what the page found, the meaning matches under them, and what it says when nothing matched. */
export const resultsArea = (page: Page) => page.getByRole('region', { name: '搜索结果' });
/** The literal results, one list item each (the first list of the results area; the meaning matches follow). */
export const literalResults = (page: Page) => resultsArea(page).getByRole('list').first().getByRole('listitem');
/** The meaning matches (意思相近), a region of their own below the literal results. */
export const meaningMatches = (page: Page) => page.getByRole('region', { name: '意思相近' });
/** What the page says it found, e.g. 找到 23 条结果. */
export const searchStatus = (page: Page) => resultsArea(page).getByRole('status');
/** The filters (筛选) beside the results, or behind 筛选 on a phone. */
export const facets = (page: Page) => page.getByRole('complementary', { name: '筛选' });
/** One filter group by its title (渠道, 标签, …). */
export const facetGroup = (page: Page, title: string) => facets(page).getByRole('group', { name: title, exact: true });
/** The number a filter value shows beside its name (电话 12 → 12). */
export const facetCount = async (group: Locator, value: string) =>
  Number(
    await group
      .getByText(new RegExp(`^${value}`))
      .getByText(/^\d+$/)
      .textContent(),
  );
/** The addresses the items' title links lead to, in order. */
export const titleLinks = (items: Locator) =>
  items
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

/** Waits until the filters show the counts of every open group (their values load after the results). */
export async function facetsLoaded(page: Page): Promise<void> {
  await expect.poll(() => facets(page).getAttribute('aria-busy')).toBe('false');
}

/** Opens a filter group that is closed by default, and waits for its values and counts. */
export async function openFacetGroup(page: Page, title: string): Promise<void> {
  const group = facetGroup(page, title);
  await group.getByText(title, { exact: true }).click();
  await group.getByRole('checkbox').first().waitFor();
  await expect.poll(() => facets(page).getAttribute('aria-busy')).toBe('false');
}

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
    status: () => searchStatus(site.page).textContent(),
    /** The addresses the literal results link to, in order. */
    resultLinks: () => titleLinks(literalResults(site.page)),
  };
}
