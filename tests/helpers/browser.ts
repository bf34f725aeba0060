/**
 * Real-browser helpers: serve the built site and drive Debian's Chromium
 * through playwright-core (Playwright cannot download its own browsers here).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { distDir } from './paths.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `找不到 Chromium（${chromiumPath}）。请安装：apt-get install chromium fonts-noto-cjk，或设置 CHROMIUM_PATH。` +
        `bash .ci/run 会自动安装。`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export interface SiteServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built folder on a free loopback port the way a static host does: `/x/` → `/x/index.html`,
 * unknown paths → `404.html` with status 404. (`astro preview` allows one server per project at a time.)
 * With `gzip`, text files go out compressed to clients that accept it, as hosts send them (Lighthouse
 * times its simulated network from the bytes it receives).
 */
export async function serveSite(outDir = distDir, options: { gzip?: boolean } = {}): Promise<SiteServer> {
  const send = (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    type: string,
    body: Buffer | string,
  ) => {
    const compress =
      options.gzip &&
      /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(status, {
      'content-type': type,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(compress ? gzipSync(body) : body);
  };
  const respond = async (request: IncomingMessage, response: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(outDir)) file = path.join(outDir, '404.html');
    try {
      const body = await readFile(file);
      send(request, response, 200, contentTypes[path.extname(file)] ?? 'application/octet-stream', body);
    } catch {
      send(
        request,
        response,
        404,
        contentTypes['.html']!,
        await readFile(path.join(outDir, '404.html')).catch(() => 'not found'),
      );
    }
  };
  // respond answers every request itself and never rejects.
  const server = createServer((request, response) => void respond(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a page did that a reader did not ask for: script dialogs, refused loads, requests to other hosts. */
export interface PageIncidents {
  /** `alert`, `confirm`, `prompt` and `beforeunload` dialogs (each dismissed). */
  dialogs: string[];
  /** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
  violations: string[];
  /** Requests to any host but the site's. */
  foreignRequests: string[];
  /** Uncaught script errors and console errors. */
  errors: string[];
}

/**
 * Records the incidents of every page opened in `context` (call before opening them). Requests to other hosts
 * are recorded and aborted, so a test never reaches the network.
 */
export async function watchIncidents(context: BrowserContext, siteUrl: string): Promise<PageIncidents> {
  const incidents: PageIncidents = { dialogs: [], violations: [], foreignRequests: [], errors: [] };
  const origin = new URL(siteUrl).origin;
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`csp-violation ${event.effectiveDirective} ${event.blockedURI} at ${location.pathname}`);
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin) {
      incidents.foreignRequests.push(url);
      return route.abort();
    }
    return route.continue();
  });
  const watch = (page: Page) => {
    page.on('dialog', (dialog) => {
      incidents.dialogs.push(`${dialog.type()}: ${dialog.message()} at ${page.url()}`);
      void dialog.dismiss().catch(() => {});
    });
    page.on('pageerror', (error) => incidents.errors.push(`${error.message} at ${page.url()}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (message.text().startsWith('csp-violation ')) incidents.violations.push(message.text());
      else incidents.errors.push(`${message.text()} at ${page.url()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return incidents;
}

/** Whether the element `locator` finds has the keyboard focus (where typing would go). */
export const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => element === document.activeElement);
