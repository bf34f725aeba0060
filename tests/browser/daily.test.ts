/**
 * The morning meeting in real Chromium: today's case decided with a controlled clock and timezone,
 * the presenter's keys, fit on projector screens, working offline, and the printed handout.
 * The machine clock is UTC (the context's `timezoneId`) while the team's timezone is Asia/Shanghai.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fill } from '../../src/i18n/copy.ts';
import { ui } from '../../src/i18n/ui.ts';
import { REVIEW_WINDOW_DAYS } from '../../src/lib/daily/daily.ts';
import { addDays, daysBetween } from '../../src/lib/daily/dates.ts';
import { dayLabel, type TodayPayload } from '../../src/lib/daily/today.ts';
import type { SiteServer } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/paths.ts';
import { deckReady, todayLive } from '../helpers/page-kinds.ts';
import { useSite } from '../helpers/site-fixture.ts';

const site = useSite();
let server: SiteServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

// Short names for the fixture's parts, once it has started.
beforeAll(() => ({ server, browser } = site));
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

// What the content says, read from the files rather than from the code under test.
const contentDir = path.join(projectRoot, 'content');
const frontmatter = (file: string, field: string) =>
  existsSync(file) ? new RegExp(`^${field}: (.*)$`, 'm').exec(readFileSync(file, 'utf8'))?.[1] : undefined;
const caseFile = (caseId: string) => path.join(contentDir, 'cases', `${caseId}.mdx`);
const caseNumber = (caseId: string) => frontmatter(caseFile(caseId), 'caseNumber')!;
const scheduledCase = (date: string) => frontmatter(path.join(contentDir, 'daily', `${date}.mdx`), 'case');
const scheduledNumber = (date: string) => caseNumber(scheduledCase(date)!);
const dailyDates = readdirSync(path.join(contentDir, 'daily'))
  .map((file) => file.replace(/\.mdx$/, ''))
  .sort();
const typicalCases = readdirSync(path.join(contentDir, 'cases'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''))
  .filter(
    (caseId) =>
      frontmatter(caseFile(caseId), 'typical') === 'true' && frontmatter(caseFile(caseId), 'confidence') !== 'archived',
  );

interface Open {
  timezoneId?: string;
  url?: string;
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  /** Runs before navigation, e.g. to route the page's HTML. */
  before?: (page: Page) => Promise<void>;
}

/** A fresh browser (a different person's machine) with its clock set to `time`. */
async function openAt(
  time: string | undefined,
  { timezoneId = 'UTC', url = '/today/', viewport, javaScriptEnabled = true, before }: Open = {},
) {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId,
    javaScriptEnabled,
    ...(viewport ? { viewport } : {}),
  });
  contexts.push(context);
  const page = await context.newPage();
  if (time) await page.clock.install({ time: new Date(time) });
  await before?.(page);
  await page.goto(server.url + url);
  const ready = url.includes('/present/') ? deckReady : url === '/' || url === '/today/' ? todayLive : undefined;
  if (javaScriptEnabled && ready) await ready(page);
  return { context, page };
}

/** The today block: its section (今日案例) on the home page, the page's main content on /today/. */
const todayBlock = (page: Page) =>
  new URL(page.url()).pathname === '/' ? page.getByRole('region', { name: ui.home.today }) : page.getByRole('main');
/** The case card of the today block (hidden on a day with no case). */
const todayCard = (page: Page) => todayBlock(page).getByRole('article', { includeHidden: true });
/** The title link of today's case. */
const todayTitle = (page: Page) =>
  todayCard(page).getByRole('heading', { includeHidden: true }).getByRole('link', { includeHidden: true });
const caseNumberText = /^[A-Z]+-\d{4}-\d{4,6}$/;

/** What the today block shows, as a person reads it. */
async function shown(page: Page) {
  const block = todayBlock(page);
  const card = todayCard(page);
  const when = block.getByText(/^\d{4}年\d{1,2}月\d{1,2}日/);
  return {
    date: await when.getAttribute('datetime'),
    dateLabel: await when.textContent(),
    number: await card.getByText(caseNumberText).textContent(),
    review: await card.getByText(ui.today.review, { exact: true }).isVisible(),
    notices: await block.getByRole('status').textContent(),
    present: await card.getByRole('link', { name: ui.today.present, includeHidden: true }).getAttribute('href'),
  };
}

