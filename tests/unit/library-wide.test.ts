/**
 * The library-wide step of a sharded build: what it records of the whole library, the links it gives one shard into
 * the others, and the refusal of an input that does not describe the content.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryLinks, shardServedAt } from '../../src/lib/library-wide/index.ts';
import { paths, pathsUnder } from '../../src/lib/site/urls.ts';
import { checkLibraryWide, computeLibraryWide, writeLibraryWide } from '../../src/library/library-wide.ts';
import { readLibraryWide, readLibraryWideHead } from '../../src/library/library-wide-input.ts';
import { lexiconGroups, readLibrary } from '../../src/library/read.ts';
import { librarySimilarity } from '../../src/lib/similar/build.ts';
import { config } from '../../src/config.ts';
import { projectRoot } from '../helpers/paths.ts';
import { sampleCase, standalone, tempLibrary } from '../helpers/temp-library.ts';

const caseFile = (id: string) => readFileSync(path.join(projectRoot, 'content/cases', `${id}.mdx`), 'utf8');
const daily = (caseId: string) =>
  `---\ncase: ${caseId}\nhost: zhou-xiaoyu\n` +
  'questions:\n  - 你会先说哪一句？\ntakeaway: 先给客户一个确定的日期。\n---\n';

// 2026: the presale-refund case (with a daily entry); 2025: a ticket refund whose related case is the 2026 one.
const library = tempLibrary({
  'cases/ecommerce/presale-refund-delay.mdx': standalone(sampleCase),
  'cases/travel/ticket-refund-25-days.mdx': standalone(caseFile('travel/ticket-refund-25-days')).replace(
    /^relatedCases: \[\]$/m,
    'relatedCases: [ecommerce/presale-refund-delay]',
  ),
  'daily/2026/2026-11-16.mdx': daily('ecommerce/presale-refund-delay'),
  'daily/2025/2025-06-02.mdx': daily('travel/ticket-refund-25-days'),
});
afterAll(() => rmSync(library, { recursive: true, force: true }));

// Written and read back, as a shard build reads it.
const file = path.join(tmpdir(), `library-wide-${process.pid}.json`);
writeLibraryWide(file, computeLibraryWide(library, { by: 'year' }));
const wide = readLibraryWide(file);
afterAll(() => rmSync(file, { force: true }));

describe('the library-wide step', () => {
  it('starts with a head naming the shards and every case id, read without the rest of the file', () => {
    const head = readLibraryWideHead(file);
    expect(head).toEqual({
      version: wide.version,
      contentHash: wide.contentHash,
      shards: wide.shards,
      caseIds: wide.cases.map(({ id }) => id),
    });
    expect(readFileSync(file, 'utf8').split('\n', 1)[0]!.length).toBeLessThan(readFileSync(file).length / 2);
  });

  it('describes every case and daily entry of the library, each with its shard', () => {
    expect(wide.shards.map(({ label, base }) => `${label} ${base}`)).toEqual(['2026 年 /', '2025 年 /2025/']);
    const shardOf = (id: string) => wide.shards[wide.cases.find((entry) => entry.id === id)!.shard]!.key;
    expect(wide.cases.map((entry) => entry.id)).toEqual([
      'ecommerce/presale-refund-delay',
      'travel/ticket-refund-25-days',
    ]);
    expect(shardOf('travel/ticket-refund-25-days')).toBe('2025');
    expect(wide.daily.map((entry) => [entry.id, wide.shards[entry.shard]!.key])).toEqual([
      ['2026-11-16', '2026'],
      ['2025-06-02', '2025'],
    ]);
    expect(wide.cases[1]!.data.relatedCases).toEqual(['ecommerce/presale-refund-delay']);
  });

  it('finds each case similar to the other across the shards, and indexes both for the finder', () => {
    const similar = new Map(wide.similarity.similar);
    expect(similar.get('travel/ticket-refund-25-days')!.map((match) => match.id)).toEqual([
      'ecommerce/presale-refund-delay',
    ]);
    expect(wide.similarity.index.ids.sort()).toEqual([
      'ecommerce/presale-refund-delay',
      'travel/ticket-refund-25-days',
    ]);
  });

  it('refuses a library with an entry that does not pass the check, naming it, rather than leave it out', () => {
    const broken = tempLibrary({
      'cases/ecommerce/presale-refund-delay.mdx': standalone(sampleCase).replace(/^severity: \d$/m, 'severity: 9'),
    });
    expect(() => computeLibraryWide(broken, { by: 'year' })).toThrow(
      /^库级数据无法生成：1 个文件没有通过检查（.*cases\/ecommerce\/presale-refund-delay\.mdx）。请运行 npm run check/,
    );
    rmSync(broken, { recursive: true, force: true });
  });

  it('writes the same similar cases, words and finder index as a build of the whole library computes', () => {
    const { lexicon, cases } = readLibrary(library);
    const whole = librarySimilarity(
      wide.cases.map(({ id }) => ({ id, data: cases.find((entry) => entry.file.id === id)!.data })),
      config.categories,
      lexiconGroups(lexicon),
    );
    expect(wide.similarity).toEqual(
      JSON.parse(JSON.stringify({ ...whole, similar: [...whole.similar], words: [...whole.words] })),
    );
  });
});

describe('a shard build handed the input', () => {
  const links = libraryLinks(wide, '/2025/', pathsUnder('/2025/'));

  it('links its own entries below its own path and the other shard’s below that shard’s', () => {
    expect(links.case('travel/ticket-refund-25-days')).toBe('/2025/cases/travel/ticket-refund-25-days/');
    expect(links.case('ecommerce/presale-refund-delay')).toBe('/cases/ecommerce/presale-refund-delay/');
    expect(links.dailyPresent('2026-11-16')).toBe('/daily/2026-11-16/present/');
    expect(links.caseShard('travel/ticket-refund-25-days')).toBeUndefined();
    expect(libraryLinks(wide, '/', paths).caseShard('travel/ticket-refund-25-days')).toBe('/2025/');
  });

  it('links the shared pages at the home shard’s path when it does not render them, its own below its own', () => {
    const shard = pathsUnder('/2025/', '/');
    expect([shard.practice('p'), shard.script('s'), shard.person('li-na'), shard.browse('tag', '退款')]).toEqual([
      '/practices/p/',
      '/scripts/s/',
      '/people/li-na/',
      `/browse/tag/${encodeURIComponent('退款')}/`,
    ]);
    expect([shard.cases(), shard.journeyStage('ecommerce', '签收'), shard.reviewList('stale')]).toEqual([
      '/cases/',
      `/journeys/ecommerce/${encodeURIComponent('签收')}/`,
      '/review/stale/',
    ]);
    expect([shard.home(), shard.case('a/b'), shard.dailyMonth('2025-06'), shard.dailyFeed(), shard.search()]).toEqual([
      '/2025/',
      '/2025/cases/a/b/',
      '/2025/daily/2025/06/',
      '/2025/daily/rss.xml',
      '/2025/search/',
    ]);
    expect(pathsUnder('/2025/').practice('p')).toBe('/2025/practices/p/');
  });

  it('accepts an input made from its content, and names the file when the content changed since', () => {
    const shardRoot = tempLibrary({
      'cases/travel/ticket-refund-25-days.mdx': readFileSync(
        path.join(library, 'cases/travel/ticket-refund-25-days.mdx'),
        'utf8',
      ),
      'daily/2025/2025-06-02.mdx': daily('travel/ticket-refund-25-days'),
    });
    expect(checkLibraryWide('/tmp/wide.json', wide, shardRoot, '/2025/')).toBeUndefined();
    const edited = path.join(shardRoot, 'cases/travel/ticket-refund-25-days.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('title:', 'title: 改'));
    expect(checkLibraryWide('/tmp/wide.json', wide, shardRoot, '/2025/')).toMatch(
      /^库级数据 \/tmp\/wide\.json 与内容目录 .* 不一致.*分库「2025 年」的内容已改动.*npm run build:library-wide/,
    );
    rmSync(shardRoot, { recursive: true, force: true });
  });

  it('refuses an input without its shard, or of another format version', () => {
    expect(shardServedAt(wide.shards, '/2024')).toEqual({
      problem: '没有在 /2024/ 提供的分库（其中有：2026 年 /、2025 年 /2025/）',
    });
    const file = path.join(tmpdir(), `library-wide-old-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ ...wide, version: 0 }));
    expect(() => readLibraryWide(file)).toThrow(/格式版本是 0，本版本需要 2.*npm run build:library-wide/);
    expect(() => readLibraryWideHead(file)).toThrow(/格式版本是 0，本版本需要 2.*npm run build:library-wide/);
    rmSync(file);
    expect(() => readLibraryWide(file)).toThrow(/文件不存在/);
    expect(() => readLibraryWideHead(file)).toThrow(/文件不存在/);
  });
});
