/** Vitest fixture: the built site served on loopback and one Chromium page, for the whole test file. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveSite, type SiteServer } from './browser.ts';

export interface Site {
  server: SiteServer;
  browser: Browser;
  page: Page;
}

export function useSite(viewport = { width: 1440, height: 900 }): Site {
  const site = {} as Site;
  beforeAll(async () => {
    [site.server, site.browser] = await Promise.all([serveSite(), launchChromium()]);
    site.page = await site.browser.newPage({ viewport });
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
