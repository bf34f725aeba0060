/**
 * The nginx recipe over the built site, with Debian's nginx on a loopback port and real HTTPS requests: a
 * colleague without the password sees nothing, one with it sees the library, every response carries the security
 * headers, hashed assets are cached for a year and pages and the search index revalidated, the build's .br/.gz
 * files go out as they are, a missing page is the site's own 404, and search works in Chromium through the server.
 * The single sign-on variant is checked with a loopback stand-in for oauth2-proxy. Skips only without nginx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, get as plainGet, type Server } from 'node:http';
import { request } from 'node:https';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchIncidents } from '../helpers/browser.ts';
import {
  hasBrotli,
  installRecipe,
  nginxBinary,
  startNginx,
  type InstalledRecipe,
  type RunningNginx,
} from '../helpers/nginx.ts';
import { distDir } from '../helpers/paths.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(origin: string, pathname: string, headers: Record<string, string>, ca: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const call = request(new URL(pathname, origin), { headers, ca }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    call.on('error', reject);
    call.end();
  });
}

const skipReason =
  'nginx 未安装，跳过发布配置的测试（apt-get install nginx libnginx-mod-http-brotli-static；' +
  'bash .ci/run 会安装）/ nginx is not installed: skipping the deployment recipe tests';
if (!nginxBinary) console.warn(skipReason);

/** The policy every built page carries in its `<meta>`, directive by directive. */
function pagePolicy(file: string): Map<string, string> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
    readFileSync(path.join(distDir, file), 'utf8'),
  )![1]!;
  return directivesOf(content);
}
const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(/\s+/)[0]!, part] as const),
  );

