/** `npm run new` with flags (`--yes`): the file it writes, the duplicates it points out, what it refuses. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldCatalogue } from '../../src/schemas/catalogue.ts';
import { validateLibrary } from '../../src/validation/validate.ts';
import { projectRoot } from '../helpers/paths.ts';

const copies: string[] = [];
afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

/** A copy of the sample library, so similar cases and the next case number come from real content. */
function sampleCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'casebook-new-'));
  cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
  copies.push(root);
  return root;
}

function runNew(root: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/new.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CASEBOOK_CONTENT: root },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const errorsIn = (root: string, file: string) =>
  validateLibrary({ root, only: [file], today: '2026-11-28' }).problems.map(
    (problem) => `${problem.field} ${problem.message}`,
  );

/**
 * What a contributor writes in place of each placeholder, by field name, where this case needs its own value; any
 * other field gets its example from the field catalogue (the first value of a list), so a new field needs no entry.
 */
const answers: Record<string, string> = {
  summary: '尾款五天未到账，专人跟进后到账。',
  occurredOn: '2026-11-20',
  journeyStage: '退款到账',
  rootCause: '尾款退款依赖支付渠道对账。',
  firstResponseMinutes: '2',
  resolutionHours: '52',
  firstContactResolution: 'false',
  satisfaction: '4',
  questions: '换作你，第一句话会怎么说？',
  takeaway: '先查明细，再给时间。',
  title: '退款进度说明',
  scenario: '客户询问退款进度时。',
  text: '您好，我来帮您查一下退款进度。',
  phrase: '您再等等吧',
  better: '我现在就帮您查到账时间。',
};

const exampleOf = (key: string) =>
  Object.values(fieldCatalogue)
    .flat()
    .find((field) => field.key === key)
    ?.example?.replace(/^\[([^,\]]*).*\]$/, '$1');

