import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lib/lexicon/index.ts';
import { foldQuery, relaxQuery, type BrowserLexicon } from '../../src/lib/search/meaning.ts';
import { foldByTable, type VariantTable } from '../../src/lib/search/script-variants.ts';
import { searchFiles } from '../../src/lib/search/record-table.ts';
import { readLexicon } from '../../src/library/read.ts';
import { page } from '../helpers/html.ts';
import { distDir } from '../helpers/paths.ts';

const bundleFile = (file: string) => readFileSync(path.join(distDir, 'pagefind', file));
const data = JSON.parse(bundleFile(searchFiles.lexicon).toString('utf8')) as BrowserLexicon;
const variants = JSON.parse(bundleFile(searchFiles.variants).toString('utf8')) as VariantTable;
const lexicon = loadLexicon(data);

describe('the lexicon the search page loads for meaning matches', () => {
  it('holds every group of content/lexicon/, its words folded as the browser folds a query', () => {
    const groups = readLexicon();
    expect(data.groups).toHaveLength(groups.length);
    // A query typed in Traditional meets the group written in Simplified, and the reverse.
    const relax = (query: string) => {
      const { folded, written } = foldQuery(query, foldByTable(variants));
      return relaxQuery(folded, lexicon, { written });
    };
    const [refund] = relax('退錢');
    expect(refund!.written).toBe('退錢');
    expect(refund!.alternatives).toContain('退款');
    expect(relax('退钱')[0]!.alternatives).toEqual(refund!.alternatives);
  });

  it('keeps how the words whose folded form differs are written, for the reasons shown', () => {
    const traditional = readLexicon()
      .flatMap((group) => group.words)
      .filter((word) => foldQuery(word, foldByTable(variants)).folded !== word.toLowerCase());
    expect(traditional.length).toBeGreaterThan(0);
    for (const word of traditional) expect(Object.values(data.written)).toContain(word);
  });

  it('stays small: it is fetched only when the literal results are few', () => {
    expect(gzipSync(bundleFile(searchFiles.lexicon)).length).toBeLessThan(16 * 1024);
  });
});

describe('the search page', () => {
  it('tells its script where the finder’s files are, and marks its finder link to carry the query', () => {
    const search = page('/search/');
    expect(search.root.querySelector('search-panel')!.getAttribute('data-finder')).toBe('/finder/data/');
    expect(search.root.querySelector('a[data-finder-link]')!.getAttribute('href')).toBe('/finder/');
    // The section is there, hidden, before any search.
    expect(search.root.querySelector('.meaning')!.hasAttribute('hidden')).toBe(true);
  });
});
