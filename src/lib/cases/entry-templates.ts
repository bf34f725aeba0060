/**
 * The templates of new entries, written once and used by both ways of starting one: `npm run new`
 * (with the fields the contributor gave) and the site's “投稿” link to the repository's new-file page
 * (with none). The fields and their order come from the field catalogue (each field's template text in its
 * schema), the body's sections from here. Whatever is not known yet is a `TODO：提示` placeholder, which
 * `npm run check` refuses with the field's name and choices until it is replaced.
 */
import type { FieldInfo } from './field-catalogue.ts';
import { DEFAULT_ROLE, lexiconRoles } from '../lexicon/index.ts';
import { caseNumberPattern } from './case-number.ts';
import { caseSections } from './taxonomy.ts';

/** Marks a value or paragraph the contributor still has to write. */
export const TODO_MARK = 'TODO';

const todo = (prompt: string) => `${TODO_MARK}：${prompt}`;

export type EntryKind = 'case' | 'daily' | 'practice' | 'script' | 'lexicon';
type EntryCollection = 'cases' | 'daily' | 'practices' | 'scripts' | 'lexicon';

/** The kinds of entry a contributor can start, in the order they are offered. */
export const entryKinds: Record<EntryKind, { zh: string; collection: EntryCollection }> = {
  case: { zh: '案例', collection: 'cases' },
  daily: { zh: '每日一案例', collection: 'daily' },
  practice: { zh: '最佳实践', collection: 'practices' },
  script: { zh: '话术', collection: 'scripts' },
  lexicon: { zh: '同义词组', collection: 'lexicon' },
};

/** The fields of each kind of entry (src/schemas/catalogue.ts). */
export type EntryCatalogue = Readonly<Record<EntryCollection, readonly FieldInfo[]>>;

/**
 * Values the contributor already gave, by field name; the rest start from the field's template text.
 * `null` leaves a field out (a journey stage where the industry has no journey yet).
 */
export type EntryValues = Readonly<Record<string, string | number | boolean | readonly string[] | null | undefined>>;

/** A YAML scalar: plain when that reads back as the same text, double-quoted otherwise. */
function scalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  const ambiguous =
    /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$|^(?:true|false|null|yes|no|on|off|~)$|^[\d.+-]/i.test(text) || text === '';
  return ambiguous ? JSON.stringify(text) : text;
}

/** `key: value` lines of a value written as is: a scalar, a list (of scalars or of groups), or a group. */
function yamlLines(key: string, value: unknown): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${key}: []`];
    return [
      `${key}:`,
      ...value.flatMap((item) =>
        typeof item === 'object' && item !== null
          ? listItem(Object.entries(item as Record<string, unknown>).flatMap(([k, v]) => yamlLines(k, v)))
          : [`  - ${scalar(item)}`],
      ),
    ];
  }
  if (typeof value === 'object' && value !== null)
    return [
      `${key}:`,
      ...Object.entries(value)
        .flatMap(([k, v]) => yamlLines(k, v))
        .map((line) => `  ${line}`),
    ];
  return [`${key}: ${scalar(value)}`];
}

/** The lines of one group as an item of a list: the first after `- `, the rest under it. */
const listItem = (lines: readonly string[]) => lines.map((line, index) => `${index === 0 ? '  - ' : '    '}${line}`);

/** A field's lines in a new entry: the value given, else its template text; none when it has neither. */
function fieldLines(field: FieldInfo, value: EntryValues[string]): string[] {
  if (value === null) return [];
  if (value !== undefined) {
    // The default needs no line (lang: zh-CN); a single answer to a list field is its one item.
    if (value === field.defaultValue) return [];
    return yamlLines(field.key, field.list && !Array.isArray(value) ? [value] : value);
  }
  const template = field.template;
  if (template === undefined) return [];
  if (typeof template === 'string') return yamlLines(field.key, field.list ? [todo(template)] : todo(template));
  if ('value' in template) return yamlLines(field.key, template.value);
  const lines = (field.fields ?? []).flatMap((child) => fieldLines(child, undefined));
  return [`${field.key}:`, ...(field.list ? listItem(lines) : lines.map((line) => `  ${line}`))];
}

/** The frontmatter of a new entry: every field in the schema's order, known values filled in. */
function frontmatter(fields: readonly FieldInfo[], values: EntryValues): string {
  return `---\n${fields.flatMap((field) => fieldLines(field, values[field.key])).join('\n')}\n---\n`;
}

/** What each case section is for, shown as its placeholder paragraph. */
const casePrompts: Record<(typeof caseSections)[number]['id'], string> = {
  issue: '客户遇到了什么问题、想要什么。称呼写“王先生”，号码只写尾号。',
  background: '涉及的产品、政策、系统，以及之前发生过什么。',
  'root-cause': '问题的根本原因，而不只是表面现象。',
  actions: '按时间顺序写每一步：谁、做了什么、怎么说的。',
  result: '结果如何，客户的反馈，有无补偿。',
  lessons: '下次遇到类似问题应该怎么做。',
};

/** The body each kind of entry starts with, under its frontmatter. */
const bodies: Record<Exclude<EntryKind, 'lexicon'>, (values: EntryValues) => string> = {
  case: (values) => {
    const traditional = values.lang !== undefined && values.lang !== 'zh-CN';
    const sections = caseSections.map((section) => {
      const prompt = casePrompts[section.id];
      const paragraph =
        section.id === 'actions' ? `1. ${todo(prompt)}` : section.id === 'lessons' ? `- ${todo(prompt)}` : todo(prompt);
      return `## ${traditional ? section.hant : section.zh}\n\n${paragraph}\n`;
    });
    return sections.join('\n');
  },
  daily: () => `${todo('主持人备注（可选，不需要就删掉这一段）')}\n`,
  practice: () => `## ${todo('小标题')}\n\n${todo('背景、做法和效果（最好有数据），可以用列表和表格。')}\n`,
  script: () => `${todo('使用说明（可选，不需要就删掉这一段）')}\n`,
};

