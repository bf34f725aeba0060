import { describe, expect, it } from 'vitest';
import {
  editUrl,
  forgeFromUrl,
  isPlaceholderRepository,
  newFileUrl,
  normaliseRepositoryUrl,
  PLACEHOLDER_REPOSITORY_URL,
  viewUrl,
  type Repository,
} from '../../src/lib/site/forge.ts';
import { formatSettings, parseSettings, repositoryFrom, titleForTeam } from '../../src/lib/site/settings.ts';

const template = '---\ntitle: 退款 & 到账\n---\n';
const github: Repository = { url: 'https://github.com/hz-kefu/casebook', forge: 'github', branch: 'main' };
const gitlab: Repository = { url: 'https://gitlab.company.cn/kefu/casebook', forge: 'gitlab', branch: 'main' };
const gitea: Repository = { url: 'https://git.company.cn/kefu/casebook', forge: 'gitea', branch: 'main' };

describe('repository links per forge', () => {
  it('opens the web editor at the address each forge uses', () => {
    expect(editUrl(github, 'content/cases/a.mdx')).toBe(
      'https://github.com/hz-kefu/casebook/edit/main/content/cases/a.mdx',
    );
    expect(editUrl(gitlab, 'content/cases/a.mdx')).toBe(
      'https://gitlab.company.cn/kefu/casebook/-/edit/main/content/cases/a.mdx',
    );
    expect(editUrl(gitea, 'content/cases/a.mdx')).toBe(
      'https://git.company.cn/kefu/casebook/_edit/main/content/cases/a.mdx',
    );
  });
  it('links to read a file', () => {
    expect(viewUrl(github, 'CONTRIBUTING.md')).toBe('https://github.com/hz-kefu/casebook/blob/main/CONTRIBUTING.md');
    expect(viewUrl(gitlab, 'CONTRIBUTING.md')).toBe(
      'https://gitlab.company.cn/kefu/casebook/-/blob/main/CONTRIBUTING.md',
    );
    expect(viewUrl(gitea, 'CONTRIBUTING.md')).toBe(
      'https://git.company.cn/kefu/casebook/src/branch/main/CONTRIBUTING.md',
    );
  });
  it('fills in the file name and template with the query names each forge reads', () => {
    const read = (url: string) => new URL(url);
    const gh = read(newFileUrl(github, 'content/cases', 'new-case.mdx', template));
    expect(gh.pathname).toBe('/hz-kefu/casebook/new/main/content/cases');
    expect([gh.searchParams.get('filename'), gh.searchParams.get('value')]).toEqual(['new-case.mdx', template]);
    const gl = read(newFileUrl(gitlab, 'content/cases', 'new-case.mdx', template));
    expect(gl.pathname).toBe('/kefu/casebook/-/new/main/content/cases');
    expect([gl.searchParams.get('file_name'), gl.searchParams.get('content')]).toEqual(['new-case.mdx', template]);
    const gt = read(newFileUrl(gitea, 'content/cases', 'new-case.mdx', template));
    expect(gt.pathname).toBe('/kefu/casebook/_new/main/content/cases/');
    expect([gt.searchParams.get('filename'), gt.searchParams.get('value')]).toEqual(['new-case.mdx', template]);
  });
  it('encodes a branch or folder with characters outside plain ASCII', () => {
    expect(editUrl({ ...github, branch: 'release/冬季' }, 'content/cases/a.mdx')).toBe(
      `https://github.com/hz-kefu/casebook/edit/release/${encodeURIComponent('冬季')}/content/cases/a.mdx`,
    );
  });
});

describe('repository addresses', () => {
  it('recognises the forge from well-known hosts and says nothing for unknown ones', () => {
    expect(forgeFromUrl('https://github.com/a/b')).toBe('github');
    expect(forgeFromUrl('https://gitlab.com/a/b')).toBe('gitlab');
    expect(forgeFromUrl('https://gitlab.company.cn/a/b')).toBe('gitlab');
    expect(forgeFromUrl('https://codeberg.org/a/b')).toBe('gitea');
    expect(forgeFromUrl('https://gitea.company.cn/a/b')).toBe('gitea');
    expect(forgeFromUrl('https://git.company.cn/a/b')).toBeUndefined();
  });
  it('accepts an address copied from any page of the repository', () => {
    expect(normaliseRepositoryUrl('https://github.com/hz-kefu/casebook.git')).toBe(
      'https://github.com/hz-kefu/casebook',
    );
    expect(normaliseRepositoryUrl('https://github.com/hz-kefu/casebook/tree/main/content')).toBe(
      'https://github.com/hz-kefu/casebook',
    );
    expect(normaliseRepositoryUrl('https://gitlab.company.cn/kefu/east/casebook/-/tree/main')).toBe(
      'https://gitlab.company.cn/kefu/east/casebook',
    );
    expect(normaliseRepositoryUrl('https://git.company.cn/kefu/casebook/src/branch/main/')).toBe(
      'https://git.company.cn/kefu/casebook',
    );
  });
  it('explains in Chinese what is wrong with an address', () => {
    expect(() => normaliseRepositoryUrl('github.com/a/b')).toThrow('不是网址');
    expect(() => normaliseRepositoryUrl('https://github.com/hz-kefu')).toThrow('不是一个仓库的地址');
    expect(() => repositoryFrom('https://git.company.cn/kefu/casebook')).toThrow('github、gitlab 或 gitea');
    expect(repositoryFrom('https://git.company.cn/kefu/casebook', 'Gitea')).toEqual(gitea);
  });
  it('knows the sample repository however it is written', () => {
    expect(isPlaceholderRepository({ url: `${PLACEHOLDER_REPOSITORY_URL}/` })).toBe(true);
    expect(isPlaceholderRepository(github)).toBe(false);
  });
});

describe('settings file', () => {
  const valid = {
    title: '华东客服中心案例库',
    siteUrl: 'https://kb.example.cn/',
    timezone: 'Asia/Hong_Kong',
    repository: { url: 'https://gitlab.company.cn/kefu/casebook/', forge: 'gitlab', branch: 'main' },
  };
  it('reads and writes the same settings', () => {
    const settings = parseSettings(valid);
    expect(settings.repository.url).toBe('https://gitlab.company.cn/kefu/casebook');
    expect(parseSettings(JSON.parse(formatSettings(settings)))).toEqual(settings);
  });
  it('names the field and the fix when a value is wrong', () => {
    expect(() => parseSettings({ ...valid, timezone: 'Beijing' })).toThrow(
      'casebook.config.json  timezone  「Beijing」不是时区名称',
    );
    expect(() => parseSettings({ ...valid, siteUrl: 'kb.example.cn' })).toThrow('siteUrl  「kb.example.cn」不是网址');
    expect(() => parseSettings({ ...valid, title: '' })).toThrow('title  缺少或为空 — 运行 npm run setup');
  });
  it('turns a team name into the site name', () => {
    expect(titleForTeam(' 华东客服中心 ')).toBe('华东客服中心案例库');
    expect(titleForTeam('信用卡中心知识库')).toBe('信用卡中心知识库');
  });
});
