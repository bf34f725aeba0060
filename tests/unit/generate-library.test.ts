/**
 * The benchmark library generator: what `npm run bench:check` and `npm run bench:build` measure must be valid content.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../scripts/bench/generate-library.ts';
import { scanLibrary } from '../../src/library/layout.ts';
import { validateLibrary } from '../../src/validation/validate.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const generate = (seed = 1) => {
  const out = mkdtempSync(path.join(tmpdir(), 'casebook-generated-'));
  folders.push(out);
  return { out, result: generateLibrary({ entries: 400, out, seed, today: '2026-11-28' }) };
};

describe('generated library', { timeout: 60_000 }, () => {
  it('has all four kinds in a mature library’s proportions, some in Traditional, and passes check cleanly', () => {
    const { out, result } = generate();
    expect(result).toMatchObject({ cases: 280, daily: 60, practices: 32, scripts: 28, people: 12 });
    expect(result.traditional).toBeGreaterThan(20);
    const { files, index } = scanLibrary(out);
    expect(files.filter((file) => file.collection === 'cases')).toHaveLength(280);
    expect(index.daily.size).toBe(60);
    expect(validateLibrary({ root: out, today: '2026-11-28' }).problems).toEqual([]);
  });

  it('is the same for the same seed, and different for another', () => {
    const read = (out: string) => readFileSync(path.join(out, 'cases/banking/case-00003.mdx'), 'utf8');
    expect(read(generate(7).out)).toBe(read(generate(7).out));
    expect(read(generate(8).out)).not.toBe(read(generate(7).out));
  });

  it('refuses to write into a folder that is not empty', () => {
    const { out } = generate();
    expect(() => generateLibrary({ entries: 10, out })).toThrow(/不是空的/);
  });
});