describe('today’s case, decided in the browser', () => {
  it('follows the date in Asia/Shanghai, not the machine’s, on both sides of midnight', async () => {
    // 23:59:30 in Shanghai on the 28th; the UTC machine agrees it is the 28th.
    const before = await shown((await openAt('2026-11-28T15:59:30Z')).page);
    expect(before).toMatchObject({
      date: '2026-11-28',
      dateLabel: '2026年11月28日 星期六',
      number: scheduledNumber('2026-11-28'),
      present: '/daily/2026-11-28/present/',
      review: false,
      notices: '',
    });
    // 00:00:30 on the 29th in Shanghai, while the UTC machine (and one in Los Angeles) still says the 28th.
    for (const timezoneId of ['UTC', 'America/Los_Angeles']) {
      const after = await shown((await openAt('2026-11-28T16:00:30Z', { timezoneId })).page);
      expect(after, timezoneId).toMatchObject({
        date: '2026-11-29',
        number: scheduledNumber('2026-11-29'),
        present: '/daily/2026-11-29/present/',
      });
    }
    // 00:30 on the 28th in Shanghai is still the 27th in UTC.
    expect((await shown((await openAt('2026-11-27T16:30:00Z')).page)).number).toBe(scheduledNumber('2026-11-28'));
  });

  it('shows the right case on a site built days earlier', async () => {
    const { page } = await openAt('2026-12-05T01:00:00Z');
    expect(await shown(page)).toMatchObject({ date: '2026-12-05', number: scheduledNumber('2026-12-05') });
    await expect(todayTitle(page).getAttribute('href')).resolves.toBe('/daily/2026-12-05/');
  });

  it('moves on to the next day’s case at local midnight, without a reload', async () => {
    const { page } = await openAt('2026-11-28T15:59:50Z');
    expect((await shown(page)).number).toBe(scheduledNumber('2026-11-28'));
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    await page.clock.runFor(15_000);
    expect(await shown(page)).toMatchObject({
      date: '2026-11-29',
      dateLabel: '2026年11月29日 星期日',
      number: scheduledNumber('2026-11-29'),
    });
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
  });

  it('marks only the title of a Traditional case with its language, on /today/ and the home page', async () => {
    const lang = (caseId: string) => frontmatter(caseFile(caseId), 'lang');
    const traditionalDay = dailyDates.find((date) => lang(scheduledCase(date)!)?.startsWith('zh-'))!;
    const simplifiedDay = dailyDates.find((date) => date > traditionalDay && !lang(scheduledCase(date)!))!;
    expect(lang(scheduledCase(traditionalDay)!)).toMatch(/^zh-(TW|HK)$/);
    for (const url of ['/today/', '/']) {
      // 09:00 in Shanghai on the Traditional case's day.
      const { page } = await openAt(`${traditionalDay}T01:00:00Z`, { url });
      const title = todayTitle(page);
      await expect(title.getAttribute('lang'), url).resolves.toBe(lang(scheduledCase(traditionalDay)!));
      // Nothing else in the block is marked: the texts marked with a language are the title's alone.
      const labelled = await todayBlock(page).evaluate((element) =>
        [...element.querySelectorAll('[lang]')].map((marked) => marked.textContent.trim()),
      );
      expect(labelled, url).toEqual([(await title.textContent())!.trim()]);
      // The next Simplified case drops the mark, without a reload.
      await page.clock.runFor(daysBetween(traditionalDay, simplifiedDay) * 86_400_000);
      await expect(todayCard(page).getByText(caseNumberText).textContent()).resolves.toBe(
        scheduledNumber(simplifiedDay),
      );
      await expect(title.getAttribute('lang'), url).resolves.toBeNull();
    }
  });

  it('marks today in the archive calendar by the team’s date', async () => {
    const { page } = await openAt('2026-11-28T16:00:30Z', { url: '/daily/' });
    const month = page.getByRole('table', { name: '2026年11月' });
    // The day marked as today (aria-current="date", read out as the current date), by its long name.
    const marked = await month
      .getByRole('cell')
      .evaluateAll((cells) =>
        cells.filter((cell) => cell.getAttribute('aria-current') === 'date').map((cell) => cell.textContent.trim()),
      );
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain('2026年11月29日');
  });

  it('shows the build date’s case without JavaScript, and says so', async () => {
    const { page } = await openAt(undefined, { javaScriptEnabled: false });
    // The data the page was built with (a JSON script, no part of what a reader sees).
    const built = (JSON.parse((await page.locator('today-case script').first().textContent())!) as { built: string })
      .built;
    const block = await shown(page);
    expect(block.date).toBe(built);
    expect(block.notices).toContain(fill(ui.today.noScript, { date: dayLabel(built, ui.weekdays) }));
    expect(block.number).toBe(scheduledNumber(built));
  });
});

