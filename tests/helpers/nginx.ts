/**
 * The nginx recipe (deploy/nginx/) installed the way docs/deploy.md says, into a temporary folder instead of
 * /etc: the same files, with only the machine's paths and ports changed, a password file made with
 * `openssl passwd -6` and a certificate for 127.0.0.1; and Debian's nginx started on it on loopback ports.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './paths.ts';

const recipeDir = path.join(projectRoot, 'deploy/nginx');
/** Debian's nginx binary, or undefined where it is not installed (`.ci/run` installs it). */
export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const hasBrotli = existsSync(brotliModule);

export type Recipe = 'basic' | 'sso';

export interface InstalledRecipe {
  /** Stands for /etc/nginx: nginx.conf, mime.types, snippets/, sites-available/. */
  nginxDir: string;
  /** The site file, as /etc/nginx/sites-available/casebook.conf. */
  siteFile: string;
  /** The oauth2-proxy file, as /etc/oauth2-proxy/casebook.cfg. */
  oauth2ProxyFile: string;
  htpasswd: string;
  certificate: string;
  httpsPort: number;
  httpPort: number;
  user: string;
  password: string;
  remove: () => void;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A line of the password file for `user`, as docs/deploy.md makes it. */
export function passwordLine(user: string, password: string): string {
  const hash = spawnSync('openssl', ['passwd', '-6', '-stdin'], { input: `${password}\n`, encoding: 'utf8' });
  if (hash.status !== 0) throw new Error(`openssl passwd failed: ${hash.stderr}`);
  return `${user}:${hash.stdout.trim()}\n`;
}

/**
 * Copies the recipe (`casebook-<recipe>.conf` as the site file, the snippets, oauth2-proxy.cfg) into a temporary
 * /etc, serving `siteDir`; each path of the real machine must still appear in the shipped files, or this throws.
 */
export async function installRecipe(
  recipe: Recipe,
  siteDir: string,
  options: { ssoUpstream?: string } = {},
): Promise<InstalledRecipe> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'casebook-nginx-'));
  const nginxDir = path.join(root, 'etc/nginx');
  const sslDir = path.join(root, 'ssl');
  for (const dir of ['snippets', 'sites-available', 'temp']) mkdirSync(path.join(nginxDir, dir), { recursive: true });
  mkdirSync(sslDir);
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const htpasswd = path.join(nginxDir, 'casebook.htpasswd');
  const replacements: [string, string][] = [
    ['/srv/casebook/site', siteDir],
    ['/etc/nginx/casebook.htpasswd', htpasswd],
    ['/etc/ssl/casebook/', `${sslDir}/`],
    ['listen 443 ssl', `listen 127.0.0.1:${httpsPort} ssl`],
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    ['http://127.0.0.1:4180', options.ssoUpstream ?? 'http://127.0.0.1:4180'],
  ];
  const used = new Set<string>();
  const install = (from: string, to: string) => {
    let text = readFileSync(path.join(recipeDir, from), 'utf8');
    for (const [shipped, local] of replacements) {
      if (from.endsWith('.conf') && text.includes(shipped)) used.add(shipped);
      text = text.replaceAll(shipped, local);
    }
    if (!hasBrotli) text = text.replace(/^\s*brotli_static on;$/m, '');
    writeFileSync(to, text);
  };
  const siteFile = path.join(nginxDir, 'sites-available/casebook.conf');
  install(`casebook-${recipe}.conf`, siteFile);
  for (const snippet of ['casebook-site.conf', 'casebook-headers.conf'])
    install(snippet, path.join(nginxDir, 'snippets', snippet));
  const oauth2ProxyFile = path.join(root, 'oauth2-proxy.cfg');
  install('oauth2-proxy.cfg', oauth2ProxyFile);
  const needed = replacements
    .map(([shipped]) => shipped)
    .filter((shipped) => !shipped.includes(recipe === 'sso' ? 'htpasswd' : '4180'));
  for (const shipped of needed) {
    if (!used.has(shipped))
      throw new Error(
        `the shipped nginx recipe no longer says ${shipped}: update tests/helpers/nginx.ts and docs/deploy.md`,
      );
  }

  const user = 'zhangmin';
  const password = 'Kefu-2026-morning';
  writeFileSync(htpasswd, passwordLine(user, password));
  const certificate = path.join(sslDir, 'fullchain.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(sslDir, 'privkey.pem'),
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl req failed: ${made.stderr}`);

  // The main file Debian ships, reduced to what a foreground nginx in a temporary folder needs.
  if (existsSync('/etc/nginx/mime.types')) copyFileSync('/etc/nginx/mime.types', path.join(nginxDir, 'mime.types'));
  const temp = path.join(nginxDir, 'temp');
  writeFileSync(
    path.join(nginxDir, 'nginx.conf'),
    [
      hasBrotli ? `load_module ${brotliModule};` : '',
      'daemon off;',
      // One process as this user: no worker switching to www-data, which could not read a temporary folder.
      'master_process off;',
      `pid ${path.join(root, 'nginx.pid')};`,
      `error_log ${path.join(root, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${temp}/${kind};`),
      '  include sites-available/casebook.conf;',
      '}',
      '',
    ].join('\n'),
  );
  return {
    nginxDir,
    siteFile,
    oauth2ProxyFile,
    htpasswd,
    certificate,
    httpsPort,
    httpPort,
    user,
    password,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface RunningNginx {
  origin: string;
  close: () => Promise<void>;
}

/** Starts nginx on an installed recipe and waits until it accepts connections. */
export async function startNginx(installed: InstalledRecipe): Promise<RunningNginx> {
  const errorLog = path.join(path.dirname(path.dirname(installed.nginxDir)), 'error.log');
  const server: ChildProcess = spawn(
    nginxBinary!,
    ['-p', path.dirname(installed.nginxDir), '-c', path.join(installed.nginxDir, 'nginx.conf'), '-e', errorLog],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  server.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
  for (let attempt = 0; ; attempt += 1) {
    if (server.exitCode !== null)
      throw new Error(`nginx did not start:\n${stderr}\n${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(installed.httpsPort, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) break;
    if (attempt > 100) throw new Error(`nginx did not listen on ${installed.httpsPort}:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin: `https://127.0.0.1:${installed.httpsPort}`,
    close: async () => {
      if (server.exitCode === null) server.kill('SIGQUIT');
      await exited;
    },
  };
}
