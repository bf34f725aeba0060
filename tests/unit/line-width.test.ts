import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth, linesOverWidth } from '../../scripts/lib/line-width.ts';

describe('display width of a line', () => {
  it('counts ASCII one column a character', () => {
    expect(displayWidth('const x = 1;')).toBe(12);
  });

  it('counts Chinese characters and fullwidth punctuation two columns', () => {
    expect(displayWidth('退款到账')).toBe(8);
    expect(displayWidth('（尾号 1234），')).toBe(2 + 4 + 1 + 4 + 2 + 2);
    expect(displayWidth('KF-2026-0012 退款')).toBe(13 + 4);
  });

  it('counts an emoji two columns, a joined family of emoji too', () => {
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
    expect(displayWidth('好评👍')).toBe(6);
  });

  it('reports a Chinese line that a count of characters would let through', () => {
    const chinese = '客'.repeat(61);
    expect(chinese.length).toBeLessThanOrEqual(120);
    expect(linesOverWidth(`ok\n${chinese}\r\n${'a'.repeat(120)}\n`, 120)).toEqual([{ line: 2, width: 122 }]);
  });
});

// Each test starts Node with Prettier (a second or two; more on a busy machine).
describe('the width check', { timeout: 60_000 }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'casebook-width-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const script = path.join(import.meta.dirname, '../../scripts/check-width.ts');
  const run = () => spawnSync(process.execPath, [script, root], { encoding: 'utf8' });

  it('names the file, the line and its width, with a hint, and fails', () => {
    writeFileSync(path.join(root, '.prettierrc.json'), '{ "printWidth": 120 }\n');
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src/ok.ts'), `export const a = '${'a'.repeat(80)}';\n`);
    writeFileSync(path.join(root, 'src/wide.ts'), `// ok\nexport const hint = '${'请'.repeat(52)}';\n`);
    const { status, stdout, stderr } = run();
    expect(status, stdout + stderr).toBe(1);
    // `export const hint = '` is 21 columns, 52 characters of Chinese 104, `';` 2.
    expect(stderr).toContain('src/wide.ts:2  宽 127 列，超过 120 列（中文字算 2 列）');
    expect(stderr).not.toContain('src/ok.ts');
    expect(stderr).toMatch(/1 行超宽。请把长字符串按句子拆成几段用 \+ 连接/);
  });

  it('passes when the wide file is ignored as data or wrapped', () => {
    writeFileSync(path.join(root, '.prettierignore'), 'src/wide.ts\n');
    const { status, stdout } = run();
    expect(status).toBe(0);
    // src/ok.ts and the Prettier settings file.
    expect(stdout).toContain('检查了 2 个文件，没有超宽的行');
  });
});
