/**
 * <case-deck>: steps through a case on the meeting-room screen. One step is shown at a time; each
 * step's text is sized to fill the screen without overflowing, and a section too long for one
 * screen is continued on extra steps. Keys are those of presentation clickers. Nothing here touches
 * the network, so the deck keeps working when the Wi-Fi drops.
 */
import { fill } from '../../i18n/copy.ts';
import type { ui } from '../../i18n/ui.ts';
import { part, readJson } from '../client/custom-element.ts';

/** The copy the deck adds to the page (Deck.astro passes it). */
export type DeckStrings = Pick<typeof ui.present, 'continued' | 'stepOf'>;

/** Smallest text scale: 0.82 × 3.2vh is 28.3 px on a 1080-pixel-high screen. */
const MIN_FIT = 0.82;
/** Short steps grow up to this scale, for the back of the room. */
const MAX_FIT = 1.3;
/** Below the minimum only for a single block that cannot be split (a long paragraph or table row). */
const LAST_RESORT_FIT = 0.5;
const IDLE_CURSOR_MS = 2000;

const nextKeys = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function fits(step: HTMLElement): boolean {
  const body = part(step, '.step-body');
  return body.scrollHeight <= body.clientHeight + 1 && body.scrollWidth <= body.clientWidth + 1;
}

function setFit(step: HTMLElement, fit: number) {
  step.style.setProperty('--fit', String(fit));
}

/** The largest scale in [low, MAX_FIT] at which the step fits (to a hundredth), or undefined. */
function bestFit(step: HTMLElement, low: number): number | undefined {
  setFit(step, MAX_FIT);
  if (fits(step)) return MAX_FIT;
  setFit(step, low);
  if (!fits(step)) return undefined;
  let [good, bad] = [low, MAX_FIT];
  while (bad - good > 0.01) {
    const middle = (good + bad) / 2;
    setFit(step, middle);
    if (fits(step)) good = middle;
    else bad = middle;
  }
  setFit(step, good);
  return good;
}

/** A list or table whose items can be spread over two steps, with what the second part needs. */
function splitParts(block: Element): { items: Element; rest: Element; restItems: Element } | undefined {
  if ((block.tagName === 'OL' || block.tagName === 'UL') && block.children.length > 1) {
    const rest = block.cloneNode(false) as Element;
    return { items: block, rest, restItems: rest };
  }
  const body = block.tagName === 'TABLE' ? block.querySelector('tbody') : null;
  if (body && body.children.length > 1) {
    const rest = block.cloneNode(false) as Element;
    const head = block.querySelector('thead');
    if (head) rest.append(head.cloneNode(true));
    const restItems = body.cloneNode(false) as Element;
    rest.append(restItems);
    return { items: body, rest, restItems };
  }
  return undefined;
}

/**
 * Moves trailing content of `step` into `next` until `step` fits at the minimum scale: whole blocks
 * first, then items of a list or rows of a table. Returns false when nothing could be moved.
 */
function moveOverflow(step: HTMLElement, next: HTMLElement): boolean {
  const body = part(step, '.step-body');
  const nextBody = part(next, '.step-body');
  setFit(step, MIN_FIT);
  while (!fits(step) && body.children.length > 1) nextBody.prepend(body.lastElementChild!);
  if (fits(step)) return nextBody.children.length > 0;
  const parts = splitParts(body.lastElementChild!);
  if (!parts) return nextBody.children.length > 0;
  while (!fits(step) && parts.items.children.length > 1) parts.restItems.prepend(parts.items.lastElementChild!);
  if (parts.items.tagName === 'OL')
    (parts.rest as HTMLOListElement).start =
      ((parts.items as HTMLOListElement).start || 1) + parts.items.children.length;
  nextBody.prepend(parts.rest);
  return true;
}

/** A continuation step: the same heading marked “(cont.)”, an empty body. */
function continuation(step: HTMLElement, continued: string): HTMLElement {
  const next = step.cloneNode(true) as HTMLElement;
  part(next, '.step-body').replaceChildren();
  const heading = next.querySelector('h2');
  if (heading && !heading.textContent.endsWith(continued)) heading.append(continued);
  next.removeAttribute('data-current');
  next.dataset.continued = '';
  return next;
}

/** Sizes a step's text, splitting it into as many steps as it needs. Returns the steps in order. */
function layOut(step: HTMLElement, continued: string): HTMLElement[] {
  const result = [step];
  let current = step;
  while (bestFit(current, MIN_FIT) === undefined) {
    const next = continuation(current, continued);
    current.after(next);
    if (!moveOverflow(current, next)) {
      next.remove();
      bestFit(current, LAST_RESORT_FIT);
      break;
    }
    if (bestFit(current, MIN_FIT) === undefined) bestFit(current, LAST_RESORT_FIT);
    result.push(next);
    current = next;
  }
  return result;
}

