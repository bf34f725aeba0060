/**
 * Finds English a user would read: Latin-letter words in the text of built pages and in command-line output,
 * apart from what is meant to be typed or copied exactly (code, keys, addresses, file paths, case numbers, field
 * names and values) and the few names Chinese contact centres use as they are.
 */
import { readFileSync } from 'node:fs';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { config } from '../../src/config.ts';
import * as taxonomy from '../../src/lib/cases/taxonomy.ts';
import type { FieldInfo } from '../../src/lib/cases/field-catalogue.ts';
import { readLibrary } from '../../src/library/read.ts';
import { fieldCatalogue } from '../../src/schemas/catalogue.ts';

/**
 * Names a Chinese-speaking contact centre writes in Latin letters, kept small on purpose:
 * NPS, FCR, SERVQUAL (the trade's own names for these measures), RSS (what feed readers call the feed),
 * App (商城 App, App 内反馈: the usual Chinese word), TODO (the marker templates leave for contributors to
 * replace, which check looks for), and the names of the code platforms `npm run setup` offers.
 */
export const ALLOWED_WORDS = new Set([
  'NPS',
  'FCR',
  'SERVQUAL',
  'RSS',
  'App',
  'TODO',
  'GitHub',
  'GitLab',
  'Gitea',
  'Forgejo',
]);

/**
 * Names check uses to say what is wrong with a file: its formats (MDX, YAML, Markdown), encoding and line
 * endings (UTF-8, BOM, CRLF, LF) as editors label them, frontmatter (after 字段区, for searching the web), and
 * PiiOk, the waiver contributors write; KB, the unit of the size limit.
 */
export const FILE_FORMAT_WORDS = new Set([
  'MDX',
  'YAML',
  'Markdown',
  'UTF',
  'BOM',
  'CRLF',
  'LF',
  'VS',
  'Code',
  'Windows',
  'Tab',
  'PiiOk',
  'frontmatter',
  'KB',
]);

const WORD = /[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*/g;

/** Parts of any text that are typed or copied exactly, not read as words. */
function withoutLiterals(text: string): string {
  return (
    text
      // The field column of a check message: path:line:column  field  message.
      .replace(/^(\S+:\d+:\d+ {2})\S+/gm, '$1')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\S+@\S+/g, ' ')
      // File paths and ids with a folder: content/cases/x.mdx, ecommerce/presale-refund-delay
      .replace(/[\w.@-]*\/[\w./@-]*/g, ' ')
      .replace(/[\w.-]*\.(?:mdx|yaml|json|md|ts)\b/g, ' ')
      .replace(/\b[A-Z]{1,4}-\d{4}-\d{4,6}\b/g, ' ')
      // The case-number format as messages spell it: KF-年份-四位序号.
      .replace(new RegExp(`\\b${config.caseNumberPrefix}-`, 'g'), ' ')
      // A command and what follows it on its line: typed as it stands.
      .replace(/\bnpm (?:run |start|test)[^\n]*/g, ' ')
      // A flag with the value it takes, as in 「--lang zh-CN|zh-TW」.
      .replace(/(?<![\w-])--?[\w-]+(?: [\w|,./-]+(?=[\s（]))?/g, ' ')
      // An id followed by its Chinese name, as in 「phone（电话）」: the value to write.
      .replace(/[\w-]+(?=（\p{Script=Han})/gu, ' ')
      .replace(/\bYYYY-MM-DD\b/g, ' ')
      // Markup and text quoted from the file: <PiiOk reason="…">, 「telecom/nowhere」, data: and javascript: links.
      .replace(/<[^>\n]*>/g, ' ')
      .replace(/「[^」\n]*」/g, ' ')
      .replace(/\b(?:data|javascript|https?):/g, ' ')
  );
}

/**
 * Latin words of `text` not allowed, each once. Words with a digit (5G, R600S, 1000M) are model numbers, sizes and
 * codes.
 */
export function latinWords(text: string, allowed: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const [word] of withoutLiterals(text).matchAll(WORD)) {
    if (/\d/.test(word) || allowed.has(word)) continue;
    found.add(word);
  }
  return [...found];
}

/** Elements whose text is code, keys or machinery, not prose. */
const LITERAL_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'template']);
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

/** The text a reader sees or hears on a page: its title, the body's text, and labels, titles and placeholders. */
export function visibleText(html: string): string {
  const root = parse(html);
  const out: string[] = [root.querySelector('title')?.text ?? ''];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) out.push(child.rawText);
      if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
      const element = child as HTMLElement;
      const tag = element.rawTagName?.toLowerCase() ?? '';
      if (LITERAL_ELEMENTS.has(tag)) continue;
      for (const name of READ_ATTRIBUTES) out.push(element.getAttribute(name) ?? '');
      // Without scripts a browser shows <noscript>'s content as markup; the parser keeps it as text.
      if (tag === 'noscript') walk(parse(element.innerHTML));
      else walk(element);
    }
  };
  const body = root.querySelector('body');
  if (body) walk(body);
  return out.join('\n').replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/** Every field of every kind of entry, nested ones too, from the field catalogue. */
const allFields = (fields: readonly FieldInfo[]): FieldInfo[] =>
  fields.flatMap((field) => [field, ...allFields(field.fields ?? [])]);
const catalogueFields = Object.values(fieldCatalogue).flatMap(allFields);

/**
 * Fields contributors write in their own words: their Latin words (iPhone, eSIM, IVR) are theirs, not the product's.
 */
const FREE_TEXT_FIELDS = new Set(catalogueFields.filter((field) => field.shape === 'text').map((field) => field.key));

/** Every Latin word the library's contributors wrote: free-text fields and bodies of every entry. */
export function contributorWords(contentRoot: string): Set<string> {
  const library = readLibrary(contentRoot);
  const texts: string[] = [];
  const collect = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (key && FREE_TEXT_FIELDS.has(key)) texts.push(value);
    } else if (Array.isArray(value)) value.forEach((item) => collect(item, key));
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) collect(item, name);
  };
  for (const entries of Object.values(library)) {
    for (const { file, data } of entries as { file: { absolutePath: string }; data: unknown }[]) {
      collect(data);
      const source = readFileSync(file.absolutePath, 'utf8');
      texts.push(source.replace(/^---\n[\s\S]*?\n---\n?/, ''));
    }
  }
  return new Set(texts.join('\n').match(WORD) ?? []);
}

/** Field names of every kind of entry (nested ones too): messages name the field to fix. */
export function fieldNames(): Set<string> {
  return new Set(catalogueFields.map((field) => field.key));
}

/** The ids a field takes (phone, archived, ecom-online), from every vocabulary: messages say which value to write. */
export function valuesToWrite(): Set<string> {
  const vocabularies = [
    ...Object.values(taxonomy),
    config.categories,
    config.products,
    config.teams,
    config.industries,
  ];
  const ids = vocabularies.flatMap((vocabulary) =>
    vocabulary &&
    typeof vocabulary === 'object' &&
    Object.values(vocabulary).every((term) => term && typeof term === 'object' && 'zh' in term)
      ? Object.keys(vocabulary)
      : [],
  );
  return new Set(ids.flatMap((id) => id.match(WORD) ?? []));
}
