/**
 * `npm run screenshots`: photographs every page kind of the built site (`npm run build`) at two phone sizes, a
 * tablet, a laptop and a large screen, in light and dark, and every step of the presenter decks at 1920×1080 and
 * 1280×720, into tests/.artifacts/screenshots/ for a person to look at. Each screen is also checked (see
 * tests/helpers/layout-checks.ts): nothing wider than the screen, no table cut off or scrolling without a cue, no
 * text under 12 px on pages or under 28 px (at 1080 lines) on slides. Exits 1 naming the page and the element of
 * each problem. `npm run screenshots -- cases case` photographs only those kinds.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, serveSite } from '../tests/helpers/browser.ts';
import { describeProblems, layoutProblems, PHONE_MIN_FONT_PX, slideMinFontPx } from '../tests/helpers/layout-checks.ts';
import { deckKinds, deckReady, pageKinds } from '../tests/helpers/page-kinds.ts';
import { siteDir } from '../tests/helpers/paths.ts';

const viewports = {
  '360': { width: 360, height: 740 },
  '390': { width: 390, height: 844 },
  '768': { width: 768, height: 1024 },
  '1440': { width: 1440, height: 900 },
  '1920': { width: 1920, height: 1080 },
};
/** Presenter mode is shown on projectors and TVs; the deck is light whatever the system's setting. */
const projectors = { '1080p': { width: 1920, height: 1080 }, '720p': { width: 1280, height: 720 } };
const outDir = path.resolve('tests/.artifacts/screenshots');
mkdirSync(outDir, { recursive: true });

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
const problems: string[] = [];
let shots = 0;
const [server, browser] = await Promise.all([serveSite(siteDir), launchChromium()]);
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [viewportName, viewport] of Object.entries(viewports)) {
      const touch = viewport.width < 800;
      const context = await browser.newContext({
        viewport,
        colorScheme: scheme,
        locale: 'zh-CN',
        deviceScaleFactor: 1,
        isMobile: touch,
        hasTouch: touch,
      });
      const page = await context.newPage();
      for (const [name, kind] of Object.entries(pageKinds)) {
        if (!wanted(name)) continue;
        await page.goto(server.url + kind.url);
        await page.waitForLoadState('networkidle');
        await kind.ready?.(page);
        await page.screenshot({ path: path.join(outDir, `${name}-${viewportName}-${scheme}.png`), fullPage: true });
        shots += 1;
        problems.push(
          ...describeProblems(
            `${kind.url} ${viewportName}×${viewport.height} ${scheme}`,
            await layoutProblems(page, { minFontPx: PHONE_MIN_FONT_PX }),
          ),
        );
      }
      await context.close();
    }
  }
  for (const [projectorName, viewport] of Object.entries(projectors)) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, kind] of Object.entries(deckKinds)) {
      if (!wanted(name)) continue;
      await page.goto(server.url + kind.url);
      await deckReady(page);
      const steps = await page.locator('.step').count();
      for (let step = 1; step <= steps; step += 1) {
        await page.screenshot({ path: path.join(outDir, `${name}-${projectorName}-${step}.png`) });
        shots += 1;
        const found = await layoutProblems(page, {
          minFontPx: slideMinFontPx(viewport.height),
          textScope: '.step[data-current]',
        });
        problems.push(...describeProblems(`${kind.url} ${projectorName} 第 ${step} 步`, found));
        await page.keyboard.press('ArrowRight');
      }
    }
    await context.close();
  }
  console.log(`${shots} screenshots written to ${outDir}`);
  if (problems.length > 0) {
    console.error(`${problems.length} layout problems:\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
