/**
 * `npm run deploy:check` on the nginx recipe installed as docs/deploy.md says: it passes a correct installation
 * and stops a wrong one with the file, the line, the directive and the fix, in Chinese, before nginx is reloaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installRecipe, type InstalledRecipe, type Recipe } from '../helpers/nginx.ts';
import { projectRoot } from '../helpers/paths.ts';

/** A built site as the recipe needs it: pages and the build's header file. */
const site = mkdtempSync(path.join(os.tmpdir(), 'casebook-site-'));
mkdirSync(path.join(site, '.casebook'));
writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>客服案例库</title>');
writeFileSync(
  path.join(site, '.casebook/csp-header.conf'),
  `add_header Content-Security-Policy "default-src 'self'" always;\n`,
);
const installs: InstalledRecipe[] = [];
afterAll(() => {
  for (const installed of installs) installed.remove();
  rmSync(site, { recursive: true, force: true });
});

async function install(recipe: Recipe, siteDir = site): Promise<InstalledRecipe> {
  const installed = await installRecipe(recipe, siteDir);
  installs.push(installed);
  return installed;
}

function check(installed: InstalledRecipe, ...extra: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      path.join(projectRoot, 'scripts/deploy-check.ts'),
      installed.siteFile,
      ...extra,
      '--nginx-dir',
      installed.nginxDir,
    ],
    { encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Rewrites one line of an installed file; returns that line's number. */
function edit(file: string, from: RegExp, to: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => from.test(line));
  expect(index, `${from} in ${file}`).toBeGreaterThanOrEqual(0);
  lines[index] = lines[index]!.replace(from, to);
  writeFileSync(file, lines.join('\n'));
  return index + 1;
}

describe('npm run deploy:check', () => {
  it('passes both recipes installed as the guide says', async () => {
    for (const recipe of ['basic', 'sso'] as const) {
      const installed = await install(recipe);
      const result = check(installed, ...(recipe === 'sso' ? [installed.oauth2ProxyFile] : []));
      expect(result.output).toContain('✓ 发布配置检查通过');
      expect(result.status).toBe(0);
    }
  });

  it('names the line of a password file path that does not exist, and a password that was not hashed', async () => {
    const installed = await install('basic');
    const line = edit(
      installed.siteFile,
      /auth_basic_user_file .*;/,
      'auth_basic_user_file /etc/nginx/casebook.passwd;',
    );
    const result = check(installed);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      `${installed.siteFile}:${line}  auth_basic_user_file  找不到密码文件 /etc/nginx/casebook.passwd` +
        ' — 用 openssl passwd -6 生成',
    );

    const plain = await install('basic');
    writeFileSync(plain.htpasswd, `${readFileSync(plain.htpasswd, 'utf8')}wangfang:123456\n`);
    expect(check(plain).output).toContain(`${plain.htpasswd}:2  账号  用户「wangfang」的密码没有加密`);
  });

  it('names the line of a missing certificate, and of a key that is not its pair', async () => {
    const installed = await install('basic');
    unlinkSync(installed.certificate);
    const line =
      readFileSync(installed.siteFile, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('ssl_certificate ')) + 1;
    const result = check(installed);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      `${installed.siteFile}:${line}  ssl_certificate  找不到证书 ${installed.certificate} ` +
        `— 把公司为这个域名签发的证书`,
    );

    const [first, second] = [await install('basic'), await install('basic')];
    const keyFile = path.join(path.dirname(first.certificate), 'privkey.pem');
    writeFileSync(keyFile, readFileSync(path.join(path.dirname(second.certificate), 'privkey.pem')));
    const keyLine =
      readFileSync(first.siteFile, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('ssl_certificate_key')) + 1;
    expect(check(first).output).toContain(`${first.siteFile}:${keyLine}  ssl_certificate_key  私钥和证书`);
  });

  it('names the line of a single sign-on address that is not a web address', async () => {
    const installed = await install('sso');
    const line = edit(installed.siteFile, /proxy_pass http:\/\/127\.0\.0\.1:4180;/, 'proxy_pass 127.0.0.1:4180;');
    const issuerLine = edit(
      installed.oauth2ProxyFile,
      /oidc_issuer_url = ".*"/,
      'oidc_issuer_url = "sso.company.cn/realms/staff"',
    );
    const result = check(installed, installed.oauth2ProxyFile);
    expect(result.status).toBe(1);
    expect(result.output).toContain(
      `${installed.siteFile}:${line}  proxy_pass  「127.0.0.1:4180」不是网址 — 写成完整的地址`,
    );
    expect(result.output).toContain(
      `${installed.oauth2ProxyFile}:${issuerLine}  oidc_issuer_url  「sso.company.cn/realms/staff」不是网址`,
    );
  });

  it('refuses a site without access control, and a site folder the build was not copied to', async () => {
    const installed = await install('basic');
    edit(installed.siteFile, /auth_basic "Casebook";/, '');
    edit(installed.siteFile, /auth_basic_user_file .*;/, '');
    expect(check(installed).output).toMatch(
      /casebook\.conf:\d+ {2}server {2}没有访问控制：任何能连上这台服务器的人都能看到全部案例/,
    );

    const emptySite = mkdtempSync(path.join(os.tmpdir(), 'casebook-empty-'));
    const notCopied = await install('basic', emptySite);
    const result = check(notCopied);
    rmSync(emptySite, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(
      /casebook-site\.conf:4 {2}root {2}.* 里没有 index\.html — 把 npm run build 生成的 dist\/ 里的全部文件复制到这里/,
    );
    expect(result.output).toMatch(
      new RegExp(
        String.raw`casebook-headers\.conf:\d+ {2}include {2}找不到 .*\.casebook\/csp-header\.conf — ` +
          String.raw`这是 npm run build 写在网站里的文件`,
      ),
    );
  });
});
