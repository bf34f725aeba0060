/** `npm run setup` with flags, on a copy of the project: what it writes, what it refuses, and clearing the samples. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/lib/site/settings.ts';
import { projectRoot } from '../helpers/paths.ts';
import { projectCopy, runIn } from '../helpers/project-copy.ts';

const copies: string[] = [];
afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});
const copy = () => {
  const root = projectCopy();
  copies.push(root);
  return root;
};
const settingsIn = (root: string) =>
  parseSettings(JSON.parse(readFileSync(path.join(root, 'casebook.config.json'), 'utf8')));
const filesIn = (root: string, dir: string) =>
  readdirSync(path.join(root, 'content', dir), { recursive: true, encoding: 'utf8' }).filter((name) =>
    /\.(mdx|yaml)$/.test(name),
  );

describe('npm run setup', { timeout: 60_000 }, () => {
  it('writes the team name, repository, site address and timezone, and says what it wrote', () => {
    const root = copy();
    const { status, output } = runIn(root, 'setup.ts', [
      '--team-name',
      '华东客服中心',
      '--repo',
      'https://gitlab.company.cn/kefu/casebook/-/tree/main',
      '--site-url',
      'https://kb.company.cn/',
      '--timezone',
      'Asia/Hong_Kong',
      '--yes',
    ]);
    expect(status).toBe(0);
    expect(settingsIn(root)).toEqual({
      title: '华东客服中心案例库',
      siteUrl: 'https://kb.company.cn/',
      timezone: 'Asia/Hong_Kong',
      repository: { url: 'https://gitlab.company.cn/kefu/casebook', forge: 'gitlab', branch: 'main' },
    });
    expect(output).toContain('网站名称  华东客服中心案例库');
    expect(output).not.toContain('仓库还是示例地址');
  });

  it('changes only what a flag names, and takes the forge for a server whose name does not say', () => {
    const root = copy();
    expect(
      runIn(root, 'setup.ts', ['--repo', 'https://git.company.cn/kefu/casebook', '--forge', 'gitea', '--yes']).status,
    ).toBe(0);
    const settings = settingsIn(root);
    expect(settings.repository).toEqual({
      url: 'https://git.company.cn/kefu/casebook',
      forge: 'gitea',
      branch: 'main',
    });
    expect(settings.title).toBe('客服案例库');
    expect(settings.siteUrl).toBe('http://localhost:4321');
  });

  it('refuses bad values in Chinese, naming the flag and the fix, and writes nothing', () => {
    const root = copy();
    const before = readFileSync(path.join(root, 'casebook.config.json'), 'utf8');
    const refusals = [
      [['--timezone', 'Beijing', '--yes'], '--timezone「Beijing」不是时区名称 — 例如 Asia/Shanghai'],
      [
        ['--repo', 'https://git.company.cn/kefu/casebook', '--yes'],
        '--repo：看不出「https://git.company.cn/kefu/casebook」是哪种代码托管平台 — 请注明：github、gitlab 或 gitea',
      ],
      [['--repo', 'github.com/kefu/casebook', '--yes'], '不是网址'],
      [['--site-url', 'kb.company.cn', '--yes'], '--site-url「kb.company.cn」不是网址'],
      [['--team-name', ' ', '--yes'], '--team-name 不能为空'],
    ] as const;
    for (const [args, message] of refusals) {
      const { status, output } = runIn(root, 'setup.ts', [...args]);
      expect(status, args.join(' ')).toBe(1);
      expect(output).toContain(message);
      expect(output).not.toMatch(/^\s+at /m);
    }
    // Not in a terminal and nothing said: the usage, not a hang.
    const silent = runIn(root, 'setup.ts');
    expect(silent.status).toBe(1);
    expect(silent.output).toContain('用法：npm run setup');
    expect(readFileSync(path.join(root, 'casebook.config.json'), 'utf8')).toBe(before);
  });

  it('clears the samples but the people and one entry of each kind, whose references still resolve', () => {
    const root = copy();
    const { status, output } = runIn(root, 'setup.ts', ['--clear-samples', '--yes']);
    expect(status).toBe(0);
    expect(output).toContain('已清空示例内容');
    expect(filesIn(root, 'people')).toEqual(filesIn(projectRoot, 'people'));
    for (const dir of ['cases', 'daily', 'practices', 'service-scripts'])
      expect(filesIn(root, dir), dir).toHaveLength(1);
    const [daily] = filesIn(root, 'daily');
    const [kept] = filesIn(root, 'cases');
    expect(readFileSync(path.join(root, 'content/daily', daily!), 'utf8')).toContain(
      `case: ${kept!.replace(/\.mdx$/, '')}`,
    );
    const check = runIn(root, 'check.ts');
    expect(check.output).toContain('没有错误');
    expect(check.status).toBe(0);
  });
});
