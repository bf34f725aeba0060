/**
 * How a library splits into shards: by year, by quarter for a library whose year is more than one build holds, or by
 * team; which years each shard declares to the others' search pages, so a case number loads only its year's shards.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/library/read.ts';
import { isShardBy, planShards, shardKey } from '../../src/library/shards.ts';
import { shardBuildEnv } from '../../scripts/shards/split-library.ts';
import { projectRoot } from '../helpers/paths.ts';
import { standalone, standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

const sample = (file: string) => readFileSync(path.join(projectRoot, 'content/cases', file), 'utf8');
const occurred = (text: string, date: string) => text.replace(/^occurredOn: .*$/m, `occurredOn: ${date}`);
// 2025-04-08 (second quarter) with its daily entry, 2025-11-20 (fourth quarter), 2026-11-13 (fourth quarter).
const library = tempLibrary({
  'cases/ecommerce/presale-refund-delay.mdx': standaloneCase,
  'cases/travel/ticket-refund-25-days.mdx': standalone(sample('travel/ticket-refund-25-days.mdx')),
  'cases/travel/late-in-the-year.mdx': occurred(
    standalone(sample('travel/ticket-refund-25-days.mdx')).replace(/^caseNumber: .*$/m, 'caseNumber: KF-2025-0999'),
    '2025-11-20',
  ),
  'daily/2025/2025-06-02.mdx':
    '---\ncase: travel/ticket-refund-25-days\nhost: zhou-xiaoyu\n' +
    'questions:\n  - 你会先说哪一句？\ntakeaway: 先给日期。\n---\n',
});
afterAll(() => rmSync(library, { recursive: true, force: true }));

describe('shards by quarter', () => {
  const plans = planShards(readLibrary(library), 'quarter');

  it('puts each case in the quarter it occurred in, and its daily entry with it', () => {
    expect(plans.map((plan) => [plan.key, plan.label, plan.base, plan.cases.length, plan.daily.length])).toEqual([
      ['2025-q2', '2025 年第二季度', '/', 1, 1],
      ['2025-q4', '2025 年第四季度', '/2025-q4/', 1, 0],
      ['2026-q4', '2026 年第四季度', '/2026-q4/', 1, 0],
    ]);
  });

  it('names the quarter of the first and last day of each', () => {
    const key = (occurredOn: string) => shardKey('quarter', { occurredOn, team: 'x' });
    expect(['2025-01-01', '2025-03-31', '2025-04-01', '2025-09-30', '2025-10-01', '2025-12-31'].map(key)).toEqual([
      '2025-q1',
      '2025-q1',
      '2025-q2',
      '2025-q3',
      '2025-q4',
      '2025-q4',
    ]);
  });

  it('declares each other shard’s year, so a case number of 2025 loads both 2025 quarters and not 2026', () => {
    const env = shardBuildEnv(plans[2]!, plans, 'library-wide.json');
    expect(JSON.parse(env.CASEBOOK_SEARCH_SHARDS!)).toEqual([
      { label: '2025 年第二季度', bundleUrl: '/pagefind/', years: ['2025'] },
      { label: '2025 年第四季度', bundleUrl: '/2025-q4/pagefind/', years: ['2025'] },
    ]);
  });
});

describe('what a library is split by', () => {
  it('accepts year, quarter and team, and nothing else', () => {
    expect(['year', 'quarter', 'team', 'month', undefined].map(isShardBy)).toEqual([true, true, true, false, false]);
  });

  it('declares no years for shards by team, so every search loads them all', () => {
    const plans = planShards(readLibrary(library), 'team');
    const env = shardBuildEnv(plans[0]!, plans, 'library-wide.json');
    for (const shard of JSON.parse(env.CASEBOOK_SEARCH_SHARDS!)) expect(shard).not.toHaveProperty('years');
  });
});
