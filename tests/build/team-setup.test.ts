/**
 * A new team's first hour: the sample settings warn, an empty library builds with a helpful page everywhere, and
 * after `npm run setup` the site links to the team's own repository and address.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { ui } from '../../src/i18n/ui.ts';
import { page } from '../helpers/html.ts';
import { ALLOWED_WORDS, latinWords, visibleText } from '../helpers/latin-words.ts';
import { projectCopy, runIn } from '../helpers/project-copy.ts';
import { buildLibrary, tempLibrary } from '../helpers/temp-library.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
const html = (dist: string, url: string) => readFileSync(path.join(dist, url, 'index.html'), 'utf8');

describe('the sample settings', () => {
  it('need no template note on GitHub, whose editor fills the template in', () => {
    expect(page('/contribute/').root.querySelector('[data-template-note]')).toBeNull();
  });

  it('put a visible note under the QR code of the deck and the printed handout while the address is localhost', () => {
    expect(config.siteUrl).toContain('localhost');
    const latest = readdirSync(path.join(path.dirname(page('/').file), 'daily'))
      .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
      .sort()
      .at(-1)!;
    for (const url of [`/daily/${latest}/present/`, `/daily/${latest}/`]) {
      expect(page(url).root.querySelector('[data-qr-local]')?.text, url).toBe(ui.present.qrLocal);
    }
  });
});

describe('an empty library (only the people)', () => {
  let dist = '';
  let build: { status: number | null; output: string };
  beforeAll(() => {
    const root = tempLibrary({});
    roots.push(root);
    dist = path.join(root, 'dist');
    build = buildLibrary(root);
  }, 180_000);

  it('builds, and the log warns in Chinese about the sample repository and the localhost address', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('仓库地址还是示例');
    expect(build.output).toContain('同事的手机打不开');
    expect(build.output).toContain('构建完成，共');
    expect(build.output).not.toMatch(/^.*stages: setup=/m);
  });

  const pages: [string, string][] = [
    ['/', ui.empty.library],
    ['/cases/', ui.empty.cases],
    ['/daily/', ui.empty.daily],
    ['/today/', ui.empty.today],
    ['/practices/', ui.empty.practices],
    ['/scripts/', ui.empty.scripts],
    ['/insights/', ui.empty.insights],
    ['/insights/categories/', ui.empty.insights],
    ['/search/', ui.empty.search],
    ['/finder/', ui.empty.finder],
    ['/contributors/', ui.empty.contributors],
    ['/review/', ui.empty.review],
  ];
  it.each(pages)('%s says what will appear and how to write the first entry, in Chinese', (url, message) => {
    const text = html(dist, url);
    const empty = parse(text).querySelector('[data-empty-state]');
    expect(empty?.text).toContain(message);
    expect(empty?.querySelector('a')?.getAttribute('href')).toBe('/contribute/');
    expect(latinWords(visibleText(text), ALLOWED_WORDS)).toEqual([]);
  });
});

describe('after npm run setup', () => {
  let dist = '';
  let build: { status: number | null; output: string };
  beforeAll(() => {
    const root = projectCopy();
    roots.push(root);
    dist = path.join(root, 'dist');
    const setup = runIn(root, 'setup.ts', [
      '--team-name',
      '华东客服中心',
      '--repo',
      'https://gitlab.company.cn/kefu/casebook',
      '--site-url',
      'https://kb.company.cn/',
      '--clear-samples',
      '--yes',
    ]);
    if (setup.status !== 0) throw new Error(setup.output);
    build = runIn(root, 'build.ts', ['--outDir', dist]);
  }, 180_000);

  it('builds the cleared library without the sample warnings', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toContain('仓库地址还是示例');
    expect(build.output).not.toContain('同事的手机打不开');
  });

  it('shows the team name and opens the team’s GitLab: edit links, the 投稿 buttons and the guide', () => {
    const home = parse(html(dist, '/'));
    expect(home.querySelector('.brand')?.text).toBe('华东客服中心案例库');
    const contribute = parse(html(dist, '/contribute/'));
    const caseButton = new URL(contribute.querySelector('[data-new-entry="case"]')!.getAttribute('href')!);
    expect(caseButton.origin + caseButton.pathname).toBe(
      'https://gitlab.company.cn/kefu/casebook/-/new/main/content/cases',
    );
    expect(caseButton.searchParams.get('content')).toMatch(/^---\ncaseNumber: KF-/);
    // GitLab's editor leaves the template out: the page says where to copy it from.
    expect(contribute.querySelector('[data-template-note]')?.text).toBe(ui.contribute.templateNotFilled('GitLab'));
    expect(contribute.querySelector('a[href$="CONTRIBUTING.md"]')?.getAttribute('href')).toBe(
      'https://gitlab.company.cn/kefu/casebook/-/blob/main/CONTRIBUTING.md',
    );
    const caseDir = path.join(dist, 'cases');
    const casePage = readdirSync(caseDir, { recursive: true, encoding: 'utf8' }).find(
      (name) => name.endsWith('index.html') && name.split(path.sep).length === 3,
    )!;
    const edit = parse(readFileSync(path.join(caseDir, casePage), 'utf8'))
      .querySelector('.edit-link a')
      ?.getAttribute('href');
    expect(edit).toBe(
      'https://gitlab.company.cn/kefu/casebook/-/edit/main/content/cases/' +
        `${path.dirname(casePage).replaceAll(path.sep, '/')}.mdx`,
    );
  });

  it('points QR codes at the public address, with no localhost note', () => {
    const [daily] = readdirSync(path.join(dist, 'daily')).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
    const deck = parse(html(dist, `/daily/${daily}/present/`));
    expect(deck.querySelector('.qr a')?.getAttribute('href')).toMatch(/^https:\/\/kb\.company\.cn\/cases\//);
    expect(deck.querySelector('[data-qr-local]')).toBeNull();
  });
});
