/**
 * Reading the web-server files of the deployment recipes (deploy/nginx/), for `npm run deploy:check`: nginx
 * directives and oauth2-proxy settings, each with the line it is on, and the rules a value must follow.
 * Pure: the files are read, and their paths looked at, by the caller.
 */

/** One nginx directive: `auth_basic_user_file /etc/nginx/casebook.htpasswd;` on line 21. */
export interface Directive {
  name: string;
  args: string[];
  line: number;
}

/**
 * The directives of an nginx configuration file in order, blocks flattened (`server {` is a directive named
 * `server`), comments dropped, quotes removed.
 */
export function nginxDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  let words: string[] = [];
  let startLine = 0;
  let line = 1;
  const end = () => {
    if (words.length > 0) directives.push({ name: words[0]!, args: words.slice(1), line: startLine });
    words = [];
  };
  for (let at = 0; at < text.length;) {
    const char = text[at]!;
    if (char === '#') {
      const newline = text.indexOf('\n', at);
      at = newline === -1 ? text.length : newline;
      continue;
    }
    if (/\s|[;{}]/.test(char)) {
      if (char === '\n') line += 1;
      if (/[;{}]/.test(char)) end();
      at += 1;
      continue;
    }
    if (words.length === 0) startLine = line;
    if (char === '"' || char === "'") {
      let close = at + 1;
      while (close < text.length && text[close] !== char) close += text[close] === '\\' ? 2 : 1;
      const word = text.slice(at + 1, close);
      line += word.split('\n').length - 1;
      words.push(word);
      at = close + 1;
    } else {
      const word = /^[^\s;{}"']+/.exec(text.slice(at))![0];
      words.push(word);
      at += word.length;
    }
  }
  end();
  return directives;
}

/** One `key = value` of an oauth2-proxy configuration file (TOML), string values unquoted. */
export interface Setting {
  key: string;
  value: string;
  line: number;
}

export function oauth2ProxySettings(text: string): Setting[] {
  return text.split('\n').flatMap((raw, index) => {
    const match = /^\s*([\w-]+)\s*=\s*(.*?)\s*$/.exec(raw.replace(/(^|\s)#.*$/, ''));
    return match ? [{ key: match[1]!, value: match[2]!.replace(/^"(.*)"$/, '$1'), line: index + 1 }] : [];
  });
}

/** Problem with an address the single sign-on depends on, in Chinese; undefined when it is a web address. */
export function ssoUrlProblem(value: string): string | undefined {
  if (!URL.canParse(value))
    return `「${value}」不是网址 — 写成完整的地址，例如 https://sso.company.cn/realms/staff 或 http://127.0.0.1:4180`;
  const { protocol, hostname } = new URL(value);
  if (protocol !== 'https:' && protocol !== 'http:') return `「${value}」须以 http:// 或 https:// 开头`;
  if (!hostname) return `「${value}」缺少主机名`;
  return undefined;
}

/** Password-hash schemes nginx's auth_basic understands on Debian (through the system's crypt). */
const hashSchemes = [/^\$6\$/, /^\$5\$/, /^\$apr1\$/, /^\$2[aby]\$/, /^\$y\$/, /^\{SSHA\}/, /^\{SHA\}/];

/** Problems of a basic-auth password file, each with its line; empty when every line is `name:hash`. */
export function passwordFileProblems(text: string): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  const lines = text.split('\n');
  let users = 0;
  lines.forEach((raw, index) => {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) return;
    const colon = entry.indexOf(':');
    const hash = entry.slice(colon + 1).split(':')[0]!;
    if (colon <= 0) problems.push({ line: index + 1, problem: '应写成「用户名:密码的哈希」' });
    else if (!hashSchemes.some((scheme) => scheme.test(hash)))
      problems.push({
        line: index + 1,
        problem:
          `用户「${entry.slice(0, colon)}」的密码没有加密（或加密方式 nginx 不认识）` +
          '— 用 openssl passwd -6 生成这一行',
      });
    else users += 1;
  });
  if (users === 0 && problems.length === 0)
    problems.push({ line: 1, problem: '文件里没有任何账号，谁都登录不了 — 用 openssl passwd -6 为每位同事加一行' });
  return problems;
}
