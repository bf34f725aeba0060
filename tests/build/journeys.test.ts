/**
 * The journey maps as built: every stage's figures in the page's data table, recomputed here from the sample
 * content with plain arithmetic; empty stages shown; each stage page listing exactly its cases.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { labelOf, failureTypes, severities } from '../../src/lib/cases/taxonomy.ts';
import { readLibrary } from '../../src/library/read.ts';
import { builtPages, page } from '../helpers/html.ts';
import { projectRoot } from '../helpers/paths.ts';

const library = readLibrary(path.join(projectRoot, 'content'));
const cases = library.cases;
const journeys = library.journeys;

const signed = (value: number) =>
  value > 0 ? `+${+value.toFixed(1)}` : value < 0 ? `−${+Math.abs(value).toFixed(1)}` : '0';
type Case = (typeof cases)[number];

/** What the data table must say about a set of cases, computed without the site's code. */
function expectedFigures(stageCases: readonly Case[]) {
  if (stageCases.length === 0) return { satisfaction: '无数据', nps: '无数据', fcr: '无数据' };
  const answers = stageCases.flatMap(({ data }) => (data.outcome.nps === undefined ? [] : [data.outcome.nps]));
  const nps =
    ((answers.filter((answer) => answer >= 9).length - answers.filter((answer) => answer <= 6).length) /
      answers.length) *
    100;
  const resolved = stageCases.filter(({ data }) => data.outcome.firstContactResolution).length;
  return {
    satisfaction: (
      stageCases.reduce((sum, { data }) => sum + data.outcome.satisfaction, 0) / stageCases.length
    ).toFixed(2),
    nps: answers.length === 0 ? '无数据' : signed(nps),
    fcr: `${+((resolved / stageCases.length) * 100).toFixed(1)}%`,
  };
}

const casesOf = (industry: string, stage: string) =>
  cases.filter(({ file, data }) => file.id.startsWith(`${industry}/`) && data.journeyStage === stage);

