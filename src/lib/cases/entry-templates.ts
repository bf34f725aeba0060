/**
 * The templates of new entries, written once and used by both ways of starting one: `npm run new`
 * (with the fields the contributor gave) and the site's “投稿” link to the repository's new-file page
 * (with none). Every field and section is present; whatever is not known yet is a `TODO：提示`
 * placeholder, which `npm run check` refuses with the field's name and choices until it is replaced.
 */
import { caseSections } from './taxonomy.ts';

/** Marks a value or paragraph the contributor still has to write. */
export const TODO_MARK = 'TODO';

const todo = (prompt: string) => `${TODO_MARK}：${prompt}`;

export type EntryKind = 'case' | 'daily' | 'practice' | 'script' | 'lexicon';
export type EntryLang = 'zh-CN' | 'zh-TW' | 'zh-HK';

/** The kinds of entry a contributor can start, in the order they are offered. */
export const entryKinds: Record<EntryKind, { zh: string; collection: 'cases' | 'daily' | 'practices' | 'scripts' | 'lexicon' }> = {
  case: { zh: '案例', collection: 'cases' },
  daily: { zh: '每日一案例', collection: 'daily' },
  practice: { zh: '最佳实践', collection: 'practices' },
  script: { zh: '话术', collection: 'scripts' },
  lexicon: { zh: '同义词组', collection: 'lexicon' },
};

export interface CaseFields {
  caseNumber?: string;
  title?: string;
  summary?: string;
  lang?: EntryLang;
  customerWords?: string;
  occurredOn?: string;
  authors?: readonly string[];
  team?: string;
  channel?: string;
  category?: string;
  product?: string;
  failureType?: string;
  severity?: number;
  /** The stage of the industry's journey; `null` when the industry has no journey yet (the field is left out). */
  journeyStage?: string | null;
}

export interface DailyFields {
  case?: string;
  host?: string;
}

export interface PracticeFields {
  title?: string;
  summary?: string;
  lang?: EntryLang;
  authors?: readonly string[];
  publishedOn?: string;
}

export interface ScriptFields {
  title?: string;
  scenario?: string;
  lang?: EntryLang;
  stage?: string;
  channels?: readonly string[];
  authors?: readonly string[];
}

export interface LexiconFields {
  /** The domain of a new lexicon file, e.g. 退款与支付. */
  title?: string;
  /** The group's words, the library's own term first. */
  words?: readonly string[];
}

export interface EntryFields {
  case: CaseFields;
  daily: DailyFields;
  practice: PracticeFields;
  script: ScriptFields;
  lexicon: LexiconFields;
}

/** A YAML scalar: plain when that reads back as the same text, double-quoted otherwise. */
function scalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const ambiguous = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$|^(?:true|false|null|yes|no|on|off|~)$|^[\d.+-]/i.test(value) || value === '';
  return ambiguous ? JSON.stringify(value) : value;
}

const line = (key: string, value: string | number | undefined, placeholder: string) => `${key}: ${scalar(value ?? todo(placeholder))}`;

function list(key: string, values: readonly string[] | undefined, placeholder: string): string {
  const items = values?.length ? values : [todo(placeholder)];
  return [`${key}:`, ...items.map((item) => `  - ${scalar(item)}`)].join('\n');
}

const langLine = (lang: EntryLang | undefined) => (lang && lang !== 'zh-CN' ? [`lang: ${lang}`] : []);
const frontmatter = (lines: readonly string[]) => `---\n${lines.join('\n')}\n---\n`;

/** What each case section is for, shown as its placeholder paragraph. */
const casePrompts: Record<(typeof caseSections)[number]['id'], string> = {
  issue: '客户遇到了什么问题、想要什么。称呼写“王先生”，号码只写尾号。',
  background: '涉及的产品、政策、系统，以及之前发生过什么。',
  'root-cause': '问题的根本原因，而不只是表面现象。',
  actions: '按时间顺序写每一步：谁、做了什么、怎么说的。',
  result: '结果如何，客户的反馈，有无补偿。',
  lessons: '下次遇到类似问题应该怎么做。',
};

export function caseTemplate(fields: CaseFields = {}): string {
  const traditional = fields.lang !== undefined && fields.lang !== 'zh-CN';
  const head = frontmatter([
    line('caseNumber', fields.caseNumber, '案例编号，如 KF-2026-0001'),
    line('title', fields.title, '一句话标题，60 字以内'),
    line('summary', fields.summary, '一句话摘要：发生了什么、怎么解决的'),
    ...langLine(fields.lang),
    list('customerWords', fields.customerWords ? [fields.customerWords] : undefined, '客户原话，已脱敏'),
    line('occurredOn', fields.occurredOn, '发生日期，如 2026-11-28'),
    list('authors', fields.authors, '你的人员 id'),
    line('team', fields.team, '班组'),
    line('channel', fields.channel, '渠道'),
    line('category', fields.category, '问题分类'),
    line('product', fields.product, '产品'),
    line('failureType', fields.failureType, '服务失误类型'),
    line('severity', fields.severity, '严重程度 1–4'),
    ...(fields.journeyStage === null ? [] : [line('journeyStage', fields.journeyStage, '客户旅程阶段：content/journeys/ 下本行业旅程里的一个阶段名称')]),
    list('servqual', undefined, '服务质量维度'),
    line('rootCause', undefined, '根本原因，一句话'),
    line('status', undefined, '处理状态'),
    'confidence: draft',
    'outcome:',
    `  ${line('firstResponseMinutes', undefined, '首次响应用了几分钟')}`,
    `  ${line('resolutionHours', undefined, '从进线到解决用了几小时')}`,
    `  ${line('firstContactResolution', undefined, '首次接触就解决填 true，否则 false')}`,
    `  ${line('satisfaction', undefined, '客户满意度 1–5')}`,
    'tags: []',
  ]);
  const body = caseSections.map((section) => {
    const prompt = casePrompts[section.id];
    const paragraph = section.id === 'actions' ? `1. ${todo(prompt)}` : section.id === 'lessons' ? `- ${todo(prompt)}` : todo(prompt);
    return `## ${traditional ? section.hant : section.zh}\n\n${paragraph}\n`;
  });
  return `${head}\n${body.join('\n')}`;
}

