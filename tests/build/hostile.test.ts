/**
 * Every refused hostile input, together in one library, through both commands a contributor or CI runs:
 * `npm run check` (as in GitHub Actions, with annotations) and `astro build`. Each prints its file, line, field
 * and message; neither prints a stack trace; every line GitHub would read as a command is a real annotation; and
 * no customer's data an input holds is printed, in the lines, the JSON or the build's log.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printable } from '../../src/validation/problem.ts';
import { hostileInputs, hostileLibrary } from '../helpers/hostile.ts';
import { projectRoot } from '../helpers/paths.ts';
import { astroBuildArguments } from '../helpers/temp-library.ts';

const refused = hostileInputs.filter((input) => 'rejected' in input.outcome && !input.alone);
const root = hostileLibrary(refused);
afterAll(() => rmSync(root, { recursive: true, force: true }));

// NO_COLOR: with CI set, Astro's logger colours its prefixes, which the expected lines do not carry.
function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CASEBOOK_CONTENT: root, GITHUB_ACTIONS: '', NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The printed line of each input's expected problem: `path:line:column  field  message — hint`. */
const expectedLines = refused.map((input) => {
  const { line, field, message } = (
    input.outcome as { rejected: { line: number; field: string; message: string | RegExp } }
  ).rejected;
  const file = printable(path.relative(projectRoot, path.join(root, input.file)));
  // A pattern ending in `$` is the whole message; one without `$` its beginning.
  const text =
    message instanceof RegExp
      ? message.source.endsWith('$')
        ? message.source.slice(1, -1) + '( — |$)'
        : message.source.slice(1)
      : `${RegExp.escape(message)}( — |$)`;
  return {
    technique: input.technique,
    pattern: new RegExp(`^${RegExp.escape(file)}:${line}:\\d+ {2}${RegExp.escape(field)} {2}${text}`, 'm'),
  };
});

const STACK_TRACE = /^\s+at .*[\w.]+:\d+:\d+\)?$/m;

describe('refused hostile inputs in one library', () => {
  let check: ReturnType<typeof run>;
  let json: ReturnType<typeof run>;
  let build: ReturnType<typeof run>;
  beforeAll(() => {
    check = run(['scripts/check.ts'], { GITHUB_ACTIONS: 'true' });
    json = run(['scripts/check.ts', '--json']);
    build = run(astroBuildArguments(root));
  });

  it('never prints a customer’s data unmasked: not in the lines, the annotations, the JSON or the build log', () => {
    const hidden = [...new Set(refused.flatMap((input) => input.hidden ?? []))];
    expect(hidden.length).toBeGreaterThan(5);
    expect(
      (JSON.parse(json.output.slice(0, json.output.lastIndexOf('}') + 1)) as { problems: unknown[] }).problems.length,
    ).toBeGreaterThan(refused.length);
    for (const output of [check.output, json.output, build.output])
      expect(hidden.filter((data) => output.includes(data))).toEqual([]);
  });

  it('npm run check names each file and line, exits non-zero, and prints no stack trace', () => {
    expect(check.status).toBe(1);
    expect(check.output).not.toMatch(STACK_TRACE);
    expect(
      expectedLines.filter(({ pattern }) => !pattern.test(check.output)).map(({ technique }) => technique),
    ).toEqual([]);
  });

  it('prints as commands only its own annotations, one per problem', () => {
    const lines = check.output.split('\n');
    const commands = lines.filter((line) => line.trimStart().startsWith('::'));
    const problems = lines.filter((line) => /^\S.*:\d+:\d+ {2}/.test(line));
    expect(commands.every((line) => /^::(error|warning) file=[^:,]*,line=\d+,col=\d+,title=[^:,]*::/.test(line))).toBe(
      true,
    );
    expect(commands.length).toBe(problems.length);
    // eslint-disable-next-line no-control-regex -- the escape character is what a forged terminal sequence starts with
    expect(check.output).not.toMatch(/[\u001b\r\u2028\u2029\u202e]/);
  });

  it('astro build stops with the same lines, before rendering any page, without a stack trace', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).not.toMatch(STACK_TRACE);
    expect(
      expectedLines
        .filter(({ pattern }) => !pattern.test(build.output.replace(/^\d\d:\d\d:\d\d \[[A-Z]+\] \[[^\]]+\] /gm, '')))
        .map(({ technique }) => technique),
    ).toEqual([]);
  });
});
