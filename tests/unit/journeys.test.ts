import { describe, expect, it } from 'vitest';
import {
  citations,
  industryOfCase,
  mapJourney,
  placeStage,
  type Journey,
  type JourneyCase,
} from '../../src/lib/journeys/index.ts';
import { libraryProblems, standaloneCase } from '../helpers/temp-library.ts';

const stage = (name: string) => ({ name, description: `${name}的说明`, touchpoints: [name], channels: ['chat'] });
const shop: Journey = {
  id: 'ecommerce',
  title: '电商购物旅程',
  stages: ['浏览咨询', '下单支付', '签收验货', '退款到账', '回访'].map(stage),
};
const flight: Journey = { id: 'travel', title: '出行旅程', stages: ['值机登机', '退款到账', '退票退款'].map(stage) };

/** A case with the figures the map reads; everything else at a neutral default. */
function kase(
  journeyStage: string | undefined,
  satisfaction: number,
  extra: { nps?: number; status?: string; severity?: number; subtype?: string; fcr?: boolean } = {},
): JourneyCase {
  return {
    journeyStage,
    occurredOn: '2026-11-01',
    category: 'refund',
    channel: 'chat',
    severity: extra.severity ?? 2,
    status: extra.status ?? 'resolved',
    failureType: { group: 'delivery', subtype: extra.subtype ?? 'slow' },
    outcome: {
      firstResponseMinutes: 2,
      resolutionHours: 4,
      firstContactResolution: extra.fcr ?? false,
      satisfaction,
      nps: extra.nps,
    },
  };
}

describe('journey logic', () => {
  it('takes a case’s industry from its folder', () => {
    expect(industryOfCase('ecommerce/presale-refund-delay')).toBe('ecommerce');
    expect(industryOfCase('loose-case')).toBeUndefined();
  });

  it('places a stage on the case’s own journey, or says whose stage it is', () => {
    expect(placeStage('签收验货', 'ecommerce', [shop, flight]).kind).toBe('placed');
    // A stage both journeys have belongs to the case's own.
    expect(placeStage('退款到账', 'travel', [shop, flight])).toMatchObject({ kind: 'placed', journey: flight });
    expect(placeStage('签收验货', 'travel', [shop, flight])).toMatchObject({
      kind: 'other-journey',
      journey: flight,
      others: [shop],
    });
    expect(placeStage('售后', 'ecommerce', [shop, flight])).toMatchObject({ kind: 'unknown', journey: shop });
    expect(placeStage('签收验货', 'banking', [shop, flight]).kind).toBe('no-journey');
  });

  it('counts each stage’s cases, severities and failure types, keeping empty stages', () => {
    const cases = [
      kase('下单支付', 2, { severity: 3, subtype: 'core-failure' }),
      kase('下单支付', 3, { severity: 3, subtype: 'slow' }),
      kase('下单支付', 1, { severity: 1, subtype: 'slow' }),
      kase('签收验货', 5, { nps: 10 }),
      kase(undefined, 1),
      kase('不存在的阶段', 1),
    ];
    const map = mapJourney(shop, cases, ['slow', 'core-failure']);
    expect(map.stages.map((item) => [item.stage.name, item.cases.length])).toEqual([
      ['浏览咨询', 0],
      ['下单支付', 3],
      ['签收验货', 1],
      ['退款到账', 0],
      ['回访', 0],
    ]);
    const payment = map.stages[1]!;
    expect(payment.position).toBe(2);
    expect(payment.severities).toEqual([
      { value: '1', count: 1 },
      { value: '3', count: 2 },
    ]);
    expect(payment.failureTypes).toEqual([
      { value: 'slow', count: 2 },
      { value: 'core-failure', count: 1 },
    ]);
    expect(payment.summary.meanSatisfaction).toBe(2);
    // Only cases placed on the journey count towards its totals.
    expect(map.summary.cases).toBe(4);
    expect(map.stages[0]!.summary.meanSatisfaction).toBeUndefined();
  });

  it('marks a stage below 一般 (3) as a pain point, and otherwise the lowest stage below the journey’s average', () => {
    const below = mapJourney(
      shop,
      [kase('下单支付', 2), kase('下单支付', 3), kase('签收验货', 2), kase('退款到账', 5)],
      [],
    );
    expect(
      below.stages.flatMap((item) =>
        item.pain ? [[item.stage.name, item.pain.reason, item.pain.meanSatisfaction]] : [],
      ),
    ).toEqual([
      ['下单支付', 'below-neutral', 2.5],
      ['签收验货', 'below-neutral', 2],
    ]);
    const lowest = mapJourney(
      shop,
      [kase('下单支付', 4), kase('签收验货', 3), kase('签收验货', 4), kase('退款到账', 5)],
      [],
    );
    expect(lowest.stages.flatMap((item) => (item.pain ? [[item.stage.name, item.pain.reason]] : []))).toEqual([
      ['签收验货', 'lowest'],
    ]);
    // Stages that all score the same have no worst one.
    const level = mapJourney(shop, [kase('下单支付', 4), kase('签收验货', 4)], []);
    expect(level.stages.some((item) => item.pain)).toBe(false);
  });

  it('marks a peak where a failure was resolved and the customer became a promoter (the recovery paradox)', () => {
    const map = mapJourney(
      shop,
      [
        kase('签收验货', 5, { nps: 9 }),
        kase('签收验货', 5, { nps: 10 }),
        kase('签收验货', 4, { nps: 8 }),
        // A promoter whose problem is not resolved is no recovery.
        kase('退款到账', 5, { nps: 10, status: 'partially-resolved' }),
        kase('下单支付', 5),
      ],
      [],
    );
    expect(map.stages.flatMap((item) => (item.peak ? [[item.stage.name, item.peak.recovered]] : []))).toEqual([
      ['签收验货', 2],
    ]);
  });

  it('ranks the practices and scripts a stage’s cases cite, a case counting once', () => {
    const cited = citations([
      { practices: ['callback-within-24h'], scripts: ['empathy-delay-apology', 'empathy-delay-apology'] },
      { practices: ['callback-within-24h', 'compensation-fairness'], scripts: [] },
    ]);
    expect(cited.practices).toEqual([
      { value: 'callback-within-24h', count: 2 },
      { value: 'compensation-fairness', count: 1 },
    ]);
    expect(cited.scripts).toEqual([{ value: 'empathy-delay-apology', count: 1 }]);
  });
});

