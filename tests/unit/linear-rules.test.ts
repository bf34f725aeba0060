/**
 * Every regular expression the validator runs is linear on adversarial input. The expressions are not listed by
 * hand: the validator checks the sample library and the accepted hostile inputs while `RegExp.prototype.exec`
 * records each expression our code (src/) runs. Each is then run on long strings built from its own characters
 * and the usual suspects (spaces, digits, letters, separators), the shapes that make backtracking explode. The
 * passport rule as it was (two adjacent `[\s:：]*`) is the control: the same strings must catch it.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateLibrary } from '../../src/validation/validate.ts';
import { hostileInputs, hostileLibrary } from '../helpers/hostile.ts';
import { projectRoot } from '../helpers/paths.ts';
import { rmSync } from 'node:fs';

const LENGTH = 20_000;
/** A linear expression scans 20,000 characters in well under a millisecond; a quadratic one takes seconds. */
const BUDGET_MS = 100;
const GENERIC = [
  ' ',
  '\n',
  '\t',
  'a',
  'Z',
  '0',
  '1',
  '9',
  '@',
  '.',
  '-',
  ':',
  '：',
  '#',
  '*',
  '_',
  'X',
  '/',
  '"',
  '护',
  '（',
];

const srcFolder = `${path.join(projectRoot, 'src')}${path.sep}`;
const collected = new Map<string, RegExp>();
// Put back after recording, and called with this regular expression.
// eslint-disable-next-line @typescript-eslint/unbound-method -- see the line above
const originalExec = RegExp.prototype.exec;

function recordValidatorExpressions(): void {
  const root = hostileLibrary(hostileInputs.filter((input) => 'accepted' in input.outcome && !input.alone));
  let recording = false;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const key = `/${this.source}/${this.flags}`;
    if (!recording && !collected.has(key)) {
      // Building a stack trace may run expressions itself: those are not recorded.
      recording = true;
      // The first frame outside this file and Node's internals says who runs the expression.
      const caller = new Error()
        .stack!.split('\n')
        .slice(2)
        .find(
          (frame) =>
            !frame.includes('linear-rules.test') && !frame.includes('(node:') && !frame.includes('<anonymous>'),
        );
      if (caller?.includes(srcFolder)) collected.set(key, new RegExp(this.source, this.flags.replace('y', '')));
      recording = false;
    }
    return originalExec.call(this, text);
  };
  try {
    validateLibrary({ root: path.join(projectRoot, 'content'), today: '2026-11-28' });
    validateLibrary({ root, today: '2026-11-28' });
  } finally {
    RegExp.prototype.exec = originalExec;
    rmSync(root, { recursive: true, force: true });
  }
}

/** Long strings shaped to make `pattern` backtrack: its literal characters and words, repeated and alternated. */
function adversarialInputs(pattern: RegExp): string[] {
  const literal = [...new Set(pattern.source.replace(/\\[a-zA-Z]/g, '').match(/[^\\()[\]{}|?+*^$.]/g) ?? [])];
  const words = [...new Set(pattern.source.match(/\p{Script=Han}{2,}|[A-Za-z]{3,}/gu) ?? [])].slice(0, 8);
  const units = [...new Set([...literal.slice(0, 30), ...GENERIC])];
  const inputs: string[] = [];
  for (const unit of units) {
    inputs.push(unit.repeat(LENGTH));
    for (const word of words) inputs.push(word + unit.repeat(LENGTH) + '!');
  }
  for (const first of units.slice(0, 20))
    for (const second of GENERIC) inputs.push((first + second).repeat(LENGTH / 2) + '\u0000');
  return inputs;
}

/** Milliseconds for all matches of `pattern` in `input` (as the rules take them), the best of three runs. */
function timeOf(pattern: RegExp, input: string): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const started = performance.now();
    for (const _ of input.matchAll(global));
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The inputs on which `pattern` is both slow and superlinear: over the budget, and more than 8 times slower than
 * on a quarter of the input (linear work grows 4 times, quadratic 16), so a busy machine does not fail it.
 */
function slowInputs(pattern: RegExp, { first = false } = {}): string[] {
  const slow: string[] = [];
  for (const input of adversarialInputs(pattern)) {
    const whole = timeOf(pattern, input);
    if (whole > BUDGET_MS && whole > 8 * timeOf(pattern, input.slice(0, input.length / 4))) {
      slow.push(JSON.stringify(input.slice(0, 12)) + '…');
      if (first) break;
    }
  }
  return slow;
}

recordValidatorExpressions();
afterAll(() => {
  RegExp.prototype.exec = originalExec;
});

describe('the validator’s regular expressions', () => {
  it('are recorded from src/ while it checks a library (PII, placeholder and YAML-position rules too)', () => {
    const sources = [...collected.keys()];
    expect(sources.length).toBeGreaterThan(15);
    expect(sources.some((source) => source.includes('护照'))).toBe(true);
    expect(sources.some((source) => source.includes('@'))).toBe(true);
  });

  it('catch a rule that backtracks: the passport rule as it was', () => {
    const label = String.raw`(?:护照|護照|通行证|通行證|passport)[\s:：]*(?:号码|號碼|号|號|no\.?)?[\s:：]*`;
    const number = String.raw`([A-Za-z]{1,2}\d{7,8})(?![0-9A-Za-z])`;
    expect(slowInputs(new RegExp(label + number, 'gi'), { first: true })).toHaveLength(1);
  }, 120_000);

  it.each([...collected.entries()])(
    '%s runs in linear time on adversarial input',
    (_, pattern) => {
      expect(slowInputs(pattern)).toEqual([]);
    },
    120_000,
  );
});
