/**
 * Every file of the bad-content fixture set, alone in a library, is refused with its own message and a
 * non-zero exit by `npm run check <file>` and by `astro build` (which stops in `astro:config:setup`).
 * The commands run as separate processes, a few at a time, with the fixture library as CASEBOOK_CONTENT.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badFixtures, badFixturesDir, type BadFixture } from '../fixtures/bad/index.ts';
import { ALLOWED_WORDS, FILE_FORMAT_WORDS, fieldNames, latinWords, valuesToWrite } from '../helpers/latin-words.ts';
import { fixturesDir, projectRoot } from '../helpers/paths.ts';
import { astroBuildArguments, tempLibrary } from '../helpers/temp-library.ts';

interface Run {
  status: number | null;
  output: string;
}

function run(args: string[], contentRoot: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, CASEBOOK_CONTENT: contentRoot, GITHUB_ACTIONS: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs the tasks with at most `limit` at a time. */
async function limited<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

const nameOf = (fixture: BadFixture) => fixture.file ?? fixture.installAs!;
const installed = badFixtures.map((fixture) => {
  const installAs = fixture.installAs ?? `cases/telecom/${fixture.file}`;
  const content = fixture.generate ? fixture.generate() : readFileSync(path.join(badFixturesDir, fixture.file!));
  const extra = Object.fromEntries(
    Object.entries(fixture.with ?? {}).map(([at, file]) => [at, readFileSync(path.join(fixturesDir, file))]),
  );
  const root = tempLibrary({ [installAs]: content, ...extra });
  const file = path.join(root, installAs);
  // Messages name the file relative to the working directory, as contributors see it.
  return { fixture, file, root, line: `${path.relative(projectRoot, file)}:${fixture.expected}` };
});

const check = new Map<string, Run>();
const build = new Map<string, Run>();

beforeAll(async () => {
  const cores = availableParallelism();
  await limited(
    cores * 2,
    installed.map(
      ({ fixture, file, root }) =>
        async () =>
          check.set(nameOf(fixture), await run(['scripts/check.ts', file], root)),
    ),
  );
  await limited(
    cores,
    installed.map(
      ({ fixture, root }) =>
        async () =>
          build.set(nameOf(fixture), await run(astroBuildArguments(root), root)),
    ),
  );
}, 900_000);

afterAll(() => {
  for (const { root } of installed) rmSync(root, { recursive: true, force: true });
});

describe('the bad-content fixture set', () => {
  it('has at least 30 files, among them a BOM, CRLF, an empty, a 5 MB and a frontmatter-only file', () => {
    expect(badFixtures.length).toBeGreaterThanOrEqual(30);
    const names = badFixtures.map(nameOf);
    for (const name of [
      'bom.mdx',
      'crlf.mdx',
      'empty.mdx',
      'cases/telecom/five-megabytes.mdx',
      'only-frontmatter.mdx',
      'yaml-unclosed-quote.mdx',
      'unclosed-jsx.mdx',
    ]) {
      expect(names).toContain(name);
    }
    expect(readFileSync(path.join(badFixturesDir, 'bom.mdx'))[0]).toBe(0xef);
    expect(readFileSync(path.join(badFixturesDir, 'crlf.mdx'), 'utf8')).toContain('\r\n');
  });

  describe.each(installed.map((entry) => [nameOf(entry.fixture), entry] as const))('%s', (name, { line }) => {
    it('npm run check <file> prints its message and exits non-zero', () => {
      const { status, output } = check.get(name)!;
      expect(output).toContain(line);
      expect(status).toBe(1);
    });

    it('astro build prints the same message and fails, without a stack trace', () => {
      const { status, output } = build.get(name)!;
      expect(output).toContain(line);
      expect(status).not.toBe(0);
      expect(output).not.toMatch(/^\s+at .*\.(js|ts):\d+/m);
    });
  });
});

describe('every message', () => {
  it('has the form path:line:column  field  message — how to fix', () => {
    const lines = [...check.values()].flatMap(({ output }) =>
      output.split('\n').filter((text) => /\.(mdx|md|yaml):\d+:\d+ {2}/.test(text)),
    );
    expect(lines.length).toBeGreaterThanOrEqual(badFixtures.length);
    for (const text of lines) expect(text).toMatch(/^\S+:\d+:\d+ {2}\S+ {2}(警告 )?\S.* — \S/);
  });

  it('is in Chinese, apart from the field names, values and file-format names it tells contributors to write', () => {
    const allowed = new Set([...ALLOWED_WORDS, ...FILE_FORMAT_WORDS, ...fieldNames(), ...valuesToWrite()]);
    const leaks = Object.fromEntries(
      [...check]
        .map(([name, { output }]) => [name, latinWords(output, allowed)])
        .filter(([, words]) => words!.length > 0),
    );
    expect(leaks).toEqual({});
  });
});
