/**
 * Every kind of page under its Content-Security-Policy, in Chromium: the policy is present and strict, and the
 * features that run script (search with Pagefind's WebAssembly, the finder, the presenter deck, the today page,
 * copying a script line) still work without one refused load, script error or request to another host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveSite, watchIncidents, type PageIncidents, type SiteServer } from '../helpers/browser.ts';
import { submitComplaint } from '../helpers/finder.ts';
import { builtPages } from '../helpers/html.ts';

let server: SiteServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let incidents: PageIncidents;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveSite(), launchChromium()]);
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  incidents = await watchIncidents(context, server.url);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One page of each kind: the URL with its entry-specific segments generalised (`/cases/*\/*\/present/`). */
function onePagePerKind(): string[] {
  const kinds = new Map<string, string>();
  for (const { url } of builtPages()) {
    const segments = url.split('/').filter(Boolean);
    const kind = segments.map((segment, position) => (position === 0 || /^(present|page|stage)$/.test(segment) ? segment : '*')).join('/');
    if (!kinds.has(kind)) kinds.set(kind, url);
  }
  return [...kinds.values()];
}

describe('the Content-Security-Policy of every page', () => {
  it('is a strict policy in the page itself, with no referrer sent to other sites', () => {
    for (const { url, root } of builtPages()) {
      const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(policy, url).toMatch(/(^|;)\s*default-src 'self'/);
      expect(policy, url).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')*;/);
      expect(policy, url).toMatch(/img-src 'self' data:;/);
      expect(policy, url).toMatch(/connect-src 'self';/);
      expect(policy, url).toMatch(/object-src 'none'/);
      expect(policy, url).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      expect(root.querySelector('meta[name="referrer"]')?.getAttribute('content'), url).toBe('no-referrer');
    }
  });

  it('refuses nothing the site itself loads, on one page of every kind', async () => {
    const urls = onePagePerKind();
    expect(urls.length).toBeGreaterThan(25);
    for (const url of urls) {
      await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
      // Lazy parts (the deck's fit, the today page's pick) run right after load.
      await page.waitForTimeout(50);
    }
    expect(incidents.violations).toEqual([]);
    expect(incidents.errors.filter((error) => !/404 \(Not Found\).* at .*\/404/.test(error))).toEqual([]);
    expect(incidents.foreignRequests).toEqual([]);
  }, 240_000);

  it('lets search, the finder, the deck, the today page and copying work under it', async () => {
    await page.goto(`${server.url}/search/?q=退款`);
    await page.waitForSelector('search-panel[data-state=done]');
    expect(await page.locator('.results li').count()).toBeGreaterThan(0);

    await page.goto(`${server.url}/finder/`);
    await expect(page.locator('case-finder button[type=submit]').isEnabled()).resolves.toBe(true);
    await submitComplaint(page, '快递显示已签收但我根本没收到，客服一直让我等');
    expect(await page.locator('case-finder .results li').count()).toBeGreaterThan(0);

    await page.goto(`${server.url}/cases/ecommerce/presale-refund-delay/present/`);
    await page.waitForSelector('case-deck[data-ready]');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-step][data-current]').getAttribute('data-step')).resolves.toBe('issue');

    await page.goto(`${server.url}/today/`);
    await page.waitForSelector('today-case[data-live]');

    await page.goto(`${server.url}/scripts/solution-refund-timeline/`);
    const copy = page.locator('copy-line button.copy').first();
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('已复制');

    expect(incidents.violations).toEqual([]);
    expect(incidents.foreignRequests).toEqual([]);
  }, 120_000);

  it('is enforced: an injected inline script and a remote image are refused and reported', async () => {
    await page.goto(`${server.url}/cases/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.src = 'https://tracker.example/t.png';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    expect(incidents.violations.map((violation) => violation.split(' ').slice(1, 3).join(' '))).toEqual(['script-src-elem inline', 'img-src https://tracker.example/t.png']);
    expect(incidents.foreignRequests).toEqual([]);
    incidents.violations.length = 0;
  });
});
