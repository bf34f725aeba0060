/**
 * Property-based fuzzing of the check and the renderer: generated frontmatter (YAML indicators, aliases, tags,
 * control characters, numbers that look like personal data) and bodies (Markdown, MDX and HTML fragments, some
 * repeated thousands of times) never crash the check or print a stack trace, every problem names a line of the
 * file in Chinese and prints on one line, checking takes bounded time, and whatever renders is inert.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createSchemas } from '../../src/schemas/collections.ts';
import { scanLibrary } from '../../src/library/layout.ts';
import { bodyShapeProblem } from '../../src/library/limits.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { parseSource } from '../../src/library/source-file.ts';
import { checkFile } from '../../src/validation/validate.ts';
import { activeParts, renderBody } from '../helpers/hostile.ts';
import { standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

const root = tempLibrary({});
afterAll(() => rmSync(root, { recursive: true, force: true }));
const relative = 'cases/fuzz/entry.mdx';
mkdirSync(path.join(root, 'cases/fuzz'), { recursive: true });
writeFileSync(path.join(root, relative), standaloneCase);
const library = scanLibrary(root);
const file = library.files.find((candidate) => candidate.relativePath === 'fuzz/entry.mdx')!;
const schemas = createSchemas(library.index);

const pieces = (...values: string[]) => fc.constantFrom(...values);
const yamlPiece = fc.oneof(
  pieces(
    ': ',
    '- ',
    '  ',
    '\n',
    '"',
    "'",
    '#',
    '&a ',
    '*a',
    '!!binary ',
    '|',
    '>',
    '[',
    ']',
    '{',
    '}',
    ',',
    '<<: ',
    '? ',
    '---',
    '...',
    '\t',
    '\u0000',
    '\u001b[31m',
    '\r',
    '\u202e',
    '\u2028',
  ),
  pieces(
    'title',
    'channel',
    'tags',
    'severity',
    'occurredOn',
    'reviewedOn',
    'caseNumber',
    'outcome',
    'satisfaction',
    '2099-12-31',
    '2026-02-30',
    'KF-2026-0001',
    'chat',
  ),
  pieces(
    '13812345678',
    '6222020200112233445',
    '110101199003071234',
    '护照 E12345678',
    'a@qq.com',
    '0571-87654321',
    '退款/退货',
    '..',
    '::warning::x',
  ),
  fc.string({ maxLength: 6 }),
);
const bodyPiece = fc.oneof(
  pieces(
    '<PiiOk reason="',
    '">',
    '</PiiOk>',
    '<PiiOk reason="x>',
    '<script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">',
    '<',
    '>',
    '/>',
    '{',
    '}',
    '<!--',
    '-->',
  ),
  pieces(
    '[',
    ']',
    '](',
    ')',
    '![',
    'javascript:alert(1)',
    'data:text/html,x',
    'https://tracker.example/t.png',
    '//evil.example/',
    '&#106;',
    '&lt;',
    '&colon;',
    '\\',
  ),
  pieces(
    '\n',
    '\n\n',
    '> ',
    '- ',
    '1. ',
    '    ',
    '## 处理过程\n',
    '```\n',
    '`',
    '*',
    '_',
    '~~',
    '|',
    '| --- |',
    '[^1]',
    '@',
    ' ',
    '\u0000',
    '\u200b',
  ),
  pieces(
    '客户',
    '退款',
    '护照',
    '13812345678',
    '6222 0202 0011 2233 445',
    '110101199003071234',
    'w@qq.com',
    '（',
    '）',
  ),
  fc.string({ maxLength: 8 }),
);
/** Text made of pieces, a few of them repeated many times (parsers that are slow are slow on repeats). */
const textOf = (piece: fc.Arbitrary<string>) =>
  fc
    .array(
      fc.oneof(
        { weight: 9, arbitrary: piece },
        {
          weight: 1,
          arbitrary: fc.tuple(piece, fc.integer({ min: 100, max: 5_000 })).map(([text, times]) => text.repeat(times)),
        },
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

const entry = fc
  .record({ frontmatter: textOf(yamlPiece), body: textOf(bodyPiece), keepSample: fc.boolean() })
  .map(({ frontmatter, body, keepSample }) => {
    const base = keepSample
      ? standaloneCase.replace(/\n---\n/, `\n${frontmatter}\n---\n`)
      : `---\n${frontmatter}\n---\n`;
    return `${base}${body}\n`.slice(0, 512 * 1024);
  });

describe('fuzzing the check and the renderer', () => {
  it('never crashes, never prints a stack trace, names a line of the file in Chinese, in bounded time', () => {
    fc.assert(
      fc.property(entry, (text) => {
        writeFileSync(file.absolutePath, text);
        const started = performance.now();
        const { problems } = checkFile(file, schemas, '2026-11-28');
        const elapsed = performance.now() - started;
        const lines = text.split('\n').length;
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines);
          expect(problem.message).toMatch(/\p{Script=Han}/u);
          expect(problem.message).not.toMatch(/\n\s+at /);
          expect(problem.message).not.toMatch(/^无法检查这个文件/);
          expect(formatProblem(problem)).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
        }
        // Far above the one second any file takes (npm run bench:worst-file), far below a parser gone quadratic.
        expect(elapsed).toBeLessThan(3_000);
      }),
      { numRuns: 100 },
    );
  }, 300_000);

  it('renders any body within the shape limits without active markup, even one the check refuses', () => {
    fc.assert(
      fc.property(textOf(bodyPiece), (body) => {
        if (bodyShapeProblem(body)) return;
        // A body MDX cannot parse is refused by the check too; rendering it anyway shows the renderer's own gate.
        const parsed = parseSource(`---\n---\n${body}`, 'mdx', false);
        if (!parsed.ok) return;
        const html = renderBody(parsed.body);
        expect(activeParts(html)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 300_000);
});
