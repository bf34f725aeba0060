/**
 * One page of every kind of the sample site, with what brings it to the state a person looks at: the list the
 * screenshot sweep (`npm run screenshots`) and the layout browser test go through.
 */
import type { Page } from 'playwright-core';

export interface PageKind {
  url: string;
  /** Brings the page to the state a person looks at before it is photographed or checked. */
  ready?: (page: Page) => Promise<unknown>;
}

/** Waits until the search page has answered its query. */
export const searchDone = (page: Page) => page.waitForSelector('search-panel[data-state=done]');
/** Waits until the today block has decided today's case in the browser. */
export const todayLive = (page: Page) => page.waitForSelector('today-case[data-live]');

export const pageKinds: Record<string, PageKind> = {
  home: { url: '/', ready: todayLive },
  cases: { url: '/cases/' },
  case: { url: '/cases/ecommerce/presale-refund-delay/' },
  'case-traditional': { url: '/cases/travel/wheelchair-meal-transfer-missed/' },
  browse: { url: '/browse/channel/phone/' },
  'browse-tag': { url: `/browse/tag/${encodeURIComponent('退款')}/` },
  today: { url: '/today/', ready: todayLive },
  daily: { url: '/daily/' },
  'daily-entry': { url: '/daily/2026-11-28/' },
  practices: { url: '/practices/' },
  practice: { url: '/practices/first-contact-ownership/' },
  'practice-wide-table': { url: '/practices/refund-journey-moments-of-truth/' },
  scripts: { url: '/scripts/' },
  'scripts-stage': { url: '/scripts/stage/empathy/' },
  script: { url: '/scripts/solution-refund-timeline/' },
  people: { url: '/people/' },
  person: { url: '/people/zhang-min/' },
  search: { url: `/search/?q=${encodeURIComponent('退款')}`, ready: searchDone },
  'search-filtered': { url: `/search/?q=${encodeURIComponent('客户')}&channel=phone&sort=newest`, ready: searchDone },
  'search-empty': { url: `/search/?q=${encodeURIComponent('火星基地')}`, ready: searchDone },
  insights: { url: '/insights/' },
  'insights-categories': { url: '/insights/categories/' },
  contributors: { url: '/contributors/' },
  contribute: { url: '/contribute/' },
  'contribute-fields': { url: '/contribute/fields/' },
  lexicon: { url: '/lexicon/' },
  journeys: { url: '/journeys/' },
  journey: { url: '/journeys/ecommerce/' },
  'journey-stage': { url: `/journeys/ecommerce/${encodeURIComponent('退款到账')}/` },
  review: { url: '/review/' },
  finder: { url: '/finder/' },
  '404': { url: '/no-such-page/' },
};

/** Presenter decks (projectors and TVs): every step is a screen of its own. */
export const deckKinds: Record<string, PageKind> = {
  'present-daily': { url: '/daily/2026-11-28/present/' },
  'present-review': { url: '/cases/ecommerce/presale-refund-delay/present/' },
};

export const deckReady = (page: Page) => page.locator('case-deck[data-ready]').waitFor();
