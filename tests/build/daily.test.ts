/** The daily column in the built site: the today block's data, presenter pages, the calendar and the feed. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { fill } from '../../src/i18n/copy.ts';
import { ui } from '../../src/i18n/ui.ts';
import { pickForDate, type DailySchedule } from '../../src/lib/daily/daily.ts';
import { addDays, startOfDayIn } from '../../src/lib/daily/dates.ts';
import { FEED_ITEMS } from '../../src/lib/site/pagination.ts';
import { dayLabel, TODAY_HORIZON_DAYS, todayCopyOf, todayView, type TodayPayload } from '../../src/lib/daily/today.ts';
import { builtPages, page } from '../helpers/html.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';
import { sampleFiles } from '../helpers/sample-library.ts';

const field = (file: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(readFileSync(file, 'utf8'))?.[1];
const daily = sampleFiles
  .filter((file) => file.collection === 'daily')
  .map((file) => ({ date: file.id, caseId: field(file.absolutePath, 'case')! }));
const reviewable = sampleFiles
  .filter(
    (file) =>
      file.collection === 'cases' &&
      field(file.absolutePath, 'typical') === 'true' &&
      field(file.absolutePath, 'confidence') !== 'archived',
  )
  .map((file) => file.id);

function payloadOf(url: string): TodayPayload {
  return JSON.parse(page(url).root.querySelector('today-case script[type="application/json"]')!.text) as TodayPayload;
}
const payload = payloadOf('/today/');
const schedule: DailySchedule = {
  calendar: { meetingDays: config.meetingDays, holidays: config.holidays },
  entries: daily,
  candidates: reviewable,
};

describe('the today page', () => {
  it('embeds the next 90 days’ cases as the schedule, the typical cases and the calendar decide', () => {
    expect(payload.picks).toHaveLength(TODAY_HORIZON_DAYS);
    for (let offset = 0; offset < TODAY_HORIZON_DAYS; offset += 1) {
      const date = addDays(payload.built, offset);
      const pick = pickForDate(date, schedule);
      const shown = todayView(date, payload, todayCopyOf(ui))?.shown;
      expect(shown && { caseHref: shown.caseHref, review: shown.review }, date).toEqual(
        pick && { caseHref: `/cases/${pick.caseId}/`, review: pick.kind === 'review' },
      );
    }
    expect(payload.timezone).toBe(config.timezone);
  });

  it('keeps that data small', () => {
    const size = Buffer.byteLength(page('/today/').root.querySelector('today-case script')!.text);
    expect(size).toBeLessThan(10 * 1024);
  });

  it('shows the build date’s case without JavaScript, and says so', () => {
    const block = page('/today/').root.querySelector('today-case')!;
    const pick = pickForDate(payload.built, schedule)!;
    expect(block.getAttribute('data-date')).toBe(payload.built);
    expect(block.querySelector('[data-field=notices]')!.text).toContain(
      fill(ui.today.noScript, { date: dayLabel(payload.built, ui.weekdays) }),
    );
    expect(block.querySelector('[data-field=number]')!.text).toBe(payload.cases[pick.caseId]!.number);
    expect(block.querySelector('[data-field=present]')!.getAttribute('href')).toMatch(/\/present\/$/);
  });

  it('is on the home page too, with the same data', () => {
    expect(payloadOf('/')).toEqual(payload);
    expect(page('/').root.querySelector(`#today-title ~ a, .today a[href="/today/"]`)).not.toBeNull();
  });
});

describe('presenter pages', () => {
  const stepOrder = ['glance', 'issue', 'background', 'root-cause', 'actions', 'result', 'questions', 'takeaway'];
  const decks = [
    ...daily.map((entry) => ({ url: `/daily/${entry.date}/present/`, caseId: entry.caseId, date: entry.date })),
    ...reviewable.map((caseId) => ({ url: `/cases/${caseId}/present/`, caseId, date: undefined })),
  ];

  it.each(decks)('$url has every step, in order, with content', ({ url, caseId, date }) => {
    const root = page(url).root;
    const steps = root.querySelectorAll('.step');
    expect(steps.map((step) => step.getAttribute('data-step'))).toEqual(stepOrder);
    for (const step of steps)
      expect(step.querySelector('.step-body')!.text.trim(), `${url} ${step.getAttribute('data-step')}`).not.toBe('');
    const questions = root.querySelectorAll('[data-step=questions] li').map((item) => item.text);
    if (date) {
      expect(questions).toEqual(
        [
          ...readFileSync(path.join(projectRoot, 'content/daily', `${date}.mdx`), 'utf8').matchAll(/^ {2}- (.*)$/gm),
        ].map((match) => match[1]),
      );
    } else {
      expect(questions).toEqual([...ui.present.reviewQuestions]);
    }
    const qr = root.querySelector('[data-step=takeaway] .qr svg')!;
    expect(qr.getAttribute('aria-label')).toBe(ui.present.qrLabel(new URL(`/cases/${caseId}/`, config.siteUrl).href));
  });

  it('loads nothing from elsewhere: own scripts and styles, the icon and the QR code inline', () => {
    for (const { url } of decks) {
      const root = page(url).root;
      const external = [
        ...root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!),
        ...root.querySelectorAll('link[href]').map((link) => link.getAttribute('href')!),
      ].filter((address) => !address.startsWith('/') && !address.startsWith('data:'));
      expect(external, url).toEqual([]);
      expect(root.querySelectorAll('img, iframe, video, audio'), url).toHaveLength(0);
    }
  });

  it('is linked from every daily entry page', () => {
    for (const { date } of daily)
      expect(page(`/daily/${date}/`).root.querySelector(`a[href="/daily/${date}/present/"]`), date).not.toBeNull();
  });
});

describe('the daily archive', () => {
  const months = [...new Set(daily.map((entry) => entry.date.slice(0, 7)))].sort();
  const monthUrl = (month: string) => `/daily/${month.slice(0, 4)}/${month.slice(5)}/`;
  const daysIn = (month: string) =>
    new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();

  it('has one calendar page per month, linking each day to its entry', () => {
    expect(months.length).toBeGreaterThan(1);
    for (const month of months) {
      const root = page(monthUrl(month)).root;
      expect(root.querySelectorAll('table.calendar'), month).toHaveLength(1);
      expect(root.querySelectorAll('table.calendar tbody td[data-date]'), month).toHaveLength(daysIn(month));
      const inMonth = daily.filter((entry) => entry.date.startsWith(month));
      expect(root.querySelectorAll('.calendar td a'), month).toHaveLength(inMonth.length);
      for (const { date } of inMonth)
        expect(root.querySelector(`.calendar td[data-date="${date}"] a`)!.getAttribute('href'), date).toBe(
          `/daily/${date}/`,
        );
    }
  });

  it('opens on the build date’s month, with links to the months either side and to every month', () => {
    const root = page('/daily/').root;
    expect(root.querySelector('table.calendar')!.getAttribute('aria-labelledby')).toBe(
      `month-${payload.built.slice(0, 7)}`,
    );
    const built = months.indexOf(payload.built.slice(0, 7));
    const neighbour = (rel: string) => root.querySelector(`nav.neighbours a[rel=${rel}]`)?.getAttribute('href');
    expect(neighbour('prev')).toBe(built > 0 ? monthUrl(months[built - 1]!) : undefined);
    expect(neighbour('next')).toBe(built < months.length - 1 ? monthUrl(months[built + 1]!) : undefined);
    expect(
      root
        .querySelectorAll('nav.archive a')
        .map((link) => link.getAttribute('href'))
        .sort(),
    ).toEqual(months.map(monthUrl));
  });

  it('is linked from each entry page to its month', () => {
    for (const { date } of daily)
      expect(
        page(`/daily/${date}/`).root.querySelector(`.crumbs a[href="${monthUrl(date.slice(0, 7))}"]`),
        date,
      ).not.toBeNull();
  });
});

describe('the RSS feed', () => {
  const feed = readFileSync(path.join(distDir, 'daily/rss.xml'), 'utf8');
  // An HTML parser would read <link> as an empty element; the feed's few fields are read directly.
  const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]!);

  it('lists the latest entries up to the build date, newest first, with absolute links', () => {
    const expected = daily
      .map((entry) => entry.date)
      .filter((date) => date <= payload.built)
      .sort()
      .reverse()
      .slice(0, FEED_ITEMS);
    const links = items.map((item) => /<link>(.*?)<\/link>/.exec(item)![1]);
    expect(links).toEqual(expected.map((date) => new URL(`/daily/${date}/`, config.siteUrl).href));
    expect(feed).toContain(`<title>${ui.daily.feedTitle} · ${config.title}</title>`);
    expect(items[0]).toContain(`<pubDate>${startOfDayIn(config.timezone, expected[0]!).toUTCString()}</pubDate>`);
  });

  it('is announced in the head of the site’s pages', () => {
    const pages = builtPages().filter((built) => !built.url.endsWith('/present/'));
    for (const built of pages)
      expect(
        built.root.querySelector('head link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href'),
        built.url,
      ).toBe('/daily/rss.xml');
  });
});
