/**
 * The per-pull-request limits, on a real git repository: a temporary library committed on `main`, then a branch that
 * adds, changes, deletes and leaves untracked files, as a contributor's pull request does. `npm run check --
 * --changed-since main` counts what the branch adds or changes and refuses too much in one pull request.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { changedContentFiles } from '../../src/validation/changed-files.ts';
import { changeSetProblem, limits } from '../../src/library/limits.ts';
import { projectRoot } from '../helpers/paths.ts';
import { tempLibrary } from '../helpers/temp-library.ts';

const person = (name: string) => `name: ${name}\nrole: agent\nteam: ecom-online\n`;
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function git(root: string, ...args: string[]): void {
  const result = spawnSync('git', ['-C', root, '-c', 'user.name=测试', '-c', 'user.email=test@example.com', ...args], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
}

/** A library committed on `main`, checked out on a new branch `case-batch`. */
function repository(): string {
  const root = tempLibrary({ 'people/old-one.yaml': person('老一'), 'people/old-two.yaml': person('老二') });
  roots.push(root);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', '示例内容');
  git(root, 'checkout', '-q', '-b', 'case-batch');
  return root;
}

function check(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/check.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, CASEBOOK_CONTENT: root, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let root: string;
beforeEach(() => {
  root = repository();
});

describe('the content files a pull request adds or changes', () => {
  it('are the committed and uncommitted additions and changes since the fork point, sized; not deletions', () => {
    writeFileSync(path.join(root, 'people/new-committed.yaml'), person('新甲'));
    writeFileSync(path.join(root, 'people/old-one.yaml'), person('老一改'));
    unlinkSync(path.join(root, 'people/old-two.yaml'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', '新增一人');
    // `main` moving on after the branch left it changes nothing in the pull request.
    git(root, 'checkout', '-q', 'main');
    writeFileSync(path.join(root, 'people/on-main.yaml'), person('主干'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', '主干新增');
    git(root, 'checkout', '-q', 'case-batch');
    writeFileSync(path.join(root, 'people/new-untracked.yaml'), person('新乙'));

    const changed = changedContentFiles(root, 'main');
    expect(changed).toEqual({
      ok: true,
      files: [
        { path: 'people/new-committed.yaml', bytes: Buffer.byteLength(person('新甲')) },
        { path: 'people/new-untracked.yaml', bytes: Buffer.byteLength(person('新乙')) },
        { path: 'people/old-one.yaml', bytes: Buffer.byteLength(person('老一改')) },
      ],
    });
  });

  it(`pass up to ${limits.changedFiles} files; past it are refused with count, limit and how to split`, () => {
    for (let n = 1; n <= limits.changedFiles; n += 1)
      writeFileSync(path.join(root, `people/agent-${n}.yaml`), person(`客服${n}`));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', '一批人员');
    expect(check(root, '--changed-since', 'main')).toMatchObject({ status: 0 });

    writeFileSync(path.join(root, 'people/one-too-many.yaml'), person('多一个'));
    const { status, output } = check(root, '--changed-since', 'main');
    expect(status).toBe(1);
    expect(output).toContain(
      `:1:1  合并请求  这个合并请求新增或修改了 ${limits.changedFiles + 1} 个内容文件` +
        `（上限 ${limits.changedFiles} 个）` +
        ` — 请把它拆成几个较小的合并请求（每个不超过 ${limits.changedFiles} 个文件）`,
    );
    // Without --changed-since (a push to main, a contributor's own run) the library is checked as before.
    expect(check(root)).toMatchObject({ status: 0 });
  }, 60_000);

  it('are refused past the total size, whatever their number', () => {
    const big = limits.changedBytes / 4;
    expect(changeSetProblem([1, 2, 3].map((n) => ({ path: `cases/x/a-${n}.mdx`, bytes: big })))).toBeUndefined();
    expect(changeSetProblem([1, 2, 3, 4, 5].map((n) => ({ path: `cases/x/a-${n}.mdx`, bytes: big })))).toEqual({
      message: '这个合并请求新增或修改的内容共 2.5 MB（上限 2.0 MB）',
      hint:
        '请把它拆成几个较小的合并请求（每个不超过 2.0 MB），例如按行业或月份分批提交，复核人才能逐篇看完；' +
        '整批迁移旧案例请找维护者',
    });
  });

  it('name the missing base commit in Chinese, with how to fetch it, and never print a stack trace', () => {
    for (const base of ['0123456789abcdef0123456789abcdef01234567', '--output=/tmp/x']) {
      const { status, output } = check(root, `--changed-since=${base}`);
      expect(status).toBe(1);
      expect(output).toMatch(
        new RegExp(
          String.raw`:1:1 {2}合并请求 {2}(找不到提交「0123456789abcdef0123456789abcdef01234567」，` +
            String.raw`无法找出合并请求改动的文件 — CI 里检出代码时要带上历史|「--output=\/tmp\/x」不是提交或分支名)`,
        ),
      );
      expect(output).not.toMatch(/^\s+at /m);
    }
    expect(check(root, '--changed-since')).toEqual({
      status: 2,
      output: '用法：npm run check [-- 文件…] [--json] [--changed-since 提交号或分支名]\n',
    });
  }, 60_000);
});
