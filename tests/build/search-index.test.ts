import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedPages, relevantPages } from '../../scripts/search/oracle.ts';
import * as pagefind from 'pagefind';
import { indexTextInHtml } from '../../src/lib/search/index-words.ts';
import { indexableHtml } from '../../src/lib/search/indexable-html.ts';
import { countHanCharacters } from '../../src/lib/search/script-variants.ts';
import { createCharacterFold } from '../../src/lib/text/script-converters.ts';
import { pagefindPageIds } from '../../src/lib/search/pagefind-meta.ts';
import {
  searchFiles,
  unpackIds,
  unpackRecords,
  type PackedIds,
  type PackedRecords,
} from '../../src/lib/search/record-table.ts';
import { bucketOf, unpackPostings, wordGroups, type ConceptBucket } from '../../src/lib/search/concept-postings.ts';
import type { BrowserLexicon } from '../../src/lib/search/meaning.ts';
import { builtPages, page } from '../helpers/html.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';

const readBundle = (file: string) => JSON.parse(readFileSync(path.join(distDir, 'pagefind', file), 'utf8')) as unknown;
const ids = unpackIds(readBundle(searchFiles.ids) as PackedIds);
const table = unpackRecords(readBundle(searchFiles.records) as PackedRecords, ids);
const urls = readBundle(searchFiles.urls) as string[];

describe('search index', () => {
  it('indexes every entry page, and only entry pages', () => {
    // Lists are not entries: pages of the case and practice indexes, a stage's scripts, a month of the daily archive.
    const listPage = /^\/(cases\/page|practices\/page|scripts\/stage)\/|^\/daily\/\d{4}\/\d{2}\/$/;
    const entryPages = builtPages()
      .filter(
        (page) =>
          /^\/(cases|daily|practices|scripts)\/[^/]/.test(page.url) &&
          !listPage.test(page.url) &&
          !page.url.endsWith('/present/'),
      )
      .map((page) => decodeURI(page.url));
    expect(Object.keys(table.records).sort()).toEqual([...ids].sort());
    const indexed = [...urls];
    expect(indexed.sort()).toEqual(entryPages.sort());
    expect(
      indexedPages(distDir)
        .map((page) => page.url)
        .sort(),
    ).toEqual(indexed.sort());
  });

  it('writes the records in Pagefind’s page order, the order the browser lists the ids in', () => {
    const bundle = path.join(distDir, 'pagefind');
    const meta = readdirSync(bundle).find((name) => name.endsWith('.pf_meta'))!;
    expect(pagefindPageIds(readFileSync(path.join(bundle, meta)))).toEqual(ids);
  });

  it('lists each lexicon word’s entries as the literal search finds them: a synonym needs no chunk', () => {
    const lexicon = readBundle(searchFiles.lexicon) as BrowserLexicon;
    expect(lexicon.concepts?.check).toBe((readBundle(searchFiles.records) as PackedRecords).check);
    const buckets = Array.from(
      { length: lexicon.concepts!.buckets },
      (_, number) => readBundle(searchFiles.concepts(number)) as ConceptBucket,
    );
    const pages = indexedPages(distDir);
    let checked = 0;
    for (const [word, groups] of wordGroups(lexicon)) {
      // Han words: the oracle matches Latin words inside longer ones, the index (and the postings) only whole.
      if (!/^\p{Script=Han}+$/u.test(word)) continue;
      const listed = [...unpackPostings(buckets[bucketOf(groups[0]!, buckets.length)]!.words[word] ?? []).keys()].map(
        (entry) => urls[entry]!,
      );
      expect(listed.sort(), word).toEqual(relevantPages(word, pages));
      checked += listed.length;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('leaves the served pages untouched (no invisible word breaks in the HTML)', () => {
    for (const page of builtPages()) expect(page.html.includes('\u200b'), page.url).toBe(false);
  });

  it('indexes the entry’s own content, not navigation, badges or lists of other entries', () => {
    const pages = indexedPages(distDir);
    const daily = pages.find((page) => page.url === '/daily/2026-11-28/')!;
    expect(daily.folded).not.toContain('跳到正文');
    expect(daily.folded).not.toContain('春节凌晨'); // the presented case's title lives on the case page
    const presale = pages.find((page) => page.url === '/cases/ecommerce/presale-refund-delay/')!;
    expect(presale.folded).toContain('kf-2026-0101');
    expect(presale.folded).not.toContain('在仓库中编辑此文件');
  });

  it('gets the same index from the trimmed pages Pagefind is handed as from the pages as served', async () => {
    const indexed = new Set(urls);
    const entryPages = builtPages().filter((candidate) => indexed.has(decodeURI(candidate.url)));
    const folding = createCharacterFold();
    folding.learn([...countHanCharacters(entryPages.map((entry) => entry.html).join('')).keys()]);
    const indexFiles = async (handed: (html: string) => string) => {
      const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      for (const entry of entryPages)
        await index!.addHTMLFile({
          url: decodeURI(entry.url),
          content: indexTextInHtml(handed(entry.html), folding.fold),
        });
      const { files } = await index!.getFiles();
      return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]));
    };
    try {
      const served = await indexFiles((html) => html);
      const trimmed = await indexFiles(indexableHtml);
      expect(entryPages).toHaveLength(urls.length);
      expect([...trimmed.keys()].sort()).toEqual([...served.keys()].sort());
      for (const [file, content] of served) expect(trimmed.get(file), file).toBe(content);
    } finally {
      await pagefind.close();
    }
  }, 60_000);

  it('keeps the labelled query set in step with the library (re-run scripts/search/label-queries.ts if not)', () => {
    const labelled = JSON.parse(readFileSync(path.join(projectRoot, 'tests/search/queries.json'), 'utf8')) as {
      query: string;
      relevant: string[];
    }[];
    const pages = indexedPages(distDir);
    const stale = labelled
      .filter(({ query, relevant }) => JSON.stringify(relevantPages(query, pages)) !== JSON.stringify(relevant))
      .map(({ query }) => query);
    expect(stale).toEqual([]);
  });

  it('starts the search page’s downloads with the page: every announced file exists in the current index', () => {
    const search = page('/search/');
    const links = search.root.querySelectorAll('head link[rel=preload], head link[rel=modulepreload]');
    const entry = readBundle('pagefind-entry.json') as { languages: Record<string, { hash: string }> };
    const version = search.root.querySelector('search-panel')!.getAttribute('data-bundle-version');
    expect(version).toBe(Object.values(entry.languages)[0]!.hash);
    expect(links.map((link) => link.getAttribute('href'))).toContain(`/pagefind/pagefind-entry.json?ts=${version}`);
    expect(links.length).toBe(5);
    for (const link of links)
      expect(existsSync(path.join(distDir, link.getAttribute('href')!.split('?')[0]!)), link.toString()).toBe(true);
    // Other pages load no search code, so they announce nothing.
    expect(page('/').root.querySelectorAll('link[rel=preload], link[rel=modulepreload]')).toHaveLength(0);
  });
});
