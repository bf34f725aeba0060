/**
 * The team's identity, kept in `casebook.config.json` so that `npm run setup` can rewrite it safely: the name
 * shown on every page, the repository the edit and 投稿 links open, the public address QR codes point to, the
 * timezone in which "today" is decided, and how the site is published (src/lib/deploy/recipes.ts). Everything
 * else an organisation configures stays in src/config.ts.
 * Pure: reading the file and writing it are the callers' business.
 */
import { parseDeployment, type Deployment } from '../deploy/recipes.ts';
import { forgeFromUrl, forgeIds, normaliseRepositoryUrl, type Forge, type Repository } from './forge.ts';

export const SETTINGS_FILE = 'casebook.config.json';

export interface Settings {
  /** Shown at the top of every page and in the browser tab, e.g. 华东客服中心案例库. */
  title: string;
  /** Public address of the built site (QR codes, the feed). */
  siteUrl: string;
  /** IANA timezone, e.g. Asia/Shanghai. */
  timezone: string;
  repository: Repository;
  /** How the site is published (docs/deploy.md); absent until the team chooses with `npm run setup`. */
  deploy?: Deployment;
}

/**
 * The site name for a team: 「华东客服中心」 → 「华东客服中心案例库」; a name that already says 案例库 or 知识库
 * stays.
 */
export function titleForTeam(teamName: string): string {
  const name = teamName.trim();
  return /(案例库|知识库|案例庫|知識庫)$/.test(name) ? name : `${name}案例库`;
}

export function isTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('zh-CN', { timeZone: timezone });
    return timezone.trim() !== '';
  } catch {
    return false;
  }
}

/** Problem with a public site address, in Chinese; undefined when it is one. */
export function siteUrlProblem(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? undefined
      : '须以 http:// 或 https:// 开头，例如 https://kb.example.cn/';
  } catch {
    return '不是网址，应写成 https://kb.example.cn/ 这样的完整地址';
  }
}

/**
 * A repository from its address and, for a self-hosted server whose name does not say, the forge.
 * Throws a Chinese message saying what to write instead.
 */
export function repositoryFrom(url: string, forge?: string, branch = 'main'): Repository {
  const clean = normaliseRepositoryUrl(url);
  const chosen = forge?.trim() ? forge.trim().toLowerCase() : forgeFromUrl(clean);
  if (!chosen) {
    throw new Error(`看不出「${clean}」是哪种代码托管平台 — 请注明：github、gitlab 或 gitea（Forgejo 也写 gitea）`);
  }
  if (!forgeIds.includes(chosen as Forge)) throw new Error(`「${chosen}」不是支持的平台 — 可选：github、gitlab、gitea`);
  if (!/^[\w.\-/]+$/.test(branch)) throw new Error(`分支名「${branch}」不对 — 一般是 main 或 master`);
  return { url: clean, forge: chosen as Forge, branch };
}

/** The settings file's content checked, each problem named by its field with a fix, in Chinese. */
export function parseSettings(raw: unknown, source: string = SETTINGS_FILE): Settings {
  const fail = (field: string, problem: string): never => {
    throw new Error(`${source}  ${field}  ${problem} — 运行 npm run setup 重新设置，或直接改这个文件`);
  };
  if (typeof raw !== 'object' || raw === null) fail('（整个文件）', '应是一个 JSON 对象');
  const value = raw as Record<string, unknown>;
  const text = (field: string): string => {
    const item = value[field];
    if (typeof item !== 'string' || item.trim() === '') return fail(field, '缺少或为空');
    return item;
  };
  const title = text('title');
  const siteUrl = text('siteUrl');
  const siteProblem = siteUrlProblem(siteUrl);
  if (siteProblem) fail('siteUrl', `「${siteUrl}」${siteProblem}`);
  const timezone = text('timezone');
  if (!isTimezone(timezone))
    fail('timezone', `「${timezone}」不是时区名称，例如 Asia/Shanghai、Asia/Hong_Kong、Asia/Taipei`);
  const repo = value.repository as Record<string, unknown> | undefined;
  if (typeof repo !== 'object' || repo === null || typeof repo.url !== 'string')
    return fail('repository.url', '缺少仓库地址');
  let repository: Repository;
  try {
    repository = repositoryFrom(
      repo.url,
      typeof repo.forge === 'string' ? repo.forge : undefined,
      typeof repo.branch === 'string' ? repo.branch : 'main',
    );
  } catch (error) {
    return fail('repository', (error as Error).message);
  }
  if (value.deploy === undefined) return { title, siteUrl, timezone, repository };
  try {
    return { title, siteUrl, timezone, repository, deploy: parseDeployment(value.deploy) };
  } catch (error) {
    // parseDeployment names the field and the choices itself.
    throw new Error(`${source}  ${(error as Error).message}`, { cause: error });
  }
}

/** The file's text for these settings: stable key order, two-space indent, a final newline (a clean diff). */
export function formatSettings(settings: Settings): string {
  const { title, siteUrl, timezone, repository, deploy } = settings;
  // allowPublicSite is written only when a person set it: the file never offers it.
  const deployment = deploy && { recipe: deploy.recipe, ...(deploy.allowPublicSite ? { allowPublicSite: true } : {}) };
  const { url, forge, branch } = repository;
  const file = { title, siteUrl, timezone, repository: { url, forge, branch }, deploy: deployment };
  return `${JSON.stringify(file, null, 2)}\n`;
}
