/** The paginated case listings: all cases, and one list per browse facet value (in a shard: the whole library's). */
import { config } from '../config.ts';
import { getLibraryCases, getTagSpelling, type CaseEntry } from './library.ts';
import type { CaseData } from '../schemas/collections.ts';
import { computeFacets, type Facet } from '../lib/cases/facets.ts';
import { pageHref, paginate, type PageSlice } from '../lib/site/pagination.ts';
import { paths } from '../lib/site/urls.ts';

export interface CaseListPage {
  facets: Facet[];
  slice: PageSlice<CaseEntry>;
  total: number;
}

/** A case's data with its tags in their shown spelling, so both scripts of a tag count and list as one. */
async function withShownTags(cases: readonly CaseEntry[]): Promise<CaseData[]> {
  const { shown } = await getTagSpelling();
  return cases.map(({ data }) => ({ ...data, tags: data.tags.map(shown) }));
}

export async function allCasePages(): Promise<CaseListPage[]> {
  const cases = await getLibraryCases();
  const facets = computeFacets(await withShownTags(cases), config.categories);
  return paginate(cases).map((slice) => ({ facets, slice, total: cases.length }));
}

export async function browsePages(): Promise<(CaseListPage & { facet: string; value: string; label: string })[]> {
  const cases = await getLibraryCases();
  const data = await withShownTags(cases);
  const facets = computeFacets(data, config.categories);
  return facets.flatMap(({ definition, values }) =>
    values.flatMap((item) => {
      const matches = cases.filter((_, at) => definition.valuesOf(data[at]!).includes(item.value));
      return paginate(matches).map((slice) => ({
        facets,
        slice,
        total: matches.length,
        facet: definition.id,
        value: item.value,
        label: `${definition.label}：${item.label}`,
      }));
    }),
  );
}

export const casePageHref = (n: number) => (n === 1 ? paths.cases() : `${paths.cases()}page/${n}/`);
export const browsePageHref = (facet: string, value: string) => pageHref(paths.browse(facet, value));
