/**
 * The schemas are the field catalogue: every field describes itself there, and everything that lists fields
 * (templates, `npm run new`, the field reference, the issue form) is drawn from it or checked against it here,
 * so that adding a field is one edit to a schema plus sample content.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { entryKinds, type EntryKind } from '../../src/lib/cases/entry-templates.ts';
import { referenceRows, type FieldInfo } from '../../src/lib/cases/field-catalogue.ts';
import { fieldCatalogue, fieldReferenceDocument } from '../../src/schemas/catalogue.ts';
import { createSchemas } from '../../src/schemas/collections.ts';
import { scanLibrary } from '../../src/library/layout.ts';
import { projectRoot } from '../helpers/paths.ts';

const collections = Object.keys(fieldCatalogue) as (keyof typeof fieldCatalogue)[];
const han = /\p{Script=Han}/u;

/** The rules of a field at a path, through the wrappers the catalogue reads through. */
function schemaAt(object: z.ZodObject, pathParts: string[]): z.ZodType {
  let current = object.shape[pathParts[0]!] as z.ZodType;
  for (const key of pathParts.slice(1)) {
    while (!(current instanceof z.ZodObject)) {
      current = (
        current instanceof z.ZodArray ? current.element : (current as z.ZodOptional).def.innerType
      ) as z.ZodType;
    }
    current = current.shape[key] as z.ZodType;
  }
  return current;
}

describe('the field catalogue', () => {
  const rows = collections.flatMap((collection) =>
    referenceRows(fieldCatalogue[collection]).map((row) => ({ collection, ...row })),
  );

  it('describes every field of every collection in Chinese, with an example for each value', () => {
    expect(rows.length).toBeGreaterThan(80);
    for (const row of rows) {
      const where = `${row.collection}.${row.path}`;
      expect(row.label, where).toMatch(han);
      expect(row.description, where).toMatch(han);
      if (!row.kind.includes('一组字段')) expect(row.example, where).toBeTruthy();
    }
  });

  it('gives examples that pass the field’s own rules against the sample library', () => {
    const schemas = createSchemas(scanLibrary(path.join(projectRoot, 'content')).index);
    const checked = rows.filter((row) => row.example !== undefined);
    for (const row of checked) {
      const schema = schemaAt(schemas[row.collection], row.path.replaceAll('[]', '').split('.'));
      const result = z.safeParse(schema, load(row.example!, { filename: `${row.collection}.${row.path}` }));
      expect(
        result.success ? 'valid' : result.error.issues[0]?.message,
        `${row.collection}.${row.path}: ${row.example}`,
      ).toBe('valid');
    }
    expect(checked.length).toBeGreaterThan(70);
  });

  it('lists a vocabulary field’s choices from its taxonomy, with their Chinese names', () => {
    const channel = fieldCatalogue.cases.find((field) => field.key === 'channel')!;
    expect(channel.vocabulary?.phone?.zh).toBe('电话');
    const severity = fieldCatalogue.cases.find((field) => field.key === 'severity')!;
    expect(Object.keys(severity.vocabulary ?? {})).toEqual(['1', '2', '3', '4']);
  });
});

describe('what is drawn from the catalogue', () => {
  it('docs/fields.md is the field reference as npm run docs:fields writes it', () => {
    const written = readFileSync(path.join(projectRoot, 'docs/fields.md'), 'utf8');
    expect(written, 'docs/fields.md 与 src/schemas/ 的字段说明不一致：请运行 npm run docs:fields').toBe(
      fieldReferenceDocument(),
    );
  });

  it('npm run new takes a flag for every field a new entry must have, except the ones it fills in itself', () => {
    const help = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/new.ts'), '--help'], {
      cwd: projectRoot,
      encoding: 'utf8',
    }).stdout;
    const sections = help.split(/\n {2}(?=\S+：)/);
    const flagsOf = (kind: EntryKind) =>
      sections.find((section) => section.startsWith(`${entryKinds[kind].zh}：`)) ?? '';
    const filledIn = new Set(['caseNumber', 'publishedOn']);
    const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    for (const kind of Object.keys(entryKinds) as EntryKind[]) {
      const required = fieldCatalogue[entryKinds[kind].collection].filter(
        (field: FieldInfo) => field.required && field.shape !== 'group' && !filledIn.has(field.key),
      );
      for (const field of required)
        expect(flagsOf(kind), `${kind} --${kebab(field.key)}`).toMatch(new RegExp(`--${kebab(field.key)} `));
    }
    expect(flagsOf('case')).toMatch(/--root-cause 根本原因/);
  }, 30_000);

  it('the contributing guide’s short table of case fields names only fields a case has', () => {
    const guide = readFileSync(path.join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
    const start = guide.indexOf('| 字段 | 怎么填 | 例子 |');
    const table = guide.slice(start, guide.indexOf('\n\n', start));
    const named = [...table.matchAll(/^\| (.+?) \|/gm)]
      .slice(2)
      .flatMap((row) => [...row[1]!.matchAll(/`(\w+)`/g)].map((match) => match[1]!));
    const paths = new Set(referenceRows(fieldCatalogue.cases).map((row) => row.path));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((name) => !paths.has(name))).toEqual([]);
  });

  it('the issue form offers, for each choice it asks, the Chinese names of that field’s vocabulary', () => {
    const form = load(readFileSync(path.join(projectRoot, '.github/ISSUE_TEMPLATE/case.yml'), 'utf8')) as {
      body: { type: string; id?: string; attributes: { options?: string[] } }[];
    };
    const dropdowns = form.body.filter((item) => item.type === 'dropdown');
    expect(dropdowns.length).toBeGreaterThan(0);
    for (const dropdown of dropdowns) {
      const field = fieldCatalogue.cases.find((candidate) => candidate.key === dropdown.id);
      expect(field?.vocabulary, `case.yml 的下拉框 ${dropdown.id} 不是案例的取值字段`).toBeDefined();
      expect(dropdown.attributes.options).toEqual(Object.values(field!.vocabulary!).map((term) => term.zh));
    }
  });
});
