/** A throwaway content library: the real people plus the files a test writes. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe as describeProblem } from '../../src/validation/problem.ts';
import { validateLibrary } from '../../src/validation/validate.ts';
import { buildArguments, projectRoot } from './paths.ts';

export const sampleCasePath = path.join(projectRoot, 'content/cases/ecommerce/presale-refund-delay.mdx');
export const sampleCase = readFileSync(sampleCasePath, 'utf8');

export function tempLibrary(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'casebook-lib-'));
  cpSync(path.join(projectRoot, 'content/people'), path.join(root, 'people'), { recursive: true });
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/**
 * The check's problems (errors only, with `errorsOnly`) in a temporary library of `files`, each as
 * `file:line:column field message — hint` with the file named as in the library (`journeys/x.yaml`), dated 28 November
 * 2026.
 */
export function libraryProblems(files: Record<string, string>, { errorsOnly = false } = {}): string[] {
  const root = tempLibrary(files);
  const shown = `${path.relative(process.cwd(), root)}/`;
  return validateLibrary({ root, today: '2026-11-28' })
    .problems.filter((problem) => !errorsOnly || problem.severity === 'error')
    .map((problem) =>
      `${problem.file}:${problem.line}:${problem.column} ${problem.field} ${describeProblem(problem)}`.replaceAll(
        shown,
        '',
      ),
    );
}

/** A case with its reference lists emptied and no journey stage, so it stands alone in a temp library. */
export const standalone = (source: string) =>
  source.replace(/^(scripts|practices|relatedCases): .*$/gm, '$1: []').replace(/^journeyStage: .*\n/m, '');

/** The sample case, standing alone. */
export const standaloneCase = standalone(sampleCase);

/**
 * Node arguments of the real `astro build` of a temporary library, into its own `dist/` (run with CASEBOOK_CONTENT
 * set).
 */
export function astroBuildArguments(contentRoot: string): string[] {
  return [...buildArguments, '--outDir', path.join(contentRoot, 'dist')];
}

/**
 * Runs the real `astro build` on a temporary library (into its own `dist/`); returns the exit status and all output.
 */
export function buildLibrary(
  contentRoot: string,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, astroBuildArguments(contentRoot), {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CASEBOOK_CONTENT: contentRoot, ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
