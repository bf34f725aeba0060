import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createSchemas } from '../../src/schemas/collections.ts';
import { scanLibrary } from '../../src/library/layout.ts';
import { validateLibrary } from '../../src/validation/validate.ts';
import { caseStatuses, channels, failureGroups, severities } from '../../src/lib/cases/taxonomy.ts';
import { readLibrary } from '../../src/library/read.ts';
import { sampleCase } from '../helpers/temp-library.ts';
import path from 'node:path';
import { projectRoot } from '../helpers/paths.ts';

const contentDir = path.join(projectRoot, 'content');
const { index } = scanLibrary(contentDir);
const schemas = createSchemas(index);
const caseData = () => parseYaml(sampleCase.split('---')[1]!) as Record<string, unknown>;
const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('the sample library', () => {
  it('passes validation with no errors and no warnings', () => {
    // A fixed date: the sample's reviews are recent as of the day it was written, and will age.
    const { problems, fileCount } = validateLibrary({ root: contentDir, today: '2026-11-28' });
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field} ${problem.message}`)).toEqual(
      [],
    );
    expect(fileCount).toBeGreaterThan(80);
  });

  it('meets the coverage a newcomer needs: every failure group, channel, severity and status', () => {
    const { cases } = readLibrary(contentDir, 'cases');
    expect(cases.length).toBeGreaterThanOrEqual(40);
    // A browse page or search facet with no sample case behind it would show a newcomer an empty list.
    const unused = (vocabulary: Record<string, unknown>, used: (data: (typeof cases)[number]['data']) => string) =>
      Object.keys(vocabulary).filter((id) => !cases.some(({ data }) => used(data) === id));
    expect(unused(failureGroups, (data) => data.failureType.group)).toEqual([]);
    expect(unused(channels, (data) => data.channel)).toEqual([]);
    expect(unused(severities, (data) => String(data.severity))).toEqual([]);
    expect(unused(caseStatuses, (data) => data.status)).toEqual([]);
    expect(index.daily.size).toBeGreaterThanOrEqual(20);
    expect(index.practices.size).toBeGreaterThanOrEqual(8);
    expect(index.scripts.size).toBeGreaterThanOrEqual(16);
    expect(index.people.size).toBeGreaterThanOrEqual(8);
  });
});

describe('case schema', () => {
  it('accepts the example case and derives the failure group from the subtype', () => {
    const result = schemas.cases.safeParse(caseData());
    expect(messagesOf(result)).toEqual([]);
    expect(result.data?.failureType).toEqual({ group: 'delivery', subtype: 'slow' });
    expect(schemas.cases.safeParse({ ...caseData(), failureType: 'drunkenness' }).data?.failureType).toEqual({
      group: 'problem-customer',
      subtype: 'drunkenness',
    });
  });

  it('rejects a wrong type with a Chinese message naming the expected form', () => {
    const result = schemas.cases.safeParse({ ...caseData(), severity: '很严重' });
    expect(messagesOf(result)).toEqual(['severity: 严重程度应为整数 — 1 轻微、2 一般、3 严重、4 重大']);
  });

  it('rejects an unknown vocabulary value and lists the allowed ones', () => {
    const [message] = messagesOf(schemas.cases.safeParse({ ...caseData(), channel: 'wechat' }));
    expect(message).toMatch(/^channel: 「wechat」不是有效的渠道 — 可选值：phone（电话）、chat（在线客服）/);
  });

  it('shows a mapping written where one value belongs as JSON, not as [object Object]', () => {
    const [message] = messagesOf(schemas.cases.safeParse({ ...caseData(), channel: { 微信: true } }));
    expect(message).toMatch(/^channel: 「\{"微信":true\}」不是有效的渠道/);
  });

  it('rejects dates that do not exist', () => {
    expect(messagesOf(schemas.cases.safeParse({ ...caseData(), occurredOn: '2026-02-30' }))).toEqual([
      'occurredOn: 「2026-02-30」不是有效日期 — 请写成 YYYY-MM-DD，例如 2026-11-03',
    ]);
    expect(schemas.cases.safeParse({ ...caseData(), occurredOn: new Date('2026-02-28T00:00:00Z') }).success).toBe(true);
  });

  it('rejects references that do not resolve, naming the collection and folder', () => {
    const messages = messagesOf(
      schemas.cases.safeParse({ ...caseData(), authors: ['nobody'], relatedCases: ['ecommerce/missing'] }),
    );
    expect(messages).toEqual([
      'authors.0: 找不到人员「nobody」 — 应写 content/people/ 下的文件路径（不含扩展名），例如 zhang-min；' +
        '请检查拼写或先添加该人员',
      'relatedCases.0: 找不到案例「ecommerce/missing」' +
        ' — 应写 content/cases/ 下的文件路径（不含扩展名），例如 ecommerce/presale-refund-delay；' +
        '请检查拼写或先添加该案例',
    ]);
  });

  it('rejects a misspelt field instead of dropping it', () => {
    const data = caseData();
    data.typcal = data.typical;
    delete data.typical;
    expect(messagesOf(schemas.cases.safeParse(data))[0]).toMatch(/^: 未知字段 「typcal」 — 可能拼错了/);
  });

  it('requires the fields a case cannot do without', () => {
    const data = caseData();
    delete data.caseNumber;
    delete data.customerWords;
    const messages = messagesOf(schemas.cases.safeParse(data));
    expect(messages).toContain(
      'caseNumber: 缺少案例编号 — 格式为 KF-年份-四位序号，例如 KF-2026-0012；npm run new 会自动分配',
    );
    expect(messages.some((message) => message.startsWith('customerWords: 缺少客户原话 — 请写成列表'))).toBe(true);
  });

  it('takes a fifth or sixth serial digit only past 9999, so that each case number has one spelling', () => {
    const numbered = (caseNumber: string) => messagesOf(schemas.cases.safeParse({ ...caseData(), caseNumber }));
    for (const valid of ['KF-2024-0007', 'KF-2024-9999', 'KF-2024-18227', 'KF-2024-100000'])
      expect(numbered(valid)).toEqual([]);
    for (const invalid of ['KF-2024-007', 'KF-2024-00007', 'KF-2024-018227', 'KF-2024-1000000'])
      expect(numbered(invalid)).toEqual([
        'caseNumber: 案例编号格式不对 — 应为 KF-年份-四位序号（一年超过 9999 个案例后为五位或六位，前面不补 0），' +
          '例如 KF-2026-0012',
      ]);
  });

  it('reads numeric tags as text, since contributors mean 12315 the hotline, not a number', () => {
    expect(schemas.cases.safeParse({ ...caseData(), tags: ['12315', 12315] }).data?.tags).toEqual(['12315', '12315']);
  });

  it('needs reviewer and review date together', () => {
    const data = caseData();
    delete data.reviewedOn;
    expect(messagesOf(schemas.cases.safeParse(data))).toEqual([
      'reviewedOn: 复核人（reviewer）与复核日期（reviewedOn）只填了一个 — 两个要么都填，要么都不填',
    ]);
  });
});

describe('other collections', () => {
  it('daily entries allow at most five questions', () => {
    const questions = ['一', '二', '三', '四', '五', '六'];
    const messages = messagesOf(
      schemas.daily.safeParse({
        case: 'ecommerce/presale-refund-delay',
        host: 'he-jun',
        questions,
        takeaway: '说清两笔退款。',
      }),
    );
    expect(messages).toEqual(['questions: 讨论问题最多 5 项 — 请删减到 5 项以内']);
  });

  it('script lines may only use declared placeholders', () => {
    const script = {
      title: '测试',
      scenario: '测试',
      stage: 'greeting',
      channels: ['phone'],
      placeholders: [{ name: '称呼', example: '王先生' }],
      lines: [{ text: '{称呼}您好，您的订单{订单号}已处理。' }],
    };
    expect(messagesOf(schemas.scripts.safeParse(script))).toEqual([
      'lines.0.text: 话术里的占位符 {订单号} 没有声明 — 请在 placeholders 中添加 - name: 订单号 和 example',
    ]);
  });

  it('people need a known team and role', () => {
    expect(messagesOf(schemas.people.safeParse({ name: '测试', team: 'nowhere', role: 'agent' }))[0]).toMatch(
      /^team: 「nowhere」不是有效的班组 — 可选值/,
    );
  });
});
