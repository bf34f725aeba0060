/** The whole search state lives in the URL (`/search/?q=退款&channel=phone&channel=chat&sort=newest`). */
import { searchFacetIds, type SearchFacetId } from './record-table.ts';

/** Results shown at a time (and the newest entries the browse preview holds). */
export const PAGE_SIZE = 10;

/** Fewer literal results than this and the page also shows meaning matches (意思相近) below them. */
export const FEW_LITERAL_RESULTS = 3;

export const sortOrders = ['relevance', 'newest', 'severity'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchState {
  query: string;
  /** Selected values per facet: OR within a facet, AND across facets. */
  filters: Partial<Record<SearchFacetId, string[]>>;
  sort: SortOrder;
}

const facetIds: readonly SearchFacetId[] = searchFacetIds;

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const id of facetIds) {
    const values = [...new Set(params.getAll(id).filter(Boolean))].slice(0, 50);
    if (values.length) filters[id] = values;
  }
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').slice(0, 1000),
    filters,
    sort: sortOrders.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
  };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const id of facetIds) for (const value of state.filters[id] ?? []) params.append(id, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}
