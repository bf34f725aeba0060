/**
 * The site's public address: QR codes on presenter decks and printed handouts, and the daily feed, link to it.
 * `siteUrl` in casebook.config.json, or CASEBOOK_SITE_URL for one build (a deployment's CI job), which wins.
 */
import { isPlaceholderRepository, type Repository } from './forge.ts';

/** Environment variable that sets the public address for one build, overriding `config.siteUrl`. */
export const SITE_URL_ENV = 'CASEBOOK_SITE_URL';

/**
 * The address to build with: the environment's when set, else the config's; an error in Chinese when it is not a web
 * address.
 */
export function siteAddress(fromConfig: string, env: string | undefined): string {
  const [value, source] = env?.trim() ? [env.trim(), SITE_URL_ENV] : [fromConfig, 'casebook.config.json 的 siteUrl'];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${source}「${value}」不是网址 — 应写成 https://kb.example.cn/ 这样的完整地址`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${source}「${value}」须以 http:// 或 https:// 开头 — 例如 https://kb.example.cn/`);
  }
  return url.href;
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/** Whether the address only works on the building machine (localhost): a QR code to it opens nothing on a phone. */
export function isLocalAddress(address: string): boolean {
  return localHosts.has(new URL(address).hostname);
}

/**
 * A warning for the build log when the address only works on the building machine: a QR code scanned at the
 * morning meeting would open nothing on a colleague's phone. Undefined for a real address.
 */
export function localAddressWarning(address: string): string | undefined {
  if (!isLocalAddress(address)) return undefined;
  return (
    `二维码和每日一案例订阅指向 ${address}，同事的手机打不开 — ` +
    `运行 npm run setup 设置网站的公开地址，或构建时设置环境变量 ${SITE_URL_ENV}=https://你们的地址/`
  );
}

/**
 * A warning for the build log while the repository is still the sample one: edit and 投稿 links open nobody's
 * repository.
 */
export function placeholderRepositoryWarning(repository: Repository): string | undefined {
  if (!isPlaceholderRepository(repository)) return undefined;
  return (
    `仓库地址还是示例（${repository.url}），网站上的“在仓库中编辑此文件”、投稿按钮和“如何投稿”都打不开你们的仓库 — ` +
    '运行 npm run setup 填写你们仓库的网页地址'
  );
}
