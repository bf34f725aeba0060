/** The search page's behaviour: URL state, live results as you type, facets, keyboard, load more. */
import { countFacets, type Hit, type SearchOutcome } from '../../lib/search/engine.ts';
import { excerptSource, makeExcerpt } from '../../lib/search/excerpt.ts';
import { searchFacetIds, type SearchFacetId } from '../../lib/search/record-table.ts';
import {
  FEW_LITERAL_RESULTS,
  PAGE_SIZE,
  paramsFromState,
  stateFromParams,
  type SearchState,
  type SortOrder,
} from '../../lib/search/state.ts';
import { homeFirst, shardsFor, streamOrder, type SearchShard } from '../../lib/search/shards.ts';
import type { Fragment } from '../../lib/search/tables.ts';
import { loadSearch, nextTask, type SearchBundle } from './search-client.ts';
import type { MeaningOutcome, MeaningResult } from './meaning-client.ts';
import { fill } from '../../i18n/copy.ts';
import type { ui } from '../../i18n/ui.ts';
import { element, part, readJson } from '../client/custom-element.ts';

/** Resolves once what the page has drawn so far is on screen. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The search section's entries the script shows (SearchPanel.astro passes them), with the labels it needs. */
export type SearchStrings = Pick<
  typeof ui.search,
  | 'loading'
  | 'devNotice'
  | 'failed'
  | 'resultCount'
  | 'browseCount'
  | 'noResults'
  | 'noResultsTips'
  | 'submitCase'
  | 'clearFilters'
  | 'facetLoading'
  | 'archivedBadge'
  | 'shardsUnavailable'
  | 'shardsLoading'
  | 'shardBadge'
  | 'meaningSearching'
  | 'meaningStatus'
  | 'meaningWhy'
  | 'meaningWhyPartial'
  | 'meaningWhyWords'
  | 'meaningWhyFinder'
  | 'meaningMatched'
  | 'meaningFinderWording'
  | 'meaningFinderWeak'
> & {
  typicalBadge: string;
  facetTitles: Record<string, string>;
  /** Vocabulary labels by facet and value id. */
  labels: Record<string, Record<string, string>>;
  newCaseUrl: string;
  finderUrl: string;
  finderLink: string;
};

const TYPING_DELAY_MS = 150;
/** Results a phone or a laptop shows without scrolling. */
const FIRST_SCREEN = 4;
/** Tags are open-ended: show the most frequent ones. */
const TAG_LIMIT = 20;
/**
 * Facet groups shown open: what an agent narrows a similar complaint by first, its kind, business category and
 * failure type. The others (channel, severity, status…) open on a click, stay open for the session, and open
 * by themselves when filtered on; their values are fetched only then.
 */
const OPEN_GROUPS: readonly SearchFacetId[] = ['type', 'category', 'failure'];

export class SearchPanelElement extends HTMLElement {
  #strings!: SearchStrings;
  #bundle: SearchBundle | undefined;
  #state: SearchState = { query: '', filters: {}, sort: 'relevance' };
  #outcome: SearchOutcome | undefined;
  #shown = 0;
  #run = 0;
  /** Facets whose values the records hold: the kind comes with the record table, the others on demand. */
  #loadedFacets = new Set<SearchFacetId>(['type', 'year']);
  /** Groups the agent opened or closed, kept across searches. */
  #groupOpen = new Map<SearchFacetId, boolean>();
  #typingTimer: number | undefined;
  #input!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #facets!: HTMLElement;
  #facetPanel!: HTMLDetailsElement;
  #empty!: HTMLElement;
  #meaning!: HTMLElement;
  #meaningWhy!: HTMLElement;
  #meaningList!: HTMLOListElement;

