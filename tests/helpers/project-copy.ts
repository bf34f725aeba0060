/**
 * A throwaway copy of the project (its own settings file and content, the same installed packages), for
 * `npm run setup`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './paths.ts';

const copied = [
  'astro.config.mjs',
  'casebook.config.json',
  'package.json',
  'tsconfig.json',
  'public',
  'scripts',
  'src',
  'content',
];

export function projectCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'casebook-project-'));
  for (const name of copied) cpSync(path.join(projectRoot, name), path.join(root, name), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

/** Runs one of the copy's scripts (`setup.ts`, `check.ts`, `build.ts`) there, without a terminal. */
export function runIn(
  root: string,
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const environment: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTIONS: '', ...env };
  delete environment.CASEBOOK_CONTENT;
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: environment,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
