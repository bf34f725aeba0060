/**
 * Every piece of UI copy, including what the browser scripts show (search, today, finder, presenter), read from
 * the one dictionary: no English, apart from `backticked` code and keys and the few names the trade uses.
 */
import { describe, expect, it } from 'vitest';
import { fill, pick } from '../../src/i18n/copy.ts';
import { ui } from '../../src/i18n/ui.ts';
import { ALLOWED_WORDS, latinWords } from '../helpers/latin-words.ts';

/** Every string of the dictionary with its path; functions are called with sample values. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value === 'function') {
    // Sample arguments: a date-like string, a number or a list, whichever the function formats.
    const call = (sample: unknown) =>
      (value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => sample));
    for (const sample of [3, '2026-12-08', ['退款', '延误']]) {
      try {
        return strings(call(sample), at);
      } catch {
        // the next kind of sample
      }
    }
    throw new Error(`${at}: no sample argument fits`);
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${at}.${key}`));
  return [];
}

describe('UI copy', () => {
  it('has no English outside code, keys and the allowed names', () => {
    const leaks = strings(ui, 'ui')
      .map(([at, text]) => [at, latinWords(text.replace(/`[^`]*`|\{\w+\}/g, ' '), ALLOWED_WORDS)] as const)
      .filter(([, words]) => words.length > 0);
    expect(Object.fromEntries(leaks)).toEqual({});
  });
});

describe('copy passed to client scripts', () => {
  it('fills a template with what the agent typed, as typed', () => {
    expect(fill(ui.search.meaningStatus, { query: '退款 $& $1', count: 3 })).toBe(
      '没有找到包含「退款 $& $1」的内容，下面是 3 条意思相近的结果',
    );
    expect(fill(ui.present.stepOf, { current: 2, total: 9 })).toBe('2 / 9');
  });

  it('picks only the entries a script shows', () => {
    expect(pick(ui.present, ['continued', 'stepOf'])).toEqual({ continued: '（续）', stepOf: '{current} / {total}' });
  });
});
