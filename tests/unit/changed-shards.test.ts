/**
 * Which shards a pull request rebuilds: the shard of each case or daily entry it adds or edits; every shard when it
 * deletes, renames or moves an entry to another shard (another shard's entry may link to it), or touches what every
 * shard copies or runs.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedShards, parseNameStatus } from '../../src/library/changed-shards.ts';
import { readLibrary } from '../../src/library/read.ts';
import { planShards } from '../../src/library/shards.ts';
import { projectRoot } from '../helpers/paths.ts';
import { standalone, standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

const in2025 = standalone(
  readFileSync(path.join(projectRoot, 'content/cases/travel/ticket-refund-25-days.mdx'), 'utf8'),
);
const daily =
  '---\ncase: travel/ticket-refund-25-days\nhost: zhou-xiaoyu\n' +
  'questions:\n  - 你会先说哪一句？\ntakeaway: 先给日期。\n---\n';
// 2025 (the larger, so home, at /): the ticket refund and its daily entry; 2026: the presale-refund case.
const library = tempLibrary({
  'cases/ecommerce/presale-refund-delay.mdx': standaloneCase,
  'cases/travel/ticket-refund-25-days.mdx': in2025,
  'daily/2025/2025-06-02.mdx': daily,
});
afterAll(() => rmSync(library, { recursive: true, force: true }));
const plans = planShards(readLibrary(library), 'year');

/** The shards rebuilt for a `git diff --name-status` of the repository, whose content folder is `content/`. */
const rebuilt = (diff: string) => changedShards(parseNameStatus(diff), plans, 'content', library).keys;

describe('shards a pull request rebuilds', () => {
  it('has the two shards this library needs', () => {
    expect(plans.map((plan) => `${plan.key} ${plan.base}`)).toEqual(['2025 /', '2026 /2026/']);
  });

  it('rebuilds only the shard of an edited or added case or daily entry', () => {
    expect(rebuilt('M\tcontent/cases/travel/ticket-refund-25-days.mdx')).toEqual(['2025']);
    expect(rebuilt('A\tcontent/daily/2025/2025-06-02.mdx')).toEqual(['2025']);
    expect(rebuilt('M\tcontent/cases/ecommerce/presale-refund-delay.mdx\nM\tdocs/scaling.md')).toEqual(['2026']);
  });

  it('rebuilds nothing for a change to the documentation alone', () => {
    expect(rebuilt('M\tdocs/scaling.md\nM\tREADME.md')).toEqual([]);
  });

  it('rebuilds every shard when an entry others may link to is deleted, renamed or moved to another year', () => {
    expect(rebuilt('D\tcontent/cases/travel/old-case.mdx')).toEqual(['2025', '2026']);
    expect(
      rebuilt('R091\tcontent/cases/travel/ticket-refund.mdx\tcontent/cases/travel/ticket-refund-25-days.mdx'),
    ).toEqual(['2025', '2026']);
    const moved = changedShards(
      [{ status: 'M', path: 'content/cases/travel/ticket-refund-25-days.mdx', previousKey: '2024' }],
      plans,
      'content',
      library,
    );
    expect(moved.keys).toEqual(['2025', '2026']);
    expect(moved.reasons.get('2026')).toBe(
      'content/cases/travel/ticket-refund-25-days.mdx 换了分库（原在 2024，其他分库可能链接到它）',
    );
  });

  it('rebuilds every shard for shared material, code or settings', () => {
    expect(rebuilt('M\tcontent/practices/refund-journey-moments-of-truth.mdx')).toEqual(['2025', '2026']);
    expect(rebuilt('M\tsrc/pages/index.astro')).toEqual(['2025', '2026']);
    expect(rebuilt('M\tcasebook.config.json')).toEqual(['2025', '2026']);
  });

  it('rebuilds every shard for an entry in no shard, so the library-wide step names it', () => {
    expect(rebuilt('A\tcontent/cases/travel/broken.mdx')).toEqual(['2025', '2026']);
  });
});
