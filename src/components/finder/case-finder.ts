/**
 * The finder's page behaviour: open the finder's files on first use, rank the cases for what was pasted (see
 * src/lib/similar/finder.ts), show how close each is and why, or say plainly that no case is close and
 * offer the help there is. `/finder/?q=…` runs at once, and the address follows the text as the agent pastes.
 */
import { openFinder, type Finder, type FinderAnswer, type FinderResult } from '../../lib/similar/finder.ts';
import type { FinderHelp } from '../../lib/similar/finder-index.ts';
import { fill } from '../../i18n/copy.ts';
import type { ui } from '../../i18n/ui.ts';
import { element, part, readJson } from '../client/custom-element.ts';
import { finderOpener } from '../client/open-finder.ts';

/** The copy the script shows (CaseFinder.astro passes it). */
export type FinderStrings = Pick<
  typeof ui.finder,
  | 'loading'
  | 'results'
  | 'noneClose'
  | 'noneCloseHint'
  | 'searchText'
  | 'browseFailure'
  | 'helpPractices'
  | 'helpScripts'
  | 'tooShort'
  | 'failed'
  | 'strengthLabel'
  | 'strengths'
  | 'reasonsLabel'
  | 'wording'
  | 'synonyms'
  | 'weakWording'
  | 'archived'
>;

const TYPING_DELAY_MS = 250;

/** The reasons of one result in plain Chinese: shared words, then synonyms. */
function reasonsOf(
  result: Pick<FinderResult, 'shared' | 'synonyms'>,
  strings: Pick<FinderStrings, 'wording' | 'synonyms' | 'weakWording'>,
): string[] {
  const reasons = [];
  if (result.shared.length)
    reasons.push(fill(strings.wording, { words: result.shared.map((word) => `「${word}」`).join('') }));
  if (result.synonyms.length)
    reasons.push(
      fill(strings.synonyms, { pairs: result.synonyms.map(([theirs, ours]) => `${theirs}≈${ours}`).join('，') }),
    );
  return reasons.length ? reasons : [strings.weakWording];
}

export class CaseFinderElement extends HTMLElement {
  #strings!: FinderStrings;
  #open!: () => Promise<Finder>;
  /** Whether the finder's files have loaded (then there is no loading to tell of). */
  #opened = false;
  #input!: HTMLTextAreaElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #help!: HTMLElement;
  #nearest!: HTMLElement;
  #timer: number | undefined;
  #run = 0;

