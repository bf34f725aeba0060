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
  /** A value as written in a file (YAML), e.g. `KF-2026-0012` or `[reliability, empathy]`; a group of fields may leave it to its fields. */
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

/** Every field of a collection and of its groups, with its path (`outcome.satisfaction`, `lines.text`). */
export function flattenFields(fields: readonly FieldInfo[], prefix = ''): { path: string; field: FieldInfo }[] {
  return fields.flatMap((field) => [{ path: `${prefix}${field.key}`, field }, ...flattenFields(field.fields ?? [], `${prefix}${field.key}.`)]);
}

/** A group's example, built from its fields' examples when it gives none. */
export function exampleOf(field: FieldInfo): string {
  if (field.example !== undefined) return field.example;
  const lines = (field.fields ?? []).filter((child) => child.required || child.template !== undefined).map((child) => `${child.key}: ${exampleOf(child)}`);
  return field.list ? lines.map((line, index) => `${index === 0 ? '- ' : '  '}${line}`).join('\n') : lines.join('\n');
}

/** The kind of value, in Chinese, with its allowed values: what the field reference shows in its 取值 column. */
export function valueKind(field: FieldInfo): string {
  const kind =
    field.vocabulary !== undefined
      ? `${field.shape === 'number' ? '整数' : '取值'}：${Object.entries(field.vocabulary).map(([id, term]) => `${id} ${term.zh}`).join('、')}`
      : { text: '文字', number: '数字', boolean: 'true 或 false', date: '日期 YYYY-MM-DD', choice: '取值', reference: `${field.reference?.zh ?? ''} id（${field.reference?.folder ?? ''} 下的文件路径）`, group: '一组字段' }[field.shape];
  return field.list ? `列表，每项：${kind}` : kind;
}