/**
 * Problems of a library holding these files, as `file:line:column field message — hint`, paths from the library root.
 */
const problemsOf = (files: Record<string, string>) => libraryProblems(files, { errorsOnly: true });

const stageYaml = (name: string) =>
  `  - name: ${name}\n    description: ${name}的说明\n    touchpoints: [${name}触点]\n    channels: [chat]\n`;
const journeyFile = (title: string, names: readonly string[]) =>
  `title: ${title}\nstages:\n${names.map(stageYaml).join('')}`;
const ecommerce = journeyFile('电商购物旅程', ['浏览咨询', '下单支付', '签收验货', '退款到账']);
const travel = journeyFile('出行旅程', ['值机登机', '退票退款']);
const caseAt = (stage: string) =>
  standaloneCase.replace(/^touchpoint: .*$/m, (line) => `${line}\njourneyStage: ${stage}`);
const stageLine =
  caseAt('x')
    .split('\n')
    .findIndex((line) => line.startsWith('journeyStage')) + 1;

describe('journey validation', { timeout: 30_000 }, () => {
  it('accepts cases on their own industry’s journey', () => {
    expect(
      problemsOf({
        'journeys/ecommerce.yaml': ecommerce,
        'journeys/travel.yaml': travel,
        'cases/ecommerce/a.mdx': caseAt('签收验货'),
      }),
    ).toEqual([]);
  });

  it('refuses an unknown stage, listing the valid ones, and names the case on the journey that lacks it', () => {
    expect(problemsOf({ 'journeys/ecommerce.yaml': ecommerce, 'cases/ecommerce/a.mdx': caseAt('售后') })).toEqual([
      `cases/ecommerce/a.mdx:${stageLine}:1 journeyStage 「售后」不是电商购物旅程（journeys/ecommerce.yaml）的阶段` +
        ' — 可选：浏览咨询、下单支付、签收验货、退款到账；阶段刚改过名的话，请写新名称',
      'journeys/ecommerce.yaml:2:1 stages 1 个案例写的阶段不在这条旅程里：「售后」（cases/ecommerce/a.mdx）' +
        ' — 阶段改了名的话，请把这些案例的 journeyStage 一起改成新名称；删掉了阶段的话，请给这些案例另选一个阶段',
    ]);
  });

  it('refuses a stage written in Traditional script, naming the spelling the journey uses', () => {
    expect(problemsOf({ 'journeys/ecommerce.yaml': ecommerce, 'cases/ecommerce/a.mdx': caseAt('簽收驗貨') })[0]).toBe(
      `cases/ecommerce/a.mdx:${stageLine}:1 journeyStage 阶段名「簽收驗貨」是繁体写法，` +
        `客户旅程里写作「签收验货」 — 请改成 journeyStage: 签收验货（阶段名是案例库统一的用词，` +
        `繁体案例也照旅程的写法写）`,
    );
  });

  it('names every case that must follow a renamed stage', () => {
    const renamed = ecommerce.replace('name: 签收验货', 'name: 签收开箱');
    const problems = problemsOf({
      'journeys/ecommerce.yaml': renamed,
      'cases/ecommerce/a.mdx': caseAt('签收验货'),
      'cases/ecommerce/b.mdx': caseAt('签收验货').replace('KF-2026-0101', 'KF-2026-0102'),
    });
    expect(problems.filter((problem) => problem.startsWith('cases/'))).toHaveLength(2);
    expect(problems.at(-1)).toBe(
      'journeys/ecommerce.yaml:2:1 stages 2 个案例写的阶段不在这条旅程里：' +
        '「签收验货」（cases/ecommerce/a.mdx、cases/ecommerce/b.mdx）' +
        ' — 阶段改了名的话，请把这些案例的 journeyStage 一起改成新名称；删掉了阶段的话，请给这些案例另选一个阶段',
    );
  });

  it('refuses a stage of another industry’s journey, saying whose it is', () => {
    expect(
      problemsOf({
        'journeys/ecommerce.yaml': ecommerce,
        'journeys/travel.yaml': travel,
        'cases/travel/a.mdx': caseAt('签收验货'),
      })[0],
    ).toBe(
      `cases/travel/a.mdx:${stageLine}:1 journeyStage 「签收验货」是电商购物旅程（journeys/ecommerce.yaml）的阶段，` +
        `这个案例却在「travel」文件夹里` +
        ' — 请改成出行旅程的阶段：值机登机、退票退款；案例放错了行业的话，把文件移到 content/cases/ecommerce/',
    );
  });

  it('refuses a stage for an industry without a journey', () => {
    expect(problemsOf({ 'cases/banking/a.mdx': caseAt('开户办卡') })).toEqual([
      `cases/banking/a.mdx:${stageLine}:1 journeyStage 还没有「banking」行业的客户旅程` +
        ' — 请先添加 content/journeys/banking.yaml（照着 content/journeys/ 里已有的旅程写），' +
        '或删掉 journeyStage 这一行',
    ]);
  });

  it('refuses a stage listed twice and a journey with no stages, at their lines', () => {
    expect(
      problemsOf({ 'journeys/ecommerce.yaml': journeyFile('电商购物旅程', ['浏览咨询', '下单支付', '浏览咨询']) }),
    ).toEqual([
      'journeys/ecommerce.yaml:11:5 stages[2].name 阶段「浏览咨询」写了两次（第 1 个阶段已是它） — 每个阶段只写一次：' +
        '合并两处的触点和渠道，或给这一个换个名字',
    ]);
    expect(problemsOf({ 'journeys/ecommerce.yaml': 'title: 电商购物旅程\nstages: []\n' })).toEqual([
      'journeys/ecommerce.yaml:2:1 stages 这条旅程没有阶段' +
        ' — 请按客户经历的顺序列出阶段，每个阶段写 name、description、touchpoints、channels，例如 - name: 浏览咨询',
    ]);
  });

  it('accepts a practice’s peak stages written 行业/阶段, and refuses others with the valid ones', () => {
    const practice = (stages: string) =>
      '---\ntitle: 退款到账的记忆点\nsummary: 审核通过时给出到账日期。' +
      `\nauthors: [li-na]\npublishedOn: 2026-10-15\npeakStages: [${stages}]\n---\n\n正文。\n`;
    expect(
      problemsOf({ 'journeys/ecommerce.yaml': ecommerce, 'practices/a.mdx': practice('ecommerce/退款到账') }),
    ).toEqual([]);
    expect(
      problemsOf({ 'journeys/ecommerce.yaml': ecommerce, 'practices/a.mdx': practice('ecommerce/回访, 退款到账') }),
    ).toEqual([
      'practices/a.mdx:6:14 peakStages[0] 「回访」不是电商购物旅程的阶段' +
        ' — 可选：ecommerce/浏览咨询、ecommerce/下单支付、ecommerce/签收验货、ecommerce/退款到账',
      'practices/a.mdx:6:28 peakStages[1] 「退款到账」不是“行业/阶段”的写法，或没有这个行业的客户旅程' +
        ' — 请写成 行业/阶段，例如 ecommerce/浏览咨询；已有旅程的行业：ecommerce',
    ]);
  });

  it('refuses a stage name that cannot be part of an address, and a journey in a subfolder', () => {
    expect(problemsOf({ 'journeys/ecommerce.yaml': journeyFile('电商购物旅程', ['签收/验货']) })).toEqual([
      'journeys/ecommerce.yaml:3:5 stages[0].name 「签收/验货」不能作为阶段名称 — 阶段名称会成为网页地址的一部分：' +
        '只写文字和数字，例如 签收验货，不要用空格、/ ? # % 和引号',
    ]);
    expect(problemsOf({ 'journeys/shop/ecommerce.yaml': ecommerce })[0]).toMatch(
      /^journeys\/shop\/ecommerce\.yaml:1:1 文件名 客户旅程文件不能放在子文件夹里/,
    );
  });
});
