/**
 * The literal-match oracle for search quality: which pages' indexed text contains every part of a query,
 * after folding case, spaces and script (full OpenCC conversion to Simplified, independent of the variant
 * table the browser uses). Reads the built index's fragments, i.e. exactly the text each page contributes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { separateHanText } from '../../src/lib/search/han-words.ts';
import { extraEquivalents, foldCorrections } from '../../src/lib/search/script-variants.ts';
import { foldForMatch, normalizeQuery, queryParts } from '../../src/lib/search/query.ts';

const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
const extra = new RegExp(`[${Object.keys(extraEquivalents).join('')}]`, 'g');
const corrected = new RegExp(`[${Object.keys(foldCorrections).join('')}]`, 'g');

/** Case, spaces and script folded away. */
export function foldScript(text: string): string {
  return foldForMatch(
    fromTaiwan(fromHongKong(text.replace(corrected, (character) => foldCorrections[character]!))),
  ).replace(extra, (character) => extraEquivalents[character]!);
}

export interface IndexedPage {
  url: string;
  folded: string;
}

export function indexedPages(distDir: string): IndexedPage[] {
  const folder = path.join(distDir, 'pagefind/fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(path.join(folder, name))).toString('utf8');
    const { url, content } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    // Character by character, as the index holds the text: OpenCC would otherwise convert whole phrases
    // (答覆 → 答复) that no per-character query form can match.
    return { url, folded: foldScript(separateHanText(content)) };
  });
}

/** Pages that contain every part of the query. */
export function relevantPages(query: string, pages: readonly IndexedPage[]): string[] {
  const parts = queryParts(normalizeQuery(query)).map(foldScript);
  if (parts.length === 0) return [];
  return pages
    .filter((page) => parts.every((part) => page.folded.includes(part)))
    .map((page) => page.url)
    .sort();
}