export function dailyTemplate(fields: DailyFields = {}): string {
  const head = frontmatter([
    line('case', fields.case, '案例 id，如 ecommerce/presale-refund-delay'),
    line('host', fields.host, '主持人的人员 id'),
    list('questions', undefined, '讨论问题，如“换作你，第一句话会怎么说？”'),
    line('takeaway', undefined, '一句话收获'),
  ]);
  return `${head}\n${todo('主持人备注（可选，不需要就删掉这一段）')}\n`;
}

export function practiceTemplate(fields: PracticeFields = {}): string {
  const head = frontmatter([
    line('title', fields.title, '标题，60 字以内'),
    line('summary', fields.summary, '一句话摘要'),
    ...langLine(fields.lang),
    list('authors', fields.authors, '你的人员 id'),
    line('publishedOn', fields.publishedOn, '发布日期，如 2026-11-28'),
    'servqual: []',
    'tags: []',
  ]);
  return `${head}\n## ${todo('小标题')}\n\n${todo('背景、做法和效果（最好有数据），可以用列表和表格。')}\n`;
}

export function scriptTemplate(fields: ScriptFields = {}): string {
  const head = frontmatter([
    line('title', fields.title, '标题，60 字以内'),
    line('scenario', fields.scenario, '适用场景，一句话'),
    ...langLine(fields.lang),
    line('stage', fields.stage, '对话阶段'),
    list('channels', fields.channels, '适用渠道'),
    list('authors', fields.authors, '你的人员 id'),
    'placeholders:',
    '  - name: 称呼',
    '    example: 王先生',
    'lines:',
    `  - text: ${todo('第一句话术，可以用 {称呼} 这样的占位符')}`,
    'avoid:',
    `  - phrase: ${todo('不要说的话')}`,
    `    better: ${todo('应该怎么说')}`,
    'tags: []',
  ]);
  return `${head}\n${todo('使用说明（可选，不需要就删掉这一段）')}\n`;
}

/** A word in a YAML flow list (`[退款, 退钱]`): quoted when plain text would be misread there. */
const flowScalar = (value: string) => (/[,[\]{}]/.test(value) ? JSON.stringify(value) : scalar(value));

/** One synonym group, as appended to a lexicon file (`npm run new -- lexicon` adds it to an existing domain). */
export function lexiconGroupTemplate(fields: LexiconFields = {}): string {
  const words = fields.words?.length ? fields.words : [todo('案例库的叫法'), todo('客户或客服的说法')];
  return [
    `  - words: [${words.map(flowScalar).join(', ')}]`,
    `    # 可选：更具体的说法写在 narrower 里，它们能找到这一组，这一组找不到它们，例如 narrower: [雪糕, 冰淇淋]`,
    `    # 可选：note: 一句说明，显示在同义词表页面上`,
    '',
  ].join('\n');
}

/** A new lexicon file: one domain, its first group. */
export function lexiconTemplate(fields: LexiconFields = {}): string {
  return [
    '# 同义词表：每组写客户、客服和案例库对同一件事的不同说法，第一个词写案例库自己的叫法。',
    '# 每个词只写一种写法：简体和繁体搜索时会自动互通。一个词只能放在一组里。',
    line('title', fields.title, '领域名称，如 退款与支付'),
    'groups:',
    lexiconGroupTemplate(fields),
  ].join('\n');
}

/** The template of any kind of entry. */
export function entryTemplate<K extends EntryKind>(kind: K, fields: EntryFields[K] = {}): string {
  switch (kind) {
    case 'case':
      return caseTemplate(fields as CaseFields);
    case 'daily':
      return dailyTemplate(fields as DailyFields);
    case 'practice':
      return practiceTemplate(fields as PracticeFields);
    case 'lexicon':
      return lexiconTemplate(fields as LexiconFields);
    default:
      return scriptTemplate(fields as ScriptFields);
  }
}

/**
 * The file name a new entry starts with in the repository's web editor: a TODO name, which `npm run check`
 * refuses until the contributor renames it (daily entries are named after their meeting date).
 */
export function draftFileName(kind: EntryKind, extension: string): string {
  return `${TODO_MARK}-${kind === 'daily' ? 'YYYY-MM-DD' : 'english-name'}${extension}`;
}

/** The next free case number of a year: one more than the highest already used, e.g. KF-2026-0046. */
export function nextCaseNumber(existing: Iterable<string>, year: string, prefix: string): string {
  const pattern = new RegExp(`^${prefix}-${year}-(\\d{4})$`);
  let highest = 0;
  for (const number of existing) {
    const serial = pattern.exec(number)?.[1];
    if (serial) highest = Math.max(highest, Number(serial));
  }
  return `${prefix}-${year}-${String(highest + 1).padStart(4, '0')}`;
}
