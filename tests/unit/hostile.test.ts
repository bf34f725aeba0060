/**
 * The hostile corpora, input by input: `npm run check`'s validator gives each its exact outcome (refused with
 * file, line, field and message, or accepted), every problem prints as one line that cannot forge a CI command,
 * and every body, accepted or not, renders inert through the site's own Markdown pipeline.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  describe as describeProblem,
  forOutput,
  formatProblem,
  githubAnnotation,
  HINT_SEPARATOR,
  type Problem,
} from '../../src/validation/problem.ts';
import { bodyShapeProblem } from '../../src/library/limits.ts';
import { parseSource } from '../../src/library/source-file.ts';
import { validateLibrary } from '../../src/validation/validate.ts';
import { activeParts, hostileInputs, hostileLibrary, renderBody, visibleText } from '../helpers/hostile.ts';

const TODAY = '2026-11-28';
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function check(input: (typeof hostileInputs)[number]) {
  const root = hostileLibrary([input]);
  roots.push(root);
  const problems = validateLibrary({ root, today: TODAY }).problems;
  const inFile = (problem: Problem) => path.relative(root, path.resolve(problem.file)) === input.file;
  return { problems, mine: problems.filter(inFile), others: problems.filter((problem) => !inFile(problem)) };
}

describe.each(hostileInputs.map((input) => [`${input.corpus}/${input.technique}`, input] as const))(
  '%s',
  (_, input) => {
    it('has its exact outcome in the check, printed on one line that cannot forge a CI command', () => {
      const { problems, mine, others } = check(input);
      expect(others.filter((problem) => problem.severity === 'error')).toEqual([]);
      if ('rejected' in input.outcome) {
        const first = mine.find((problem) => problem.severity === 'error');
        expect(first, 'refused').toBeDefined();
        const { line, field, message } = forOutput(first!);
        expect({ line, field, message }).toEqual({
          ...input.outcome.rejected,
          message: expect.stringMatching(
            input.outcome.rejected.message instanceof RegExp
              ? input.outcome.rejected.message
              : `^${RegExp.escape(input.outcome.rejected.message)}$`,
          ),
        });
        const wanted = input.outcome.problems;
        if (wanted) {
          const found = mine.map((problem, index) => {
            const text = describeProblem(forOutput(problem));
            const shown = wanted[index]?.includes(HINT_SEPARATOR) ? text : text.split(HINT_SEPARATOR)[0];
            return `${problem.line} ${problem.field} ${shown}`;
          });
          expect(found).toEqual(wanted);
        }
      } else {
        expect(mine.map((problem) => `${problem.line} ${problem.field} ${forOutput(problem).message}`)).toEqual(
          input.outcome.accepted.warnings,
        );
      }
      for (const problem of problems) {
        expect(formatProblem(problem)).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]|^\s*::/u);
        expect(githubAnnotation(problem)).toMatch(
          /^::(error|warning) file=[^:,\p{Cc}]*,line=\d+,col=\d+,title=[^:,\p{Cc}]*::[^\p{Cc}\u2028\u2029]*$/u,
        );
      }
    });

    const texts = Object.entries(input.files).flatMap(([file, content]) =>
      file.endsWith('.mdx') && (typeof content === 'string' || Buffer.isBuffer(content)) ? [content.toString()] : [],
    );
    it.runIf(texts.length > 0)('renders inert through the site’s Markdown pipeline, accepted or not', () => {
      for (const text of texts) {
        const parsed = parseSource(text, 'mdx', false);
        // Past a shape limit the file is refused before any parser reads its body, at check and at build.
        if (!parsed.ok || bodyShapeProblem(parsed.body)) continue;
        const html = renderBody(parsed.body);
        expect(activeParts(html)).toEqual([]);
        for (const shown of input.shows ?? []) expect(visibleText(html)).toContain(shown);
      }
    });
  },
);

describe('the hostile corpora', () => {
  it('hold one input per technique, most of them refused', () => {
    const techniques = hostileInputs.map((input) => `${input.corpus}/${input.technique}`);
    expect(new Set(techniques).size).toBe(techniques.length);
    expect(hostileInputs.filter((input) => input.corpus === 'markup').length).toBeGreaterThanOrEqual(90);
    const pii = hostileInputs.filter((input) => input.corpus === 'pii');
    expect(pii.filter((input) => 'rejected' in input.outcome).length).toBeGreaterThanOrEqual(70);
    expect(pii.filter((input) => 'accepted' in input.outcome).length).toBeGreaterThanOrEqual(30);
  });
});
