/** The 同义词表 page: every group of content/lexicon/, by domain, and the ways to it and to adding a group. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { lexiconRoles } from '../../src/lib/lexicon/index.ts';
import { readLibrary } from '../../src/library/read.ts';
import { page } from '../helpers/html.ts';
import { projectRoot } from '../helpers/paths.ts';

const files = readLibrary(path.join(projectRoot, 'content'), 'lexicon').lexicon;
const lexicon = page('/lexicon/').root;

describe('the 同义词表 page', () => {
  it('lists each domain file’s groups under its title, the library’s term first, with narrower words and note', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const { file, data } of files) {
      const section = lexicon.querySelector(`section#${file.id}`);
      expect(section?.querySelector('h2')?.text, file.id).toBe(data.title);
      const rows = section!.querySelectorAll('.lexicon-groups > li');
      expect(rows.length, file.id).toBe(data.groups.length);
      data.groups.forEach((group, position) => {
        const row = rows[position]!;
        expect(row.querySelector('strong')?.text).toBe(group.words[0]);
        for (const word of [...group.words, ...group.narrower])
          expect(row.text, `${file.id} ${group.words[0]}`).toContain(word);
        if (group.narrower.length)
          expect(row.querySelector('.narrower')?.text).toBe(`更具体：${group.narrower.join('、')}`);
        expect(row.querySelector('small')?.text).toBe(group.note);
        expect(row.querySelector('.role')?.text, `${file.id} ${group.words[0]}`).toBe(lexiconRoles[group.role].zh);
      });
    }
    const groups = files.reduce((sum, { data }) => sum + data.groups.length, 0);
    expect(lexicon.querySelectorAll('.lexicon-groups > li')).toHaveLength(groups);
    expect(lexicon.text).toContain(`共 ${files.length} 个领域、${groups} 组`);
  });

  it('tags each group with its role, explains the roles once; the sample lexicon uses problems and side roles', () => {
    expect(lexicon.text).toContain('问题、诉求与办理、对象、人员、地点、渠道');
    const shown = new Set(lexicon.querySelectorAll('.lexicon-groups .role').map((tag) => tag.text));
    for (const role of ['问题', '诉求与办理', '对象', '地点', '渠道']) expect(shown).toContain(role);
    const roleOf = (word: string) =>
      files.flatMap(({ data }) => data.groups).find((group) => group.words[0] === word)?.role;
    expect([roleOf('盗刷'), roleOf('退款'), roleOf('套餐'), roleOf('营业厅'), roleOf('手机银行')]).toEqual([
      'problem',
      'request',
      'object',
      'place',
      'channel',
    ]);
  });

  it('links each domain from the contents and to its file in the web editor', () => {
    for (const { file } of files) {
      expect(lexicon.querySelector(`nav a[href="#${file.id}"]`), file.id).not.toBeNull();
      expect(lexicon.querySelector(`section#${file.id} .edit-link a`)?.getAttribute('href')).toBe(
        `${config.repository.url}/edit/${config.repository.branch}/content/lexicon/${file.relativePath}`,
      );
    }
  });

  it('is linked from every page’s footer and from the 投稿 page, which starts a new domain file', () => {
    expect(page('/').root.querySelector('footer a[data-lexicon-link]')?.getAttribute('href')).toBe('/lexicon/');
    const contribute = page('/contribute/').root;
    expect(contribute.querySelector('main a[href="/lexicon/"]')).not.toBeNull();
    const url = new URL(contribute.querySelector('a[data-new-entry=lexicon]')!.getAttribute('href')!);
    expect(`${url.origin}${url.pathname}`).toBe(
      `${config.repository.url}/new/${config.repository.branch}/content/lexicon`,
    );
  });
});
