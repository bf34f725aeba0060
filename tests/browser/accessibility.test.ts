/**
 * axe-core in Chromium on every page kind of the built sample site, at phone and desktop width, in light
 * mode and, for the pages with the most colour, in dark mode: no serious or critical violation may remain.
 * Pages whose content appears through their script (search results, the finder's matches, today's case,
 * the presenter deck) are checked once that content is on screen.
 */
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitComplaint } from '../helpers/finder.ts';
import { deckReady, searchDone, todayLive, type PageKind } from '../helpers/page-kinds.ts';
import { meaningMatches } from '../helpers/search-page.ts';
import { useSite } from '../helpers/site-fixture.ts';

const pages: Record<string, PageKind> = {
  home: { url: '/', ready: todayLive },
  cases: { url: '/cases/' },
  case: { url: '/cases/ecommerce/presale-refund-delay/' },
  'case (Traditional script)': { url: '/cases/travel/wheelchair-meal-transfer-missed/' },
  browse: { url: '/browse/channel/phone/' },
  'daily calendar': { url: '/daily/' },
  'daily entry': { url: '/daily/2026-11-28/' },
  today: { url: '/today/', ready: todayLive },
  'daily presenter deck': { url: '/daily/2026-11-28/present/', ready: deckReady },
  // The last step carries the QR code and the way back to the case.
  'case presenter deck, last step': {
    url: '/cases/ecommerce/presale-refund-delay/present/',
    ready: async (page) => {
      await deckReady(page);
      await page.keyboard.press('End');
    },
  },
  practices: { url: '/practices/' },
  practice: { url: '/practices/first-contact-ownership/' },
  scripts: { url: '/scripts/' },
  script: { url: '/scripts/solution-refund-timeline/' },
  people: { url: '/people/' },
  person: { url: '/people/zhang-min/' },
  contributors: { url: '/contributors/' },
  contribute: { url: '/contribute/' },
  lexicon: { url: '/lexicon/' },
  insights: { url: '/insights/' },
  journeys: { url: '/journeys/' },
  'journey map with its data table': {
    url: '/journeys/ecommerce/',
    ready: (page) => page.getByText('数据表', { exact: true }).click(),
  },
  'journey stage': { url: `/journeys/ecommerce/${encodeURIComponent('签收验货')}/` },
  review: { url: '/review/' },
  finder: { url: '/finder/' },
  'finder with matches': {
    url: '/finder/',
    ready: async (page) => {
      await submitComplaint(page, '预售尾款付了一个多月还没退回来，客服每次都说在处理，我要投诉');
    },
  },
  'search with results': { url: `/search/?q=${encodeURIComponent('退款')}`, ready: searchDone },
  'search with filters and facets': {
    url: `/search/?q=${encodeURIComponent('客户')}&channel=phone&sort=newest`,
    ready: searchDone,
  },
  'search with meaning matches': {
    url: `/search/?q=${encodeURIComponent('退款迟迟没到账')}`,
    ready: async (page) => {
      await searchDone(page);
      await meaningMatches(page).waitFor();
    },
  },
  'search without results': { url: `/search/?q=${encodeURIComponent('火星基地')}`, ready: searchDone },
  '404': { url: '/no-such-page/' },
};
/** Dark mode changes every colour: the pages with badges, charts, calendars, chips, pagers, buttons and the deck. */
const darkPages = [
  'home',
  'cases',
  'case',
  'browse',
  'daily calendar',
  'insights',
  'journey map with its data table',
  'finder with matches',
  'search with filters and facets',
  'search with meaning matches',
  'daily presenter deck',
];
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };

/** One line per failing node: rule, impact, selector, what to do, so a failure says what to fix. */
function describeViolations(violations: axe.Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `  ${violation.id} [${violation.impact}] ${node.target.join(' ')}` +
          ` — ${violation.help} (${violation.helpUrl})\n` +
          `    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? ''}`,
      ),
    )
    .join('\n');
}

async function seriousViolations(page: Page): Promise<axe.Result[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

const site = useSite();

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, viewport] of Object.entries(viewports)) {
    describe(`axe, ${colorScheme} mode, ${width}`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        // axe is injected as an inline script, which the pages' Content-Security-Policy rightly refuses.
        context = await site.browser.newContext({
          bypassCSP: true,
          locale: 'zh-CN',
          viewport,
          colorScheme,
          isMobile: width === 'phone',
          hasTouch: width === 'phone',
        });
        page = await context.newPage();
      });
      afterAll(() => context?.close());

      const kinds = colorScheme === 'light' ? Object.keys(pages) : darkPages;
      it.each(kinds)('%s has no serious or critical violations', async (name) => {
        const kind = pages[name]!;
        await page.goto(site.server.url + kind.url);
        await kind.ready?.(page);
        const violations = await seriousViolations(page);
        expect(violations, `${kind.url}\n${describeViolations(violations)}`).toEqual([]);
      });
    });
  }
}
