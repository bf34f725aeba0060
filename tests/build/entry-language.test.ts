/**
 * Language per element: the UI speaks Simplified Chinese (zh-CN), a Traditional-script entry's own words are
 * marked zh-TW/zh-HK. A UI label inside a Traditional element would be drawn with Taiwanese glyph forms
 * (「客戶原话」) and centred punctuation: on every page that shows a Traditional entry, no text that is a UI
 * label may sit inside a zh-TW or zh-HK element without a lang of its own, and the entry's words stay marked.
 */
import path from 'node:path';
import { NodeType, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import type { TodayPayload } from '../../src/lib/daily/today.ts';
import { readLibrary } from '../../src/library/read.ts';
import { builtPages, page } from '../helpers/html.ts';
import { projectRoot } from '../helpers/paths.ts';

/** Every fixed string of the UI dictionary (not its templates), without a trailing colon. */
function uiLabels(value: unknown, labels = new Set<string>()): Set<string> {
  if (typeof value === 'string') labels.add(value.replace(/[：:]$/, '').trim());
  else if (Array.isArray(value)) value.forEach((item) => uiLabels(item, labels));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => uiLabels(item, labels));
  return labels;
}
const labels = uiLabels(ui);
const traditional = (lang: string | undefined) => /^zh-(TW|HK|Hant)/i.test(lang ?? '');

/** The nearest `lang` above (or on) an element. */
function langOf(element: HTMLElement): string | undefined {
  for (let node: HTMLElement | null = element; node; node = node.parentNode) {
    const lang = node.getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * Elements whose own text is a UI label, drawn in a Traditional language. An entry body's own headings (「## 背景」
 * written in the entry) are the entry's words, whatever they match.
 */
function labelsInTraditional(root: HTMLElement): string[] {
  return root
    .querySelectorAll('body *')
    .filter((element) => !['SCRIPT', 'STYLE'].includes(element.tagName) && !element.closest('.prose'))
    .filter((element) => {
      const own = element.childNodes
        .filter((node) => node.nodeType === NodeType.TEXT_NODE)
        .map((node) => node.text)
        .join('')
        .replace(/[：:]$/, '')
        .trim();
      return own !== '' && labels.has(own) && traditional(langOf(element));
    })
    .map(
      (element) => `<${element.tagName.toLowerCase()}> ${element.text.trim().slice(0, 20)}（lang=${langOf(element)}）`,
    );
}

const pagesWithTraditional = builtPages().filter(({ root }) =>
  root.querySelectorAll('[lang]').some((element) => traditional(element.getAttribute('lang'))),
);

describe('language marked per element', () => {
  it('finds the Traditional-script sample entries on their pages and in lists', () => {
    const urls = pagesWithTraditional.map(({ url }) => url);
    expect(urls).toContain('/cases/travel/wheelchair-meal-transfer-missed/');
    expect(urls).toContain('/cases/');
  });

  it('keeps every UI label out of Traditional elements, on every page that shows a Traditional entry', () => {
    const found = pagesWithTraditional.flatMap(({ url, root }) =>
      labelsInTraditional(root).map((label) => `${url} ${label}`),
    );
    expect(found).toEqual([]);
  });

  it('marks the entry’s own words Traditional (title, summary, customer words, body) on page and deck', () => {
    const casePage = page('/cases/travel/wheelchair-meal-transfer-missed/').root;
    for (const selector of ['h1', '.case-head .summary', 'blockquote.words', '.prose.body']) {
      expect(langOf(casePage.querySelector(selector)!), selector).toBe('zh-TW');
    }
    expect(langOf(casePage.querySelector('#words-title')!), 'the 「客户原话」 heading').not.toBe('zh-TW');
    const deck = builtPages().find(
      ({ url, root }) => url.endsWith('/present/') && traditional(langOf(root.querySelector('h1')!)),
    );
    expect(deck, 'a presenter deck of a Traditional case').toBeDefined();
    expect(langOf(deck!.root.querySelector('[data-step=issue] .step-body')!)).toMatch(/^zh-(TW|HK)$/);
    expect(langOf(deck!.root.querySelector('[data-step=issue] h2')!)).toBe('zh-CN');
  });

  it('gives today’s card the language of each Traditional case it may show, on /today/ and the home page', () => {
    const sources = new Map(
      readLibrary(path.join(projectRoot, 'content')).cases.map(({ file, data }) => [file.id, data]),
    );
    for (const url of ['/today/', '/']) {
      const json = page(url).root.querySelector('today-case script[type="application/json"]:not(.strings)')!;
      const payload = JSON.parse(json.text) as TodayPayload;
      const langs = Object.entries(payload.cases).map(([id, shown]) => [id, shown.lang]);
      expect(langs.filter(([, lang]) => lang).length, url).toBeGreaterThan(0);
      expect(langs, url).toEqual(
        Object.keys(payload.cases).map((id) => [
          id,
          traditional(sources.get(id)!.lang) ? sources.get(id)!.lang : undefined,
        ]),
      );
    }
  });
});
