/**
 * <site-header>: the bar of the header on every page. `/` (when not typing in a field) and Ctrl+K / ⌘K focus its
 * search box, or the search page's own box, from anywhere; on a narrow screen its menu button shows and hides the
 * navigation (folded from the first paint: html[data-js], Base.astro).
 */
import { part } from '../client/custom-element.ts';

/** Whether a key press asks for the search box: a lone `/` outside a field, or Ctrl+K / ⌘K. */
function asksForSearch(event: KeyboardEvent): boolean {
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash =
    event.key === '/' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !(event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]');
  return commandK || slash;
}

class SiteHeader extends HTMLElement {
  #button!: HTMLButtonElement;

  connectedCallback() {
    this.#button = part<HTMLButtonElement>(this, '.menu-button');
    this.#button.addEventListener('click', () => this.#setOpen(this.#button.getAttribute('aria-expanded') !== 'true'));
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.hasAttribute('data-open')) {
        this.#setOpen(false);
        this.#button.focus();
      }
    });
    this.#button.disabled = false;
    document.addEventListener('keydown', this.#focusSearch);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#focusSearch);
  }

  #focusSearch = (event: KeyboardEvent) => {
    if (!asksForSearch(event)) return;
    event.preventDefault();
    // The search page's box, where there is one: the query is typed there.
    const box =
      document.querySelector<HTMLInputElement>('#search-input') ?? part<HTMLInputElement>(this, '#site-search');
    box.focus();
    box.select();
  };

  #setOpen(open: boolean) {
    this.#button.setAttribute('aria-expanded', String(open));
    this.toggleAttribute('data-open', open);
  }
}

customElements.define('site-header', SiteHeader);