  connectedCallback(): void {
    this.#strings = readJson<FinderStrings>(this);
    this.#open = finderOpener(this.dataset.index!, this.dataset.variants!, () => Promise.resolve(openFinder));
    this.#input = part(this, 'textarea');
    this.#status = part(this, '.status');
    this.#list = part(this, '.results');
    this.#help = part(this, '.help');
    this.#nearest = part(this, '.nearest');
    part<HTMLButtonElement>(this, 'button[type=submit]').disabled = false;
    part(this, 'form').addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.#timer);
      void this.#show(this.#input.value);
    });
    this.#input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#show(this.#input.value), TYPING_DELAY_MS);
    });
    // A deep link (a ticket system linking an agent to the cases for the ticket's text) runs at once.
    const linked = new URLSearchParams(window.location.search).get('q');
    if (linked?.trim()) this.#input.value = linked;
    if (this.#input.value.trim()) void this.#show(this.#input.value);
  }

  /**
   * Ranks the cases for a text, with the time taken (index loading included): used by the finder benchmark
   * and the browser tests. `reasons` are the plain-Chinese reasons shown per result.
   */
  async query(text: string): Promise<{
    urls: string[];
    ms: number;
    best: number;
    strengths: string[];
    reasons: string[][];
    shared: string[][];
    /** With no close case: the nearest cases shown for the agent to check. */
    nearest: string[];
    guess?: string;
  }> {
    const started = performance.now();
    const answer = await (await this.#open()).rank(text);
    const { results } = answer;
    return {
      urls: results.map((result) => result.url),
      ms: performance.now() - started,
      best: answer.best,
      strengths: results.map((result) => result.strength),
      reasons: results.map((result) => reasonsOf(result, this.#strings)),
      shared: results.map((result) => [...result.shared, ...result.synonyms.flat()]),
      nearest: answer.nearest.map((result) => result.url),
      ...(answer.guess ? { guess: answer.guess } : {}),
    };
  }

  /** Keeps the address in step with the text, so that it can be copied into a ticket or a chat. */
  #remember(text: string): void {
    const url = new URL(window.location.href);
    if (text.trim()) url.searchParams.set('q', text.trim());
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) history.replaceState(history.state, '', url);
  }

  async #show(text: string): Promise<void> {
    const run = ++this.#run;
    this.#remember(text);
    if ([...text.trim()].length < 2) {
      this.#list.replaceChildren();
      this.#help.replaceChildren();
      this.#nearest.hidden = true;
      this.#status.textContent = text.trim() ? this.#strings.tooShort : '';
      return;
    }
    this.dataset.state = 'loading';
    if (!this.#opened) this.#status.textContent = this.#strings.loading;
    let finder: Finder;
    let answer: FinderAnswer;
    let help: FinderHelp | undefined;
    try {
      finder = await this.#open();
      this.#opened = true;
      answer = await finder.rank(text);
      help = answer.guess ? await finder.help(answer.guess).catch(() => undefined) : undefined;
    } catch {
      if (run === this.#run) {
        this.#status.textContent = this.#strings.failed;
        this.dataset.state = 'failed';
      }
      return;
    }
    if (run !== this.#run) return;
    const { results } = answer;
    this.#status.textContent = results.length
      ? fill(this.#strings.results, { count: results.length })
      : this.#strings.noneClose;
    this.#list.replaceChildren(...results.map((result) => this.#item(result)));
    this.#help.replaceChildren(...(results.length ? [] : this.#helpFor(text, help)));
    part(this.#nearest, 'ol').replaceChildren(...answer.nearest.map((result) => this.#item(result, 'h3')));
    this.#nearest.hidden = !answer.nearest.length;
    this.dataset.state = 'done';
  }

  /** What to try when no case is close: the keyword search with the text, and the guessed failure type's help. */
  #helpFor(text: string, help: FinderHelp | undefined): Node[] {
    const search = new URL(this.dataset.search!, window.location.href);
    search.searchParams.set('q', text.trim().slice(0, 100));
    const options = [
      element('li', {}, element('a', { href: search.pathname + search.search }, this.#strings.searchText)),
    ];
    if (help) {
      const label = { label: help.label };
      options.push(element('li', {}, element('a', { href: help.browse }, fill(this.#strings.browseFailure, label))));
      const links = (heading: string, items: FinderHelp['practices']) =>
        items.length
          ? [
              element(
                'li',
                {},
                fill(heading, label),
                element(
                  'ul',
                  {},
                  ...items.map((item) => element('li', {}, element('a', { href: item.url }, item.title))),
                ),
              ),
            ]
          : [];
      options.push(
        ...links(this.#strings.helpPractices, help.practices),
        ...links(this.#strings.helpScripts, help.scripts),
      );
    }
    return [element('p', {}, this.#strings.noneCloseHint), element('ul', {}, ...options)];
  }

  #item(result: FinderResult, heading: 'h2' | 'h3' = 'h2'): HTMLLIElement {
    const strength = element(
      'span',
      { class: `strength ${result.strength}` },
      element('span', { class: 'visually-hidden' }, `${this.#strings.strengthLabel}：`),
      this.#strings.strengths[result.strength],
    );
    const meta = element(
      'p',
      { class: 'meta' },
      strength,
      element('span', { class: 'case-number' }, result.caseNumber),
      element('span', {}, result.category),
      element('span', {}, result.failure),
    );
    if (result.archived) meta.append(element('span', { class: 'badge archived' }, this.#strings.archived));
    return element(
      'li',
      { 'data-strength': result.strength },
      meta,
      element(heading, {}, element('a', { href: result.url }, result.title)),
      element(
        'p',
        { class: 'reasons' },
        element('span', { class: 'visually-hidden' }, `${this.#strings.reasonsLabel}：`),
        reasonsOf(result, this.#strings).join('；'),
      ),
    );
  }
}

customElements.define('case-finder', CaseFinderElement);