describe.skipIf(!nginxBinary)(
  nginxBinary ? 'the nginx recipe with a password (casebook-basic.conf)' : skipReason,
  () => {
    let installed: InstalledRecipe;
    let nginx: RunningNginx;
    let ca: string;
    let signedIn: Record<string, string>;
    const asset = readdirSync(path.join(distDir, '_astro')).find((name) => name.endsWith('.js'))!;
    const indexChunk = readdirSync(path.join(distDir, 'pagefind/index'))[0]!;
    /** A page, an asset, the search index's entry, an index chunk, the finder's data, the 404. */
    const everyKind = [
      '/',
      '/cases/ecommerce/presale-refund-delay/',
      `/_astro/${asset}`,
      '/pagefind/pagefind-entry.json',
      `/pagefind/index/${indexChunk}`,
      '/finder/data/meta.json',
      '/no-such-case/',
    ];

    beforeAll(async () => {
      installed = await installRecipe('basic', distDir);
      ca = readFileSync(installed.certificate, 'utf8');
      signedIn = {
        authorization: `Basic ${Buffer.from(`${installed.user}:${installed.password}`).toString('base64')}`,
      };
      nginx = await startNginx(installed);
    });

    afterAll(async () => {
      await nginx?.close();
      installed?.remove();
    });

    it('asks for the password, refuses a wrong one and shows the library with the right one', async () => {
      const anonymous = await get(nginx.origin, '/', {}, ca);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['www-authenticate']).toMatch(/^Basic realm=/);
      expect(anonymous.body.toString()).not.toContain('案例');
      for (const pathname of everyKind) expect((await get(nginx.origin, pathname, {}, ca)).status, pathname).toBe(401);
      const wrong = await get(
        nginx.origin,
        '/',
        { authorization: `Basic ${Buffer.from(`${installed.user}:guess`).toString('base64')}` },
        ca,
      );
      expect(wrong.status).toBe(401);
      const page = await get(nginx.origin, '/', signedIn, ca);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body.toString()).toContain('<title>');
      expect(page.body.equals(readFileSync(path.join(distDir, 'index.html')))).toBe(true);
    });

    it('sends plain HTTP to HTTPS', async () => {
      const reply = await new Promise<{ status?: number; location?: string }>((resolve, reject) => {
        plainGet(`http://127.0.0.1:${installed.httpPort}/cases/`, (response) =>
          resolve({ status: response.statusCode, location: response.headers.location }),
        ).on('error', reject);
      });
      expect(reply.status).toBe(301);
      expect(reply.location).toBe('https://127.0.0.1/cases/');
    });

    it('sends every security header on pages, assets, the search index, the 404 and the password prompt', async () => {
      const policy = pagePolicy('index.html');
      for (const [pathname, headers] of [...everyKind.map((item) => [item, signedIn] as const), ['/', {}] as const]) {
        const { headers: sent } = await get(nginx.origin, pathname, headers, ca);
        const header = directivesOf(String(sent['content-security-policy']));
        // The header allows exactly what the page's own policy allows, and forbids framing, which only a header can.
        for (const [name, directive] of policy) expect(header.get(name), `${pathname} ${name}`).toBe(directive);
        expect(header.get('frame-ancestors'), pathname).toBe("frame-ancestors 'none'");
        expect(sent['referrer-policy'], pathname).toBe('no-referrer');
        expect(sent['x-content-type-options'], pathname).toBe('nosniff');
        expect(sent['x-frame-options'], pathname).toBe('DENY');
        expect(sent['permissions-policy'], pathname).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
        expect(sent['strict-transport-security'], pathname).toMatch(/^max-age=\d{7,}/);
        expect(sent.server, pathname).toBe('nginx');
      }
    });

    it('caches hashed assets for a year and makes the browser revalidate pages and the search index', async () => {
      const assetReply = await get(nginx.origin, `/_astro/${asset}`, signedIn, ca);
      expect(assetReply.status).toBe(200);
      expect(assetReply.headers['cache-control']).toBe('max-age=31536000, immutable');
      for (const pathname of [
        '/',
        '/cases/ecommerce/presale-refund-delay/',
        '/pagefind/pagefind-entry.json',
        `/pagefind/index/${indexChunk}`,
        '/finder/data/meta.json',
      ]) {
        const reply = await get(nginx.origin, pathname, signedIn, ca);
        expect(reply.status, pathname).toBe(200);
        expect(reply.headers['cache-control'], pathname).toBe('no-cache');
        const etag = String(reply.headers.etag);
        expect(etag, pathname).toMatch(/^"/);
        // Revalidating an unchanged file costs a 304 and no body.
        const again = await get(nginx.origin, pathname, { ...signedIn, 'if-none-match': etag }, ca);
        expect(again.status, pathname).toBe(304);
      }
    });

    it('sends the files the build compressed, and the plain file to a client that takes neither', async () => {
      const original = readFileSync(path.join(distDir, 'index.html'));
      const gzipped = await get(nginx.origin, '/', { ...signedIn, 'accept-encoding': 'gzip' }, ca);
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
      expect(gzipped.body.equals(readFileSync(path.join(distDir, 'index.html.gz')))).toBe(true);
      expect(gunzipSync(gzipped.body).equals(original)).toBe(true);
      if (hasBrotli) {
        const brotli = await get(nginx.origin, '/', { ...signedIn, 'accept-encoding': 'gzip, deflate, br' }, ca);
        expect(brotli.headers['content-encoding']).toBe('br');
        expect(brotliDecompressSync(brotli.body).equals(original)).toBe(true);
        expect(brotli.body.length).toBeLessThan(gzipped.body.length);
      }
      const plain = await get(nginx.origin, '/', signedIn, ca);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);
    });

    it('answers a missing page with 404 and the site’s own page, and keeps the server’s files to itself', async () => {
      const missing = await get(nginx.origin, '/cases/ecommerce/no-such-case/', signedIn, ca);
      expect(missing.status).toBe(404);
      expect(missing.body.equals(readFileSync(path.join(distDir, '404.html')))).toBe(true);
      for (const hidden of ['/.casebook/csp-header.conf', '/.test-build-stamp']) {
        const reply = await get(nginx.origin, hidden, signedIn, ca);
        expect(reply.status, hidden).toBe(404);
        expect(reply.body.toString(), hidden).not.toContain('add_header');
      }
      const robots = await get(nginx.origin, '/robots.txt', signedIn, ca);
      expect(robots.body.toString()).toMatch(/User-agent: \*\nDisallow: \/\n/);
    });

    it('lets a signed-in colleague search in Chromium under the header policy', async () => {
      const browser = await launchChromium();
      try {
        const context = await browser.newContext({
          locale: 'zh-CN',
          ignoreHTTPSErrors: true,
          httpCredentials: { username: installed.user, password: installed.password },
        });
        const incidents = await watchIncidents(context, nginx.origin);
        const page = await context.newPage();
        const response = await page.goto(`${nginx.origin}/search/?q=退款`);
        expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
        await page.waitForSelector('search-panel[data-state=done]');
        expect(await page.locator('.results li').count()).toBeGreaterThan(0);
        await page.goto(`${nginx.origin}/finder/?q=${encodeURIComponent('快递显示已签收但我根本没收到')}`);
        await page.waitForSelector('case-finder .results li');
        expect(incidents.violations).toEqual([]);
        expect(incidents.errors).toEqual([]);
        expect(incidents.foreignRequests).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  },
);

describe.skipIf(!nginxBinary)(
  nginxBinary ? 'the nginx recipe behind single sign-on (casebook-sso.conf)' : skipReason,
  () => {
    let installed: InstalledRecipe;
    let nginx: RunningNginx;
    let ca: string;
    let standIn: Server;
    const asked: string[] = [];

    beforeAll(async () => {
      // What oauth2-proxy answers nginx: 202 with its session cookie, 401 without; its sign-in page under /oauth2/.
      standIn = createServer((incoming, response) => {
        if (incoming.url === '/oauth2/auth') {
          asked.push(String(incoming.headers['x-forwarded-uri']));
          response.writeHead(/_oauth2_proxy=signed-in/.test(incoming.headers.cookie ?? '') ? 202 : 401).end();
        } else
          response
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end(`<p>公司统一登录 ${String(incoming.headers['x-auth-request-redirect'])}</p>`);
      });
      await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
      installed = await installRecipe('sso', distDir, {
        ssoUpstream: `http://127.0.0.1:${(standIn.address() as { port: number }).port}`,
      });
      ca = readFileSync(installed.certificate, 'utf8');
      nginx = await startNginx(installed);
    });

    afterAll(async () => {
      await nginx?.close();
      installed?.remove();
      await new Promise((resolve) => standIn?.close(resolve));
    });

    it('shows the sign-in page to a visitor without a session and the library to a signed-in one', async () => {
      const anonymous = await get(nginx.origin, '/cases/', {}, ca);
      expect(anonymous.status).toBe(403);
      expect(anonymous.body.toString()).toBe('<p>公司统一登录 /cases/</p>');
      expect(anonymous.headers['x-frame-options']).toBe('DENY');
      expect(asked).toContain('/cases/');
      const signedIn = await get(nginx.origin, '/cases/', { cookie: '_oauth2_proxy=signed-in' }, ca);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.equals(readFileSync(path.join(distDir, 'cases/index.html')))).toBe(true);
      expect(signedIn.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect((await get(nginx.origin, '/no-such-case/', { cookie: '_oauth2_proxy=signed-in' }, ca)).status).toBe(404);
    });
  },
);
