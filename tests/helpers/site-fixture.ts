/**
 * The one Vitest fixture of the browser tests: a built site served on loopback, one Chromium, and one page in a
 * zh-CN context, for the whole test file. By default the sample site the run built once (tests/helpers/build-once.ts);
 * a file that builds a library of its own passes `build`, which runs first and names the folder to serve.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveSite, watchIncidents, type PageIncidents, type SiteServer } from './browser.ts';

export interface SiteOptions {
  viewport?: { width: number; height: number };
  /** Builds the site to serve and returns its folder (in the fixture's set-up, before the server starts). */
  build?: () => string;
  /** How long `build` may take, in milliseconds (the project's hook timeout otherwise). */
  buildTimeout?: number;
  /** Lets the page read and write the clipboard, as a person's browser does after a click on 复制. */
  clipboard?: boolean;
  /**
   * Records dialogs, refused loads, script errors and requests to other hosts (and aborts those requests) in
   * `incidents`. It routes every request of the context, which turns Chromium's HTTP cache off, so it is opt-in.
   */
  watch?: boolean;
}

export interface Site {
  server: SiteServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught script errors of `page`. */
  pageErrors: string[];
  /** What the context's pages did that a reader did not ask for (with `watch` only; empty lists otherwise). */
  incidents: PageIncidents;
}

export function useSite({
  viewport = { width: 1440, height: 900 },
  build,
  buildTimeout,
  clipboard = false,
  watch = false,
}: SiteOptions = {}): Site {
  const site = {
    pageErrors: [] as string[],
    incidents: { dialogs: [], violations: [], foreignRequests: [], errors: [] },
  } as unknown as Site;
  beforeAll(async () => {
    const dir = build?.();
    [site.server, site.browser] = await Promise.all([serveSite(dir), launchChromium()]);
    site.context = await site.browser.newContext({ locale: 'zh-CN', viewport });
    if (clipboard)
      await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    if (watch) site.incidents = await watchIncidents(site.context, site.server.url);
    site.page = await site.context.newPage();
    site.page.on('pageerror', (error) => site.pageErrors.push(error.message));
  }, buildTimeout);
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
