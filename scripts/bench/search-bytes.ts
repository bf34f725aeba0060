/**
 * `npm run bench:search-bytes [-- --site DIR] [--stock] [--phone]`: the search part of `bench:build` on a site already
 * built (default: `dist/` or CASEBOOK_OUT_DIR), so a change to the search bundle can be measured at 10,000 entries
 * without building the stock site and rebuilding both: build the library once
 * (`CASEBOOK_CONTENT=/tmp/lib10k CASEBOOK_OUT_DIR=/tmp/out npx astro build`), then
 * `npm run bench:search-bytes -- --site /tmp/out`. `--stock` measures a stock-site build (Pagefind UI) instead;
 * `--phone` uses a phone's window (390 × 844) instead of a desktop's (1280 × 720), as `bench:build` does.
 * Prints the bytes of the first search by group and of each query typed after it, then (Casebook only) of a query
 * with no literal hit, whose meaning matches (意思相近) are shown (`--meaning-query`, default 退款迟迟没到账), and ends
 * with one line: first_search_kb=… second_query_kb=… meaning_query_kb=…
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteDir } from '../../tests/helpers/paths.ts';
import { bytesByGroup } from './measure.ts';
import { benchQueries, meaningQuery, phoneViewport, searchFigures, searchReport, sumKb } from './search-figures.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    stock: { type: 'boolean', default: false },
    phone: { type: 'boolean', default: false },
    'meaning-query': { type: 'string', default: meaningQuery },
  },
});
const site = path.resolve(values.site ?? siteDir);
// The stock site's Pagefind UI has no meaning matches: the query would only wait for results that never come.
const queries = values.stock ? benchQueries : [...benchQueries, values['meaning-query']];
const search = await searchFigures(site, !values.stock, queries, values.phone ? phoneViewport : undefined);
console.log(`[${site}${values.phone ? ', phone' : ''}]`);
for (const line of searchReport(search)) console.log(`  ${line}`);
for (const item of [...search.firstSearch].sort((a, b) => b.bytes - a.bytes).slice(0, 8))
  console.log(`  ${(item.bytes / 1024).toFixed(1).padStart(7)} KB  ${item.url}`);
const meaning = values.stock ? undefined : search.queries.at(-1)!;
if (meaning)
  console.log(
    `  meaning query「${meaning.query}」 (no literal hit), where the bytes go: ${bytesByGroup(meaning.fetched)}`,
  );
console.log(
  `first_search_kb=${sumKb(search.firstSearch).toFixed(1)} ` +
    `second_query_kb=${sumKb(search.queries[1]!.fetched).toFixed(1)}` +
    (meaning ? ` meaning_query_kb=${sumKb(meaning.fetched).toFixed(1)}` : ''),
);
