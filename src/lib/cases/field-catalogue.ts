/**
 * The field catalogue as plain data: what each frontmatter field means, how it looks and how a new entry
 * starts it. It is written once, on the schemas (`field()` in src/schemas/common.ts), read from them by
 * src/schemas/catalogue.ts, and drawn on by the entry templates, `npm run new` and the field reference.
 */
import type { Vocabulary } from './taxonomy.ts';

/**
 * How a field starts in a new entry's template:
 * a prompt (`title: TODO：一句话标题`; a list gets one such item), a value written as is (`confidence: draft`,
 * `tags: []`), or, for an object or a list of objects, one made of its own fields' templates.
 */
export type TemplateText = string | { value: unknown } | { fields: true };

/** What a schema says about a field besides its rules. */
export interface FieldDoc {
  /** The field's Chinese name, as errors and prompts call it, e.g. 标题. */
  label: string;
  /** What to write, for the field reference. */
  description: string;
  /**
   * A value as written in a file (YAML), e.g. `KF-2026-0012` or `[reliability, empathy]`; a group of fields may leave
   * it to its fields.
   */
  example?: string;
  /** How the field starts in a new entry; without it the field is left out of the template. */
  template?: TemplateText;
  /** The question `npm run new` asks for it, when it differs from the label. */
  prompt?: string;
  /** The allowed values with their labels, for a field whose schema is not itself a vocabulary (severity 1–4). */
  vocabulary?: Vocabulary;
}

/** What a value is, as a contributor types it. */
export type FieldShape = 'text' | 'number' | 'boolean' | 'date' | 'choice' | 'reference' | 'group';

export interface FieldInfo extends FieldDoc {
  key: string;
  required: boolean;
  /** Written as a list of such values. */
  list: boolean;
  shape: FieldShape;
  /** The value used when the field is left out. */
  defaultValue?: unknown;
  /** For a reference: the collection whose ids it takes, as contributors know it. */
  reference?: { collection: string; zh: string; folder: string };
  /** For a group (an object, or a list of objects): its own fields. */
  fields?: readonly FieldInfo[];
}

/** One row of the field reference; `backticked` parts are code. */
export interface ReferenceRow {
  /** The field's path in the file: `outcome.satisfaction`, `lines[].text`. */
  path: string;
  label: string;
  /** 是, or 否 with the value used when it is left out. */
  required: string;
  /** The kind of value, e.g. 文字, 日期 `YYYY-MM-DD`, 列表，每项为可选值. */
  kind: string;
  /** The allowed values, with their Chinese names. */
  choices: { id: string; zh: string }[];
  description: string;
  /** As written in a file; none for a group, whose fields have their own rows. */
  example?: string;
}

const kinds: Record<FieldShape, (field: FieldInfo) => string> = {
  text: () => '文字',
  number: (field) => (field.vocabulary ? '整数，可选值' : '数字'),
  boolean: () => '`true` 或 `false`',
  date: () => '日期 `YYYY-MM-DD`',
  choice: () => '可选值',
  reference: (field) => `${field.reference?.zh}：\`${field.reference?.folder}\` 下的文件路径，不含扩展名`,
  group: () => '一组字段，见下面几行',
};

const defaultText = (value: unknown) =>
  Array.isArray(value) && value.length === 0 ? '空列表' : ` \`${String(value)}\``;

/** The rows of a collection's fields and of their groups' fields, in the schema's order. */
export function referenceRows(fields: readonly FieldInfo[], prefix = ''): ReferenceRow[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.key}`;
    const row: ReferenceRow = {
      path,
      label: field.label,
      required: field.required
        ? '是'
        : field.defaultValue === undefined
          ? '否'
          : `否，不写时为${defaultText(field.defaultValue)}`,
      kind: field.list ? `列表，每项为${kinds[field.shape](field)}` : kinds[field.shape](field),
      choices: Object.entries(field.vocabulary ?? {}).map(([id, term]) => ({ id, zh: term.zh })),
      description: field.description,
      ...(field.example !== undefined && { example: field.example }),
    };
    return [row, ...referenceRows(field.fields ?? [], `${path}${field.list ? '[]' : ''}.`)];
  });
}

/** A table cell: pipes escaped, so that a value like `a|b` stays in its cell. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** The field reference as Markdown: one table per kind of entry. */
export function fieldReferenceMarkdown(
  intro: string,
  sections: readonly { heading: string; fields: readonly FieldInfo[] }[],
): string {
  const tables = sections.map(({ heading, fields }) => {
    const rows = referenceRows(fields).map((row) => {
      const kind = [row.kind, row.choices.map((choice) => `\`${choice.id}\` ${choice.zh}`).join('、')]
        .filter(Boolean)
        .join('：');
      const example = row.example === undefined ? '' : `\`${cell(row.example)}\``;
      const cells = [`\`${row.path}\``, row.label, row.required, cell(kind), cell(row.description), example];
      return `| ${cells.join(' | ')} |`;
    });
    return [
      `## ${heading}`,
      '',
      '| 字段 | 名称 | 必填 | 取值 | 说明 | 示例 |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return `${[intro, ...tables].join('\n\n')}\n`;
}
