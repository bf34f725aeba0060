import { describe, expect, it } from 'vitest';
import { casesDueForReview, reviewState } from '../../src/lib/cases/review.ts';
import { rankContributors } from '../../src/lib/people/contributions.ts';

describe('review state', () => {
  const today = '2026-11-28';
  it('is current up to the maximum age and stale one day later', () => {
    expect(reviewState({ reviewedOn: '2025-11-28', confidence: 'validated' }, today, 365)).toEqual({
      due: false,
      reason: 'current',
      ageDays: 365,
    });
    expect(reviewState({ reviewedOn: '2025-11-27', confidence: 'validated' }, today, 365)).toEqual({
      due: true,
      reason: 'stale',
      ageDays: 366,
    });
  });
  it('is due when never reviewed, and never due for an archived case', () => {
    expect(reviewState({ confidence: 'draft' }, today, 365)).toEqual({ due: true, reason: 'never' });
    expect(reviewState({ reviewedOn: '2020-01-01', confidence: 'archived' }, today, 365)).toEqual({
      due: false,
      reason: 'archived',
    });
    expect(reviewState({ confidence: 'archived' }, today, 365)).toEqual({ due: false, reason: 'archived' });
  });
  it('depends on the injected date, not the clock', () => {
    const data = { reviewedOn: '2026-01-01', confidence: 'validated' };
    expect(reviewState(data, '2026-12-31', 365).due).toBe(false);
    expect(reviewState(data, '2027-01-02', 365).due).toBe(true);
  });
});

describe('cases due for review', () => {
  const entry = (id: string, occurredOn: string, reviewedOn?: string, confidence = 'validated') => ({
    id,
    data: { occurredOn, reviewedOn, confidence },
  });
  const entries = [
    entry('fresh', '2026-10-01', '2026-10-05'),
    entry('stale-newer', '2024-06-01', '2025-06-01'),
    entry('stale-older', '2024-01-01', '2024-02-01'),
    entry('never-newer', '2026-11-20', undefined, 'draft'),
    entry('never-older', '2026-03-01', undefined, 'draft'),
    entry('archived', '2023-01-01', '2023-02-01', 'archived'),
  ];
  it('lists stale reviews and never-reviewed cases, each oldest first', () => {
    const due = casesDueForReview(entries, '2026-11-28', 365);
    expect(due.stale.map((item) => [item.entry.id, item.ageDays])).toEqual([
      ['stale-older', 1031],
      ['stale-newer', 545],
    ]);
    expect(due.never.map((item) => item.entry.id)).toEqual(['never-older', 'never-newer']);
  });
  it('follows the configured age', () => {
    expect(casesDueForReview(entries, '2026-11-28', 2000).stale).toEqual([]);
    expect(casesDueForReview(entries, '2026-11-28', 30).stale.map((item) => item.entry.id)).toEqual([
      'stale-older',
      'stale-newer',
      'fresh',
    ]);
  });
});

describe('contributors board', () => {
  const person = (id: string, name: string) => ({ id, data: { name } });
  const library = {
    cases: [
      { id: 'a', data: { authors: ['wang'], reviewer: 'li', reviewComments: [] } },
      { id: 'b', data: { authors: ['wang', 'zhao'], reviewer: undefined, reviewComments: [{ by: 'li' }] } },
      { id: 'c', data: { authors: ['zhao'], reviewer: undefined, reviewComments: [] } },
    ],
    practices: [{ id: 'p', data: { authors: ['li'] } }],
    scripts: [],
    daily: [
      { id: '2026-11-01', data: { host: 'li', case: 'c' } },
      { id: '2026-11-02', data: { host: 'li', case: 'a' } },
      { id: '2026-11-03', data: { host: 'li', case: 'c' } },
    ],
  };
  it('ranks by contributions, then by how often their cases were picked for the morning meeting', () => {
    const board = rankContributors(
      [person('zhao', '赵婷'), person('li', '李娜'), person('wang', '王磊'), person('idle', '孙浩')],
      library,
    );
    // 李娜: 1 practice + 2 reviews = 3. 王磊 and 赵婷 wrote two cases each; 赵婷's case c was picked twice,
    // 王磊's case a once, so 赵婷 ranks first although 王 sorts before 赵 by name.
    expect(
      board.map((item) => [item.person.id, item.contributions.total, item.contributions.casesPickedForDaily.length]),
    ).toEqual([
      ['li', 3, 0],
      ['zhao', 2, 2],
      ['wang', 2, 1],
      ['idle', 0, 0],
    ]);
    expect(board[1]!.contributions.casesPickedForDaily).toEqual(['2026-11-01', '2026-11-03']);
  });
});
