/**
 * The content model: one zod schema per collection, built against the library index so that
 * references are checked where they are declared. Used by `src/content.config.ts` (the site)
 * and by `scripts/check.ts` (the validator), so both enforce the same rules.
 */
import { z } from 'astro/zod';
import { config } from '../config.ts';
import {
  caseStatuses,
  channels,
  confidenceLevels,
  failureTypes,
  recoveryPrinciples,
  roles,
  scriptStages,
  servqualDimensions,
  serviceStandards,
  type FailureType,
} from '../lib/cases/taxonomy.ts';
import { isoDate, lang, list, reference, tags, text, vocabularyValue, type LibraryIndex } from './common.ts';

/** A strict object: a misspelt key is an error, not silently dropped. */
function entryObject<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape).join('、');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `未知字段 ${issue.keys.map((key) => `「${key}」`).join('、')} — 可能拼错了，可用字段：${known}`
        : issue.input === undefined
          ? `缺少这一组字段 — 请按模板补上，可用字段：${known}`
          : `这里应是一组“字段: 值” — 每行写一个“字段: 值”，下一层多缩进两个空格；可用字段：${known}`,
  });
}

const caseNumberPattern = new RegExp(`^${config.caseNumberPrefix}-\\d{4}-\\d{4}$`);

/** Most words (with narrower words) in one synonym group: a larger group would make almost everything match. */
export const MAX_GROUP_WORDS = 30;

/** A word of a synonym group: two characters or more (one character is in nearly every case), one word per item. */
const lexiconWord = (what: string) =>
  text(what, 20)
    .refine((word) => [...word].length >= 2, {
      error: (issue) => `「${String(issue.input)}」只有一个字 — 单字几乎出现在每个案例里，会让什么都匹配；请写成完整的词，例如把“冻”写成“冻品”`,
    })
    .refine((word) => !/[，,、；;/／|]/.test(word), {
      error: (issue) => `「${String(issue.input)}」里有分隔符号 — 每个词单独写一项，用英文逗号隔开，例如 [退款, 退钱]`,
    });

/**
 * One synonym group: `words` find each other, `narrower` words find the group one way (雪糕 → 冻品). The checks
 * across groups (a word in two groups, a Traditional twin of a word) need every file and run in the validator.
 */
const lexiconGroup = entryObject({
  /**
   * Equivalent words; the first is the library's own term and names the group. The lists' own limits are far
   * above MAX_GROUP_WORDS, so that a large group is refused with the reason given below.
   */
  words: list(lexiconWord('同义词'), '同义词', { max: 500 }),
  /** More specific words that should find the group, but that the group's words should not find. */
  narrower: list(lexiconWord('下位词'), '下位词', { max: 500 }).default([]),
  /** Shown under the group on the 同义词表 page. */
  note: text('说明', 80).optional(),
}).superRefine((group, context) => {
  const count = group.words.length + group.narrower.length;
  const refuse = (message: string) => context.addIssue({ code: 'custom', path: ['words'], message });
  if (count > MAX_GROUP_WORDS) {
    refuse(`这一组有 ${count} 个词（含下位词），超过 ${MAX_GROUP_WORDS} 个 — 组太大会让几乎所有案例都互相匹配；请按含义拆成几组，每组只放真正说同一件事的词`);
  } else if (count === 0) {
    refuse('这一组是空的 — 请写上至少两个说同一件事的词，或删掉这一组');
  } else if (group.words.length === 0) {
    refuse('这一组只有下位词 — words 里至少写一个案例库自己的叫法（它是这一组的名字），更具体的说法才写在 narrower 里');
  } else if (count === 1) {
    refuse('这一组只有一个词 — 同义词组至少要有两个词（同义词或下位词）；没有别的说法就删掉这一组');
  }
});

/**
 * A journey stage's name is also the last part of its page's address (`/journeys/ecommerce/签收验货/`) and what a
 * case writes in `journeyStage`: a short phrase, without the characters that would change the address.
 */