/** Replaces every `TODO：…` the way a contributor would: field values from `answers`, paragraphs with a sentence. */
function fillIn(text: string): string {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  let key = '';
  const fields = frontmatter.split('\n').map((line) => {
    key = /^\s*(?:- )?(\w+):/.exec(line)?.[1] ?? key;
    return line.replace(/TODO：.*/, answers[key] ?? exampleOf(key) ?? 'missing answer');
  });
  const paragraphs = body.replace(/^## TODO：.*$/gm, '## 做法').replace(/TODO：.*/g, '已按实际情况填写。');
  return `---\n${fields.join('\n')}\n---\n${paragraphs}`;
}

// Each test starts the command a few times (about a second each on a busy machine).
describe('npm run new', { timeout: 60_000 }, () => {
  it('writes a well-named case, lists the most similar one, and leaves TODOs the check reports until filled', () => {
    const root = sampleCopy();
    const { status, output } = runNew(root, [
      'case',
      '--title',
      '大促预售尾款退款一直没到账',
      '--customer-words',
      '钱怎么还没退回来？',
      '--industry',
      'ecommerce',
      '--slug',
      'presale-balance-late',
      '--channel',
      'chat',
      '--yes',
    ]);
    expect(status).toBe(0);
    expect(output).toMatch(/可能重复的已有案例[\s\S]*%\s+KF-2026-0101\s+大促预售尾款退款超时/);
    const file = path.join(root, 'cases/ecommerce/presale-balance-late.mdx');
    expect(output).toContain(`已创建 cases/ecommerce/presale-balance-late.mdx（案例编号 KF-2026-`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\ncaseNumber: KF-2026-\d{4}\ntitle: 大促预售尾款退款一直没到账\n/);
    expect(text).toContain('channel: chat');

    const before = errorsIn(root, file);
    expect(before.length).toBeGreaterThan(10);
    expect(before.every((problem) => /还没有填写|还有没写完的模板提示/.test(problem))).toBe(true);
    expect(before).toContainEqual(expect.stringMatching(/^team 还没有填写/));

    writeFileSync(file, fillIn(text));
    expect(errorsIn(root, file)).toEqual([]);
  });

  it('writes the stage given, refuses one the industry’s journey lacks, leaves it out with no journey', () => {
    const root = sampleCopy();
    expect(
      runNew(root, [
        'case',
        '--industry',
        'ecommerce',
        '--slug',
        'parcel-damaged',
        '--journey-stage',
        '签收验货',
        '--yes',
      ]).status,
    ).toBe(0);
    expect(readFileSync(path.join(root, 'cases/ecommerce/parcel-damaged.mdx'), 'utf8')).toContain(
      '\njourneyStage: 签收验货\n',
    );
    const unknown = runNew(root, [
      'case',
      '--industry',
      'ecommerce',
      '--slug',
      'x',
      '--journey-stage',
      '值机登机',
      '--yes',
    ]);
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain(
      '--journey-stage 值机登机：「值机登机」不在可选值中：' +
        '浏览咨询、下单支付、发货配送、签收验货、售后退换、退款到账、回访',
    );
    expect(runNew(root, ['case', '--industry', 'insurance', '--slug', 'claim-late', '--yes']).status).toBe(0);
    expect(readFileSync(path.join(root, 'cases/insurance/claim-late.mdx'), 'utf8')).not.toContain('journeyStage');
  });

  it('lists a case that only shares a few words as related, not as a possible duplicate', () => {
    const root = sampleCopy();
    const { status, output } = runNew(root, [
      'case',
      '--title',
      '宽带装机师傅没来',
      '--industry',
      'telecom',
      '--slug',
      'installer-no-show',
      '--yes',
    ]);
    expect(status).toBe(0);
    expect(output).toMatch(/有些相似的已有案例[^\n]*\n\s+\d+%\s+KF-2026-0203\s+千兆宽带装机三次改约/);
    expect(output).not.toContain('可能重复');
  });

  it('gives the new case the next free number of the year', () => {
    const root = sampleCopy();
    runNew(root, ['case', '--industry', 'telecom', '--slug', 'first', '--occurred-on', '2026-11-20', '--yes']);
    runNew(root, ['case', '--industry', 'telecom', '--slug', 'second', '--occurred-on', '2026-11-21', '--yes']);
    const numberOf = (slug: string) =>
      /caseNumber: (\S+)/.exec(readFileSync(path.join(root, `cases/telecom/${slug}.mdx`), 'utf8'))![1]!;
    const [, year, serial] = /^KF-(\d{4})-(\d{4})$/.exec(numberOf('first'))!;
    expect(year).toBe('2026');
    expect(numberOf('second')).toBe(`KF-2026-${String(Number(serial) + 1).padStart(4, '0')}`);
  });

  it.each([
    [
      'daily',
      ['--date', '2030-01-07', '--case', 'ecommerce/presale-refund-delay', '--host', 'zhao-ting'],
      'daily/2030-01-07.mdx',
    ],
    [
      'practice',
      ['--title', '回电前的五件事', '--slug', 'five-checks-before-callback', '--authors', 'liu-yang'],
      'practices/five-checks-before-callback.mdx',
    ],
    [
      'script',
      ['--slug', 'refund-progress', '--stage', 'solution', '--channels', 'phone,chat', '--lang', 'zh-TW'],
      'service-scripts/refund-progress.mdx',
    ],
  ])('writes a %s that passes check once its TODOs are filled', (kind, flags, relative) => {
    const root = sampleCopy();
    const { status, output } = runNew(root, [kind, ...flags, '--yes']);
    expect(status, output).toBe(0);
    const file = path.join(root, relative);
    expect(errorsIn(root, file).length).toBeGreaterThan(0);
    writeFileSync(file, fillIn(readFileSync(file, 'utf8')));
    expect(errorsIn(root, file)).toEqual([]);
  });

  it('adds a lexicon group at the end of an existing domain file, or starts a new domain file', () => {
    const root = sampleCopy();
    const file = path.join(root, 'lexicon/travel.yaml');
    const before = readFileSync(file, 'utf8');
    const added = runNew(root, ['lexicon', '--domain', 'travel', '--words', '旅游大巴,旅游车', '--yes']);
    expect(added.status, added.output).toBe(0);
    expect(added.output).toContain('已在 lexicon/travel.yaml 末尾加了一组同义词');
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^ {2}- words: \[旅游大巴, 旅游车\]\n/);
    expect(errorsIn(root, file)).toEqual([]);

    const fresh = runNew(root, ['lexicon', '--domain', 'insurance', '--yes']);
    expect(fresh.status, fresh.output).toBe(0);
    const created = path.join(root, 'lexicon/insurance.yaml');
    expect(errorsIn(root, created)).toEqual([
      'title 还没有填写（TODO：领域名称，如 退款与支付）',
      'groups[0].words[0] 还没有填写（TODO：案例库的叫法）',
      'groups[0].words[1] 还没有填写（TODO：客户或客服的说法）',
    ]);
    writeFileSync(
      created,
      readFileSync(created, 'utf8')
        .replace('TODO：领域名称，如 退款与支付', '保险')
        .replace('TODO：案例库的叫法', '退保')
        .replace('TODO：客户或客服的说法', '把保险退了'),
    );
    expect(errorsIn(root, created)).toEqual([]);
  });

  it('refuses to overwrite a file, an unknown value, and a missing file name, in Chinese', () => {
    const root = sampleCopy();
    const existing = runNew(root, ['case', '--industry', 'ecommerce', '--slug', 'presale-refund-delay', '--yes']);
    expect(existing.status).toBe(1);
    expect(existing.output).toContain('cases/ecommerce/presale-refund-delay.mdx 已经存在');
    const unknown = runNew(root, ['case', '--industry', 'ecommerce', '--slug', 'x', '--channel', '微信', '--yes']);
    expect(unknown.status).toBe(1);
    expect(unknown.output).toMatch(/--channel 微信：「微信」不在可选值中：phone、chat/);
    const unnamed = runNew(root, ['practice', '--yes']);
    expect(unnamed.status).toBe(1);
    expect(unnamed.output).toContain('缺少 --slug');
    expect(runNew(root, ['story', '--yes']).output).toContain('不认识的类型「story」');
  });
});
