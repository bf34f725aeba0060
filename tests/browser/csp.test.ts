/**
 * Every kind of page under its Content-Security-Policy, in Chromium: the policy is present and strict, and the
 * features that run script (search with Pagefind's WebAssembly, the finder, the presenter deck, the today page,
 * copying a script line) still work without one refused load, script error or request to another host.
 */
import { describe, expect, it } from 'vitest';
import { submitComplaint } from '../helpers/finder.ts';
import { builtPages } from '../helpers/html.ts';
import { deckReady, searchDone, todayLive } from '../helpers/page-kinds.ts';
import { copyFirstLine } from '../helpers/script-lines.ts';
import { useSite } from '../helpers/site-fixture.ts';

const site = useSite({ viewport: { width: 1280, height: 800 }, clipboard: true, watch: true });

/** One page of each kind: the URL with its entry-specific segments generalised (`/cases/*\/*\/present/`). */
function onePagePerKind(): string[] {
  const kinds = new Map<string, string>();
  for (const { url } of builtPages()) {
    const segments = url.split('/').filter(Boolean);
    const kind = segments
      .map((segment, position) => (position === 0 || /^(present|page|stage)$/.test(segment) ? segment : '*'))
      .join('/');
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
      await site.page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
      // Lazy parts (the deck's fit, the today page's pick) run right after load.
      await site.page.waitForTimeout(50);
    }
    expect(site.incidents.violations).toEqual([]);
    expect(site.incidents.errors.filter((error) => !/404 \(Not Found\).* at .*\/404/.test(error))).toEqual([]);
    expect(site.incidents.foreignRequests).toEqual([]);
  }, 240_000);

  it('lets search, the finder, the deck, the today page and copying work under it', async () => {
    await site.page.goto(`${site.server.url}/search/?q=退款`);
    await searchDone(site.page);
    expect(await site.page.getByRole('region', { name: '搜索结果' }).getByRole('listitem').count()).toBeGreaterThan(0);

    await site.page.goto(`${site.server.url}/finder/`);
    await expect(site.page.getByRole('button', { name: '找相似案例' }).isEnabled()).resolves.toBe(true);
    await submitComplaint(site.page, '快递显示已签收但我根本没收到，客服一直让我等');
    const found = site.page.getByRole('main').getByRole('listitem');
    expect(await found.filter({ has: site.page.getByRole('heading', { level: 2 }) }).count()).toBeGreaterThan(0);

    await site.page.goto(`${site.server.url}/cases/ecommerce/presale-refund-delay/present/`);
    await deckReady(site.page);
    await site.page.keyboard.press('ArrowRight');
    await expect(site.page.getByRole('status').textContent()).resolves.toMatch(/^\s*客户怎么说 · 2 \//);

    await site.page.goto(`${site.server.url}/today/`);
    await todayLive(site.page);

    await copyFirstLine(site.page, site.server.url);

    expect(site.incidents.violations).toEqual([]);
    expect(site.incidents.foreignRequests).toEqual([]);
  }, 120_000);

  it('is enforced: an injected inline script and a remote image are refused and reported', async () => {
    await site.page.goto(`${site.server.url}/cases/`);
    const ran = await site.page.evaluate(async () => {
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
    expect(site.incidents.violations.map((violation) => violation.split(' ').slice(1, 3).join(' '))).toEqual([
      'script-src-elem inline',
      'img-src https://tracker.example/t.png',
    ]);
    expect(site.incidents.foreignRequests).toEqual([]);
    site.incidents.violations.length = 0;
  });
});
