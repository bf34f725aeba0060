/** Hostile corpora (tests/hostile/<kind>/corpus.ts) written into temporary libraries, for the hostile-input runners. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { markdownToHtml } from 'satteri';
import { withoutAuthorTags } from '../../src/mdx/author-markup.ts';
import { bodyProcessorOptions } from '../../src/mdx/body-processor.ts';
import type { HostileFile, HostileInput } from '../hostile/types.ts';
import { tempLibrary } from './temp-library.ts';

const modules = import.meta.glob<{ corpus: HostileInput[] }>('../hostile/*/corpus.ts', { eager: true });

/** Every input of every corpus, with the corpus it comes from (`markup`, `pii`, …). */
export const hostileInputs: (HostileInput & { corpus: string })[] = Object.entries(modules).flatMap(([file, module]) =>
  module.corpus.map((input) => ({ ...input, corpus: path.basename(path.dirname(file)) })),
);

/** The HTML a contributed body becomes, through the site's own body processor (what a case page shows). */
export function renderBody(body: string): string {
  const { features, mdastPlugins, hastPlugins } = bodyProcessorOptions;
  return markdownToHtml(withoutAuthorTags(body), { features, mdastPlugins, hastPlugins }).html;
}

/** Writes the inputs' files into a new temporary library (the real people included); returns its root. */
export function hostileLibrary(inputs: readonly HostileInput[]): string {
  const root = tempLibrary({});
  for (const input of inputs) {
    for (const [relative, content] of Object.entries<HostileFile>(input.files)) {
      const file = path.join(root, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      if (typeof content === 'object' && 'symlinkTo' in content) symlinkSync(content.symlinkTo, file);
      else writeFileSync(file, content);
    }
  }
  return root;
}

/** Elements Markdown produces; anything else in a rendered body was smuggled in. */
const MARKDOWN_ELEMENTS = new Set([
  ...['p', 'a', 'strong', 'em', 'del', 'code', 'pre', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'input', 'sup', 'section', 'hr', 'br'],
]);
/** Elements that run, load or redirect something, wherever they are. */
const ACTIVE_ELEMENTS = new Set(
  'script iframe frame object embed applet base meta link style form noscript template svg math'.split(' '),
);

/**
 * What in rendered HTML a browser would act on: script, handlers, script or remote addresses. `markdown` (a body
 * as rendered) also counts any element Markdown does not produce; `page` (a built page's part) only active ones.
 */
export function activeParts(html: string, kind: 'markdown' | 'page' = 'markdown'): string[] {
  const found: string[] = [];
  for (const element of parse(html).querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (kind === 'markdown' ? !MARKDOWN_ELEMENTS.has(tag) : ACTIVE_ELEMENTS.has(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(element.attributes)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') found.push(`${tag} ${name}`);
      if (
        (name === 'href' || name === 'action' || name === 'formaction') &&
        !['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(value, 'https://site.invalid/').protocol)
      )
        found.push(`${tag} ${name}=${value}`);
      if (
        (name === 'src' || name === 'srcset' || name === 'poster') &&
        new URL(value, 'https://site.invalid/').origin !== 'https://site.invalid'
      )
        found.push(`${tag} ${name}=${value}`);
    }
  }
  return found;
}

/** The text of rendered HTML as a reader sees it, for `shows`. */
export const visibleText = (html: string) => parse(html).textContent;
