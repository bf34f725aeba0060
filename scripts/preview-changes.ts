/**
 * `npm run preview:changes -- [--build success|failure|skipped] [content files...]`: for a pull request, checks
 * the added or changed content files, photographs each one's page of the built site (`npm run build`) on a phone
 * (390×844) and a desktop (1440×900), and writes the Chinese summary (src/lib/deploy/preview.ts) to the job
 * summary ($GITHUB_STEP_SUMMARY) and to tests/.artifacts/preview/summary.md, beside screenshots/ and a copy of
 * the site in site/: the folder .github/workflows/preview.yml uploads.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { entryPages, previewSummary, screenshotNames, type PreviewReport } from '../src/lib/deploy/preview.ts';
import { forOutput } from '../src/validation/problem.ts';
import { validateLibraryInParallel } from '../src/validation/parallel.ts';
import { launchChromium, serveSite } from '../tests/helpers/browser.ts';
import { siteDir } from '../tests/helpers/paths.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    build: { type: 'string', default: 'success' },
    out: { type: 'string', default: 'tests/.artifacts/preview' },
    artifact: { type: 'string', default: 'preview' },
  },
});
const build = values.build as PreviewReport['build'];
const changed = positionals.filter((file) => file.startsWith('content/') && existsSync(file));
const outDir = path.resolve(values.out);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(path.join(outDir, 'screenshots'), { recursive: true });

const { problems } = changed.length > 0 ? await validateLibraryInParallel({ only: changed }) : { problems: [] };

let pages = new Map<string, string>();
if (build === 'success' && existsSync(siteDir)) {
  const built = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('index.html'))
    .map((name) => ({
      url: `/${name.slice(0, -'index.html'.length)}`,
      html: readFileSync(path.join(siteDir, name), 'utf8'),
    }));
  pages = entryPages(built, changed);
  const [server, browser] = await Promise.all([serveSite(siteDir), launchChromium()]);
  try {
    for (const [device, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1440, height: 900 }],
    ] as const) {
      const context = await browser.newContext({
        viewport,
        locale: 'zh-CN',
        deviceScaleFactor: device === 'phone' ? 2 : 1,
        isMobile: device === 'phone',
      });
      const page = await context.newPage();
      for (const url of new Set(pages.values())) {
        await page.goto(server.url + url, { waitUntil: 'networkidle' });
        await page.screenshot({ path: path.join(outDir, 'screenshots', screenshotNames(url)[device]), fullPage: true });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // The site as a reviewer opens it; the .gz/.br copies are for the server.
  cpSync(siteDir, path.join(outDir, 'site'), {
    recursive: true,
    filter: (source) => !/\.(gz|br)$/.test(source) && !source.endsWith('.test-build-stamp'),
  });
}

const summary = previewSummary({ changed, problems: problems.map(forOutput), build, pages, artifact: values.artifact });
writeFileSync(path.join(outDir, 'summary.md'), summary);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary);
console.log(summary);
