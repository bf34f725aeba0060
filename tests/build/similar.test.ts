import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon, type SerializedLexicon } from '../../src/lib/lexicon/index.ts';
import { similarityText } from '../../src/lib/similar/cases.ts';
import type { FinderChunk, FinderHelp, FinderMeta } from '../../src/lib/similar/finder-index.ts';
import { readLexicon, readLibrary } from '../../src/library/read.ts';
import { page } from '../helpers/html.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';

const library = readLibrary(path.join(projectRoot, 'content'));
const caseUrl = (id: string) => `/cases/${id}/`;

describe('similar cases on case pages', () => {
  const casePages = library.cases.map(({ file, data }) => ({ id: file.id, data, root: page(caseUrl(file.id)).root }));

  it('list up to five other cases, none already linked as related, each with a reason', () => {
    let withSimilar = 0;
    for (const { id, data, root } of casePages) {
      const cards = root.querySelectorAll('section.similar .case-card');
      expect(cards.length, id).toBeLessThanOrEqual(5);
      if (cards.length) withSimilar += 1;
      const linked = cards.map((card) => card.querySelector('.title a')!.getAttribute('href'));
      expect(linked, id).not.toContain(caseUrl(id));
      for (const related of data.relatedCases) expect(linked, id).not.toContain(caseUrl(related));
      for (const card of cards) expect(card.querySelectorAll('.reasons li').length, id).toBeGreaterThan(0);
    }
    expect(withSimilar).toBeGreaterThan(library.cases.length * 0.8);
  });

  it('name the shared failure type, category, tags or wording in plain Chinese', () => {
    const reasons = page('/cases/ecommerce/duplicate-charge-template-replies/')
      .root.querySelectorAll('section.similar .reasons li')
      .map((item) => item.text);
    expect(reasons).toContain('同是支付结算问题');
    expect(reasons).toContain('共同标签：重复扣款');
    expect(reasons.some((reason) => /^描述相近：都提到「.*重复扣款/.test(reason))).toBe(true);
  });

  it('are left out of the search index', () => {
    for (const { root } of casePages.slice(0, 5))
      expect(root.querySelector('section.similar')?.getAttribute('data-pagefind-ignore')).toBe('');
  });
});

describe('scripts and practices with the cases that link to them', () => {
  it('a case shows the lines of the scripts it links to', () => {
    const { file, data } = library.cases.find(({ data }) => data.scripts.length >= 2)!;
    const root = page(caseUrl(file.id)).root;
    const shown = root.querySelectorAll('section.scripts details.script');
    expect(shown).toHaveLength(data.scripts.length);
    const script = library.scripts.find((entry) => entry.file.id === data.scripts[0])!;
    const lines = shown[0]!.querySelectorAll('copy-line');
    expect(lines).toHaveLength(script.data.lines.length);
    expect(lines[0]!.getAttribute('data-text')).not.toMatch(/[{}]/);
    expect(shown[0]!.querySelector(`a[href="/scripts/${script.file.id}/"]`)).not.toBeNull();
    expect(root.querySelector('section.scripts')?.getAttribute('data-pagefind-ignore')).toBe('');
  });

  it('a script page lists every case that links to it', () => {
    for (const { file } of library.scripts) {
      const linking = library.cases
        .filter(({ data }) => data.scripts.includes(file.id))
        .map(({ file: caseFile }) => caseUrl(caseFile.id));
      const listed = page(`/scripts/${file.id}/`)
        .root.querySelectorAll('section[aria-labelledby=used-by-title] li a')
        .map((link) => link.getAttribute('href'));
      expect(listed.sort(), file.id).toEqual(linking.sort());
    }
  });

  it('a practice page lists the cases citing it that it does not list itself', () => {
    let cited = 0;
    for (const { file, data } of library.practices) {
      const citing = library.cases
        .filter((entry) => entry.data.practices.includes(file.id) && !data.relatedCases.includes(entry.file.id))
        .map((entry) => caseUrl(entry.file.id));
      const listed = page(`/practices/${file.id}/`)
        .root.querySelectorAll('section[aria-labelledby=cited-by-title] li a')
        .map((link) => link.getAttribute('href'));
      expect(listed.sort(), file.id).toEqual(citing.sort());
      cited += listed.length;
    }
    expect(cited).toBeGreaterThan(0);
  });
});

