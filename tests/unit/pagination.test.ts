import { describe, expect, it } from 'vitest';
import { dailyArchive } from '../../src/lib/daily/daily.ts';
import { pageHref, pageWindow, paginate } from '../../src/lib/site/pagination.ts';

describe('pagination', () => {
  it('splits a list into numbered pages that together hold every item once, in order', () => {
    const items = Array.from({ length: 205 }, (_, index) => index);
    const pages = paginate(items, 100);
    expect(pages.map((slice) => [slice.number, slice.count, slice.items.length])).toEqual([
      [1, 3, 100],
      [2, 3, 100],
      [3, 3, 5],
    ]);
    expect(pages.flatMap((slice) => slice.items)).toEqual(items);
  });

  it('gives an empty list one empty page, so its first page still exists', () => {
    expect(paginate([], 40)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('links page 1 to the list itself and later pages below it', () => {
    const hrefOf = pageHref('/people/li-na/cases/');
    expect([1, 2, 12].map(hrefOf)).toEqual([
      '/people/li-na/cases/',
      '/people/li-na/cases/2/',
      '/people/li-na/cases/12/',
    ]);
  });

  it('shows the first, the last and two either side of the current page', () => {
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});

describe('daily archive months', () => {
  const dates = ['2026-09-30', '2026-11-02', '2026-12-31', '2027-01-05'];

  it('has every month from the latest entry back to the first, empty months included', () => {
    expect(dailyArchive(dates, '2026-11-28').months).toEqual(['2027-01', '2026-12', '2026-11', '2026-10', '2026-09']);
  });

  it('opens on the month of today', () => {
    expect(dailyArchive(dates, '2026-11-28').current).toBe('2026-11');
    expect(dailyArchive(dates, '2026-10-15').current).toBe('2026-10');
  });

  it('opens on the nearest month with entries when today is outside them', () => {
    expect(dailyArchive(dates, '2027-06-01').current).toBe('2027-01');
    expect(dailyArchive(dates, '2025-01-01').current).toBe('2026-09');
  });

  it('is this month alone when nothing is scheduled yet', () => {
    expect(dailyArchive([], '2026-11-28')).toEqual({ months: ['2026-11'], current: '2026-11' });
  });
});
