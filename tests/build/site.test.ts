import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { builtPages, page } from '../helpers/html.ts';
import { distDir } from '../helpers/paths.ts';
import { sampleFiles, sampleIds } from '../helpers/sample-library.ts';

describe('one page per entry', () => {
  it.each([
    ['cases', '/cases/'],
    ['daily', '/daily/'],
    ['practices', '/practices/'],
    ['scripts', '/scripts/'],
    ['people', '/people/'],
  ])('every %s entry has its page', (collection, prefix) => {
    const ids = sampleIds(collection);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids)
      expect(existsSync(path.join(distDir, prefix, id, 'index.html')), `${prefix}${id}/`).toBe(true);
  });

  it('builds the 404 page and the index pages', () => {
    for (const url of ['/', '/cases/', '/daily/', '/practices/', '/scripts/', '/people/', '/search/'])
      expect(page(url).root.querySelector('h1')).not.toBeNull();
    expect(existsSync(path.join(distDir, '404.html'))).toBe(true);
  });
});

describe('every page', () => {
  const pages = builtPages();

  it('has a title, a description, zh-CN language and noindex', () => {
    for (const built of pages) {
      const title = built.root.querySelector('title')?.text.trim();
      expect(title, built.url).toBeTruthy();
      expect(built.root.querySelector('meta[name=description]')?.getAttribute('content'), built.url).toBeTruthy();
      expect(built.root.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
      if (config.noindex)
        expect(built.root.querySelector('meta[name=robots]')?.getAttribute('content'), built.url).toContain('noindex');
    }
  });

  it('has no broken internal links', () => {
    const broken: string[] = [];
    for (const built of pages) {
      for (const anchor of built.root.querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href')!;
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const target = decodeURIComponent(href.split(/[?#]/)[0]!);
        const file = target.endsWith('/') ? path.join(distDir, target, 'index.html') : path.join(distDir, target);
        if (!existsSync(file)) broken.push(`${built.url} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('case pages', () => {
  const caseUrl = '/cases/ecommerce/presale-refund-delay/';

  it('show the case number, a fact sheet and outcome figures before the sections', () => {
    const root = page(caseUrl).root;
    expect(root.querySelector('.case-head .case-number')?.text).toContain('KF-2026-0101');
    const facts = root.querySelectorAll('.fact-sheet dt').map((node) => node.text);
    expect(facts).toEqual(
      expect.arrayContaining([
        '渠道',
        '问题分类',
        '严重程度',
        '处理状态',
        '首次响应',
        '解决时长',
        '首次接触解决',
        '满意度',
      ]),
    );
    const headings = root.querySelectorAll('.body h2').map((node) => node.text);
    expect(headings.slice(0, 6)).toEqual(['客户问题', '背景', '根因分析', '处理过程', '处理结果', '经验总结']);
  });

  it('credit authors and reviewer with links to their pages, and link to the file for editing', () => {
    const root = page(caseUrl).root;
    expect(root.querySelector('.credits a[href="/people/li-na/"]')?.text).toBe('李娜');
    expect(root.querySelector('.credits a[href="/people/zhang-min/"]')?.text).toBe('张敏');
    expect(root.querySelector('.edit-link a')?.getAttribute('href')).toBe(
      `${config.repository.url}/edit/main/content/cases/ecommerce/presale-refund-delay.mdx`,
    );
  });

  it('render GFM: tables, task lists, strikethrough, autolinks and footnotes', () => {
    const bodies = builtPages()
      .filter((built) => /^\/(cases|practices|scripts|daily)\/./.test(built.url))
      .map((built) => built.root.querySelector('.prose'));
    const all = (selector: string) => bodies.flatMap((body) => body?.querySelectorAll(selector) ?? []);
    expect(all('table th').length).toBeGreaterThan(0);
    expect(all('input[type=checkbox]').length).toBeGreaterThan(0);
    expect(all('del').length).toBeGreaterThan(0);
    expect(all('[data-footnotes] li').length).toBeGreaterThan(0);
    expect(all('a[href^="https://"]').some((anchor) => anchor.text === anchor.getAttribute('href'))).toBe(true);
  });

  it('mark Traditional-script entries with their language', () => {
    const traditional = sampleFiles.filter(
      (file) => file.collection === 'cases' && /lang: zh-(TW|HK)/.test(readFileSync(file.absolutePath, 'utf8')),
    );
    expect(traditional.length).toBeGreaterThanOrEqual(5);
    // The entry's words carry its language; the page around them is the UI's (tests/build/entry-language.test.ts).
    for (const file of traditional) {
      const root = page(`/cases/${file.id}/`).root;
      expect(root.querySelector('h1')?.getAttribute('lang')).toMatch(/^zh-(TW|HK)$/);
      expect(root.querySelector('.prose.body')?.getAttribute('lang')).toMatch(/^zh-(TW|HK)$/);
      expect(root.querySelector('main')?.getAttribute('lang')).toBeUndefined();
    }
  });

  it('label archived and draft cases', () => {
    const archived = builtPages().filter((built) => built.root.querySelector('article.case[data-confidence=archived]'));
    expect(archived.length).toBeGreaterThan(0);
    for (const built of archived) expect(built.root.querySelector('.notice.archived')?.text).toContain('已归档');
  });
});

describe('browsing and scripts', () => {
  it('lists browse facets with counts that match the pages they open', () => {
    const root = page('/cases/').root;
    const links = root.querySelectorAll('.facet-nav a');
    expect(links.length).toBeGreaterThan(20);
    for (const link of links.slice(0, 30)) {
      const count = Number(link.querySelector('.count')?.text);
      const target = page(decodeURIComponent(link.getAttribute('href')!));
      expect(target.root.querySelectorAll('.case-card').length, link.getAttribute('href')).toBe(count);
    }
  });

  it('mark placeholders in script lines and put 【】 text on the copy button', () => {
    const root = page('/scripts/solution-refund-timeline/').root;
    const line = root.querySelector('copy-line')!;
    expect(line.querySelector('mark.placeholder')).not.toBeNull();
    expect(line.getAttribute('data-text')).toMatch(/【[^】]+】/);
    expect(line.getAttribute('data-text')).not.toMatch(/[{}]/);
    expect(line.querySelector('button.copy')?.hasAttribute('disabled')).toBe(true);
  });

  it('builds a search index', () => {
    expect(existsSync(path.join(distDir, 'pagefind/pagefind.js'))).toBe(true);
  });
});