  connectedCallback(): void {
    this.#strings = readJson<SearchStrings>(this);
    this.#input = part(this, '#search-input');
    this.#sort = part(this, 'select[name=sort]');
    this.#status = part(this, '.status');
    this.#list = part(this, '.results');
    this.#more = part(this, '.more');
    this.#facets = part(this, '.facets');
    this.#facetPanel = part(this, '.facet-panel');
    // Open beside the results on a wide screen; on a phone the agent opens 筛选 when needed.
    this.#facetPanel.open = window.matchMedia('(min-width: 60rem)').matches;
    // On a phone the facets' values are fetched when 筛选 is opened, not before.
    this.#facetPanel.addEventListener('toggle', () => void this.#loadShownFacets());
    this.#empty = part(this, '.empty');
    this.#meaning = part(this, '.meaning');
    this.#meaningWhy = part(this, '.meaning-why');
    this.#meaningList = part(this, '.meaning-results');
    this.#meaningList.addEventListener('keydown', (event) => this.#onResultKey(event));
    this.#sort.disabled = false;

    part(this, 'form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update({ query: this.#input.value }, 'push');
    });
    this.#input.addEventListener('input', () => {
      window.clearTimeout(this.#typingTimer);
      this.#typingTimer = window.setTimeout(
        () => this.#update({ query: this.#input.value }, 'replace'),
        TYPING_DELAY_MS,
      );
    });
    this.#input.addEventListener('keydown', (event) => this.#onInputKey(event));
    this.#list.addEventListener('keydown', (event) => this.#onResultKey(event));
    this.#sort.addEventListener('change', () => this.#update({ sort: this.#sort.value as SortOrder }, 'push'));
    this.#more.addEventListener('click', () => void this.#renderMore());
    window.addEventListener('popstate', () => this.#restoreFromUrl());
    this.#restoreFromUrl();
    if (!this.#state.query) this.#input.focus();
  }

  /**
   * Runs one query through the same engine the page uses and returns the ranked URLs: used by the search
   * benchmark and the labelled-query tests.
   */
  async query(text: string): Promise<{ urls: string[]; ms: number; meaning: string[]; meaningMs: number }> {
    const started = performance.now();
    this.#bundle ??= await this.#load();
    const state: SearchState = { query: text, filters: {}, sort: 'relevance' };
    await this.#bundle.mergeShards(shardsFor(state, this.#bundle.shards));
    const found = await this.#bundle.engine.run(state);
    const outcome = { ...found, hits: homeFirst(found.hits) };
    const ms = performance.now() - started;
    const urls = await this.#bundle.urls();
    const literal = outcome.hits.map((hit) => urls.get(hit.id)!);
    if (!this.#wantsMeaning(outcome)) return { urls: literal, ms, meaning: [], meaningMs: 0 };
    const meaningStarted = performance.now();
    const meaning = await this.#findMeaning(text, outcome, {}, literal);
    return {
      urls: literal,
      ms,
      meaning: meaning.results.map((result) => result.url),
      meaningMs: performance.now() - meaningStarted,
    };
  }

  /** Few literal results for a real query: meaning matches are shown below them. */
  #wantsMeaning(outcome: SearchOutcome): boolean {
    return outcome.parts.length > 0 && outcome.hits.length < FEW_LITERAL_RESULTS;
  }

  /**
   * Meaning matches for a query, leaving out its literal results (`outcome`, whose URLs are `literalUrls`). The
   * code and the lexicon are fetched the first time only: a search with enough literal results never needs them.
   */
  async #findMeaning(
    query: string,
    outcome: SearchOutcome,
    filters: SearchState['filters'],
    literalUrls: readonly string[],
  ): Promise<MeaningOutcome> {
    const { searchByMeaning } = await import('./meaning-client.ts');
    return searchByMeaning(
      this.#bundle!,
      query,
      filters,
      { ids: new Set(outcome.hits.map((hit) => hit.id)), urls: new Set(literalUrls) },
      this.dataset.finder!,
    );
  }

  /** The page's bundle, with the other shards of a sharded library (`data-shards`) merged in. */
  #load(): Promise<SearchBundle> {
    const { bundle, shards, bundleVersion } = (this as HTMLElement).dataset;
    return loadSearch(bundle!, shards ? (JSON.parse(shards) as SearchShard[]) : [], bundleVersion);
  }

  #restoreFromUrl(): void {
    this.#state = stateFromParams(new URLSearchParams(location.search));
    this.#input.value = this.#state.query;
    this.#sort.value = this.#state.sort;
    void this.#search();
  }

  #update(change: Partial<SearchState>, history: 'push' | 'replace'): void {
    this.#state = { ...this.#state, ...change };
    const query = paramsFromState(this.#state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`)
      window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void this.#search();
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    // `data-state` tells tests and assistive code when the results on screen match the query.
    this.dataset.state = 'searching';
    this.#list.setAttribute('aria-busy', 'true');
    if (!this.#bundle) this.#status.textContent = this.#strings.loading;
    try {
      this.#bundle ??= await this.#load();
    } catch (error) {
      // Only a built site has the index (`astro dev` has none), or the network failed.
      console.warn('search unavailable', error);
      this.#status.textContent = import.meta.env.DEV ? this.#strings.devNotice : this.#strings.failed;
      return;
    }
    const bundle = this.#bundle;
    // The other shards this search needs. A case number or a year filter names them: they are merged first (one
    // small shard), so its one answer never shows as "nothing found". Any other query shows the page's own
    // shard's results at once and the other shards' below them as they arrive.
    const wanted = shardsFor(this.#state, bundle.shards);
    const targeted = wanted.length < bundle.shards.length;
    let outcome: SearchOutcome;
    try {
      if (targeted) await bundle.mergeShards(wanted);
      outcome = await this.#runEngine();
    } catch (error) {
      console.warn('search failed', error);
      this.#status.textContent = this.#strings.failed;
      return;
    }
    if (run !== this.#run) return; // a newer search has started
    const streaming = !bundle.hasShards(wanted);
    this.#outcome = outcome;
    this.#list.replaceChildren();
    this.#shown = 0;
    this.#showCount(outcome, streaming ? wanted : []);
    this.#renderEmpty(false);
    this.#meaning.hidden = true;
    this.#meaningList.replaceChildren();
    this.#updateFinderLinks();
    // The results' fragments download first; the facet counts are drawn while they do, in a task of their
    // own, so neither the results nor typing wait behind one long stretch of work.
    const results = this.#renderMore(FIRST_SCREEN);
    await nextTask();
    if (run === this.#run) {
      this.#renderFacets();
      void this.#loadShownFacets();
    }
    await results;
    if (run !== this.#run) return;
    if (streaming) {
      try {
        await bundle.mergeShards(wanted);
        const more = await this.#runEngine();
        if (run !== this.#run) return;
        // Below what is on screen: the page's own results keep their places.
        outcome = { ...more, hits: streamOrder(outcome.hits, more.hits) };
      } catch (error) {
        console.warn('search failed in other shards', error);
      }
      this.#outcome = outcome;
      this.#showCount(outcome, []);
      if (this.#shown < PAGE_SIZE) await this.#renderMore(PAGE_SIZE, PAGE_SIZE - this.#shown);
      if (run !== this.#run) return;
      this.#more.hidden = this.#shown >= outcome.hits.length;
      this.#renderFacets();
      void this.#loadShownFacets();
    }
    const meaning = this.#wantsMeaning(outcome);
    // With no literal result the meaning matches follow at once: the page never stops at a bare 0.
    if (meaning && outcome.hits.length === 0) this.#status.textContent = this.#strings.meaningSearching;
    this.#renderEmpty(outcome.hits.length === 0 && outcome.parts.length > 0 && !meaning);
    if (meaning) await this.#renderMeaning(run, outcome);
    if (run !== this.#run) return;
    this.#list.setAttribute('aria-busy', 'false');
    this.dataset.state = 'done';
  }

  /**
   * The engine's results for the current state, the page's own shard first. Filters in the URL, and a sort by
   * severity, need their facets' values before anything is shown; other facets load after the results.
   */
  async #runEngine(): Promise<SearchOutcome> {
    await this.#loadFacets(
      searchFacetIds.filter(
        (id) => this.#state.filters[id]?.length || (id === 'severity' && this.#state.sort === 'severity'),
      ),
    );
    const outcome = await this.#bundle!.engine.run(this.#state);
    return { ...outcome, hits: homeFirst(outcome.hits) };
  }

  /** The status line: how many results, which shards are still loading, which could not be loaded. */
  #showCount(outcome: SearchOutcome, loading: readonly SearchShard[]): void {
    const count = outcome.hits.length;
    this.#status.textContent = fill(outcome.parts.length ? this.#strings.resultCount : this.#strings.browseCount, {
      count,
    });
    if (loading.length)
      this.#status.textContent += fill(this.#strings.shardsLoading, {
        labels: loading.map((shard) => shard.label).join('、'),
      });
    const missing = this.#bundle!.missingShards.join('、');
    if (missing) this.#status.textContent += fill(this.#strings.shardsUnavailable, { labels: missing });
  }

  /** Below few or no literal results: the meaning matches, labelled, with why each was found. */
  async #renderMeaning(run: number, outcome: SearchOutcome): Promise<void> {
    const literalUrls = this.#links().map((link) => link.getAttribute('href')!);
    let meaning: MeaningOutcome;
    try {
      meaning = await this.#findMeaning(this.#state.query, outcome, this.#state.filters, literalUrls);
    } catch (error) {
      console.warn('meaning matches unavailable', error);
      meaning = { results: [], synonyms: [], partial: false, usedFinder: false };
    }
    if (run !== this.#run) return;
    const count = outcome.hits.length;
    if (!meaning.results.length) {
      this.#status.textContent = fill(this.#strings.resultCount, { count });
      this.#renderEmpty(count === 0);
      return;
    }
    if (count === 0)
      this.#status.textContent = fill(this.#strings.meaningStatus, {
        query: this.#shortQuery(),
        count: meaning.results.length,
      });
    const { synonyms } = meaning;
    const why = synonyms.length
      ? fill(meaning.partial ? this.#strings.meaningWhyPartial : this.#strings.meaningWhy, {
          synonyms: synonyms
            .slice(0, 3)
            .map(({ typed, synonym }) => `「${typed}≈${synonym}」`)
            .join(''),
        })
      : this.#strings.meaningWhyWords;
    this.#meaningWhy.textContent = meaning.usedFinder ? `${why}${this.#strings.meaningWhyFinder}` : why;
    this.#meaningList.replaceChildren(...meaning.results.map((result) => this.#renderMeaningResult(result)));
    this.#meaning.hidden = false;
  }

  /**
   * A meaning match: as a literal result with the words that matched, or a case the finder ranked, with its shared
   * words.
   */
  #renderMeaningResult(result: MeaningResult): HTMLLIElement {
    if (result.kind === 'words') {
      const record = this.#bundle!.engine.record(result.id)!;
      const item = this.#renderItem({ id: result.id, record, score: 0 }, result.fragment, result.needles);
      const words = result.words
        .map(({ typed, synonym }) => (synonym === undefined ? typed : `${typed}≈${synonym}`))
        .join('、');
      item.append(element('p', { class: 'why' }, fill(this.#strings.meaningMatched, { words })));
      return item;
    }
    const { finder } = result;
    const meta = element(
      'p',
      { class: 'meta' },
      element('span', { class: 'badge kind' }, this.#strings.labels.type!.case ?? ''),
      element('span', { class: 'case-number' }, finder.caseNumber),
      element('span', { class: 'badge' }, finder.failure),
    );
    if (finder.archived) meta.append(element('span', { class: 'badge archived' }, this.#strings.archivedBadge));
    const why = finder.shared.length
      ? fill(this.#strings.meaningFinderWording, { phrases: finder.shared.map((word) => `「${word}」`).join('') })
      : this.#strings.meaningFinderWeak;
    const item = element(
      'li',
      {},
      meta,
      element('h2', {}, element('a', { href: finder.url }, finder.title)),
      element('p', { class: 'why' }, why),
    );
    if (finder.archived) item.dataset.archived = '';
    return item;
  }

  /** The query as messages quote it. */
  #shortQuery(): string {
    const query = this.#state.query.trim();
    return [...query].length > 20 ? `${[...query].slice(0, 20).join('')}…` : query;
  }

  /** Links to the finder carry the query over: `/finder/?q=…` runs it at once. */
  #updateFinderLinks(): void {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-finder-link]'))
      link.href = this.#finderHref();
  }

  #finderHref(): string {
    const query = this.#state.query.trim().slice(0, 1000);
    return query ? `${this.#strings.finderUrl}?${new URLSearchParams({ q: query })}` : this.#strings.finderUrl;
  }

  /**
   * Draws the next page of results. The first `firstScreen` are drawn before the rest are asked for, so on a
   * slow connection the results on screen do not share it with those below.
   */
  async #renderMore(firstScreen = PAGE_SIZE, count = PAGE_SIZE): Promise<void> {
    const outcome = this.#outcome!;
    const run = this.#run;
    const page = outcome.hits.slice(this.#shown, this.#shown + count);
    const append = async (hits: Hit[]) => {
      const items = await Promise.all(hits.map((hit) => this.#renderHit(hit, outcome.needles)));
      if (run !== this.#run) return false;
      this.#list.append(...items);
      this.#shown += hits.length;
      return true;
    };
    if (!(await append(page.slice(0, firstScreen)))) return;
    if (page.length > firstScreen) {
      await afterPaint();
      if (run !== this.#run || !(await append(page.slice(firstScreen)))) return;
    }
    this.#more.hidden = this.#shown >= outcome.hits.length;
  }

  async #renderHit(hit: Hit, needles: string[]): Promise<HTMLLIElement> {
    // Without a query the list opens with the newest entries, whose excerpts come with the bundle's preview.
    const fragment = await (needles.length ? this.#bundle!.fragment(hit.id) : this.#bundle!.preview(hit.id));
    return this.#renderItem(hit, fragment, needles);
  }

  #renderItem(hit: Hit, fragment: Fragment, needles: string[]): HTMLLIElement {
    const { labels } = this.#strings;
    const { record } = hit;
    const card = fragment.facets;
    const badge = (text: string, kind = '') => element('span', { class: `badge ${kind}`.trim() }, text);
    const meta = element('p', { class: 'meta' }, badge(labels.type![record.kind] ?? record.kind, 'kind'));
    if (record.kind === 'case') {
      const caseNumber = /[A-Z]+-\d{4}-\d{4,6}/.exec(fragment.content.replaceAll('\u200b', ''))?.[0];
      if (caseNumber) meta.append(element('span', { class: 'case-number' }, caseNumber));
      meta.append(
        badge(labels.severity![card.severity?.[0] ?? ''] ?? '', `sev-${card.severity?.[0] ?? ''}`),
        badge(labels.channel![card.channel?.[0] ?? ''] ?? ''),
        badge(labels.failure![card.failure?.[0] ?? ''] ?? ''),
        badge(labels.status![card.status?.[0] ?? ''] ?? ''),
      );
      if (record.standing === 'typical') meta.append(badge(this.#strings.typicalBadge, 'typical'));
      if (record.standing === 'draft') meta.append(badge(labels.confidence!.draft!, 'draft'));
    }
    if (record.standing === 'archived') meta.append(badge(this.#strings.archivedBadge, 'archived'));
    if (record.shard) meta.append(badge(fill(this.#strings.shardBadge, { label: record.shard }), 'shard'));
    const title = element('h2', {}, element('a', { href: fragment.url }, fragment.title));
    const excerpt = element('p', { class: 'excerpt' });
    for (const segment of makeExcerpt(excerptSource(fragment.content, fragment.title), needles))
      excerpt.append(segment.marked ? element('mark', {}, segment.text) : segment.text);
    const item = element('li', {}, meta, title, excerpt);
    if (record.standing === 'archived') item.dataset.archived = '';
    return item;
  }

  async #loadFacets(facets: readonly SearchFacetId[]): Promise<void> {
    const missing = facets.filter((facet) => !this.#loadedFacets.has(facet));
    if (!missing.length) return;
    await this.#bundle!.loadFacets(missing);
    for (const facet of missing) this.#loadedFacets.add(facet);
  }

  #isGroupOpen(id: SearchFacetId): boolean {
    return this.#groupOpen.get(id) ?? (Boolean(this.#state.filters[id]?.length) || OPEN_GROUPS.includes(id));
  }

  /** Fetches the values of the facets whose groups are on screen, then shows their counts; the results do not wait. */
  async #loadShownFacets(): Promise<void> {
    const shown = this.#facetPanel.open
      ? searchFacetIds.filter((id) => this.#isGroupOpen(id) && !this.#loadedFacets.has(id))
      : [];
    if (!shown.length || !this.#outcome) return;
    const outcome = this.#outcome;
    this.#facets.setAttribute('aria-busy', 'true');
    try {
      await this.#loadFacets(shown);
    } catch (error) {
      // The groups keep saying they are loading; the next search or opened group tries again.
      console.warn('facet values unavailable', error);
      return;
    }
    if (this.#outcome === outcome) this.#renderFacets();
  }

  #renderFacets(): void {
    const outcome = this.#outcome!;
    const { labels, facetTitles } = this.#strings;
    const loaded = searchFacetIds.filter((id) => this.#loadedFacets.has(id));
    const counts = countFacets(outcome.candidates, this.#state.filters, loaded);
    const groups = searchFacetIds.flatMap((id) => {
      const title = facetTitles[id] ?? id;
      // The group of checkboxes is named after its title, as a fieldset is by its legend.
      const details = element('details', { 'data-facet': id, 'aria-label': title }, element('summary', {}, title));
      details.open = this.#isGroupOpen(id);
      details.addEventListener('toggle', () => {
        // Setting `open` above fires this too: only the agent's own choice is remembered.
        if (details.open !== this.#isGroupOpen(id)) this.#groupOpen.set(id, details.open);
        void this.#loadShownFacets();
      });
      const tally = counts[id];
      if (!tally) {
        // Its values are not here yet: the group is there to be opened, and says so while they load.
        details.append(element('p', { class: 'facet-loading' }, this.#strings.facetLoading));
        return [details];
      }
      const selected = new Set(this.#state.filters[id] ?? []);
      const counted = [...tally].sort((a, b) =>
        id === 'tag' ? b[1] - a[1] : id === 'year' ? b[0].localeCompare(a[0]) : 0,
      );
      const values = new Map(counted.slice(0, id === 'tag' ? TAG_LIMIT : undefined));
      for (const value of selected) if (!values.has(value)) values.set(value, tally.get(value) ?? 0);
      if (values.size === 0) return [];
      const order = Object.keys(labels[id] ?? {});
      const entries = [...values].sort((a, b) => (order.length ? order.indexOf(a[0]) - order.indexOf(b[0]) : 0));
      for (const [value, count] of entries) {
        const box = element('input', { type: 'checkbox', name: id, value });
        box.checked = selected.has(value);
        box.addEventListener('change', () => this.#toggle(id, value, box.checked));
        details.append(
          element('label', {}, box, labels[id]?.[value] ?? value, element('span', { class: 'count' }, String(count))),
        );
      }
      return [details];
    });
    const active = Object.values(this.#state.filters).some((values) => values?.length);
    if (active) {
      const clear = element('button', { type: 'button', class: 'button clear' }, this.#strings.clearFilters);
      clear.addEventListener('click', () => this.#update({ filters: {} }, 'push'));
      groups.push(clear as unknown as HTMLDetailsElement);
    }
    this.#facets.replaceChildren(...groups);
    this.#facets.setAttribute(
      'aria-busy',
      String(this.#facetPanel.open && groups.some((group) => group.open && group.querySelector('.facet-loading'))),
    );
    this.#facetPanel.toggleAttribute('data-empty', groups.length === 0);
  }

  #toggle(facet: string, value: string, on: boolean): void {
    const current = new Set(this.#state.filters[facet as keyof SearchState['filters']] ?? []);
    if (on) current.add(value);
    else current.delete(value);
    this.#update({ filters: { ...this.#state.filters, [facet]: [...current] } }, 'push');
  }

  #renderEmpty(show: boolean): void {
    this.#empty.hidden = !show;
    if (!show) return this.#empty.replaceChildren();
    const query = this.#state.query.trim().slice(0, 64);
    const link = element(
      'a',
      {
        href: this.#strings.newCaseUrl.replace(encodeURIComponent('__QUERY__'), () => encodeURIComponent(query)),
        rel: 'noopener',
      },
      this.#strings.submitCase,
    );
    this.#empty.replaceChildren(
      element('p', {}, fill(this.#strings.noResults, { query })),
      element('ul', {}, ...this.#strings.noResultsTips.map((tip) => element('li', {}, tip))),
      // The page's own link to the finder is below the fold, under the room kept for results.
      element('p', {}, element('a', { href: this.#finderHref() }, this.#strings.finderLink)),
      element('p', {}, link),
    );
  }

  /** The result links in order: the literal results, then the meaning matches. */
  #links(): HTMLAnchorElement[] {
    return [
      ...this.#list.querySelectorAll<HTMLAnchorElement>('h2 a'),
      ...this.#meaningList.querySelectorAll<HTMLAnchorElement>('h2 a'),
    ];
  }

  #onInputKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.#links()[0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#input.value = '';
      this.#update({ query: '' }, 'replace');
    }
  }

  #onResultKey(event: KeyboardEvent): void {
    const links = this.#links();
    const position = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (position === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = position + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.#input.focus();
      else links[Math.min(next, links.length - 1)]!.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#input.focus();
    }
  }
}

customElements.define('search-panel', SearchPanelElement);
