/**
 * What the search page fetches, as `bench:build` and `bench:search-bytes` measure it: the page loaded in a fresh
 * browser (everything it fetches by itself), then fixed queries typed one by one, each with its bytes (gzip, as
 * served) and its time to results.
 */
import { launchChromium, serveSite } from '../../tests/helpers/browser.ts';
import { bytesByGroup, recordFetches, type Fetched } from './measure.ts';

/** The queries typed, in order: the first two are the first search and second query. */
export const benchQueries = ['退款', '延误', '信用卡', '投诉 升级', '客户'];
/** Typed last on Casebook's page: no literal hit, so its meaning matches (意思相近) are fetched and shown. */
export const meaningQuery = '退款迟迟没到账';

/** A query's cost: time to results and what it fetched (gzip, as served). */
export interface QueryFigures {
  query: string;
  ms: number;
  fetched: Fetched[];
}

export interface SearchFigures {
  pageLoad: Fetched[];
  queries: QueryFigures[];
  /** The page load and the first query: what a first search costs. */
  firstSearch: Fetched[];
}

export const sumKb = (fetched: readonly Fetched[]) => fetched.reduce((sum, item) => sum + item.bytes, 0) / 1024;

/** A phone's window: Casebook's facet panel starts closed there. */
export const phoneViewport = { width: 390, height: 844 };

/**
 * Casebook's search page, or (`casebook: false`) the stock site's Pagefind UI, in a desktop-sized window
 * (1280 × 720: Casebook's facets open beside the results) unless another `viewport` is given.
 */
export async function searchFigures(
  site: string,
  casebook: boolean,
  queries: readonly string[] = benchQueries,
  viewport?: { width: number; height: number },
): Promise<SearchFigures> {
  const [server, browser] = await Promise.all([serveSite(site), launchChromium()]);
  try {
    const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
    const { take, settle } = recordFetches(page, server.url);
    await page.goto(`${server.url}/search/`);
    await settle();
    const pageLoad = take();
    const timings: QueryFigures[] = [];
    for (const query of queries) {
      const started = Date.now();
      if (casebook) {
        await page.locator('#search-input').fill(query);
        await page.waitForFunction(
          (q) =>
            document.querySelector('search-panel')?.getAttribute('data-state') === 'done' &&
            new URL(location.href).searchParams.get('q') === q,
          query,
        );
      } else {
        await page.locator('.pagefind-ui__search-input').fill(query);
        await page.waitForSelector('.pagefind-ui__result');
      }
      const ms = Date.now() - started;
      await settle();
      timings.push({ query, ms, fetched: take() });
      if (!casebook)
        await page
          .locator('.pagefind-ui__search-clear')
          .click()
          .catch(() => undefined);
    }
    // The page load itself (search page HTML, CSS, scripts and whatever it fetches before a query) counts toward the
    // first search.
    return { pageLoad, queries: timings, firstSearch: [...pageLoad, ...timings[0]!.fetched] };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The lines both benchmarks print about a site's search. */
export function searchReport(search: SearchFigures): string[] {
  const [first, second] = search.queries;
  return [
    `search page load ${sumKb(search.pageLoad).toFixed(1)} KB; ` +
      `first search「${first!.query}」 +${sumKb(first!.fetched).toFixed(1)} KB in ${first!.ms} ms (cold)`,
    ...search.queries
      .slice(1)
      .map((timing) => `  then「${timing.query}」 +${sumKb(timing.fetched).toFixed(1)} KB in ${timing.ms} ms (warm)`),
    `first search, where the bytes go (KB gzip, files): ${bytesByGroup(search.firstSearch)}`,
    `second query「${second!.query}」, where the bytes go: ${bytesByGroup(second!.fetched)}`,
  ];
}