describe('finder', () => {
  const data = path.join(distDir, 'finder/data');
  const read = <T>(name: string) => JSON.parse(readFileSync(path.join(data, name), 'utf8')) as T;

  it('is a page with a form that falls back to the keyword search without JavaScript', () => {
    const root = page('/finder/').root;
    const form = root.querySelector('case-finder form')!;
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.querySelector('textarea')!.getAttribute('name')).toBe('q');
    expect(form.querySelector('button[type=submit]')!.hasAttribute('disabled')).toBe(true);
  });

  it('is linked from the home page and the search page', () => {
    for (const url of ['/', '/search/'])
      expect(page(url).root.querySelector('main a[href="/finder/"]'), url).not.toBeNull();
  });

  it('writes a small meta file, term shards and case chunks covering every case', () => {
    const meta = read<FinderMeta>('meta.json');
    expect(meta.size).toBe(library.cases.length);
    for (let shard = 0; shard < meta.shards; shard += 1)
      expect(existsSync(path.join(data, `terms-${shard}.json`))).toBe(true);
    const chunks = Math.ceil(meta.size / meta.chunkSize);
    const listed = Array.from({ length: chunks }, (_, chunk) => read<FinderChunk>(`cases-${chunk}.json`).cases).flat();
    expect(listed.map((item) => item.url).sort()).toEqual(library.cases.map(({ file }) => caseUrl(file.id)).sort());
    expect(meta.archived.map((document) => listed[document]!.url).sort()).toEqual(
      library.cases
        .filter(({ data: caseData }) => caseData.confidence === 'archived')
        .map(({ file }) => caseUrl(file.id))
        .sort(),
    );
  });

  it("ships each case's whole words as the case writes them, for reasons an agent can find on the case page", () => {
    const meta = read<FinderMeta>('meta.json');
    const listed = Array.from(
      { length: Math.ceil(meta.size / meta.chunkSize) },
      (_, chunk) => read<FinderChunk>(`cases-${chunk}.json`).cases,
    ).flat();
    const texts = new Map(
      library.cases.map(({ file, data: caseData }) => [
        caseUrl(file.id),
        similarityText({ id: file.id, data: caseData }),
      ]),
    );
    for (const item of listed) {
      expect(item.words.length, item.url).toBeGreaterThan(5);
      for (const word of item.words) {
        expect(texts.get(item.url), `${item.url} ${word}`).toContain(word);
        expect([...word].length, `${item.url} ${word}`).toBeGreaterThanOrEqual(2);
        expect(['我们', '你们', '什么', '时候', '客户'], item.url).not.toContain(word);
      }
    }
  });

  it('ships the synonym lexicon, and per failure type the practices and scripts its cases cite', () => {
    const lexicon = loadLexicon(read<SerializedLexicon>('lexicon.json'));
    expect(lexicon.groups).toHaveLength(readLexicon().length);
    expect(lexicon.find('雪糕').map((match) => lexicon.label(match.group))).toEqual(['冻品']);
    const help = read<Record<string, FinderHelp>>('help.json');
    const cited = library.cases.filter(({ data: caseData }) => caseData.practices.length > 0);
    expect(Object.keys(help)).toEqual(
      expect.arrayContaining([...new Set(library.cases.map(({ data: caseData }) => caseData.failureType.subtype))]),
    );
    for (const { data: caseData } of cited)
      expect(help[caseData.failureType.subtype]!.practices.length, caseData.failureType.subtype).toBeGreaterThan(0);
    for (const offer of Object.values(help))
      for (const link of [
        offer.browse,
        ...offer.practices.map((item) => item.url),
        ...offer.scripts.map((item) => item.url),
      ])
        expect(existsSync(path.join(distDir, link, 'index.html')), link).toBe(true);
  });
});
