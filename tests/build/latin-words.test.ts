/**
 * No English a user reads: every built page (text, labels, titles, placeholders) and the help of the commands
 * contributors and team leads run. Code, keys, addresses, file paths, case numbers and what contributors wrote
 * themselves are left out (tests/helpers/latin-words.ts says why each is).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/html.ts';
import { ALLOWED_WORDS, contributorWords, latinWords, visibleText } from '../helpers/latin-words.ts';
import { projectRoot } from '../helpers/paths.ts';

const helpOf = (script: string) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'scripts', script), '--help'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });

describe('English on the built site', () => {
  it('appears on no page, apart from code, addresses, case numbers and what contributors wrote', () => {
    const allowed = new Set([...ALLOWED_WORDS, ...contributorWords(path.join(projectRoot, 'content'))]);
    const leaks = Object.fromEntries(
      builtPages()
        .map((page) => [page.url, latinWords(visibleText(page.html), allowed)] as const)
        .filter(([, words]) => words.length > 0),
    );
    expect(leaks).toEqual({});
  });

  it('is found by the scan where a page shows it', () => {
    const words = latinWords(
      visibleText(
        '<html><head><title>案例 · Cases</title></head><body><p>没有结果 No results</p><code>npm run new</code>' +
          '<kbd>Esc</kbd><button aria-label="Close">×</button><p>KF-2026-0101 5G 套餐，https://kb.example.cn/x</p>' +
          '</body></html>',
      ),
      ALLOWED_WORDS,
    );
    expect(words.sort()).toEqual(['Cases', 'Close', 'No', 'results']);
  });
});

describe('English in the command-line help', () => {
  it.each(['new.ts', 'setup.ts'])('%s --help is in Chinese apart from flags, commands and values to type', (script) => {
    const { status, stdout } = helpOf(script);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^用法：npm run/);
    expect(latinWords(stdout, ALLOWED_WORDS)).toEqual([]);
  });
});
