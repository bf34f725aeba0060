/**
 * Imports point one way (.dependency-cruiser.cjs, `npm run check:layers`): no circles, and no layer takes anything
 * from a layer above it. The same rules are also run over a small tree that breaks them, so a rule that matches
 * nothing cannot pass unnoticed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { projectRoot } from '../helpers/paths.ts';

const options = await extractDepcruiseOptions(path.join(projectRoot, '.dependency-cruiser.cjs'));

/** Each broken rule as `from → to (rule)`, the way a contributor fixes it. */
async function violations(baseDir: string, folders: string[], tsConfig?: string): Promise<string[]> {
  const transpile = tsConfig ? { tsConfig: extractTSConfig(tsConfig) } : {};
  const { output } = await cruise(folders, { ...options, baseDir }, {}, transpile);
  return (output as ICruiseResult).summary.violations.map(({ from, to, rule, cycle }) =>
    cycle
      ? `${[from, ...cycle.map((step) => step.name)].join(' → ')} (${rule.name})`
      : `${from} → ${to} (${rule.name})`,
  );
}

const fixtures: string[] = [];
afterAll(() => fixtures.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('layers', () => {
  it('src/ and scripts/ have no import circles and no upward imports', { timeout: 120_000 }, async () => {
    const found = await violations(projectRoot, ['src', 'scripts'], path.join(projectRoot, 'tsconfig.json'));
    expect(found, `Imports that break the layers (.dependency-cruiser.cjs):\n${found.join('\n')}`).toEqual([]);
  });

  it('the rules catch an upward import, an Astro import in lib and a circle', { timeout: 120_000 }, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'casebook-layers-'));
    fixtures.push(root);
    const files: Record<string, string> = {
      'src/lib/cases/order.ts':
        "import { allCases } from '../../data/library.ts';\nexport const first = allCases[0];\n",
      'src/lib/site/entries.ts':
        "import { getCollection } from 'astro:content';\nexport const entries = getCollection;\n",
      'src/data/library.ts': 'export const allCases: string[] = [];\n',
      'src/validation/one.ts': "import { two } from './two.ts';\nexport const one = () => two;\n",
      'src/validation/two.ts': "import { one } from './one.ts';\nexport const two = () => one;\n",
      'src/integrations/index.ts':
        "import { panel } from '../components/search/panel.ts';\nexport const used = panel;\n",
      'src/components/search/panel.ts': 'export const panel = 1;\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const found = await violations(root, ['src']);
    expect(found).toEqual(
      expect.arrayContaining([
        'src/lib/cases/order.ts → src/data/library.ts (lib-is-the-bottom)',
        'src/lib/site/entries.ts → astro:content (lib-is-the-bottom)',
        'src/integrations/index.ts → src/components/search/panel.ts (integrations-not-browser)',
        expect.stringMatching(/^src\/validation\/(one|two)\.ts → .* \(no-circular\)$/),
      ]),
    );
  });
});
