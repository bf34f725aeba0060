/**
 * `npm run preview:changes` over the built site, as the pull-request workflow runs it: a phone and a desktop
 * screenshot of each changed entry's page, the site to download, and the Chinese summary.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/paths.ts';

const out = mkdtempSync(path.join(os.tmpdir(), 'casebook-preview-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
/** Width and height from a PNG's header. */
const pngSize = (file: string) => {
  const header = readFileSync(file).subarray(16, 24);
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4) };
};

it('photographs each changed entry on a phone and a desktop and summarises the check in Chinese', () => {
  const changed = ['content/cases/ecommerce/presale-refund-delay.mdx', 'content/people/zhang-min.yaml'];
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'scripts/preview-changes.ts'), '--out', out, '--artifact', 'preview-7', ...changed],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, CASEBOOK_OUT_DIR: distDir, GITHUB_STEP_SUMMARY: path.join(out, 'step-summary.md') },
    },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const shots = readdirSync(path.join(out, 'screenshots')).sort();
  expect(shots).toEqual([
    'cases-ecommerce-presale-refund-delay-desktop.png',
    'cases-ecommerce-presale-refund-delay-phone.png',
    'people-zhang-min-desktop.png',
    'people-zhang-min-phone.png',
  ]);
  // A phone at twice its 390 px, a desktop at 1440 px, each the whole page.
  expect(pngSize(path.join(out, 'screenshots/cases-ecommerce-presale-refund-delay-phone.png')).width).toBe(780);
  expect(pngSize(path.join(out, 'screenshots/cases-ecommerce-presale-refund-delay-desktop.png')).width).toBe(1440);
  expect(pngSize(path.join(out, 'screenshots/cases-ecommerce-presale-refund-delay-phone.png')).height).toBeGreaterThan(
    1688,
  );
  const summary = readFileSync(path.join(out, 'step-summary.md'), 'utf8');
  expect(summary).toMatch(/^## ✓ 可以复核\n/);
  expect(summary).toContain('| 内容检查（npm run check） | ✓ 2 个文件没有错误 |');
  expect(summary).toContain('content/people/zhang-min.yaml → /people/zhang-min/');
  expect(readFileSync(path.join(out, 'site/cases/ecommerce/presale-refund-delay/index.html'), 'utf8')).toContain(
    '<title>',
  );
  expect(
    readdirSync(path.join(out, 'site'), { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(gz|br)$/.test(name),
    ),
  ).toEqual([]);
}, 240_000);
