/**
 * The field catalogue, read from the schemas: every field's `field()` entry (label, description, example,
 * template text) with what its rules say about it (required, list, kind of value, vocabulary, default).
 * Templates, `npm run new`, the field reference (docs/fields.md and /contribute/fields/) and the tests' field
 * lists are drawn from it, so that adding a field to a schema is the one edit they need.
 */
import { z } from 'astro/zod';
import { ui } from '../i18n/ui.ts';
import {
  fieldReferenceMarkdown,
  type FieldDoc,
  type FieldInfo,
  type FieldShape,
} from '../lib/cases/field-catalogue.ts';
import type { Vocabulary } from '../lib/cases/taxonomy.ts';
import { createSchemas } from './collections.ts';
import { collectionTerms, type Collection, type LibraryIndex } from './common.ts';

type Schema = z.core.$ZodType;

const metaOf = (schema: Schema): Record<string, unknown> => ({ ...z.globalRegistry.get(schema) });

/** Reads one field: its own entry, then its value's kind through the wrappers (optional, default, pipe, list). */
function readField(key: string, schema: Schema, where: string): FieldInfo {
  const doc = metaOf(schema) as Partial<FieldDoc>;
  if (typeof doc.label !== 'string' || typeof doc.description !== 'string') {
    throw new Error(`${where}.${key} has no field() entry (label and description) in src/schemas/`);
  }
  const info: FieldInfo = {
    ...doc,
    label: doc.label,
    description: doc.description,
    key,
    required: !z.safeParse(schema, undefined).success,
    list: false,
    shape: 'text',
  };
  let current = schema;
  let vocabulary: Vocabulary | undefined = doc.vocabulary;
  let shape: FieldShape | undefined;
  for (;;) {
    const meta = metaOf(current);
    vocabulary ??= meta.vocabulary as Vocabulary | undefined;
    if (meta.reference) info.reference = meta.reference as FieldInfo['reference'];
    if (meta.shape === 'date') shape ??= 'date';
    const def = current._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    if (def.type === 'optional') current = def.innerType as Schema;
    else if (def.type === 'default') {
      info.defaultValue ??= (current as z.ZodDefault).def.defaultValue;
      current = def.innerType as Schema;
    } else if (def.type === 'pipe') {
      // A preprocess is a transform followed by the rules; a transform follows the rules.
      const input = def.in as Schema;
      current = input._zod.def.type === 'transform' ? (def.out as Schema) : input;
    } else if (def.type === 'array') {
      info.list = true;
      current = def.element as Schema;
    } else {
      const kinds: Partial<Record<string, FieldShape>> = {
        string: 'text',
        number: 'number',
        boolean: 'boolean',
        enum: 'choice',
        object: 'group',
      };
      shape ??= info.reference ? 'reference' : (kinds[def.type] ?? 'text');
      if (def.type === 'object') info.fields = readFields(current as z.ZodObject, `${where}.${key}`);
      break;
    }
  }
  if (vocabulary) info.vocabulary = vocabulary;
  info.shape = shape!;
  return info;
}

function readFields(object: z.ZodObject, where: string): FieldInfo[] {
  return Object.entries(object.shape).map(([key, schema]) => readField(key, schema as Schema, where));
}

/** Schemas for reading only: references are not resolved, so no library is needed. */
const noEntries: LibraryIndex = {
  cases: new Set(),
  daily: new Set(),
  practices: new Set(),
  scripts: new Set(),
  people: new Set(),
  lexicon: new Set(),
  journeys: new Set(),
};

/** Every collection's fields, in the order the schema declares them. */
export const fieldCatalogue: Record<Collection, readonly FieldInfo[]> = (() => {
  const schemas = createSchemas(noEntries);
  return Object.fromEntries(
    Object.entries(schemas).map(([collection, schema]) => [collection, readFields(schema as z.ZodObject, collection)]),
  ) as Record<Collection, FieldInfo[]>;
})();

/** The field reference's sections: one per collection, headed by its Chinese name and folder. */
export const fieldReferenceSections = (Object.keys(fieldCatalogue) as Collection[]).map((collection) => ({
  collection,
  heading: `${collectionTerms[collection].zh}（\`${collectionTerms[collection].folder}\`）`,
  fields: fieldCatalogue[collection],
}));

/** docs/fields.md as `npm run docs:fields` writes it. */
export function fieldReferenceDocument(): string {
  const intro = [
    '<!-- 本页由 npm run docs:fields 从 src/schemas/ 里各字段的说明生成，请不要手改：改 src/schemas/ 里的字段说明，' +
      '再运行 npm run docs:fields。 -->',
    '',
    `# ${ui.fields.title}`,
    '',
    ui.fields.intro,
    '网站上的投稿页（`/contribute/fields/`）有同一份字段参考；正文怎么写见 [CONTRIBUTING.md](../CONTRIBUTING.md)。',
    '',
    ui.fields.groupNote,
  ].join('\n');
  return fieldReferenceMarkdown(intro, fieldReferenceSections);
}