function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

class CaseDeck extends HTMLElement {
  #strings!: DeckStrings;
  #originals: HTMLElement[] = [];
  #steps: HTMLElement[] = [];
  #index = 0;
  #timerTick: ReturnType<typeof setInterval> | undefined;
  #idle: ReturnType<typeof setTimeout> | undefined;
  #resize: ReturnType<typeof setTimeout> | undefined;

  async connectedCallback() {
    this.#strings = readJson<DeckStrings>(this);
    this.#originals = [...this.querySelectorAll<HTMLElement>('.step')].map(
      (step) => step.cloneNode(true) as HTMLElement,
    );
    await document.fonts.ready;
    const requested = Number(location.hash.slice(1)) - 1;
    this.#layOut(Number.isInteger(requested) && requested > 0 ? requested : 0);
    document.addEventListener('keydown', this.#onKey);
    document.addEventListener('mousemove', this.#onMouse);
    window.addEventListener('resize', this.#onResize);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-go]')) {
      button.addEventListener('click', () => this.go(this.#index + Number(button.dataset.go)));
    }
    this.#onMouse();
    this.dataset.ready = '';
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
    document.removeEventListener('mousemove', this.#onMouse);
    window.removeEventListener('resize', this.#onResize);
    clearInterval(this.#timerTick);
    clearTimeout(this.#idle);
    clearTimeout(this.#resize);
  }

  /** Rebuilds the steps for the current screen size, then shows step `index`. */
  #layOut(index: number) {
    const deck = part(this, '.deck');
    deck.querySelectorAll('.step').forEach((step) => step.remove());
    const timer = deck.querySelector('.timer');
    const fresh = this.#originals.map((step) => step.cloneNode(true) as HTMLElement);
    for (const step of fresh) {
      step.hidden = false;
      deck.insertBefore(step, timer);
    }
    this.#steps = fresh.flatMap((step) => layOut(step, this.#strings.continued));
    this.go(index);
  }

  /** Shows step `index` (clamped); every other step is hidden, so later steps stay secret until reached. */
  go(index: number) {
    this.#index = Math.max(0, Math.min(index, this.#steps.length - 1));
    this.#steps.forEach((step, position) => {
      const current = position === this.#index;
      step.hidden = !current;
      step.toggleAttribute('data-current', current);
    });
    const step = this.#steps[this.#index]!;
    part(this, '[data-label]').textContent = step.querySelector('h2')?.textContent ?? step.getAttribute('aria-label');
    part(this, '[data-position]').textContent = fill(this.#strings.stepOf, {
      current: this.#index + 1,
      total: this.#steps.length,
    });
    part(this, '.progress span').style.width = `${((this.#index + 1) / this.#steps.length) * 100}%`;
    const [previous, next] = this.querySelectorAll<HTMLButtonElement>('[data-go]');
    previous!.disabled = this.#index === 0;
    next!.disabled = this.#index === this.#steps.length - 1;
    history.replaceState(null, '', `#${this.#index + 1}`);
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const { key } = event;
    if (key === ' ' && event.shiftKey) this.go(this.#index - 1);
    else if (nextKeys.has(key)) this.go(this.#index + 1);
    else if (previousKeys.has(key)) this.go(this.#index - 1);
    else if (key === 'Home') this.go(0);
    else if (key === 'End') this.go(this.#steps.length - 1);
    else if (key === 'f' || key === 'F') this.#toggleFullScreen();
    else if (key === 't' || key === 'T') this.#toggleTimer();
    else if (key === 'Escape') this.#leave();
    else return;
    // Also stops Space from "clicking" a focused button a second time.
    event.preventDefault();
  };

  #toggleFullScreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }

  /** Esc first leaves full screen (when the browser has not already done so), then leaves the deck. */
  #leave() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else location.assign(this.dataset.exit!);
  }

  #toggleTimer() {
    const timer = part(this, '.timer');
    if (this.#timerTick === undefined) {
      const start = Date.now();
      timer.textContent = formatElapsed(0);
      timer.hidden = false;
      this.#timerTick = setInterval(() => (timer.textContent = formatElapsed(Date.now() - start)), 250);
    } else {
      clearInterval(this.#timerTick);
      this.#timerTick = undefined;
      timer.hidden = true;
    }
  }

  #onMouse = () => {
    this.removeAttribute('data-idle');
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => this.setAttribute('data-idle', ''), IDLE_CURSOR_MS);
  };

  /** Full screen on/off and window changes alter the room for text: lay out again, staying in the same section. */
  #onResize = () => {
    clearTimeout(this.#resize);
    this.#resize = setTimeout(() => {
      const section = this.#steps[this.#index]!.dataset.step;
      this.#layOut(0);
      this.go(this.#steps.findIndex((step) => step.dataset.step === section));
    }, 100);
  };
}

customElements.define('case-deck', CaseDeck);