describe('review pick on a date with nothing scheduled', () => {
  it('picks a typical case not shown within 30 days, labelled as a review pick', async () => {
    const date = '2026-12-08';
    const recent = new Set(
      Array.from({ length: 2 * REVIEW_WINDOW_DAYS + 1 }, (_, n) =>
        scheduledCase(addDays(date, n - REVIEW_WINDOW_DAYS)),
      ).filter(Boolean),
    );
    const fresh = typicalCases.filter((caseId) => !recent.has(caseId));
    expect(fresh).toHaveLength(1);
    const { page } = await openAt('2026-12-07T16:30:00Z');
    const block = await shown(page);
    expect(block).toMatchObject({
      date,
      review: true,
      number: caseNumber(fresh[0]!),
      present: `/cases/${fresh[0]}/present/`,
    });
    expect(block.notices).toContain(ui.today.reviewNotice);
  });

  it('is the same for everyone all day, on any page, and not a repeat of the days before', async () => {
    const sightings = [
      { time: '2026-12-09T16:00:05Z', timezoneId: 'UTC', url: '/today/' },
      { time: '2026-12-10T04:00:00Z', timezoneId: 'Asia/Shanghai', url: '/' },
      { time: '2026-12-10T15:59:00Z', timezoneId: 'Europe/London', url: '/today/' },
    ];
    const numbers = new Set<string | null>();
    for (const sighting of sightings) {
      const block = await shown((await openAt(sighting.time, sighting)).page);
      expect(block, sighting.time).toMatchObject({ date: '2026-12-10', review: true });
      numbers.add(block.number);
    }
    expect(numbers.size).toBe(1);
    // Every typical case was discussed within 30 days: the page says which was longest ago, and when.
    const [number] = numbers;
    const lastShown = dailyDates.filter((date) => scheduledNumber(date) === number).at(-1)!;
    expect((await shown((await openAt('2026-12-10T04:00:00Z')).page)).notices).toBe(
      fill(ui.today.reviewRepeat, { date: dayLabel(lastShown, ui.weekdays) }),
    );
    const earlier = await Promise.all(
      ['2026-12-07T16:30:00Z', '2026-12-08T16:30:00Z'].map(
        async (time) => (await shown((await openAt(time)).page)).number,
      ),
    );
    expect(earlier).not.toContain([...numbers][0]);
    expect(new Set(earlier).size).toBe(2);
  });
});

describe('days without a meeting', () => {
  /**
   * The sample calendar meets every day; this team meets Monday to Friday and has 30 November off. The build
   * decides each day's case, so its page is what changes: 28 to 30 November show the case of 1 December.
   */
  async function weekdayTeam(page: Page) {
    await page.route(`${server.url}/today/`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const [script, json] = /<script type="application\/json">(.*?)<\/script>/s.exec(html)!;
      const payload = JSON.parse(json!) as TodayPayload;
      expect(payload.built).toBe('2026-11-28');
      const [december1] = payload.picks[3]!;
      payload.picks.splice(0, 3, [december1, 3, 0], [december1, 2, 0], [december1, 1, 0]);
      await route.fulfill({
        response,
        body: html.replace(
          script,
          `<script type="application/json">${JSON.stringify(payload).replaceAll('<', '\\u003c')}</script>`,
        ),
      });
    });
  }

  it('shows the next meeting’s case over a weekend and a holiday', async () => {
    for (const time of ['2026-11-28T02:00:00Z', '2026-11-29T02:00:00Z', '2026-11-30T02:00:00Z']) {
      const { page } = await openAt(time, { before: weekdayTeam });
      const block = await shown(page);
      expect(block, time).toMatchObject({
        number: scheduledNumber('2026-12-01'),
        present: '/daily/2026-12-01/present/',
        review: false,
      });
      expect(block.notices).toBe(fill(ui.today.nextMeeting, { date: dayLabel('2026-12-01', ui.weekdays) }));
    }
    const { page } = await openAt('2026-12-01T02:00:00Z', { before: weekdayTeam });
    expect(await shown(page)).toMatchObject({ date: '2026-12-01', number: scheduledNumber('2026-12-01'), notices: '' });
  });
});

