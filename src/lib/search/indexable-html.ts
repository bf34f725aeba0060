/**
 * The part of a rendered page that Pagefind reads, as a document of its own: the page's language and its
 * `data-pagefind-body` elements without their `data-pagefind-ignore` parts (site header, facts, scripts,
 * related and similar cases, footer). Pagefind would parse all of it and keep none of it; handing it only
 * what it keeps cuts the bytes that cross to its process, and the text written as index words, to about a quarter
 * (the index it writes is the same: tests/build checks it).
 *
 * A tokenizer, not a parser: it reads the HTML Astro renders (well formed, quoted attributes), and nothing it
 * cannot match is dropped but kept as text.
 */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is not markup: skipped whole, outside and inside the body. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);
/** A comment, a start or end tag (attribute values may hold `>`), a run of text, or a lone `<`. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
/** Whether a tag's attributes name the attribute (built once: it runs on every tag of every entry page). */
const attributeTest = (name: string) => new RegExp(`(?:^|\\s)${name}(?:[\\s=/]|$)`);
const BODY_ATTRIBUTE = attributeTest('data-pagefind-body');
const IGNORE_ATTRIBUTE = attributeTest('data-pagefind-ignore');

export function indexableHtml(html: string): string {
  const lang = /<html\b[^>]*?\slang="([^"]*)"/i.exec(html)?.[1];
  const kept: string[] = [];
  let lowerCase: string | undefined;
  /** Open elements of the body element being copied, itself included (0: outside one). */
  let bodyDepth = 0;
  /** Open elements of the ignored part being skipped, itself included (0: not in one). */
  let ignoredDepth = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [token, closing, rawName, attributes = ''] = match;
    if (token.startsWith('<!--')) continue;
    if (rawName === undefined) {
      if (bodyDepth > 0 && ignoredDepth === 0) kept.push(token);
      continue;
    }
    const name = rawName.toLowerCase();
    if (!closing && RAW_TEXT_ELEMENTS.has(name)) {
      // Its content may hold anything that looks like a tag: go straight past its end tag.
      const end = (lowerCase ??= html.toLowerCase()).indexOf(`</${name}`, TOKEN.lastIndex);
      TOKEN.lastIndex = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    const isVoid = VOID_ELEMENTS.has(name) || attributes.trimEnd().endsWith('/');
    if (closing) {
      if (ignoredDepth > 0) ignoredDepth -= 1;
      else if (bodyDepth > 0) {
        kept.push(token);
        bodyDepth -= 1;
      }
      continue;
    }
    if (ignoredDepth > 0) {
      if (!isVoid) ignoredDepth += 1;
    } else if (bodyDepth > 0) {
      if (IGNORE_ATTRIBUTE.test(attributes)) {
        if (!isVoid) ignoredDepth = 1;
      } else {
        kept.push(token);
        if (!isVoid) bodyDepth += 1;
      }
    } else if (BODY_ATTRIBUTE.test(attributes) && !isVoid) {
      kept.push(token);
      bodyDepth = 1;
    }
  }
  return `<!doctype html><html${lang === undefined ? '' : ` lang="${lang}"`}><body>${kept.join('')}</body></html>`;
}
