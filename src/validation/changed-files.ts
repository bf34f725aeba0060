/**
 * The content files a pull request adds or changes, from git: everything that differs between the working tree and
 * the point where the branch left `base` (the pull request's base commit), plus files git does not track yet.
 * Deleted files are not counted: a reviewer has nothing to read in them.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { ChangedFile } from '../library/limits.ts';

export type ChangedFiles = { ok: true; files: ChangedFile[] } | { ok: false; message: string; hint: string };

/** Paths git prints, NUL-separated, relative to the folder it runs in (`-C root`, `--relative`). */
function git(root: string, args: string[]): { ok: true; paths: string[] } | { ok: false; stderr: string } {
  const result = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error || result.status !== 0)
    return { ok: false, stderr: result.error ? String(result.error.message) : result.stderr };
  return { ok: true, paths: result.stdout.split('\0').filter(Boolean) };
}

/** The files under `root` added or changed since `base` (a commit, branch or tag), with their sizes. */
export function changedContentFiles(root: string, base: string): ChangedFiles {
  if (base.startsWith('-'))
    return {
      ok: false,
      message: `「${base}」不是提交或分支名`,
      hint: '写成 --changed-since 提交号或分支名，例如 --changed-since main',
    };
  // `--end-of-options` keeps a hostile ref from being read as an option; `--merge-base` compares with the fork point.
  const diff = git(root, [
    'diff',
    '--name-only',
    '-z',
    '--no-renames',
    '--diff-filter=d',
    '--relative',
    '--merge-base',
    '--end-of-options',
    base,
    '--',
    '.',
  ]);
  if (!diff.ok) {
    if (/not a git repository/i.test(diff.stderr)) {
      return {
        ok: false,
        message: '内容目录不在 git 仓库里，无法找出合并请求改动的文件',
        hint: '在仓库的克隆里运行；不是合并请求时去掉 --changed-since',
      };
    }
    if (/bad revision|unknown revision|ambiguous argument|no merge base|not a valid|bad object/i.test(diff.stderr)) {
      return {
        ok: false,
        message: `找不到提交「${base}」，无法找出合并请求改动的文件`,
        hint:
          'CI 里检出代码时要带上历史（GitHub 的 actions/checkout 设 fetch-depth: 0；' +
          'GitLab 设 GIT_DEPTH: 0），或先运行 git fetch origin 该提交',
      };
    }
    // Anything else (git missing, a repository owned by another user) in git's own words: the only clue left.
    return {
      ok: false,
      message: `无法用 git 找出合并请求改动的文件（git 原文：${diff.stderr.trim().split('\n')[0]}）`,
      hint: '请确认 CI 里装有 git，并在仓库的克隆里运行',
    };
  }
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.']);
  const paths = [...new Set([...diff.paths, ...(untracked.ok ? untracked.paths : [])])].sort();
  return {
    ok: true,
    files: paths.map((relative) => ({
      path: relative,
      bytes: lstatSync(path.join(root, relative), { throwIfNoEntry: false })?.size ?? 0,
    })),
  };
}