const projectors = { '1080p': { width: 1920, height: 1080 }, '720p': { width: 1280, height: 720 } };

/** What the step indicator says, e.g. 做法 · 3 / 8. */
const indicator = async (page: Page) => (await page.getByRole('status').textContent())!.trim();
/** Position shown in the step indicator, e.g. [3, 8]. */
async function position(page: Page): Promise<[number, number]> {
  const [, current, total] = /(\d+) \/ (\d+)$/.exec(await indicator(page))!.map(Number);
  return [current!, total!];
}
/** The name of the step on screen, as the indicator says it. */
const stepLabel = async (page: Page) => (await indicator(page)).split(' · ')[0];
/** The step on screen: the one section of the deck not hidden. */
const currentStep = (page: Page) => page.getByRole('region');

describe('presenter mode', () => {
  const deck = '/daily/2026-11-28/present/';

  it('steps with every clicker and keyboard key, keeping the resolution hidden until reached', async () => {
    const { page } = await openAt('2026-11-28T01:00:00Z', { url: deck, viewport: projectors['1080p'] });
    const actions = page.getByRole('region', { name: ui.present.steps.actions, exact: true, includeHidden: true });
    expect(await position(page)).toEqual([1, 8]);
    await expect(actions.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('风险管理部');
    await expect(page.getByRole('button', { name: ui.present.previous }).isDisabled()).resolves.toBe(true);

    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['Space', 3],
      ['PageDown', 4],
      ['ArrowLeft', 3],
      ['PageUp', 2],
      ['End', 8],
      ['Home', 1],
      ['ArrowDown', 2],
      ['ArrowUp', 1],
      ['Shift+Space', 1],
    ];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      expect((await position(page))[0], key).toBe(expected);
    }
    await page.getByRole('button', { name: ui.present.next }).click();
    expect((await position(page))[0]).toBe(2);
    for (let step = 2; step < 5; step += 1) await page.keyboard.press('PageDown');
    await expect(stepLabel(page)).resolves.toBe(ui.present.steps.actions);
    await expect(actions.isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.body.innerText)).toContain('风险管理部');
  });

  it('runs a visible discussion timer with T', async () => {
    const { page } = await openAt('2026-11-28T01:00:00Z', { url: deck, viewport: projectors['1080p'] });
    const timer = page.getByRole('timer', { name: ui.present.timer });
    await expect(timer.isVisible()).resolves.toBe(false);
    await page.keyboard.press('t');
    await expect(timer.textContent()).resolves.toBe('00:00');
    await page.clock.runFor(65_000);
    await expect(timer.textContent()).resolves.toBe('01:05');
    expect(await timer.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(
      28,
    );
    await page.keyboard.press('T');
    await expect(timer.isVisible()).resolves.toBe(false);
  });

  it('goes full screen with F, and Esc leaves full screen, then the deck', async () => {
    const { page } = await openAt(undefined, { url: deck, viewport: projectors['720p'] });
    const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await expect.poll(fullScreen).toBe(true);
    await page.keyboard.press('F');
    await expect.poll(fullScreen).toBe(false);
    await page.keyboard.press('f');
    await expect.poll(fullScreen).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(fullScreen).toBe(false);
    expect(new URL(page.url()).pathname).toBe(deck);
    await page.keyboard.press('Escape');
    await page.waitForURL(`${server.url}/daily/2026-11-28/`);
  });

  it('hides the mouse cursor when it rests', async () => {
    const { page } = await openAt('2026-11-28T01:00:00Z', { url: deck, viewport: projectors['1080p'] });
    const cursor = () =>
      currentStep(page)
        .getByRole('heading', { level: 1 })
        .evaluate((element) => getComputedStyle(element).cursor);
    await page.mouse.move(400, 300);
    expect(await cursor()).not.toBe('none');
    await page.clock.runFor(2_500);
    expect(await cursor()).toBe('none');
    await page.mouse.move(420, 320);
    expect(await cursor()).not.toBe('none');
  });

  it('keeps stepping after the network is cut, without asking the network for anything', async () => {
    const { context, page } = await openAt(undefined, { url: deck, viewport: projectors['1080p'] });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await context.setOffline(true);
    for (let step = 2; step <= 8; step += 1) {
      await page.keyboard.press('ArrowRight');
      expect((await position(page))[0]).toBe(step);
      expect(await currentStep(page).count()).toBe(1);
    }
    await expect(
      currentStep(page)
        .getByRole('img', { name: /^二维码：/ })
        .isVisible(),
    ).resolves.toBe(true);
    await page.keyboard.press('t');
    await page.keyboard.press('Home');
    expect((await position(page))[0]).toBe(1);
    expect(requests).toEqual([]);
  });

  it('stays in the same section when the screen size changes (entering full screen on a projector)', async () => {
    const { page } = await openAt(undefined, { url: deck, viewport: projectors['720p'] });
    for (let step = 1; step < 5; step += 1) await page.keyboard.press('ArrowRight');
    await page.setViewportSize(projectors['1080p']);
    await expect
      .poll(() => currentStep(page).evaluate((step) => step.getBoundingClientRect().width))
      .toBeGreaterThan(1900);
    await expect(stepLabel(page)).resolves.toBe(ui.present.steps.actions);
  });
});

