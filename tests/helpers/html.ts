/** Reading the site the tests built: every HTML page in `distDir`, parsed. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths.ts';

export interface BuiltPage {
  /** URL path as served, e.g. `/cases/ecommerce/x/`. */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

let cache: BuiltPage[] | undefined;

export function builtPages(): BuiltPage[] {
  if (cache) return cache;
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  cache = files.map((name) => {
    const file = path.join(distDir, name);
    const html = readFileSync(file, 'utf8');
    const url =
      '/' +
      name
        .replaceAll(path.sep, '/')
        .replace(/index\.html$/, '')
        .replace(/\.html$/, '');
    return { url, file, html, root: parse(html) };
  });
  return cache;
}

export function page(url: string): BuiltPage {
  const found = builtPages().find((candidate) => candidate.url === url || candidate.url === decodeURI(url));
  if (!found) throw new Error(`no built page at ${url}`);
  return found;
}
