/**
 * `npm run screenshots`: photographs every page kind of the built site (`npm run build`) at phone, desktop and
 * projector sizes, in light and dark, into tests/.artifacts/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, serveSite } from '../tests/helpers/browser.ts';
import { siteDir } from '../tests/helpers/paths.ts';

const pages = {
  home: '/',
  cases: '/cases/',
  case: '/cases/ecommerce/presale-refund-delay/',
  'case-traditional': '/cases/travel/wheelchair-meal-transfer-missed/',
  browse: '/browse/channel/phone/',
  today: '/today/',
  daily: '/daily/',
  'daily-entry': '/daily/2026-11-28/',
  practices: '/practices/',
  practice: '/practices/first-contact-ownership/',
  scripts: '/scripts/',
  script: '/scripts/solution-refund-timeline/',
  people: '/people/',
  person: '/people/zhang-min/',
  search: '/search/?q=退款',
  'search-filtered': '/search/?q=客户&channel=phone&sort=newest',
  'search-empty': '/search/?q=火星基地',
  insights: '/insights/',
  contributors: '/contributors/',
  contribute: '/contribute/',
  lexicon: '/lexicon/',
  journey: '/journeys/ecommerce/',
  review: '/review/',
  finder: '/finder/',
  '404': '/no-such-page/',
};
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };
/** Presenter mode is shown on projectors and TVs, light only, one screenshot per step. */
const decks = { 'present-daily': '/daily/2026-11-28/present/', 'present-review': '/cases/ecommerce/presale-refund-delay/present/' };
const projectors = { '1080p': { width: 1920, height: 1080 }, '720p': { width: 1280, height: 720 } };
const outDir = path.resolve('tests/.artifacts/screenshots');
mkdirSync(outDir, { recursive: true });

const only = process.argv.slice(2);
const [server, browser] = await Promise.all([serveSite(siteDir), launchChromium()]);
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [viewportName, viewport] of Object.entries(viewports)) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, locale: 'zh-CN', deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, url] of Object.entries(pages)) {
        if (only.length && !only.includes(name)) continue;
        await page.goto(server.url + url);
        await page.waitForLoadState('networkidle');
        if (url.startsWith('/search/')) await page.waitForSelector('search-panel[data-state=done]');
        const file = path.join(outDir, `${name}-${viewportName}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
      }
      await context.close();
    }
  }
  for (const [projectorName, viewport] of Object.entries(projectors)) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, url] of Object.entries(decks)) {
      if (only.length && !only.includes(name)) continue;
      await page.goto(server.url + url);
      await page.locator('case-deck[data-ready]').waitFor();
      const steps = await page.locator('.step').count();
      for (let step = 1; step <= steps; step += 1) {
        await page.screenshot({ path: path.join(outDir, `${name}-${projectorName}-${step}.png`) });
        await page.keyboard.press('ArrowRight');
      }
    }
    await context.close();
  }
  console.log(`screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
