/**
 * Real-browser helpers: serve the built site and drive Debian's Chromium
 * through playwright-core (Playwright cannot download its own browsers here).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { distDir } from './paths.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`找不到 Chromium（${chromiumPath}）。请安装：apt-get install chromium fonts-noto-cjk，或设置 CHROMIUM_PATH。bash .ci/run 会自动安装。`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
 */
export async function serveSite(outDir = distDir): Promise<SiteServer> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(outDir)) file = path.join(outDir, '404.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': contentTypes['.html']! });
      response.end(await readFile(path.join(outDir, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
