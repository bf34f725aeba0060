/**
 * <today-case>: shows the daily case for the browser's date in the team's timezone, and keeps
 * showing the right one while left open (the meeting-room PC that stays on overnight).
 */
import { calendarDateIn, msUntilNextDay } from '../../lib/daily/dates.ts';
import { todayView, type TodayCopy, type TodayPayload, type TodayView } from '../../lib/daily/today.ts';
import { part, readJson } from '../client/custom-element.ts';

/** Longest wait between looks at the clock, so a machine that slept through midnight catches up soon after waking. */
const MAX_WAIT_MS = 60_000;

class TodayCase extends HTMLElement {
  #payload!: TodayPayload;
  #copy!: TodayCopy;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#payload = readJson<TodayPayload>(this, 'script[type="application/json"]:not(.strings)');
    this.#copy = readJson<TodayCopy>(this);
    document.addEventListener('visibilitychange', this.#refresh);
    this.#refresh();
  }

  disconnectedCallback() {
    clearTimeout(this.#timer);
    document.removeEventListener('visibilitychange', this.#refresh);
  }

  #refresh = () => {
    clearTimeout(this.#timer);
    const now = new Date();
    const date = calendarDateIn(this.#payload.timezone, now);
    if (date !== this.dataset.date || !this.hasAttribute('data-live')) {
      // A date before the build (a wrong clock) has no display data: show the build date's case.
      this.#render(
        todayView(date, this.#payload, this.#copy) ?? todayView(this.#payload.built, this.#payload, this.#copy)!,
      );
    }
    this.#timer = setTimeout(this.#refresh, Math.min(msUntilNextDay(this.#payload.timezone, now), MAX_WAIT_MS));
  };

  #field<E extends HTMLElement = HTMLElement>(name: string): E {
    return part<E>(this, `[data-field="${name}"]`);
  }

  #render(view: TodayView) {
    const date = this.#field<HTMLTimeElement>('date');
    date.dateTime = view.date;
    date.textContent = view.dateLabel;
    this.#field('notices').replaceChildren(
      ...view.notices.map((notice) => Object.assign(document.createElement('p'), { textContent: notice })),
    );
    const { shown } = view;
    this.#field('card').hidden = !shown;
    if (shown) {
      this.#field('review').hidden = !shown.review;
      this.#field('number').textContent = shown.number;
      const title = Object.assign(this.#field<HTMLAnchorElement>('title'), {
        href: shown.href,
        textContent: shown.title,
      });
      if (shown.lang) title.lang = shown.lang;
      else title.removeAttribute('lang');
      Object.assign(this.#field('severity'), {
        className: `badge sev-${shown.severity}`,
        textContent: shown.severityLabel,
      });
      this.#field('channel').textContent = shown.channel;
      this.#field('category').textContent = shown.category;
      this.#field('takeaway-line').hidden = !shown.takeaway;
      this.#field('takeaway').textContent = shown.takeaway ?? '';
      this.#field('host-line').hidden = !shown.host;
      this.#field('host').textContent = shown.host ?? '';
      this.#field<HTMLAnchorElement>('present').href = shown.presentHref;
      const daily = this.#field<HTMLAnchorElement>('daily');
      daily.hidden = !shown.dailyHref;
      daily.href = shown.dailyHref ?? '';
      this.#field<HTMLAnchorElement>('case').href = shown.caseHref;
    }
    this.dataset.date = view.date;
    this.setAttribute('data-live', '');
  }
}

customElements.define('today-case', TodayCase);
