/** The finder's behaviour: load the index on first use, rank the cases for what was pasted, show why. */
import { decodeFinderShards, shardOf, type FinderCase, type FinderChunk, type FinderMeta, type FinderShard } from '../../lib/similar/finder-index.ts';
import { ARCHIVED_FACTOR, foldText, sharedPhrases } from '../../lib/similar/cases.ts';
import { loadSimilarityIndex, terms, type SimilarityIndex } from '../../lib/similar/similarity.ts';
import type { VariantTable } from '../../lib/search/script-variants.ts';

interface Strings {
  loading: string;
  results: string;
  none: string;
  tooShort: string;
  failed: string;
  reasonsLabel: string;
  wording: string;
  weakWording: string;
  archived: string;
}

export interface FinderResult extends FinderCase {
  score: number;
  /** Phrases of the pasted text that the case shares, heaviest first. */
  phrases: string[];
}

const SHOWN = 10;
/** Results scoring below this share of the best one are left out: they share a word or two by chance. */
const RELATIVE_CUTOFF = 0.25;
const TYPING_DELAY_MS = 250;

/** The index as loaded so far: the counts, the folding table, and the shards and case chunks fetched. */
class FinderIndex {
  readonly base: string;
  readonly meta: FinderMeta;
  readonly fold: Readonly<Record<string, string>>;
  #shards = new Map<number, Promise<FinderShard>>();
  #chunks = new Map<number, Promise<FinderChunk>>();
  #loaded: { count: number; index: SimilarityIndex } | undefined;

  constructor(base: string, meta: FinderMeta, fold: Readonly<Record<string, string>>) {
    this.base = base;
    this.meta = meta;
    this.fold = fold;
  }

  static async load(base: string, variantsUrl: string): Promise<FinderIndex> {
    const [meta, variants] = await Promise.all([
      fetch(`${base}meta.json`).then((response) => (response.ok ? (response.json() as Promise<FinderMeta>) : Promise.reject(new Error(response.statusText)))),
      // The search's Traditional→Simplified table; without it (dev mode) texts are compared as written.
      fetch(variantsUrl)
        .then((response) => (response.ok ? (response.json() as Promise<VariantTable>) : undefined))
        .catch(() => undefined),
    ]);
    return new FinderIndex(base, meta, variants?.fold ?? {});
  }

  normalize = (text: string) => foldText(text, this.fold);

  /** A file of the finder's, fetched once (and again after a failure). */
  #file<T>(cache: Map<number, Promise<T>>, name: string, number: number): Promise<T> {
    let loading = cache.get(number);
    if (!loading) {
      loading = fetch(`${this.base}${name}-${number}.json`).then((response) => (response.ok ? (response.json() as Promise<T>) : Promise.reject(new Error(response.statusText))));
      loading.catch(() => cache.delete(number));
      cache.set(number, loading);
    }
    return loading;
  }

  async rank(text: string): Promise<FinderResult[]> {
    const wanted = new Set([...new Set(terms(this.normalize(text)))].map((term) => shardOf(term, this.meta.shards)));
    await Promise.all([...wanted].map((shard) => this.#file(this.#shards, 'terms', shard)));
    const shards = await Promise.all([...this.#shards.values()]);
    if (this.#loaded?.count !== shards.length) {
      this.#loaded = { count: shards.length, index: loadSimilarityIndex(decodeFinderShards(this.meta, shards), { normalize: this.normalize }) };
    }
    const { index } = this.#loaded;
    // More matches than shown, so that archived cases, marked down, can fall below the others.
    const archived = new Set(this.meta.archived);
    const ranked = index
      .query(text, { limit: SHOWN * 2 })
      .map((match) => ({ id: match.id, score: match.score * (archived.has(Number(match.id)) ? ARCHIVED_FACTOR : 1) }))
      .sort((a, b) => b.score - a.score)
      .filter((match, _, all) => match.score >= all[0]!.score * RELATIVE_CUTOFF)
      .slice(0, SHOWN);
    // Titles and labels only for the cases shown.
    const caseOf = async (document: number) => (await this.#file(this.#chunks, 'cases', Math.floor(document / this.meta.chunkSize))).cases[document % this.meta.chunkSize]!;
    return Promise.all(
      ranked.map(async ({ id, score }) => ({ ...(await caseOf(Number(id))), score, phrases: sharedPhrases(text, index.sharedTerms(text, id, 12), this.fold) })),
    );
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export class CaseFinderElement extends HTMLElement {
  #strings!: Strings;
  #index: Promise<FinderIndex> | undefined;
  #input!: HTMLTextAreaElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #timer: number | undefined;
  #run = 0;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.querySelector('script.strings')!.textContent!) as Strings;
    this.#input = this.querySelector('textarea')!;
    this.#status = this.querySelector('.status')!;
    this.#list = this.querySelector('.results')!;
    const button = this.querySelector<HTMLButtonElement>('button[type=submit]')!;
    button.disabled = false;
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.#timer);
      void this.#show(this.#input.value);
    });
    this.#input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#show(this.#input.value), TYPING_DELAY_MS);
    });
    if (this.#input.value.trim()) void this.#show(this.#input.value);
  }

  /** Starts loading on first use only: pages that never use the finder fetch nothing. */
  #load(): Promise<FinderIndex> {
    this.#index ??= FinderIndex.load(this.dataset.index!.replace(/\/?$/, '/'), this.dataset.variants!);
    this.#index.catch(() => (this.#index = undefined));
    return this.#index;
  }

  /**
   * Ranks the cases for a text and returns the case URLs with the time taken (index loading included):
   * used by the finder benchmark and the browser tests.
   */
  async query(text: string): Promise<{ urls: string[]; ms: number }> {
    const started = performance.now();
    const results = await (await this.#load()).rank(text);
    return { urls: results.map((result) => result.url), ms: performance.now() - started };
  }

  async #show(text: string): Promise<void> {
    const run = ++this.#run;
    if ([...text.trim()].length < 2) {
      this.#list.replaceChildren();
      this.#status.textContent = text.trim() ? this.#strings.tooShort : '';
      return;
    }
    this.dataset.state = 'loading';
    if (!this.#index) this.#status.textContent = this.#strings.loading;
    let results: FinderResult[];
    try {
      results = await (await this.#load()).rank(text);
    } catch {
      if (run === this.#run) {
        this.#status.textContent = this.#strings.failed;
        this.dataset.state = 'failed';
      }
      return;
    }
    if (run !== this.#run) return;
    this.#status.textContent = results.length ? this.#strings.results.replace('{count}', String(results.length)) : this.#strings.none;
    this.#list.replaceChildren(...results.map((result) => this.#item(result)));
    this.dataset.state = 'done';
  }

  #item(result: FinderResult): HTMLLIElement {
    const meta = element('p', { class: 'meta' }, element('span', { class: 'case-number' }, result.caseNumber), element('span', {}, result.category), element('span', {}, result.failure));
    if (result.archived) meta.append(element('span', { class: 'badge archived' }, this.#strings.archived));
    const reason = result.phrases.length
      ? this.#strings.wording.replace('{phrases}', result.phrases.map((phrase) => `「${phrase}」`).join(''))
      : this.#strings.weakWording;
    return element(
      'li',
      {},
      meta,
      element('h2', {}, element('a', { href: result.url }, result.title)),
      element('p', { class: 'reasons' }, element('span', { class: 'visually-hidden' }, `${this.#strings.reasonsLabel}：`), reason),
    );
  }
}
