/**
 * Which addresses an entry body may link to and show images from. Shared by the validator, which refuses the
 * rest with a message, and the renderer, which shows the rest as text: a link or image that slipped past one is
 * still inert. Addresses are read the way a browser reads them (WHATWG URL parser: tabs, newlines and leading
 * control characters dropped, `//host` taken as another site), not by a pattern over the text.
 */

const BASE = 'https://casebook.invalid/';
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function parse(url: string): URL | undefined {
  try {
    return new URL(url, BASE);
  } catch {
    return undefined;
  }
}

/** A web, mail or phone link, or one within the site; never `javascript:`, `data:`, `vbscript:` or `file:`. */
export function isSafeLink(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && LINK_PROTOCOLS.has(parsed.protocol);
}

/** The scheme a refused link was written with (`javascript`), for messages. */
export function schemeOf(url: string): string {
  return parse(url)?.protocol.replace(/:$/, '') ?? url.trim().slice(0, 20);
}

/**
 * An image from the site itself, or over https from a host the team listed (`allowedImageHosts` in
 * src/config.ts). Any other address would tell its server who read which page, and when.
 */
export function isAllowedImage(url: string, allowedHosts: readonly string[]): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.origin === new URL(BASE).origin) return true;
  return parsed.protocol === 'https:' && allowedHosts.includes(parsed.hostname);
}
