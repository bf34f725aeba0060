/**
 * The personal-data corpus: each hostile input is written into its own entry of one temporary library, checked
 * once, and must give exactly its expected problems (file, line, field, masked message); each realistic non-PII
 * number must give none. `npm run check --json` and its GitHub annotations are then searched for any number the
 * inputs contain, unmasked.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeProblem } from '../../../src/validation/problem.ts';
import { validateLibrary } from '../../../src/validation/validate.ts';
import { fixturesDir, projectRoot } from '../../helpers/paths.ts';
import { tempLibrary } from '../../helpers/temp-library.ts';
import { acceptedInputs, rejected, type HostileInput, type Place } from './corpus.ts';

const TODAY = '2026-11-28';
const fixture = readFileSync(path.join(fixturesDir, 'valid-case.mdx'), 'utf8');

/** The fixture line each kind of input replaces. */
const places: Record<Place, string> = {
  body: '当天下午装机完成，客户接受补偿，回访满意度 4 分。',
  rootCause: 'rootCause: 预约系统改约不通知客户，装维人员按片区临时调度。',
  customerWords: 'customerWords:\n  - 我已经请了三次假了，你们到底哪天来？',
  channel: 'channel: phone',
};
const lineOf = (text: string) => fixture.slice(0, fixture.indexOf(text)).split('\n').length;

const all = [...rejected, ...acceptedInputs];
const fileOf = (position: number) => `cases/hostile/input-${String(position).padStart(3, '0')}.mdx`;
const entry = (input: HostileInput, position: number) =>
  fixture.replace('KF-2026-0901', `KF-2026-${String(5000 + position)}`).replace(places[input.place], () => input.text);
const root = tempLibrary(Object.fromEntries(all.map((input, position) => [fileOf(position), entry(input, position)])));
const { problems } = validateLibrary({ root, today: TODAY });

/** Problems of one input, as `+offset field message` (with the hint when the expectation has one). */
function outcome(input: HostileInput): string[] {
  const position = all.indexOf(input);
  const base = lineOf(places[input.place]);
  return problems
    .filter((problem) => problem.file.endsWith(fileOf(position)))
    .map((problem, index) => {
      const text = describeProblem(problem);
      const wanted = input.expected[index] ?? '';
      const shown = wanted.includes(' — ') ? text : text.split(' — ')[0];
      return `+${problem.line - base} ${problem.field} ${shown}`;
    });
}

describe('hostile personal data is refused at its line, masked', () => {
  it('has at least 70 rejected and 30 accepted inputs', () => {
    expect(rejected.length).toBeGreaterThanOrEqual(70);
    expect(acceptedInputs.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rejected.map((input) => [input.name, input] as const))('%s', (_, input) => {
    expect(outcome(input)).toEqual(input.expected);
  });
});

describe('realistic numbers that are not personal data are accepted', () => {
  it.each(acceptedInputs.map((input) => [input.name, input] as const))('%s', (_, input) => {
    expect(outcome(input)).toEqual([]);
  });
});

describe('what the check prints', () => {
  it('never shows a flagged number unmasked: not in the lines, the JSON or the GitHub annotations', () => {
    const script = path.join(projectRoot, 'scripts/check.ts');
    const env = { ...process.env, CASEBOOK_CONTENT: root, GITHUB_ACTIONS: 'true' };
    const lines = spawnSync(process.execPath, [script], { env, encoding: 'utf8' }).stdout;
    const json = spawnSync(process.execPath, [script, '--json'], { env, encoding: 'utf8' }).stdout;
    expect(lines).toContain('::error file=');
    expect(JSON.parse(json).problems.length).toBe(problems.length);
    for (const output of [lines, json]) {
      for (const raw of ['13912345678', '1234 5678', '11010519491231002', '110105491231002', '378282246310005', '6222021234567890128', 'wang.li@qq.com', '87654321', 'zhang_san88', 'E12345678']) {
        expect(output).not.toContain(raw);
      }
    }
  }, 60_000);
});
