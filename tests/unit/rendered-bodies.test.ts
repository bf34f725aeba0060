/**
 * The loader wrapper that renders entry bodies at content sync (src/data/rendered-bodies.ts), with Astro's loader
 * replaced by a stand-in.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { renderedBodies } from '../../src/data/rendered-bodies.ts';

type Stored = Record<string, unknown> & { id: string };

/** What Astro's `glob` does with `.mdx` files: stores each with `deferredRender` (and so a module import). */
const globLike = (entries: Stored[]): Loader => ({
  name: 'glob-like',
  load: async ({ store }) => {
    for (const entry of entries) store.set(entry as never);
  },
});

function contextFor(failOn: string) {
  const stored = new Map<string, Stored>();
  const moduleImports: string[] = [];
  const warnings: string[] = [];
  const store = {
    set: (entry: Stored) => {
      stored.set(entry.id, entry);
      // Astro's store registers the module of an entry left to render later.
      if (entry.deferredRender && typeof entry.filePath === 'string') moduleImports.push(entry.filePath);
      return true;
    },
    addModuleImport: (file: string) => moduleImports.push(file),
  };
  const context = {
    store,
    logger: { warn: (message: string) => warnings.push(message) },
    config: { root: new URL('file:///site/') },
    renderMarkdown: async (body: string) => {
      if (body.includes(failOn)) throw new Error('渲染器出错');
      return { html: `<p>${body}</p>`, metadata: { headings: [] } };
    },
  } as unknown as LoaderContext;
  return { context, stored, moduleImports, warnings };
}

describe('renderedBodies', () => {
  it('stores each body already rendered, with nothing left to import as a module', async () => {
    const { context, stored, moduleImports } = contextFor('never');
    await renderedBodies(
      globLike([
        { id: 'a', data: {}, body: '正文甲', filePath: 'content/cases/a.mdx', digest: '1', deferredRender: true },
      ]),
    ).load(context);
    expect(stored.get('a')).toEqual({
      id: 'a',
      data: {},
      body: '正文甲',
      filePath: 'content/cases/a.mdx',
      digest: '1',
      rendered: { html: '<p>正文甲</p>', metadata: { headings: [] } },
    });
    expect(moduleImports).toEqual([]);
  });

  it('leaves an entry whose body fails to render to Astro, as before, and says so', async () => {
    const { context, stored, moduleImports, warnings } = contextFor('坏');
    await renderedBodies(
      globLike([
        { id: 'good', data: {}, body: '好', filePath: 'content/cases/good.mdx', deferredRender: true },
        { id: 'bad', data: {}, body: '坏', filePath: 'content/cases/bad.mdx', deferredRender: true },
      ]),
    ).load(context);
    expect(stored.get('good')?.rendered).toBeDefined();
    expect(stored.get('bad')).toMatchObject({ deferredRender: true });
    expect(stored.get('bad')?.rendered).toBeUndefined();
    expect(moduleImports).toEqual(['content/cases/bad.mdx']);
    expect(warnings).toEqual([
      expect.stringContaining('content/cases/bad.mdx：正文未能预先渲染，改在生成页面时渲染（渲染器出错）'),
    ]);
  });

  it('passes entries without a body to render (people) straight through', async () => {
    const { context, stored } = contextFor('never');
    await renderedBodies(
      globLike([{ id: 'li-na', data: { name: '李娜' }, filePath: 'content/people/li-na.yaml' }]),
    ).load(context);
    expect(stored.get('li-na')).toEqual({ id: 'li-na', data: { name: '李娜' }, filePath: 'content/people/li-na.yaml' });
  });
});
