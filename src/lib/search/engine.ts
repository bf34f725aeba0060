/**
 * The search engine the browser runs, free of the DOM so it can be tested and benchmarked: query parts are
 * searched in every script form (union), parts are intersected (strict AND), then filtered, counted per
 * facet and sorted with the record table. Pagefind is injected as a function from query string to matches.
 */
import { caseNumberYear, foldForMatch, hasHan, pagefindQueries, queryParts, normalizeQuery } from './query.ts';
import {
  searchFacetIds,
  standingBoost,
  type RecordTable,
  type SearchFacetId,
  type SearchRecord,
} from './record-table.ts';
import { foldByTable, scriptVariants, type VariantTable } from './script-variants.ts';
import type { SearchState } from './state.ts';

export interface Match {
  /** Pagefind fragment id. */
  id: string;
  score: number;
}

export type PagefindSearch = (term: string) => Promise<Match[]>;

/** The variant table for a text's characters: the whole table, or only the parts those characters need. */
export type VariantSource = (text: string) => Promise<VariantTable>;

/** The text of an entry as the index holds it (its fragment's content), to confirm an identifier is really in it. */
export type EntryText = (id: string) => Promise<string>;

export interface Hit {
  id: string;
  record: SearchRecord;
  score: number;
}

export interface SearchOutcome {
  /** Sorted hits after filters. */
  hits: Hit[];
  /** Every form of every part that was searched (for highlighting in excerpts). */
  needles: string[];
  /** Every hit before the filters: the facet counts are taken from them (`countFacets`). */
  candidates: Hit[];
  /** The parts that were searched, after normalisation. */
  parts: string[];
}

/** Most pages whose text is fetched to confirm an identifier other than a case number. */
const MAX_CONFIRMED = 30;

/** Letters or digits joined by other signs (`t+3`, `5g-a`): what Pagefind matches by its parts, not as written. */
const isIdentifier = (part: string) => !hasHan(part) && /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(part);

export class SearchEngine {
  readonly #search: PagefindSearch;
  readonly #table: RecordTable;
  readonly #variants: VariantSource;
  readonly #text: EntryText | undefined;
  readonly #cache = new Map<string, Promise<Map<string, number>>>();

  /**
   * `text`, when given, confirms the pages found for an identifier (a case number, `T+3`): Pagefind matches such a
   * word by its parts wherever they are, so an index that lacks the number (another shard's) returns pages that hold
   * 2025 and 0204 apart. Such a query finds one or a few pages, whose fragments the results fetch anyway.
   */
  constructor(search: PagefindSearch, table: RecordTable, variants: VariantTable | VariantSource, text?: EntryText) {
    this.#search = search;
    this.#table = table;
    this.#variants = typeof variants === 'function' ? variants : async () => variants;
    this.#text = text;
  }