/** A word in a YAML flow list (`[退款, 退钱]`): quoted when plain text would be misread there. */
const flowScalar = (value: string) => (/[,[\]{}]/.test(value) ? JSON.stringify(value) : scalar(value));

const roleChoices = Object.entries(lexiconRoles)
  .map(([id, term]) => `${id} ${term.zh}`)
  .join('、');

/** One synonym group, as appended to a lexicon file (`npm run new -- lexicon` adds it to an existing domain). */
export function lexiconGroupTemplate(values: EntryValues = {}): string {
  const given = values.words;
  const words =
    Array.isArray(given) && given.length > 0
      ? (given as readonly string[])
      : [todo('案例库的叫法'), todo('客户或客服的说法')];
  return [
    `  - words: [${words.map(flowScalar).join(', ')}]`,
    `    role: ${DEFAULT_ROLE}  # 这组词说的是：${roleChoices}`,
    `    # 可选：更具体的说法写在 narrower 里，它们能找到这一组，这一组找不到它们，例如 narrower: [雪糕, 冰淇淋]`,
    `    # 可选：note: 一句说明，显示在同义词表页面上`,
    '',
  ].join('\n');
}

/** A new lexicon file: one domain, its first group. */
function lexiconTemplate(fields: readonly FieldInfo[], values: EntryValues): string {
  const title = fields.find((field) => field.key === 'title')!;
  return [
    '# 同义词表：每组写客户、客服和案例库对同一件事的不同说法，第一个词写案例库自己的叫法。',
    '# 每个词只写一种写法：简体和繁体搜索时会自动互通。一个词只能放在一组里。',
    ...fieldLines(title, values.title),
    'groups:',
    lexiconGroupTemplate(values),
  ].join('\n');
}

/** The template of any kind of entry, with the values already known. */
export function entryTemplate(kind: EntryKind, catalogue: EntryCatalogue, values: EntryValues = {}): string {
  const fields = catalogue[entryKinds[kind].collection];
  return kind === 'lexicon'
    ? lexiconTemplate(fields, values)
    : `${frontmatter(fields, values)}\n${bodies[kind](values)}`;
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
  const pattern = caseNumberPattern(prefix, year);
  let highest = 0;
  for (const number of existing) {
    const serial = pattern.exec(number)?.[1];
    if (serial) highest = Math.max(highest, Number(serial));
  }
  return `${prefix}-${year}-${String(highest + 1).padStart(4, '0')}`;
}
