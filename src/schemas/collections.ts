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
  severities,
  type FailureType,
} from '../lib/cases/taxonomy.ts';
import { caseNumberPattern } from '../lib/cases/case-number.ts';
import { DEFAULT_ROLE, lexiconRoles } from '../lib/lexicon/index.ts';
import { field, isoDate, lang, list, reference, tags, text, vocabularyValue, type LibraryIndex } from './common.ts';

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

/** Most words (with narrower words) in one synonym group: a larger group would make almost everything match. */
export const MAX_GROUP_WORDS = 30;

/** A word of a synonym group: two characters or more (one character is in nearly every case), one word per item. */
const lexiconWord = (what: string) =>
  text(what, 20)
    .refine((word) => [...word].length >= 2, {
      error: (issue) =>
        `「${String(issue.input)}」只有一个字 — 单字几乎出现在每个案例里，会让什么都匹配；` +
        `请写成完整的词，例如把“冻”写成“冻品”`,
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
  words: field(list(lexiconWord('同义词'), '同义词', { max: 500 }), {
    label: '同义词',
    description:
      `说同一件事的词，第一个写案例库自己的叫法（它是这一组的名字）；` +
      `每个词至少两个字，一组连同下位词最多 ${MAX_GROUP_WORDS} 个`,
    example: '[退款, 退钱, 钱没退]',
    template: '案例库的叫法',
  }),
  /** More specific words that should find the group, but that the group's words should not find. */
  narrower: field(list(lexiconWord('下位词'), '下位词', { max: 500 }).default([]), {
    label: '下位词',
    description: '更具体的说法：搜它们能找到这一组，搜这一组的词找不到它们',
    example: '[雪糕, 冰淇淋]',
  }),
  /** What the words name; the finder weighs a shared problem or request more than the rest. */
  role: field(vocabularyValue(lexiconRoles, '词组角色').default(DEFAULT_ROLE), {
    label: '角色',
    description: '这组词在客户的话里说的是什么；找相似案例时，只有共同的问题或诉求才算说的是同一件事。不写时按“问题”',
    example: 'problem',
  }),
  /** Shown under the group on the 同义词表 page. */
  note: field(text('说明', 80).optional(), {
    label: '说明',
    description: '一句说明，显示在同义词表页面上，80 字以内',
    example: '客户常说“钱没退”，指的是退款未到账',
  }),
}).superRefine((group, context) => {
  const count = group.words.length + group.narrower.length;
  const refuse = (message: string) => context.addIssue({ code: 'custom', path: ['words'], message });
  if (count > MAX_GROUP_WORDS) {
    refuse(
      `这一组有 ${count} 个词（含下位词），超过 ${MAX_GROUP_WORDS} 个 — 组太大会让几乎所有案例都互相匹配；` +
        `请按含义拆成几组，每组只放真正说同一件事的词`,
    );
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
  text(what, 10).refine(
    (value) => typeof value !== 'string' || (!/[/\\?#%<>"'`\s\p{Cc}\p{Cf}]/u.test(value) && !/^\.+$/.test(value)),
    {
      error: (issue) =>
        `「${String(issue.input).replace(/[\p{Cc}\p{Cf}]/gu, '?')}」不能作为阶段名称` +
        ' — 阶段名称会成为网页地址的一部分：只写文字和数字，例如 签收验货，不要用空格、/ ? # % 和引号',
    },
  );

/** One stage of a customer journey: where the customer is, what happens there, and where they meet us. */
const journeyStage = entryObject({
  /** The stage as cases name it, e.g. 签收验货. */
  name: field(stageName('阶段名称'), {
    label: '阶段名称',
    description: '案例的 `journeyStage` 写的就是它，也是阶段页网址的一部分：10 字以内，不用空格、/ ? # % 和引号',
    example: '签收验货',
  }),
  /** What the customer does and expects at this stage, one line. */
  description: field(text('阶段说明', 80), {
    label: '阶段说明',
    description: '客户在这一步做什么、期待什么，一句话',
    example: '客户收到包裹，开箱检查商品',
  }),
  /** The moments of truth of the stage (触点), e.g. 快递员送货上门、开箱验货. */
  touchpoints: field(list(text('触点', 20), '触点', { min: 1, max: 12 }), {
    label: '触点',
    description: '这一步里客户形成判断的关键时刻，1–12 个',
    example: '[快递员送货上门, 开箱验货]',
  }),
  /** Where customers contact us at this stage. */
  channels: field(list(vocabularyValue(channels, '渠道'), '渠道', { min: 1, max: 7 }), {
    label: '渠道',
    description: '客户在这一步通过哪些渠道联系我们',
    example: '[phone, chat]',
  }),
});

export function createSchemas(index: LibraryIndex) {
  const person = reference(index, 'people');
  const people = (what: string, min = 0) => list(person, what, { min, max: 10 });
  const prefix = config.caseNumberPrefix;
  const authors = (template?: string) => ({
    label: '作者',
    description: '写这篇的人，可以写几位',
    example: '[li-na, zhao-ting]',
    template,
    prompt: '作者（可多选）',
  });
  const titleDoc = {
    label: '标题',
    description: '一句话说清发生了什么，60 字以内',
    example: '大促预售尾款退款超时，客户三次进线后升级投诉',
    prompt: '标题（一句话说清发生了什么，60 字以内）',
  };
  const servqualDoc = {
    label: '服务质量维度',
    description: '涉及的服务质量维度（SERVQUAL 五维度）',
    example: '[reliability, responsiveness]',
  };
  const recoveryDoc = {
    label: '补救原则',
    description: '用到（或本该用到）的服务补救原则',
    example: '[act-quickly, outcome-fairness]',
  };
  const relatedCasesDoc = {
    label: '相关案例',
    description: '相关的案例：`content/cases/` 下的路径（不含扩展名）',
    example: '[ecommerce/presale-refund-delay]',
  };
  const categoryDoc = {
    label: '问题分类',
    description: '问题属于哪一类，取值在 `src/config.ts` 的 `categories`',
    example: 'refund',
  };

  const outcome = entryObject({
    /** Minutes from the customer's first contact to the first human response. */
    firstResponseMinutes: field(
      z
        .number({ error: '首次响应时长应为分钟数（数字） — 例如 3' })
        .min(0, { error: '首次响应时长不能为负数 — 请填 0 或更大的数' }),
      {
        label: '首次响应时长',
        description: '从客户第一次联系到第一次人工回复，用了几分钟',
        example: '3',
        template: '首次响应用了几分钟',
      },
    ),
    /** Hours from first contact to full resolution (or to closing, if unresolved). */
    resolutionHours: field(
      z
        .number({ error: '解决时长应为小时数（数字） — 例如 26 或 0.5' })
        .min(0, { error: '解决时长不能为负数 — 请填 0 或更大的数' }),
      {
        label: '解决时长',
        description: '从第一次联系到完全解决（没解决的算到结案）用了几小时，可以写小数',
        example: '26',
        template: '从进线到解决用了几小时',
      },
    ),
    /** Solved in the first contact, with no call-back or transfer (FCR). */
    firstContactResolution: field(z.boolean({ error: '首次接触解决应填 true 或 false — true 表示是，false 表示否' }), {
      label: '首次接触解决',
      description: '第一次联系就解决、没有回拨也没有转接填 `true`，否则填 `false`（首次接触解决率 FCR 由它算出）',
      example: 'false',
      template: '首次接触就解决填 true，否则 false',
    }),
    /** Customer's satisfaction with the complaint handling, 1-5. */
    satisfaction: field(
      z
        .int({ error: '满意度应为整数 — 请填 1 到 5 之间的整数' })
        .min(1, { error: '满意度最低为 1 — 请填 1 到 5 之间的整数' })
        .max(5, { error: '满意度最高为 5 — 请填 1 到 5 之间的整数' }),
      {
        label: '满意度',
        description: '客户对这次投诉处理的满意度，1 到 5 的整数',
        example: '4',
        template: '客户满意度 1–5',
      },
    ),
    /** Likelihood to recommend, 0-10 (for NPS). Leave out when not surveyed. */
    nps: field(
      z
        .int({ error: 'NPS 打分应为整数 — 请填 0 到 10 之间的整数，没有调查就删掉这一行' })
        .min(0, { error: 'NPS 打分最低为 0 — 请填 0 到 10 之间的整数' })
        .max(10, { error: 'NPS 打分最高为 10 — 请填 0 到 10 之间的整数' })
        .optional(),
      {
        label: 'NPS 打分',
        description: '客户愿意向别人推荐我们的程度，0 到 10 的整数，用来算净推荐值；没有调查就不写',
        example: '9',
      },
    ),
    /** What the customer was given, in words, e.g. “退运费 12 元 + 20 元无门槛券”. */
    compensation: field(text('补偿说明', 80).optional(), {
      label: '补偿说明',
      description: '给了客户什么补偿，80 字以内',
      example: '退运费 12 元 + 20 元无门槛券',
    }),
    /** Value of the compensation in yuan, for statistics. */
    compensationYuan: field(
      z
        .number({ error: '补偿金额应为数字 — 只写元数，例如 20，不写“元”字' })
        .min(0, { error: '补偿金额不能为负数 — 请填 0 或更大的数' })
        .optional(),
      { label: '补偿金额', description: '补偿折合多少元，用于统计；只写数字，不写“元”字', example: '32' },
    ),
    /** Whether the customer stayed (did not cancel, churn or switch). */
    customerRetained: field(
      z.boolean({ error: '客户是否保留应填 true 或 false — true 表示客户留下，false 表示流失' }).optional(),
      {
        label: '客户是否保留',
        description: '客户留下来填 `true`；取消、流失或转投别家填 `false`',
        example: 'true',
      },
    ),
  });

  const cases = entryObject({
    /** Stable human case number agents paste into ticket notes, e.g. KF-2026-0012. */
    caseNumber: field(
      z
        .string({
          error: `缺少案例编号 — 格式为 ${prefix}-年份-四位序号，例如 ${prefix}-2026-0012；npm run new 会自动分配`,
        })
        .regex(caseNumberPattern(prefix), {
          error:
            `案例编号格式不对 — 应为 ${prefix}-年份-四位序号（一年超过 9999 个案例后为五位或六位，前面不补 0），` +
            `例如 ${prefix}-2026-0012`,
        }),
      {
        label: '案例编号',
        description:
          `格式为 \`${prefix}-年份-四位序号\`（一年超过 9999 个案例后为五位或六位），全库唯一；` +
          `客服会把它贴进工单备注。\`npm run new\` 和投稿页会分配下一个空着的编号`,
        example: `${prefix}-2026-0012`,
        template: `案例编号，如 ${prefix}-2026-0001`,
      },
    ),
    title: field(text('标题', 60), { ...titleDoc, template: '一句话标题，60 字以内' }),
    /** One line an agent reads in the result list. */
    summary: field(text('一句话摘要', 160), {
      label: '一句话摘要',
      description: '客服在搜索结果里读到的一句话：发生了什么、怎么解决的，160 字以内',
      example: '预售尾款五天未到账，专人跟进并说明到账时间后客户满意',
      template: '一句话摘要：发生了什么、怎么解决的',
    }),
    lang,
    /** What the customer actually said, anonymised (王先生, 尾号 1234). */
    customerWords: field(list(text('客户原话', 300), '客户原话', { min: 1, max: 5 }), {
      label: '客户原话',
      description:
        '客户的原话 1–5 条，最能说明客户感受的那几句；已脱敏：称呼写王先生，号码只写尾号 1234 或 138****5678',
      example: '[我都取消一个礼拜了，钱还没到]',
      template: '客户原话，已脱敏',
      prompt: '客户原话（一句，已脱敏：王先生、尾号 1234）',
    }),
    occurredOn: field(isoDate, {
      label: '发生日期',
      description: '问题发生的日期，写成 `YYYY-MM-DD`',
      example: '2026-11-13',
      template: '发生日期，如 2026-11-28',
      prompt: '发生日期（YYYY-MM-DD）',
    }),
    authors: field(people('作者', 1), authors('你的人员 id')),
    team: field(vocabularyValue(config.teams, '班组'), {
      label: '班组',
      description: '处理这个问题的班组，取值在 `src/config.ts` 的 `teams`',
      example: 'ecom-online',
      template: '班组',
    }),
    channel: field(vocabularyValue(channels, '渠道'), {
      label: '渠道',
      description: '客户从哪个渠道联系我们',
      example: 'chat',
      template: '渠道',
    }),
    category: field(vocabularyValue(config.categories, '问题分类'), { ...categoryDoc, template: '问题分类' }),
    product: field(vocabularyValue(config.products, '产品'), {
      label: '产品',
      description: '涉及的产品或业务，取值在 `src/config.ts` 的 `products`',
      example: 'mall-app',
      template: '产品',
    }),
    /** The failure subtype; its group (one of four) follows from it. */
    failureType: field(
      vocabularyValue(failureTypes, '服务失误类型').transform((subtype: FailureType) => ({
        group: failureTypes[subtype].group,
        subtype,
      })),
      {
        label: '服务失误类型',
        description: '服务失误的子类，只写子类：它属于四大类中的哪一类会自动得出',
        example: 'slow',
        template: '服务失误类型',
      },
    ),
    severity: field(
      z
        .int({ error: '严重程度应为整数 — 1 轻微、2 一般、3 严重、4 重大' })
        .min(1, { error: '严重程度最低为 1 — 1 轻微、2 一般、3 严重、4 重大' })
        .max(4, { error: '严重程度最高为 4 — 1 轻微、2 一般、3 严重、4 重大' }),
      {
        label: '严重程度',
        description: '问题有多严重，1 到 4 的整数',
        example: '3',
        template: '严重程度 1–4',
        vocabulary: severities,
      },
    ),
    servqual: field(list(vocabularyValue(servqualDimensions, '服务质量维度'), '服务质量维度', { min: 1, max: 5 }), {
      ...servqualDoc,
      template: '服务质量维度',
    }),
    recoveryPrinciples: field(
      list(vocabularyValue(recoveryPrinciples, '补救原则'), '补救原则', { max: 8 }).default([]),
      recoveryDoc,
    ),
    /** Moment of truth where things went wrong or were saved, e.g. “退款审核”. */
    touchpoint: field(text('关键触点', 30).optional(), {
      label: '关键触点',
      description: '出问题或被挽回的那个环节，30 字以内',
      example: '冻品签收开箱',
    }),
    /**
     * The stage of the industry's customer journey (content/journeys/<industry>.yaml) where it went wrong or was
     * saved.
     */
    journeyStage: field(stageName('旅程阶段').optional(), {
      label: '旅程阶段',
      description: '本行业客户旅程（`content/journeys/<行业>.yaml`）里的一个阶段名称；行业还没有旅程时不写',
      example: '签收验货',
      template: '客户旅程阶段：content/journeys/ 下本行业旅程里的一个阶段名称',
      prompt: '客户旅程阶段（问题出在客户经历的哪一步）',
    }),
    rootCause: field(text('根本原因', 120), {
      label: '根本原因',
      description: '问题的根本原因，一句话，120 字以内；正文的“根因分析”再展开',
      example: '尾款退款依赖支付渠道对账，大促期间对账延迟三天',
      template: '根本原因，一句话',
    }),
    status: field(vocabularyValue(caseStatuses, '处理状态'), {
      label: '处理状态',
      description: '问题最后处理到了哪一步',
      example: 'resolved',
      template: '处理状态',
    }),
    confidence: field(vocabularyValue(confidenceLevels, '可信度'), {
      label: '可信度',
      description:
        '新案例写 `draft`；班组长或质检复核后改成 `validated`；' +
        '政策或流程变了改成 `archived`（仍可查阅，排在最后并标注）',
      example: 'validated',
      template: { value: 'draft' },
    }),
    outcome: field(outcome, {
      label: '处理结果数据',
      description: '处理结果的数字，用于统计；前四项必填',
      template: { fields: true },
    }),
    tags,
    /** 典型案例: representative, worth a deep-dive and a morning meeting. */
    typical: field(
      z
        .boolean({ error: '典型案例应填 true 或 false — true 表示是典型案例，不是就写 false 或删掉这一行' })
        .default(false),
      {
        label: '典型案例',
        description: '有代表性、值得深入剖析和晨会讨论的案例填 `true`',
        example: 'true',
      },
    ),
    scripts: field(list(reference(index, 'scripts'), '关联话术', { max: 10 }).default([]), {
      label: '关联话术',
      description: '处理时用到的话术：`content/service-scripts/` 下的文件名（不含扩展名）',
      example: '[empathy-delay-apology]',
    }),
    practices: field(list(reference(index, 'practices'), '关联最佳实践', { max: 10 }).default([]), {
      label: '关联最佳实践',
      description: '相关的最佳实践：`content/practices/` 下的文件名（不含扩展名）',
      example: '[first-contact-ownership]',
    }),
    relatedCases: field(list(reference(index, 'cases'), '相关案例', { max: 10 }).default([]), relatedCasesDoc),
    reviewer: field(person.optional(), {
      label: '复核人',
      description: '复核这个案例的人；和 `reviewedOn` 要么都填，要么都不填',
      example: 'zhao-ting',
    }),
    reviewedOn: field(isoDate.optional(), {
      label: '复核日期',
      description: '复核的日期 `YYYY-MM-DD`；超过有效期（`reviewMaxAgeDays`）`npm run check` 会提醒重新复核',
      example: '2026-11-20',
    }),
    /** 点评: comments from reviewers and colleagues. */
    reviewComments: field(
      list(
        entryObject({
          by: field(person, { label: '点评人', description: '写点评的人', example: 'zhao-ting' }),
          text: field(text('点评内容', 300), {
            label: '点评内容',
            description: '点评的话，300 字以内',
            example: '先道歉再查单，节奏很好；承诺到账时间前应先和财务确认',
          }),
        }),
        '点评',
        { max: 20 },
      ).default([]),
      { label: '点评', description: '复核人和同事的点评，每条写点评人和点评内容' },
    ),
  }).refine((entry) => (entry.reviewer === undefined) === (entry.reviewedOn === undefined), {
    error: '复核人（reviewer）与复核日期（reviewedOn）只填了一个 — 两个要么都填，要么都不填',
    path: ['reviewedOn'],
  });

  const daily = entryObject({
    /** The case presented that day. The date comes from the file name. */
    case: field(reference(index, 'cases'), {
      label: '案例',
      description: '这天晨会讨论的案例：`content/cases/` 下的路径（不含扩展名）；日期就是文件名',
      example: 'ecommerce/presale-refund-delay',
      template: '案例 id，如 ecommerce/presale-refund-delay',
      prompt: '讨论哪个案例',
    }),
    /** Who leads the discussion at the morning meeting. */
    host: field(person, {
      label: '主持人',
      description: '带领晨会讨论的人',
      example: 'zhao-ting',
      template: '主持人的人员 id',
    }),
    questions: field(list(text('讨论问题', 120), '讨论问题', { min: 1, max: 5 }), {
      label: '讨论问题',
      description: '晨会上请大家讨论的问题，1–5 个',
      example: '[换作你，第一句话会怎么说？]',
      template: '讨论问题，如“换作你，第一句话会怎么说？”',
    }),
    /** The one sentence the team should remember. */
    takeaway: field(text('一句话收获', 80), {
      label: '一句话收获',
      description: '团队应该记住的一句话，80 字以内',
      example: '先查明细，再给时间',
      template: '一句话收获',
    }),
  });

  const practices = entryObject({
    title: field(text('标题', 60), {
      ...titleDoc,
      description: '这篇做法的标题，60 字以内',
      example: '首问负责：一次接待到底',
      template: '标题，60 字以内',
    }),
    summary: field(text('摘要', 160), {
      label: '摘要',
      description: '一句话说明这个做法和效果，160 字以内',
      example: '首次接待的客服跟进到问题解决，转接率下降一半',
      template: '一句话摘要',
    }),
    lang,
    authors: field(people('作者', 1), authors('你的人员 id')),
    publishedOn: field(isoDate, {
      label: '发布日期',
      description: '发布的日期 `YYYY-MM-DD`；`npm run new` 填今天',
      example: '2026-11-28',
      template: '发布日期，如 2026-11-28',
    }),
    servqual: field(list(vocabularyValue(servqualDimensions, '服务质量维度'), '服务质量维度', { max: 5 }).default([]), {
      ...servqualDoc,
      template: { value: [] },
    }),
    recoveryPrinciples: field(
      list(vocabularyValue(recoveryPrinciples, '补救原则'), '补救原则', { max: 8 }).default([]),
      recoveryDoc,
    ),
    serviceStandards: field(
      list(vocabularyValue(serviceStandards, '服务标准领域'), '服务标准领域', { max: 14 }).default([]),
      {
        label: '服务标准领域',
        description: '这个做法改进的服务标准领域（程序面七个、个人面七个）',
        example: '[timeliness, tact]',
      },
    ),
    tags,
    relatedCases: field(list(reference(index, 'cases'), '相关案例', { max: 20 }).default([]), relatedCasesDoc),
    /** Journey stages this practice designs a peak for (峰值化), written 行业/阶段, e.g. ecommerce/退款到账. */
    peakStages: field(list(text('峰值阶段', 40), '峰值阶段', { max: 10 }).default([]), {
      label: '峰值阶段',
      description: '这个做法为哪些客户旅程阶段设计了峰值，写成 行业/阶段；阶段页会列出它',
      example: '[ecommerce/退款到账]',
    }),
  });

  const placeholderName = z
    .string({ error: '占位符名称应为文字 — 例如 称呼' })
    .regex(/^[^{}\s]{1,12}$/, { error: '占位符名称格式不对 — 1 到 12 个字，不含空格和花括号，例如 称呼' });

  const scripts = entryObject({
    title: field(text('标题', 60), {
      ...titleDoc,
      description: '话术的标题，60 字以内',
      example: '退款延迟的致歉与安抚',
      template: '标题，60 字以内',
    }),
    /** When to use it: the situation in one line. */
    scenario: field(text('适用场景', 120), {
      label: '适用场景',
      description: '什么情况下用这套话术，一句话',
      example: '客户催问退款进度、情绪着急时',
      template: '适用场景，一句话',
    }),
    lang,
    stage: field(vocabularyValue(scriptStages, '对话阶段'), {
      label: '对话阶段',
      description: '用在对话的哪个阶段',
      example: 'empathy',
      template: '对话阶段',
    }),
    channels: field(list(vocabularyValue(channels, '渠道'), '适用渠道', { min: 1, max: 7 }), {
      label: '适用渠道',
      description: '可以在哪些渠道用，至少一个',
      example: '[phone, chat]',
      template: '适用渠道',
      prompt: '适用渠道（可多选）',
    }),
    category: field(vocabularyValue(config.categories, '问题分类').optional(), categoryDoc),
    authors: field(people('作者').default([]), authors('你的人员 id')),
    /** Blanks the agent fills in, written `{称呼}` in the lines. */
    placeholders: field(
      list(
        entryObject({
          name: field(placeholderName, {
            label: '占位符名称',
            description: '话术里写作 {名称}，1 到 12 个字，不含空格和花括号',
            example: '称呼',
          }),
          example: field(text('示例值', 40), {
            label: '示例值',
            description: '客服要填进去的值的例子',
            example: '王先生',
          }),
        }),
        '占位符',
        { max: 10 },
      ).default([]),
      {
        label: '占位符',
        description: '话术里要客服当场填写的空，每个写名称和示例值',
        template: { value: [{ name: '称呼', example: '王先生' }] },
      },
    ),
    lines: field(
      list(
        entryObject({
          text: field(text('话术', 300), {
            label: '话术',
            description: '要说的一句话，占位符写作 {称呼}',
            example: '"{称呼}您好，让您久等了，我马上帮您查退款进度。"',
            template: '第一句话术，可以用 {称呼} 这样的占位符',
          }),
          /** Must be said (compliance or quality requirement). */
          mandatory: field(z.boolean({ error: '必说应填 true 或 false — true 表示这句话必须说' }).default(false), {
            label: '必说',
            description: '合规或质检要求必须说的话填 `true`',
            example: 'true',
          }),
          note: field(text('说明', 120).optional(), {
            label: '说明',
            description: '什么时候说、怎么说，120 字以内',
            example: '客户第二次催问时使用',
          }),
        }),
        '话术',
        { min: 1, max: 20 },
      ),
      { label: '话术', description: '按顺序列出要说的话，1–20 句', template: { fields: true } },
    ),
    /** 禁用语: what not to say, with what to say instead. */
    avoid: field(
      list(
        entryObject({
          phrase: field(text('禁用语', 60), {
            label: '禁用语',
            description: '不要说的话',
            example: '您再等等吧',
            template: '不要说的话',
          }),
          better: field(text('替代说法', 120), {
            label: '替代说法',
            description: '应该怎么说',
            example: '我现在就帮您查到账时间',
            template: '应该怎么说',
          }),
        }),
        '禁用语',
        { max: 20 },
      ).default([]),
      {
        label: '禁用语',
        description: '不要说的话和替代说法；案例的处理过程里出现禁用语时 `npm run check` 会提醒',
        template: { fields: true },
      },
    ),
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
    name: field(text('显示名', 20), { label: '显示名', description: '网站上显示的名字，20 字以内', example: '张敏' }),
    team: field(vocabularyValue(config.teams, '班组'), {
      label: '班组',
      description: '所在班组，取值在 `src/config.ts` 的 `teams`',
      example: 'ecom-online',
    }),
    role: field(vocabularyValue(roles, '岗位'), { label: '岗位', description: '在团队里的岗位', example: 'team-lead' }),
    /** Optional short line shown on the person's page. */
    bio: field(text('简介', 120).optional(), {
      label: '简介',
      description: '显示在人员页上的一句介绍，120 字以内',
      example: '电商在线组组长，擅长大促期间的退款投诉',
    }),
  });

  const lexicon = entryObject({
    /** The domain the file covers, shown as a heading on the 同义词表 page, e.g. 退款与支付. */
    title: field(text('标题', 20), {
      label: '领域名称',
      description: '这个文件涵盖的领域，显示为同义词表页面上的小标题，20 字以内',
      example: '退款与支付',
      template: '领域名称，如 退款与支付',
    }),
    groups: field(list(lexiconGroup, '同义词组', { min: 1, max: 500 }), {
      label: '同义词组',
      description: '每组写客户、客服和案例库对同一件事的不同说法；一个词只能放在一组里，简繁体搜索时自动互通',
      template: { fields: true },
    }),
  });

  /** A customer journey (客户旅程), one per industry: the file is named like the industry's folder of cases. */
  const journeys = entryObject({
    /** Shown as the map's heading, e.g. 电商购物旅程. */
    title: field(text('旅程名称', 20), {
      label: '旅程名称',
      description: '旅程图的标题，20 字以内',
      example: '电商购物旅程',
    }),
    /** The stages in the order the customer lives them; at most 12 (the map's CSS has a width for each count). */
    stages: field(list(journeyStage, '阶段', { max: 12 }), {
      label: '阶段',
      description: '按客户经历的顺序列出阶段，1–12 个',
    }),
  }).superRefine((journey, context) => {
    if (journey.stages.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['stages'],
        message:
          '这条旅程没有阶段 — 请按客户经历的顺序列出阶段，每个阶段写 name、description、touchpoints、channels，' +
          '例如 - name: 浏览咨询',
      });
    }
    const first = new Map<string, number>();
    journey.stages.forEach((stage, position) => {
      const earlier = first.get(stage.name);
      if (earlier === undefined) first.set(stage.name, position);
      else {
        context.addIssue({
          code: 'custom',
          path: ['stages', position, 'name'],
          message:
            `阶段「${stage.name}」写了两次（第 ${earlier + 1} 个阶段已是它） — 每个阶段只写一次：` +
            `合并两处的触点和渠道，或给这一个换个名字`,
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