/** Overflow and type size of the current step, measured from the rendered layout. */
async function measureStep(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const step = document.querySelector<HTMLElement>('.step[data-current]')!;
    const body = step.querySelector<HTMLElement>('.step-body')!;
    const box = step.getBoundingClientRect();
    const texts = [
      ...step.querySelectorAll<HTMLElement>('p, li, td, th, dt, dd, h1, h2, blockquote, figcaption'),
    ].filter((element) => element.innerText.trim() !== '');
    return {
      label: step.getAttribute('aria-label'),
      pageScrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
      bodyOverflows: body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1,
      outsideScreen: box.bottom > innerHeight || box.right > innerWidth || box.top < 0 || box.left < 0,
      smallestText: Math.min(...texts.map((element) => parseFloat(getComputedStyle(element).fontSize))),
      fit: Number(step.style.getPropertyValue('--fit')),
    };
  });
}

describe('presenter mode on projectors', () => {
  const decks = [
    ...dailyDates.map((date) => `/daily/${date}/present/`),
    ...typicalCases.map((caseId) => `/cases/${caseId}/present/`),
  ];
  const screenshots = path.join(projectRoot, 'tests/.artifacts/presenter');
  mkdirSync(screenshots, { recursive: true });

  it.each(Object.entries(projectors))(
    'fills %s with nothing to scroll and large text on every step of every deck',
    async (name, viewport) => {
      const { page } = await openAt(undefined, { url: decks[0]!, viewport });
      const minimum = (28 * viewport.height) / 1080;
      let crowded = { fit: Infinity, url: '', step: 0 };
      for (const url of decks) {
        await page.goto(server.url + url);
        await deckReady(page);
        const [, total] = await position(page);
        for (let step = 1; step <= total; step += 1) {
          const measured = await measureStep(page);
          const where = `${url} step ${step} (${measured.label})`;
          expect(measured.pageScrolls, where).toBe(false);
          expect(measured.bodyOverflows, where).toBe(false);
          expect(measured.outsideScreen, where).toBe(false);
          expect(measured.smallestText, where).toBeGreaterThanOrEqual(minimum - 0.01);
          if (measured.fit < crowded.fit) crowded = { fit: measured.fit, url, step };
          await page.keyboard.press('ArrowRight');
        }
      }
      // The most crowded step, for a person to look at.
      await page.goto(`${server.url}${crowded.url}#${crowded.step}`);
      await deckReady(page);
      await page.screenshot({ path: path.join(screenshots, `most-crowded-${name}.png`) });
    },
  );

  it.each(Object.entries(projectors))(
    'shows the case’s journey on the overview slide at %s: whole, at most two lines, its stage marked',
    async (name, viewport) => {
      const caseId = scheduledCase(dailyDates[0]!)!;
      for (const url of [`/daily/${dailyDates[0]}/present/`, `/cases/${typicalCases[0]}/present/`]) {
        const { page } = await openAt(undefined, { url, viewport });
        const shownCase = url.startsWith('/daily/') ? caseId : typicalCases[0]!;
        const journey = currentStep(page).getByRole('group', { name: /：这个案例发生在「.+」阶段$/ });
        // Measured from the layout: the strip's box, its stage names' lines and sizes, the marked stage's colour.
        const strip = await journey.evaluate((nav) => {
          const box = nav.getBoundingClientRect();
          const body = nav.closest('.step-body')!.getBoundingClientRect();
          const stages = [...nav.querySelectorAll('li .stage')];
          const current = nav.querySelector('li[aria-current=step] .stage')!;
          return {
            inside: box.top >= body.top && box.bottom <= body.bottom && box.left >= 0 && box.right <= innerWidth,
            lines: new Set(stages.map((stage) => Math.round(stage.getBoundingClientRect().top))).size,
            smallest: Math.min(...stages.map((stage) => parseFloat(getComputedStyle(stage).fontSize))),
            current: current.textContent,
            marked:
              getComputedStyle(current).backgroundColor !==
              getComputedStyle(stages[0] === current ? stages[1]! : stages[0]!).backgroundColor,
          };
        });
        expect(strip, url).toMatchObject({
          inside: true,
          current: frontmatter(caseFile(shownCase), 'journeyStage'),
          marked: true,
        });
        expect(strip.lines, url).toBeLessThanOrEqual(2);
        expect(strip.smallest, url).toBeGreaterThanOrEqual((28 * viewport.height) / 1080 - 0.01);
        await page.screenshot({ path: path.join(screenshots, `journey-strip-${name}-${url.split('/')[1]}.png`) });
      }
    },
  );

  it('continues a section too long for one screen on extra steps, still large and unclipped', async () => {
    const longActions = async (page: Page) => {
      await page.route(`${server.url}/daily/2026-11-28/present/`, async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const longer = html.replace(
          /(data-step="actions"[\s\S]*?<ol>)([\s\S]*?)(<\/ol>)/,
          (_, start: string, items: string, end: string) => start + items.repeat(5) + end,
        );
        expect(longer).not.toBe(html);
        await route.fulfill({ response, body: longer });
      });
    };
    for (const viewport of Object.values(projectors)) {
      const { page } = await openAt(undefined, { url: '/daily/2026-11-28/present/', viewport, before: longActions });
      const headings = await page.getByRole('heading', { level: 2, includeHidden: true }).allTextContents();
      const continued = headings.filter((heading) => heading === ui.present.steps.actions + ui.present.continued);
      expect(continued.length).toBeGreaterThan(0);
      // The numbered lists the actions were split into, each continuing the numbers of the one before.
      const lists = page.locator('.step[data-step="actions"] .step-body > ol');
      const starts = await lists.evaluateAll((ols) =>
        ols.map((ol) => [(ol as HTMLOListElement).start, ol.children.length]),
      );
      for (let index = 1; index < starts.length; index += 1)
        expect(starts[index]![0]).toBe(starts[index - 1]![0]! + starts[index - 1]![1]!);
      const [, total] = await position(page);
      for (let step = 1; step <= total; step += 1) {
        const measured = await measureStep(page);
        expect(measured.bodyOverflows, `step ${step}`).toBe(false);
        expect(measured.smallestText, `step ${step}`).toBeGreaterThanOrEqual((28 * viewport.height) / 1080 - 0.01);
        await page.keyboard.press('ArrowRight');
      }
    }
  });
});

describe('the printed handout', () => {
  it('puts each daily entry on one A4 page, with a QR code to the full case', async () => {
    // A4 less the page margins (16 mm each side) at 96 px per inch: the width the handout is laid out in.
    const { page } = await openAt(undefined, { url: '/daily/', viewport: { width: 673, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    const heights: [string, number][] = [];
    for (const date of dailyDates) {
      await page.goto(`${server.url}/daily/${date}/`);
      await expect(page.getByRole('img', { name: /^二维码：/ }).isVisible(), date).resolves.toBe(true);
      const header = page.getByRole('banner', { includeHidden: true });
      await expect(header.count(), date).resolves.toBe(1);
      await expect(header.isVisible(), date).resolves.toBe(false);
      heights.push([date, await page.evaluate(() => document.documentElement.scrollHeight)]);
    }
    // Printing every entry is slow; the longest three decide whether all fit.
    for (const [date] of heights.sort((a, b) => b[1] - a[1]).slice(0, 3)) {
      await page.goto(`${server.url}/daily/${date}/`);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(/\/Type\s*\/Pages\b[^>]*\/Count (\d+)/.exec(pdf)?.[1], date).toBe('1');
    }
  });
});
