/** The ways into the repository from the built site: the “投稿” link, edit links, and the PII waiver tag. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { entryTemplate } from '../../src/lib/cases/entry-templates.ts';
import { referenceRows } from '../../src/lib/cases/field-catalogue.ts';
import { layout, scanLibrary } from '../../src/library/layout.ts';
import { fieldCatalogue } from '../../src/schemas/catalogue.ts';
import { collectionTerms } from '../../src/schemas/common.ts';
import { builtPages, page } from '../helpers/html.ts';
import { projectRoot } from '../helpers/paths.ts';

const content = path.join(projectRoot, 'content');
const { files } = scanLibrary(content);
const pathOf = {
  cases: 'cases',
  daily: 'daily',
  practices: 'practices',
  scripts: 'scripts',
  people: 'people',
} as const;

describe('the “投稿” link in every page footer and the 投稿 page', () => {
  const pages = builtPages();
  const contribute = page('/contribute/').root;
  const newEntryLink = (kind: string) =>
    contribute.querySelector(`a[data-new-entry=${kind}]`)?.getAttribute('href') ?? '';

  it('leads from every page’s footer to the 投稿 page', () => {
    const withFooter = pages.filter((built) => built.root.querySelector('footer.site-footer'));
    expect(withFooter.length).toBeGreaterThan(100);
    for (const built of withFooter)
      expect(built.root.querySelector('footer a[data-submit-case]')?.getAttribute('href'), built.url).toBe(
        '/contribute/',
      );
  });

  it('opens the repository’s new-file page for a case, named so that check asks for a real name', () => {
    const url = new URL(newEntryLink('case'));
    expect(`${url.origin}${url.pathname}`).toBe(
      `${config.repository.url}/new/${config.repository.branch}/content/cases`,
    );
    expect(url.searchParams.get('filename')).toBe(`TODO-english-name${layout.cases.extension}`);
  });

  it('fills in npm run new’s template with the year’s next free case number, named on the page', () => {
    const template = new URL(newEntryLink('case')).searchParams.get('value')!;
    const numbers = files
      .filter((file) => file.collection === 'cases')
      .map((file) => Number(/^caseNumber: KF-2026-(\d{4})$/m.exec(readFileSync(file.absolutePath, 'utf8'))?.[1] ?? 0));
    const next = `KF-2026-${String(Math.max(...numbers) + 1).padStart(4, '0')}`;
    expect(template).toBe(entryTemplate('case', fieldCatalogue, { caseNumber: next }));
    expect(contribute.querySelector('a[data-new-entry=case]')!.parentNode!.text).toContain(next);
    // Short enough for every browser and for GitHub (which refuses very long addresses).
    expect(newEntryLink('case').length).toBeLessThan(8000);
  });

  it.each([
    ['daily', 'daily', 'TODO-YYYY-MM-DD.mdx'],
    ['practice', 'practices', 'TODO-english-name.mdx'],
    ['script', 'service-scripts', 'TODO-english-name.mdx'],
    ['lexicon', 'lexicon', 'TODO-english-name.yaml'],
  ] as const)('starts a %s in content/%s from the template npm run new writes', (kind, dir, filename) => {
    const url = new URL(newEntryLink(kind));
    expect(`${url.origin}${url.pathname}`).toBe(
      `${config.repository.url}/new/${config.repository.branch}/content/${dir}`,
    );
    expect(url.searchParams.get('filename')).toBe(filename);
    expect(url.searchParams.get('value')).toBe(entryTemplate(kind, fieldCatalogue));
  });

  it('keeps the footer small: no template in any page but the 投稿 page', () => {
    for (const built of pages)
      if (built.url !== '/contribute/') expect(built.html, built.url).not.toContain('TODO%EF%BC%9A');
  });

  it('sits next to a link to the contributing guide', () => {
    const guide = page('/')
      .root.querySelectorAll('footer a')
      .find((link) => link.text.trim() === '如何投稿');
    expect(guide?.getAttribute('href')).toBe(
      `${config.repository.url}/blob/${config.repository.branch}/CONTRIBUTING.md`,
    );
  });
});

describe('the field reference for contributors', () => {
  it('is linked from the 投稿 page and has a table per kind of entry with every field the schemas define', () => {
    const link = page('/contribute/')
      .root.querySelectorAll('a')
      .find((anchor) => anchor.getAttribute('href') === '/contribute/fields/');
    expect(link?.text).toContain('字段参考');
    const tables = page('/contribute/fields/').root.querySelectorAll('section');
    const headings = tables.map((section) => section.querySelector('h2')!.text);
    expect(headings).toEqual(Object.values(collectionTerms).map((term): unknown => expect.stringContaining(term.zh)));
    const caseRows = tables[0]!.querySelectorAll('tbody tr');
    expect(caseRows.map((row) => row.querySelector('th code')!.text)).toEqual(
      referenceRows(fieldCatalogue.cases).map((row) => row.path),
    );
    const channel = caseRows.find((row) => row.querySelector('th')!.text === 'channel')!;
    expect(channel.querySelectorAll('td')[2]!.text).toContain('phone 电话');
    expect(channel.querySelectorAll('td')[1]!.text).toBe('是');
  });
});

describe('edit links', () => {
  it.each(Object.keys(pathOf) as (keyof typeof pathOf)[])(
    'every %s page links to its own file in the web editor',
    (collection) => {
      const entries = files.filter((file) => file.collection === collection && file.hasExpectedExtension);
      expect(entries.length).toBeGreaterThan(0);
      for (const file of entries) {
        const link = page(`/${pathOf[collection]}/${file.id}/`).root.querySelector('.edit-link a');
        expect(link?.getAttribute('href'), file.id).toBe(
          `${config.repository.url}/edit/${config.repository.branch}/` +
            `content/${layout[collection].dir}/${file.relativePath}`,
        );
      }
    },
  );
});

describe('the <PiiOk> waiver in a body', () => {
  it('renders its content as plain text, without the tag or its reason', () => {
    const source = readFileSync(path.join(content, 'cases/utilities/planned-outage-no-notice.mdx'), 'utf8');
    expect(source).toContain('<PiiOk reason="营业厅对外公布的电话，不是客户号码">0571-87651234</PiiOk>');
    const built = page('/cases/utilities/planned-outage-no-notice/');
    expect(built.root.querySelector('.body')?.text).toContain('供电营业厅对外公布的电话 0571-87651234。');
    expect(built.html).not.toMatch(/PiiOk|不是客户号码/);
  });
});
