/**
 * What a loaded search bundle gives the page: its tables and result fragments. Shared by the browser's loader
 * (src/components/search/) and the build, which writes the fragments.
 */
import type { VariantSource } from './engine.ts';
import type { RecordTable, SearchFacetId } from './record-table.ts';

export interface Fragment {
  url: string;
  title: string;
  content: string;
  /** Values of the facets the result's badges show (`resultCardFacets`). */
  facets: Partial<Record<SearchFacetId, string[]>>;
}

export interface PageOrder {
  ids: readonly string[];
  /** `idsChecksum` of `ids`: files numbering entries in this order carry it. */
  check: string;
}

/** The tables of one Pagefind bundle, as the engine uses them. */
export interface SearchTables {
  records: RecordTable;
  loadFacets: (facets: readonly SearchFacetId[]) => Promise<void>;
  /** Fetches only the variant shards of the characters asked for, each once. */
  variants: VariantSource;
  urls: () => Promise<Map<string, string>>;
  /** This bundle's own page order (absent for shards merged into one). */
  pageOrder?: PageOrder;
}
