import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  entryKinds,
  entryTemplate,
  lexiconGroupTemplate,
  nextCaseNumber,
  TODO_MARK,
  type EntryKind,
  type EntryValues,
} from '../../src/lib/cases/entry-templates.ts';
import { searchablePhrase, phraseMatcher } from '../../src/lib/text/avoid-phrases.ts';
import { caseSections } from '../../src/lib/cases/taxonomy.ts';
import { fieldCatalogue } from '../../src/schemas/catalogue.ts';

const frontmatterOf = (text: string) =>
  load(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
const template = (kind: EntryKind, values: EntryValues = {}) => entryTemplate(kind, fieldCatalogue, values);
const caseTemplate = (values: EntryValues = {}) => template('case', values);

describe('entry templates', () => {
  it.each(['case', 'daily', 'practice', 'script'] as const)(
    'a new %s has every required field of its schema, in the schema’s order',
    (kind) => {
      const fields = fieldCatalogue[entryKinds[kind].collection];
      const data = frontmatterOf(template(kind));
      const required = fields.filter((field) => field.required).map((field) => field.key);
      expect(required.length).toBeGreaterThan(2);
      expect(Object.keys(data).filter((key) => required.includes(key))).toEqual(required);
      for (const group of fields.filter((field) => field.required && field.fields)) {
        const value = data[group.key];
        const written = Object.keys((Array.isArray(value) ? value[0] : value) as object);
        expect(written, group.key).toEqual(
          expect.arrayContaining(group.fields!.filter((field) => field.required).map((field) => field.key)),
        );
      }
    },
  );

  it('a case leaves unknown values as TODO and has the six sections in order', () => {
    const text = caseTemplate();
    const data = frontmatterOf(text);
    expect(String(data.title)).toMatch(/^TODO：/);
    expect(data.confidence).toBe('draft');
    const headings = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(caseSections.map((section) => section.zh));
    expect(text.split(TODO_MARK).length - 1).toBeGreaterThan(20);
  });

  it('fills in what is known and writes Traditional section headings for zh-TW', () => {
    const known = {
      caseNumber: 'KF-2026-0046',
      title: '預售尾款退款超時',
      lang: 'zh-TW',
      channel: 'chat',
      severity: 3,
      authors: ['li-na'],
    } as const;
    const text = caseTemplate(known);
    const data = frontmatterOf(text);
    expect(data).toMatchObject(known);
    expect([...text.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual(
      caseSections.map((section) => section.hant),
    );
    expect(frontmatterOf(caseTemplate({ lang: 'zh-CN' }))).not.toHaveProperty('lang');
  });

  it('asks for the journey stage, and leaves it out for an industry without a journey', () => {
    expect(String(frontmatterOf(caseTemplate()).journeyStage)).toMatch(/^TODO：客户旅程阶段/);
    expect(frontmatterOf(caseTemplate({ journeyStage: '签收验货' })).journeyStage).toBe('签收验货');
    expect(frontmatterOf(caseTemplate({ journeyStage: null }))).not.toHaveProperty('journeyStage');
  });

  it('quotes values YAML would misread, so they come back as the same text', () => {
    for (const title of ['注意: 冒号后有空格', '12315 投诉', '#话题', 'yes', '- 列表开头', '价格 100 # 不是注释']) {
      expect(frontmatterOf(caseTemplate({ title })).title).toBe(title);
    }
  });

  it('daily, practice and script templates carry their own fields', () => {
    expect(frontmatterOf(template('daily', { case: 'ecommerce/x', host: 'li-na' }))).toMatchObject({
      case: 'ecommerce/x',
      host: 'li-na',
    });
    expect(frontmatterOf(template('practice', { publishedOn: '2026-11-28' }))).toMatchObject({
      publishedOn: '2026-11-28',
      servqual: [],
    });
    const script = frontmatterOf(template('script', { stage: 'empathy', channels: ['phone', 'chat'] }));
    expect(script).toMatchObject({
      stage: 'empathy',
      channels: ['phone', 'chat'],
      placeholders: [{ name: '称呼', example: '王先生' }],
    });
    expect(script.lines).toEqual([{ text: 'TODO：第一句话术，可以用 {称呼} 这样的占位符' }]);
  });

  it('a lexicon file starts with a domain title and one group; a group alone can be appended to a domain file', () => {
    expect(load(template('lexicon'))).toEqual({
      title: 'TODO：领域名称，如 退款与支付',
      groups: [{ words: ['TODO：案例库的叫法', 'TODO：客户或客服的说法'], role: 'problem' }],
    });
    expect(load(template('lexicon', { title: '通信', words: ['漫游', '境外流量', 'a,b'] }))).toEqual({
      title: '通信',
      groups: [{ words: ['漫游', '境外流量', 'a,b'], role: 'problem' }],
    });
    const file =
      `${template('lexicon', { title: '通信', words: ['漫游', '国际漫游'] })}` +
      `${lexiconGroupTemplate({ words: ['宽带', '寬頻'] })}`;
    expect(load(file)).toEqual({
      title: '通信',
      groups: [
        { words: ['漫游', '国际漫游'], role: 'problem' },
        { words: ['宽带', '寬頻'], role: 'problem' },
      ],
    });
  });
});

describe('next case number', () => {
  it('is one more than the highest of the year, with four digits', () => {
    expect(nextCaseNumber(['KF-2026-0001', 'KF-2026-0045', 'KF-2025-0300'], '2026', 'KF')).toBe('KF-2026-0046');
    expect(nextCaseNumber(['KF-2025-0300'], '2026', 'KF')).toBe('KF-2026-0001');
  });

  it('goes on to five digits once a year has used 9999 numbers', () => {
    expect(nextCaseNumber(['KF-2026-9999', 'KF-2026-0045'], '2026', 'KF')).toBe('KF-2026-10000');
    expect(nextCaseNumber(['KF-2026-10000', 'KF-2026-9999'], '2026', 'KF')).toBe('KF-2026-10001');
  });
});

describe('banned phrases', () => {
  it('drops bracketed notes and trailing punctuation, and skips phrases too short to search', () => {
    expect(searchablePhrase('照片不清楚，重拍（没有说明要求）')).toBe('照片不清楚，重拍');
    expect(searchablePhrase('你是不是自己刷了忘记了？')).toBe('你是不是自己刷了忘记了');
    expect(searchablePhrase('（不提醒、不说明就直接挂断）')).toBeUndefined();
    expect(searchablePhrase('喂？')).toBeUndefined();
  });

  it('finds every phrase in one pass, the longest where one contains another', () => {
    const find = phraseMatcher([
      { text: '再等等', better: 'a', script: 's1' },
      { text: '您耐心再等等吧', better: 'b', script: 's2' },
      { text: '规定就是这样', better: 'c', script: 's3' },
    ]);
    expect(
      find('我说：您耐心再等等吧。后来又说规定就是这样，让他再等等。').map((hit) => [hit.index, hit.phrase.script]),
    ).toEqual([
      [3, 's2'],
      [15, 's3'],
      [24, 's1'],
    ]);
  });
});