describe('journey maps', () => {
  it('places every sample case on a stage of its industry’s journey, one journey per industry', () => {
    expect(journeys.map(({ file }) => file.id).sort()).toEqual([
      'banking',
      'ecommerce',
      'telecom',
      'travel',
      'utilities',
    ]);
    for (const { file, data } of cases) {
      const journey = journeys.find((item) => item.file.id === file.id.split('/')[0]);
      expect(
        journey?.data.stages.map((stage) => stage.name),
        file.id,
      ).toContain(data.journeyStage);
    }
  });

  it('is in the header navigation, with an overview comparing the journeys', () => {
    expect(page('/').root.querySelector('.site-header nav a[href="/journeys/"]')?.text).toBe('客户旅程');
    const rows = page('/journeys/').root.querySelectorAll('table[data-journeys-table] tbody tr');
    // In the order of the industries in src/config.ts.
    const order = Object.keys(config.industries);
    expect(rows.map((row) => row.querySelector('th a')!.getAttribute('href'))).toEqual(
      journeys
        .map(({ file }) => file.id)
        .sort((a, b) => order.indexOf(a) - order.indexOf(b))
        .map((id) => `/journeys/${id}/`),
    );
    for (const row of rows) {
      const id = /\/journeys\/(\w+)\//.exec(row.querySelector('th a')!.getAttribute('href')!)![1]!;
      const mine = cases.filter(({ file }) => file.id.startsWith(`${id}/`));
      const cells = row.querySelectorAll('td').map((cell) => cell.text);
      const figures = expectedFigures(mine);
      expect(cells.slice(0, 5), id).toEqual([
        String(journeys.find(({ file }) => file.id === id)!.data.stages.length),
        String(mine.length),
        figures.satisfaction,
        figures.nps,
        figures.fcr,
      ]);
    }
  });

  it('states every stage’s figures in the data table, as recomputed from the sample content', () => {
    for (const { file, data: journey } of journeys) {
      const rows = page(`/journeys/${file.id}/`).root.querySelectorAll(`table[data-journey-table=${file.id}] tbody tr`);
      expect(
        rows.map((row) => row.getAttribute('data-stage')),
        file.id,
      ).toEqual(journey.stages.map((stage) => stage.name));
      journey.stages.forEach((stage, index) => {
        const mine = casesOf(file.id, stage.name);
        const [count, severityMix, failureMix, satisfaction, nps, fcr] = rows[index]!.querySelectorAll('td').map(
          (cell) => cell.text,
        );
        const where = `${file.id} ${stage.name}`;
        expect(rows[index]!.querySelector('th')!.text, where).toBe(`${index + 1}. ${stage.name}`);
        expect(Number(count), where).toBe(mine.length);
        expect({ satisfaction, nps, fcr }, where).toEqual(expectedFigures(mine));
        // Each severity and failure type of the stage's cases, with its count.
        for (const [vocabulary, valueOf, mix] of [
          [severities, (item: Case) => String(item.data.severity), severityMix],
          [failureTypes, (item: Case) => item.data.failureType.subtype, failureMix],
        ] as const) {
          const tally = new Map<string, number>();
          for (const item of mine) tally.set(valueOf(item), (tally.get(valueOf(item)) ?? 0) + 1);
          if (mine.length === 0) expect(mix, where).toBe('无');
          for (const [value, n] of tally) expect(mix, where).toContain(`${labelOf(vocabulary, value)} ${n}`);
        }
      });
    }
  });

  it('marks as peaks exactly the stages with a recovery that made a promoter, and explains each mark', () => {
    for (const { file, data: journey } of journeys) {
      const root = page(`/journeys/${file.id}/`).root;
      const rows = root.querySelectorAll(`table[data-journey-table=${file.id}] tbody tr`);
      journey.stages.forEach((stage, index) => {
        const recovered = casesOf(file.id, stage.name).filter(
          ({ data }) => data.status === 'resolved' && (data.outcome.nps ?? 0) >= 9,
        ).length;
        const marks = rows[index]!.querySelectorAll('td').at(-1)!.text;
        expect(marks.includes('峰值'), `${file.id} ${stage.name}`).toBe(recovered > 0);
        if (recovered > 0)
          expect(root.querySelector('.marks')!.text).toContain(`${stage.name}：${recovered} 个案例出了问题又被解决`);
      });
    }
    // The sample library has both on the e-commerce map: 签收验货 recovered a thawed parcel into a promoter.
    const shop = page('/journeys/ecommerce/').root;
    expect(shop.querySelectorAll('.marks .stage-mark.pain').length).toBeGreaterThan(0);
    expect(shop.querySelector('.marks')!.text).toContain('签收验货');
  });

  it('shows a stage without cases as empty, on the map and in its own page', () => {
    const root = page('/journeys/ecommerce/').root;
    expect(root.querySelector('svg a.stage.empty')?.getAttribute('aria-label')).toBe(
      '7. 回访：还没有案例（查看这一阶段）',
    );
    expect(root.querySelector('svg g.labels.empty')?.text).toContain('无案例');
    expect(page('/journeys/ecommerce/回访/').root.querySelector('main')!.text).toContain('这一阶段还没有案例');
  });

  it('lists on each stage page exactly its cases, and the practices and scripts they cite', () => {
    for (const { file, data: journey } of journeys) {
      for (const stage of journey.stages) {
        const mine = casesOf(file.id, stage.name);
        const main = page(`/journeys/${file.id}/${stage.name}/`).root.querySelector('main')!;
        const linked = main.querySelectorAll('.case-links a').map((link) => link.getAttribute('href'));
        expect(linked.sort(), `${file.id} ${stage.name}`).toEqual(mine.map((item) => `/cases/${item.file.id}/`).sort());
        const practices = new Set(mine.flatMap(({ data }) => data.practices));
        const scripts = new Set(mine.flatMap(({ data }) => data.scripts));
        const hrefs = main.querySelectorAll('a').map((link) => link.getAttribute('href'));
        for (const id of practices) expect(hrefs).toContain(`/practices/${id}/`);
        for (const id of scripts) expect(hrefs).toContain(`/scripts/${id}/`);
      }
    }
  });

  /** The journey strip of a built page: its stages in order and the highlighted one, as a person reads them. */
  function stripOf(url: string) {
    const strip = page(url).root.querySelector('.journey-strip');
    return strip
      ? {
          stages: strip.querySelectorAll('li .stage').map((name) => name.text),
          current: strip.querySelectorAll('li[aria-current=step]').map((item) => item.text),
          // Stage names are the library's words: never inside an element marked with a Traditional language.
          lang: strip.closest('[lang]')?.getAttribute('lang'),
        }
      : undefined;
  }
  const stagesOf = (caseId: string) =>
    journeys.find((item) => item.file.id === caseId.split('/')[0])!.data.stages.map((stage) => stage.name);

  it('shows the journey as a strip on a case page and its deck’s first slide, its stage highlighted', () => {
    // Typical cases have a presenter page of their own (复习推荐).
    const built = new Set(builtPages().map((item) => item.url));
    const decks = cases.filter(({ file }) => built.has(`/cases/${file.id}/present/`));
    expect(decks.length).toBeGreaterThan(5);
    for (const { file, data } of cases) {
      const urls = [
        `/cases/${file.id}/`,
        ...(decks.some((item) => item.file.id === file.id) ? [`/cases/${file.id}/present/`] : []),
      ];
      for (const url of urls) {
        expect(stripOf(url), url).toEqual({ stages: stagesOf(file.id), current: [data.journeyStage], lang: 'zh-CN' });
      }
    }
    const slide = page(`/cases/${decks[0]!.file.id}/present/`).root.querySelector('[data-step=glance]')!;
    // On a slide the stage names are text: a click would leave the deck.
    expect(slide.querySelector('.journey-strip.slide[role=group]')!.querySelectorAll('a')).toHaveLength(0);
  });

  it('shows in the daily column and on its presenter’s overview slide the strip of the case presented', () => {
    expect(library.daily.length).toBeGreaterThan(0);
    for (const { file, data } of library.daily) {
      const presented = cases.find((item) => item.file.id === data.case)!;
      for (const url of [`/daily/${file.id}/`, `/daily/${file.id}/present/`]) {
        expect(stripOf(url), url).toEqual({
          stages: stagesOf(presented.file.id),
          current: [presented.data.journeyStage],
          lang: 'zh-CN',
        });
      }
    }
  });

  it('lists on a stage page the practices that design a peak for it', () => {
    const designed = library.practices.flatMap(({ file, data }) =>
      data.peakStages.map((stage) => ({ id: file.id, stage })),
    );
    expect(designed.length).toBeGreaterThan(0);
    for (const { file, data: journey } of journeys) {
      for (const stage of journey.stages) {
        const section = page(`/journeys/${file.id}/${stage.name}/`).root.querySelector(
          'section[aria-labelledby=peak-practices-title]',
        );
        const listed = section?.querySelectorAll('a').map((link) => link.getAttribute('href')) ?? [];
        expect(listed, `${file.id}/${stage.name}`).toEqual(
          designed.filter((item) => item.stage === `${file.id}/${stage.name}`).map((item) => `/practices/${item.id}/`),
        );
      }
    }
  });
});
