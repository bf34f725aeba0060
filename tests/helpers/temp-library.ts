/** A throwaway content library: the real people plus the files a test writes. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './paths.ts';

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

/** The sample case with its reference lists emptied, so it stands alone in a temp library. */
export const standaloneCase = sampleCase.replace(/^(scripts|practices|relatedCases): .*$/gm, '$1: []');
