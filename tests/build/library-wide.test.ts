/**
 * A shard build refuses a library-wide input that does not describe its content (edited since the step ran) or that
 * is missing, before building anything, naming the file and the command that renews it; never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { buildLibrary, standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

const root = tempLibrary({ 'cases/ecommerce/sample.mdx': standaloneCase });
const input = path.join(root, 'library-wide.json');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build handed a library-wide input', () => {
  it('refuses one older than the content, naming the file', () => {
    const step = spawnSync(process.execPath, ['scripts/build-library-wide.ts', '--content', root, '--out', input], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(step.stdout).toMatch(/库级数据：1 个案例、0 个每日一案例，1 个分库/);
    const file = path.join(root, 'cases/ecommerce/sample.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: ', 'title: 更新：'));

    const { status, output } = buildLibrary(root, { CASEBOOK_LIBRARY_WIDE: input });
    expect(status).not.toBe(0);
    expect(output).toContain(`库级数据 ${input} 与内容目录 ${root} 不一致`);
    expect(output).toContain('请重新运行 npm run build:library-wide');
    expect(output).not.toMatch(/^\s+at .*\.(js|ts):\d+/m);
    expect(existsSync(path.join(root, 'dist/index.html'))).toBe(false);
  });

  it('refuses a missing one', () => {
    const { status, output } = buildLibrary(root, { CASEBOOK_LIBRARY_WIDE: path.join(root, 'nowhere.json') });
    expect(status).not.toBe(0);
    expect(output).toContain(`库级数据 ${path.join(root, 'nowhere.json')}：文件不存在`);
    expect(output).not.toMatch(/^\s+at .*\.(js|ts):\d+/m);
  });
});
