import { describe, expect, it } from 'vitest';
import { addDays, calendarDateIn, daysBetween, formatDateZh, isRealIsoDate } from '../../src/lib/daily/dates.ts';
import { copyText, exampleText, splitPlaceholders } from '../../src/lib/text/placeholders.ts';
import { contributionsOf } from '../../src/lib/people/contributions.ts';
import { dailyEntryFor } from '../../src/lib/daily/daily.ts';
import { channels, failureGroups, failureTypes, labelOf } from '../../src/lib/cases/taxonomy.ts';

describe('dates', () => {
  it('knows which dates exist', () => {
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(isRealIsoDate('2026-1-01')).toBe(false);
  });
  it('decides the calendar date in the team timezone, not the machine one', () => {
    // 16:30 UTC on 27 November is already 28 November in Shanghai.
    expect(calendarDateIn('Asia/Shanghai', new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-28');
    expect(calendarDateIn('UTC', new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-27');
  });
  it('does calendar arithmetic across months and formats for readers', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(daysBetween('2026-11-01', '2026-12-01')).toBe(30);
    expect(formatDateZh('2026-11-03')).toBe('2026年11月3日');
  });
});

describe('daily selection', () => {
  const entries = [{ id: '2026-11-20' }, { id: '2026-11-22' }, { id: '2026-11-25' }];
  it('finds the entry for a date', () => {
    expect(dailyEntryFor('2026-11-22', entries)?.id).toBe('2026-11-22');
    expect(dailyEntryFor('2026-11-23', entries)).toBeUndefined();
  });
});

describe('script placeholders', () => {
  const line = '{称呼}您好，订单{订单号}的退款已提交。';
  it('splits a line into text and placeholders', () => {
    expect(splitPlaceholders(line)).toEqual([
      { kind: 'placeholder', name: '称呼' },
      { kind: 'text', text: '您好，订单' },
      { kind: 'placeholder', name: '订单号' },
      { kind: 'text', text: '的退款已提交。' },
    ]);
  });
  it('copies placeholders as 【name】 so the agent sees what to replace', () => {
    expect(copyText(line)).toBe('【称呼】您好，订单【订单号】的退款已提交。');
    expect(exampleText(line, new Map([['称呼', '王先生']]))).toBe('王先生您好，订单{订单号}的退款已提交。');
  });
});

describe('taxonomy labels', () => {
  it('shows a stored value by its Chinese label, and an unknown one as written instead of breaking the page', () => {
    expect(labelOf(failureTypes, 'slow')).toBe('不合理的服务延误');
    expect(labelOf(failureGroups, failureTypes.drunkenness.group)).toBe('问题顾客');
    expect(labelOf(channels, 'fax')).toBe('fax');
    expect(labelOf(channels, 'constructor')).toBe('constructor');
  });
});

describe('contributions', () => {
  it('credits authors, reviewers, commenters and hosts', () => {
    const library = {
      cases: [
        { id: 'a', data: { authors: ['li'], reviewer: 'zhang', reviewComments: [] } },
        { id: 'b', data: { authors: ['zhang', 'li'], reviewer: undefined, reviewComments: [{ by: 'wang' }] } },
      ],
      practices: [{ id: 'p', data: { authors: ['li'] } }],
      scripts: [],
      daily: [{ id: '2026-11-20', data: { host: 'zhang', case: 'a' } }],
    };
    const li = contributionsOf('li', library);
    expect(li).toMatchObject({
      cases: ['a', 'b'],
      practices: ['p'],
      reviewed: [],
      casesPickedForDaily: ['2026-11-20'],
      total: 3,
    });
    expect(contributionsOf('zhang', library)).toMatchObject({ cases: ['b'], reviewed: ['a'], hosted: ['2026-11-20'] });
    expect(contributionsOf('wang', library).reviewed).toEqual(['b']);
  });
});