  /** Pages matching the Pagefind queries of one script form of a part, each with its ranking score (if `ranked`). */
  async #matchQueries(
    { match, rank, also }: ReturnType<typeof pagefindQueries>,
    ranked: boolean,
  ): Promise<Map<string, number>> {
    const [matches, rankedMatches, required] = await Promise.all([
      this.#search(match),
      match === rank || !ranked ? undefined : this.#search(rank),
      also === undefined ? undefined : this.#search(also),
    ]);
    const scores = new Map(rankedMatches?.map(({ id, score }) => [id, score]));
    const allowed = required && new Set(required.map(({ id }) => id));
    return new Map(
      matches.filter(({ id }) => !allowed || allowed.has(id)).map(({ id, score }) => [id, scores.get(id) ?? score]),
    );
  }

  /**
   * Matches of one part: the union over its script forms, best score kept. Unranked, each form costs one Pagefind
   * search instead of two, scored by the phrase match alone (enough for the meaning matches, ranked by coverage).
   */
  #matchPart(part: string, ranked = true): Promise<Map<string, number>> {
    const key = ranked ? part : `\u0000${part}`;
    let cached = this.#cache.get(key);
    if (!cached) {
      cached = this.#variants(part)
        .then((variants) => {
          const fold = foldByTable(variants);
          // Forms that differ only where the index folds them (延误, 延誤) are the same Pagefind queries:
          // searched once.
          const queries = new Map(
            scriptVariants(part, variants)
              .map((variant) => pagefindQueries(variant, fold))
              .map((query) => [JSON.stringify(query), query]),
          );
          return Promise.all([...queries.values()].map((query) => this.#matchQueries(query, ranked)));
        })
        .then((lists) => {
          const scores = new Map<string, number>();
          for (const list of lists)
            for (const [id, score] of list) scores.set(id, Math.max(score, scores.get(id) ?? 0));
          return scores;
        });
      this.#cache.set(key, cached);
    }
    return cached;
  }

  /** Pages containing every part (strict AND), with the sum of their scores. */
  async #matchAll(parts: readonly string[], ranked = true): Promise<Map<string, number>> {
    const candidates = new Map<string, number>();
    if (!parts.length) return candidates;
    const perPart = await Promise.all(parts.map((part) => this.#matchPart(part, ranked)));
    const [first, ...rest] = perPart.sort((a, b) => a.size - b.size);
    for (const [id, score] of first!) {
      if (rest.every((matches) => matches.has(id)))
        candidates.set(
          id,
          rest.reduce((sum, matches) => sum + matches.get(id)!, score),
        );
    }
    return candidates;
  }

  /** Number of entries searched. */
  get size(): number {
    return Object.keys(this.#table.records).length;
  }

  /**
   * Entries that contain any of the texts literally (each as a query, in every script form), after the filters,
   * with Pagefind's score of the phrase match (no second, ranking search): what one part of a relaxed query finds
   * (meaning.ts).
   */
  async matchAny(texts: readonly string[], filters: SearchState['filters'] = {}): Promise<Map<string, number>> {
    const scores = new Map<string, number>();
    for (const found of await Promise.all(
      texts.map((text) => this.#matchAll(queryParts(normalizeQuery(text)), false)),
    )) {
      for (const [id, score] of this.admit(found, filters)) scores.set(id, Math.max(score, scores.get(id) ?? 0));
    }
    return scores;
  }

  /**
   * Entries found with their scores (by Pagefind, or from the lexicon's postings): those in the table and the filters,
   * scored by standing.
   */
  admit(found: ReadonlyMap<string, number>, filters: SearchState['filters'] = {}): Map<string, number> {
    const admitted = new Map<string, number>();
    for (const [id, score] of found) {
      const record = this.#table.records[id];
      if (record && matchesFilters(record, filters)) admitted.set(id, score * standingBoost[record.standing]);
    }
    return admitted;
  }

  /** The record of a fragment id (kind, date, standing, facet values loaded so far). */
  record(id: string): SearchRecord | undefined {
    return this.#table.records[id];
  }

  /**
   * The candidates whose text holds every identifier part as written (case, spaces and width folded). A case number
   * is always confirmed (it finds one or a few pages); another identifier (`T+3`, `5G-A`) when it found at most
   * `MAX_CONFIRMED` pages, so that a common one never downloads hundreds of fragments.
   */
  async #confirmIdentifiers(parts: readonly string[], candidates: Map<string, number>): Promise<Map<string, number>> {
    const text = this.#text;
    const identifiers = parts.filter(
      (part) => caseNumberYear(part) !== undefined || (isIdentifier(part) && candidates.size <= MAX_CONFIRMED),
    );
    if (!identifiers.length || !text) return candidates;
    const kept = await Promise.all(
      [...candidates].map(async ([id, score]) => {
        const folded = foldForMatch(await text(id));
        return identifiers.every((part) => folded.includes(part)) ? [[id, score] as const] : [];
      }),
    );
    return new Map(kept.flat());
  }

  async run(state: SearchState): Promise<SearchOutcome> {
    const parts = queryParts(normalizeQuery(state.query));
    let candidates: Map<string, number>;
    if (parts.length === 0 && state.query.trim() !== '') {
      // Only punctuation, emoji or symbols: nothing to search for, and listing everything would mislead.
      candidates = new Map();
    } else if (parts.length === 0) {
      candidates = new Map(Object.keys(this.#table.records).map((id) => [id, 0]));
    } else {
      candidates = await this.#matchAll(parts);
      candidates = await this.#confirmIdentifiers(parts, candidates);
    }
    const all: Hit[] = [];
    for (const [id, score] of candidates) {
      const record = this.#table.records[id];
      if (record) all.push({ id, record, score: score * standingBoost[record.standing] });
    }
    const hits = all.filter((hit) => matchesFilters(hit.record, state.filters));
    const variants = await this.#variants(parts.join(''));
    const needles = parts.flatMap((part) => scriptVariants(part, variants));
    return { hits: sortHits(hits, state.sort, parts.length > 0), candidates: all, parts, needles };
  }
}

export function matchesFilters(record: SearchRecord, filters: SearchState['filters'], except?: SearchFacetId): boolean {
  return Object.entries(filters).every(([facet, selected]) => {
    if (facet === except || !selected?.length) return true;
    const values = record.facets[facet as SearchFacetId] ?? [];
    return selected.some((value) => values.includes(value));
  });
}

/**
 * Disjunctive counts: per facet, value → number of hits if that value were (also) selected, each facet counted
 * with every other facet's filters applied but not its own. Only `facets` are counted (those whose values the
 * records hold); every facet a filter names must be among them.
 */
export function countFacets(
  hits: readonly Hit[],
  filters: SearchState['filters'],
  facets: readonly SearchFacetId[] = searchFacetIds,
): Partial<Record<SearchFacetId, Map<string, number>>> {
  const counts: Partial<Record<SearchFacetId, Map<string, number>>> = {};
  for (const id of facets) {
    const tally = new Map<string, number>();
    for (const hit of hits) {
      if (!matchesFilters(hit.record, filters, id)) continue;
      for (const value of hit.record.facets[id] ?? []) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    counts[id] = tally;
  }
  return counts;
}

/** 1–4 for a case, 0 for other entries; sorting by it needs the severity facet loaded. */
const severityOf = (record: SearchRecord) => Number(record.facets.severity?.[0] ?? 0);

/** Archived entries always come last; within each group the chosen order. */
export function sortHits(hits: Hit[], sort: SearchState['sort'], hasQuery: boolean): Hit[] {
  const byOrder = (a: Hit, b: Hit): number => {
    if (sort === 'newest' || (sort === 'relevance' && !hasQuery)) return b.record.date.localeCompare(a.record.date);
    if (sort === 'severity')
      return severityOf(b.record) - severityOf(a.record) || b.record.date.localeCompare(a.record.date);
    return b.score - a.score || b.record.date.localeCompare(a.record.date);
  };
  return hits.sort(
    (a, b) => Number(a.record.standing === 'archived') - Number(b.record.standing === 'archived') || byOrder(a, b),
  );
}
