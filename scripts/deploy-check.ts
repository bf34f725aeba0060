/**
 * `npm run deploy:check -- <nginx site file> [oauth2-proxy file] [--nginx-dir /etc/nginx]`: checks an installed
 * deployment recipe (deploy/nginx/) before nginx is reloaded, and names the file and line of each problem in
 * Chinese with the fix: the site folder and the build's header file, the password file and each of its lines,
 * the certificate and its key (present, not expired, a pair), the single sign-on addresses, and that the site is
 * not published without access control. `nginx -t` checks the syntax afterwards; it does not open the password
 * file, and names a missing certificate without saying what to do.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  nginxDirectives,
  oauth2ProxySettings,
  passwordFileProblems,
  ssoUrlProblem,
  type Directive,
} from '../src/lib/deploy/server-config.ts';

const usage = `用法：npm run deploy:check -- <nginx 站点配置> [oauth2-proxy 配置] [--nginx-dir /etc/nginx]

检查装好的发布配置（docs/deploy.md）：网站目录、密码文件、证书、统一登录的地址、是否有访问控制。
例子：npm run deploy:check -- /etc/nginx/sites-available/casebook.conf
      npm run deploy:check -- /etc/nginx/sites-available/casebook.conf /etc/oauth2-proxy/casebook.cfg`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'nginx-dir': { type: 'string', default: '/etc/nginx' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || positionals.length === 0) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}

const problems: string[] = [];
const report = (file: string, line: number, field: string, problem: string) =>
  problems.push(`${file}:${line}  ${field}  ${problem}`);
const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** Checks one nginx file and the files it includes; returns every directive seen, for the access-control rule. */
function checkNginx(file: string, seen: Set<string>): (Directive & { file: string })[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const directives = nginxDirectives(readFileSync(file, 'utf8')).map((directive) => ({ ...directive, file }));
  const all = [...directives];
  for (const { name, args, line } of directives) {
    const [value = ''] = args;
    const at = (problem: string) => report(file, line, name, problem);
    if (name === 'include' && !value.includes('*')) {
      const target = path.resolve(values['nginx-dir'], value);
      if (isFile(target)) all.push(...checkNginx(target, seen));
      else if (target.includes('/.casebook/'))
        at(`找不到 ${target} — 这是 npm run build 写在网站里的文件：先把构建好的 dist/ 复制到网站目录`);
      else at(`找不到 ${target} — 把 deploy/nginx/ 里的同名文件复制到这里，或改这一行的路径`);
    }
    if (name === 'root') {
      if (!existsSync(path.join(value, 'index.html')))
        at(`${value} 里没有 index.html — 把 npm run build 生成的 dist/ 里的全部文件复制到这里`);
    }
    if (name === 'auth_basic_user_file') {
      if (!isFile(value))
        at(
          `找不到密码文件 ${value} — 用 openssl passwd -6 生成（docs/deploy.md「账号密码」），` +
            '或把这一行改成它实际的路径',
        );
      else
        for (const { line: entryLine, problem } of passwordFileProblems(readFileSync(value, 'utf8')))
          report(value, entryLine, '账号', problem);
    }
    if (name === 'ssl_certificate' || name === 'ssl_certificate_key') {
      if (!isFile(value))
        at(
          `找不到${name === 'ssl_certificate' ? '证书' : '证书私钥'} ${value}` +
            ` — 把公司为这个域名签发的${name === 'ssl_certificate' ? '证书（含中间证书）' : '私钥'}放到这里，` +
            '或改这一行的路径',
        );
    }
    if (name === 'proxy_pass' && !value.includes('$')) {
      const problem = ssoUrlProblem(value);
      if (problem) at(problem);
    }
  }
  checkCertificatePair(directives);
  return all;
}

/** The certificate must be readable, in date and the pair of its key: otherwise browsers refuse the site. */
function checkCertificatePair(directives: (Directive & { file: string })[]) {
  const certificate = directives.find(({ name }) => name === 'ssl_certificate');
  const key = directives.find(({ name }) => name === 'ssl_certificate_key');
  if (!certificate || !isFile(certificate.args[0] ?? '')) return;
  const at = (problem: string) => report(certificate.file, certificate.line, certificate.name, problem);
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(readFileSync(certificate.args[0]!));
  } catch {
    return at(`${certificate.args[0]} 不是 PEM 格式的证书 — 应以 -----BEGIN CERTIFICATE----- 开头`);
  }
  if (new Date(x509.validTo) < new Date())
    at(`证书已于 ${new Date(x509.validTo).toISOString().slice(0, 10)} 过期 — 换上新签发的证书`);
  if (!key || !isFile(key.args[0] ?? '')) return;
  try {
    if (!x509.checkPrivateKey(createPrivateKey(readFileSync(key.args[0]!))))
      report(key.file, key.line, key.name, `私钥和证书 ${certificate.args[0]} 不是一对 — 换成签发这张证书时生成的私钥`);
  } catch {
    report(
      key.file,
      key.line,
      key.name,
      `${key.args[0]} 不是 PEM 格式的私钥（或有密码保护）— nginx 需要不带密码的私钥`,
    );
  }
}

function checkOauth2Proxy(file: string) {
  for (const { key, value, line } of oauth2ProxySettings(readFileSync(file, 'utf8'))) {
    if (!key.endsWith('_url')) continue;
    const problem = ssoUrlProblem(value);
    if (problem) report(file, line, key, problem);
  }
}

for (const file of positionals) {
  if (!isFile(file)) {
    problems.push(`${file}  找不到这个文件 — 写装好的配置文件的路径，例如 /etc/nginx/sites-available/casebook.conf`);
    continue;
  }
  if (file.endsWith('.cfg')) {
    checkOauth2Proxy(file);
    continue;
  }
  const directives = checkNginx(path.resolve(file), new Set());
  const servesSite = directives.some(({ name }) => name === 'root');
  const controlsAccess = directives.some(
    ({ name, args }) => (name === 'auth_basic' && args[0] !== 'off') || (name === 'auth_request' && args[0] !== 'off'),
  );
  if (servesSite && !controlsAccess) {
    const server = directives.find(({ name }) => name === 'server');
    report(
      file,
      server?.line ?? 1,
      'server',
      '没有访问控制：任何能连上这台服务器的人都能看到全部案例 — ' +
        '用 casebook-basic.conf（账号密码）或 casebook-sso.conf（公司统一登录）',
    );
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`✗ ${problems.length} 处问题，改好后再运行一次；通过后运行 nginx -t 和 systemctl reload nginx`);
  process.exit(1);
}
console.log(`✓ 发布配置检查通过（${positionals.join('、')}）；接着运行 nginx -t，再 systemctl reload nginx`);