const stageName = (what: string) =>
  text(what, 10).refine((value) => typeof value !== 'string' || (!/[/\\?#%<>"'`\s\p{Cc}\p{Cf}]/u.test(value) && !/^\.+$/.test(value)), {
    error: (issue) => `「${String(issue.input).replace(/[\p{Cc}\p{Cf}]/gu, '?')}」不能作为阶段名称 — 阶段名称会成为网页地址的一部分：只写文字和数字，例如 签收验货，不要用空格、/ ? # % 和引号`,
  });

/** One stage of a customer journey: where the customer is, what happens there, and where they meet us. */
const journeyStage = entryObject({
  /** The stage as cases name it, e.g. 签收验货. */
  name: stageName('阶段名称'),
  /** What the customer does and expects at this stage, one line. */
  description: text('阶段说明', 80),
  /** The moments of truth of the stage (触点), e.g. 快递员送货上门、开箱验货. */
  touchpoints: list(text('触点', 20), '触点', { min: 1, max: 12 }),
  /** Where customers contact us at this stage. */
  channels: list(vocabularyValue(channels, '渠道'), '渠道', { min: 1, max: 7 }),
});

export function createSchemas(index: LibraryIndex) {
  const person = reference(index, 'people');
  const people = (what: string, min = 0) => list(person, what, { min, max: 10 });

  const outcome = entryObject({
    /** Minutes from the customer's first contact to the first human response. */
    firstResponseMinutes: z.number({ error: '首次响应时长应为分钟数（数字） — 例如 3' }).min(0, { error: '首次响应时长不能为负数 — 请填 0 或更大的数' }),
    /** Hours from first contact to full resolution (or to closing, if unresolved). */
    resolutionHours: z.number({ error: '解决时长应为小时数（数字） — 例如 26 或 0.5' }).min(0, { error: '解决时长不能为负数 — 请填 0 或更大的数' }),
    /** Solved in the first contact, with no call-back or transfer (FCR). */
    firstContactResolution: z.boolean({ error: '首次接触解决应填 true 或 false — true 表示是，false 表示否' }),
    /** Customer's satisfaction with the complaint handling, 1-5. */
    satisfaction: z.int({ error: '满意度应为整数 — 请填 1 到 5 之间的整数' }).min(1, { error: '满意度最低为 1 — 请填 1 到 5 之间的整数' }).max(5, { error: '满意度最高为 5 — 请填 1 到 5 之间的整数' }),
    /** Likelihood to recommend, 0-10 (for NPS). Leave out when not surveyed. */
    nps: z.int({ error: 'NPS 打分应为整数 — 请填 0 到 10 之间的整数，没有调查就删掉这一行' }).min(0, { error: 'NPS 打分最低为 0 — 请填 0 到 10 之间的整数' }).max(10, { error: 'NPS 打分最高为 10 — 请填 0 到 10 之间的整数' }).optional(),
    /** What the customer was given, in words, e.g. “退运费 12 元 + 20 元无门槛券”. */
    compensation: text('补偿说明', 80).optional(),
    /** Value of the compensation in yuan, for statistics. */
    compensationYuan: z.number({ error: '补偿金额应为数字 — 只写元数，例如 20，不写“元”字' }).min(0, { error: '补偿金额不能为负数 — 请填 0 或更大的数' }).optional(),
    /** Whether the customer stayed (did not cancel, churn or switch). */
    customerRetained: z.boolean({ error: '客户是否保留应填 true 或 false — true 表示客户留下，false 表示流失' }).optional(),
  });

  const cases = entryObject({
    /** Stable human case number agents paste into ticket notes, e.g. KF-2026-0012. */
    caseNumber: z
      .string({ error: `缺少案例编号 — 格式为 ${config.caseNumberPrefix}-年份-四位序号，例如 ${config.caseNumberPrefix}-2026-0012；npm run new 会自动分配` })
      .regex(caseNumberPattern, { error: `案例编号格式不对 — 应为 ${config.caseNumberPrefix}-年份-四位序号，例如 ${config.caseNumberPrefix}-2026-0012` }),
    title: text('标题', 60),
    /** One line an agent reads in the result list. */
    summary: text('一句话摘要', 160),
    lang,
    /** What the customer actually said, anonymised (王先生, 尾号 1234). */
    customerWords: list(text('客户原话', 300), '客户原话', { min: 1, max: 5 }),
    occurredOn: isoDate,
    authors: people('作者', 1),
    team: vocabularyValue(config.teams, '班组'),
    channel: vocabularyValue(channels, '渠道'),
    category: vocabularyValue(config.categories, '问题分类'),
    product: vocabularyValue(config.products, '产品'),
    /** The failure subtype; its group (one of four) follows from it. */
    failureType: vocabularyValue(failureTypes, '服务失误类型').transform((subtype: FailureType) => ({
      group: failureTypes[subtype].group,
      subtype,
    })),
    severity: z
      .int({ error: '严重程度应为整数 — 1 轻微、2 一般、3 严重、4 重大' })
      .min(1, { error: '严重程度最低为 1 — 1 轻微、2 一般、3 严重、4 重大' })
      .max(4, { error: '严重程度最高为 4 — 1 轻微、2 一般、3 严重、4 重大' }),
    servqual: list(vocabularyValue(servqualDimensions, '服务质量维度'), '服务质量维度', { min: 1, max: 5 }),
    recoveryPrinciples: list(vocabularyValue(recoveryPrinciples, '补救原则'), '补救原则', { max: 8 }).default([]),
    /** Moment of truth where things went wrong or were saved, e.g. “退款审核”. */
    touchpoint: text('关键触点', 30).optional(),
    /** The stage of the industry's customer journey (content/journeys/<industry>.yaml) where it went wrong or was saved. */
    journeyStage: stageName('旅程阶段').optional(),
    rootCause: text('根本原因', 120),
    status: vocabularyValue(caseStatuses, '处理状态'),
    confidence: vocabularyValue(confidenceLevels, '可信度'),
    outcome,
    tags,
    /** 典型案例: representative, worth a deep-dive and a morning meeting. */
    typical: z.boolean({ error: '典型案例应填 true 或 false — true 表示是典型案例，不是就写 false 或删掉这一行' }).default(false),
    scripts: list(reference(index, 'scripts'), '关联话术', { max: 10 }).default([]),
    practices: list(reference(index, 'practices'), '关联最佳实践', { max: 10 }).default([]),
    relatedCases: list(reference(index, 'cases'), '相关案例', { max: 10 }).default([]),
    reviewer: person.optional(),
    reviewedOn: isoDate.optional(),
    /** 点评: comments from reviewers and colleagues. */
    reviewComments: list(entryObject({ by: person, text: text('点评内容', 300) }), '点评', { max: 20 }).default([]),
  }).refine((entry) => (entry.reviewer === undefined) === (entry.reviewedOn === undefined), {
    error: '复核人（reviewer）与复核日期（reviewedOn）只填了一个 — 两个要么都填，要么都不填',
    path: ['reviewedOn'],
  });

  const daily = entryObject({
    /** The case presented that day. The date comes from the file name. */
    case: reference(index, 'cases'),
    /** Who leads the discussion at the morning meeting. */
    host: person,
    questions: list(text('讨论问题', 120), '讨论问题', { min: 1, max: 5 }),
    /** The one sentence the team should remember. */
    takeaway: text('一句话收获', 80),
  });

  const practices = entryObject({
    title: text('标题', 60),
    summary: text('摘要', 160),
    lang,
    authors: people('作者', 1),
    publishedOn: isoDate,
    servqual: list(vocabularyValue(servqualDimensions, '服务质量维度'), '服务质量维度', { max: 5 }).default([]),
    recoveryPrinciples: list(vocabularyValue(recoveryPrinciples, '补救原则'), '补救原则', { max: 8 }).default([]),
    serviceStandards: list(vocabularyValue(serviceStandards, '服务标准领域'), '服务标准领域', { max: 14 }).default([]),
    tags,
    relatedCases: list(reference(index, 'cases'), '相关案例', { max: 20 }).default([]),
    /** Journey stages this practice designs a peak for (峰值化), written 行业/阶段, e.g. ecommerce/退款到账. */
    peakStages: list(text('峰值阶段', 40), '峰值阶段', { max: 10 }).default([]),
  });

  const placeholderName = z
    .string({ error: '占位符名称应为文字 — 例如 称呼' })
    .regex(/^[^{}\s]{1,12}$/, { error: '占位符名称格式不对 — 1 到 12 个字，不含空格和花括号，例如 称呼' });

  const scripts = entryObject({
    title: text('标题', 60),
    /** When to use it: the situation in one line. */
    scenario: text('适用场景', 120),
    lang,
    stage: vocabularyValue(scriptStages, '对话阶段'),
    channels: list(vocabularyValue(channels, '渠道'), '适用渠道', { min: 1, max: 7 }),
    category: vocabularyValue(config.categories, '问题分类').optional(),
    authors: people('作者').default([]),
    /** Blanks the agent fills in, written `{称呼}` in the lines. */
    placeholders: list(entryObject({ name: placeholderName, example: text('示例值', 40) }), '占位符', { max: 10 }).default([]),
    lines: list(
      entryObject({
        text: text('话术', 300),
        /** Must be said (compliance or quality requirement). */
        mandatory: z.boolean({ error: '必说应填 true 或 false — true 表示这句话必须说' }).default(false),
        note: text('说明', 120).optional(),
      }),
      '话术',
      { min: 1, max: 20 },
    ),
    /** 禁用语: what not to say, with what to say instead. */
    avoid: list(entryObject({ phrase: text('禁用语', 60), better: text('替代说法', 120) }), '禁用语', { max: 20 }).default([]),
    tags,
  }).superRefine((entry, context) => {
    const declared = new Set(entry.placeholders.map((placeholder) => placeholder.name));
    entry.lines.forEach((line, position) => {
      for (const [, name] of line.text.matchAll(/\{([^{}]*)\}/g)) {
        if (!declared.has(name!)) {
          context.addIssue({
            code: 'custom',
            path: ['lines', position, 'text'],
            message: `话术里的占位符 {${name}} 没有声明 — 请在 placeholders 中添加 - name: ${name} 和 example`,
          });
        }
      }
    });
  });

  const person_ = entryObject({
    name: text('显示名', 20),
    team: vocabularyValue(config.teams, '班组'),
    role: vocabularyValue(roles, '岗位'),
    /** Optional short line shown on the person's page. */
    bio: text('简介', 120).optional(),
  });

  const lexicon = entryObject({
    /** The domain the file covers, shown as a heading on the 同义词表 page, e.g. 退款与支付. */
    title: text('标题', 20),
    groups: list(lexiconGroup, '同义词组', { min: 1, max: 500 }),
  });

  /** A customer journey (客户旅程), one per industry: the file is named like the industry's folder of cases. */
  const journeys = entryObject({
    /** Shown as the map's heading, e.g. 电商购物旅程. */
    title: text('旅程名称', 20),
    /** The stages in the order the customer lives them; at most 12 (the map's CSS has a width for each count). */
    stages: list(journeyStage, '阶段', { max: 12 }),
  }).superRefine((journey, context) => {
    if (journey.stages.length === 0) {
      context.addIssue({ code: 'custom', path: ['stages'], message: '这条旅程没有阶段 — 请按客户经历的顺序列出阶段，每个阶段写 name、description、touchpoints、channels，例如 - name: 浏览咨询' });
    }
    const first = new Map<string, number>();
    journey.stages.forEach((stage, position) => {
      const earlier = first.get(stage.name);
      if (earlier === undefined) first.set(stage.name, position);
      else {
        context.addIssue({
          code: 'custom',
          path: ['stages', position, 'name'],
          message: `阶段「${stage.name}」写了两次（第 ${earlier + 1} 个阶段已是它） — 每个阶段只写一次：合并两处的触点和渠道，或给这一个换个名字`,
        });
      }
    });
  });

  return { cases, daily, practices, scripts, people: person_, lexicon, journeys };
}

export type Schemas = ReturnType<typeof createSchemas>;
export type CaseData = z.output<Schemas['cases']>;
export type DailyData = z.output<Schemas['daily']>;
export type PracticeData = z.output<Schemas['practices']>;
export type ScriptData = z.output<Schemas['scripts']>;
export type PersonData = z.output<Schemas['people']>;
export type LexiconData = z.output<Schemas['lexicon']>;
export type JourneyData = z.output<Schemas['journeys']>;
