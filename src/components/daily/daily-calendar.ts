/**
 * <daily-calendar>: marks today in a month of the daily column, by the date in the team's timezone when the page
 * is opened rather than the build's.
 */
import { calendarDateIn } from '../../lib/daily/dates.ts';

class DailyCalendar extends HTMLElement {
  connectedCallback() {
    const today = calendarDateIn(this.dataset.timezone!);
    this.querySelector(`td[data-date="${today}"]`)?.setAttribute('aria-current', 'date');
  }
}

customElements.define('daily-calendar', DailyCalendar);
