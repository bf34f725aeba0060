/**
 * Checks between cases and customer journeys (the schema checks each file alone): a case's `journeyStage` must be
 * a stage of its own industry's journey, and a journey whose stage was renamed or removed names every case that
 * still uses the old name, so that a rename cannot leave cases behind unnoticed.
 */
import { industryOfCase, placeStage, type Journey } from '../lib/journeys/index.ts';
import { simplified } from './avoid-phrase-rule.ts';
import type { BodyFinding } from './rules.ts';

type Finding = Omit<BodyFinding, 'severity'>;

/** A journey file as read by the validator. */
export interface JourneySource {
  /** Path as shown to the user. */
  file: string;
  journey: Journey;
  /** Where `stages:` is written. */
  line: number;
  column: number;
}

/** A case's `journeyStage`, where it is written. */
export interface CaseStageSource {
  caseId: string;
  file: string;
  stage: string;
  line: number;
  column: number;
}

const stageList = (journey: Journey) => journey.stages.map((stage) => stage.name).join('、');

function caseFinding(source: CaseStageSource, journeys: readonly JourneySource[]): Finding | undefined {
  const industry = industryOfCase(source.caseId);
  const placement = placeStage(
    source.stage,
    industry,
    journeys.map((item) => item.journey),
  );
  const journeyName = (journey: Journey) =>
    `${journey.title}（${journeys.find((item) => item.journey === journey)!.file}）`;
  const at = { line: source.line, column: source.column, field: 'journeyStage' };
  switch (placement.kind) {
    case 'placed':
      return undefined;
    case 'no-journey':
      return industry === undefined
        ? {
            ...at,
            message: '这个案例没有放在行业文件夹里，找不到它的客户旅程',
            hint: '请把案例移到 content/cases/<行业>/ 下（例如 content/cases/ecommerce/），或删掉 journeyStage 这一行',
          }
        : {
            ...at,
            message: `还没有「${industry}」行业的客户旅程`,
            hint:
              `请先添加 content/journeys/${industry}.yaml（照着 content/journeys/ 里已有的旅程写），` +
              `或删掉 journeyStage 这一行`,
          };
    case 'other-journey': {
      const other = placement.others[0]!;
      return {
        ...at,
        message: `「${source.stage}」是${journeyName(other)}的阶段，这个案例却在「${industry}」文件夹里`,
        hint:
          `请改成${placement.journey.title}的阶段：${stageList(placement.journey)}；` +
          `案例放错了行业的话，把文件移到 content/cases/${other.id}/`,
      };
    }
    case 'unknown': {
      // Stage names are the library's words, written as the journey writes them, whatever the case's script:
      // a Traditional spelling (退換貨) is named with the one to write (only an unknown stage pays for the fold).
      const written = simplified(source.stage);
      const twin = placement.journey.stages.find((stage) => simplified(stage.name) === written);
      if (twin)
        return {
          ...at,
          message: `阶段名「${source.stage}」是繁体写法，客户旅程里写作「${twin.name}」`,
          hint: `请改成 journeyStage: ${twin.name}（阶段名是案例库统一的用词，繁体案例也照旅程的写法写）`,
        };
      return {
        ...at,
        message: `「${source.stage}」不是${journeyName(placement.journey)}的阶段`,
        hint: `可选：${stageList(placement.journey)}；阶段刚改过名的话，请写新名称`,
      };
    }
  }
}

/** A practice's `peakStages`, each where it is written. */
export interface PeakStageSource {
  file: string;
  stages: { value: string; line: number; column: number; field: string }[];
}

/** Problems of a practice's peak stages: each must be 行业/阶段 of an existing journey. */
export function checkPeakStages(journeys: readonly JourneySource[], practice: PeakStageSource): Finding[] {
  return practice.stages.flatMap(({ value, ...at }): Finding[] => {
    const slash = value.indexOf('/');
    const journey = journeys.find((item) => item.journey.id === value.slice(0, slash))?.journey;
    if (journey?.stages.some((stage) => stage.name === value.slice(slash + 1))) return [];
    const example = journeys[0]
      ? `${journeys[0].journey.id}/${journeys[0].journey.stages[0]!.name}`
      : 'ecommerce/退款到账';
    return [
      journey
        ? {
            ...at,
            message: `「${value.slice(slash + 1)}」不是${journey.title}的阶段`,
            hint: `可选：${journey.stages.map((stage) => `${journey.id}/${stage.name}`).join('、')}`,
          }
        : {
            ...at,
            message: `「${value}」不是“行业/阶段”的写法，或没有这个行业的客户旅程`,
            hint:
              `请写成 行业/阶段，例如 ${example}；已有旅程的行业：` +
              (journeys.map((item) => item.journey.id).join('、') || '无（先在 content/journeys/ 下添加旅程）'),
          },
    ];
  });
}

/**
 * Problems of each case (by its position in `cases`) and of each journey (by its position in `journeys`):
 * a journey lists, once, every case of its industry whose stage it does not have.
 */
export function checkJourneyStages(
  journeys: readonly JourneySource[],
  cases: readonly CaseStageSource[],
): { cases: (Finding | undefined)[]; journeys: Finding[][] } {
  const caseFindings = cases.map((source) => caseFinding(source, journeys));
  const journeyFindings = journeys.map((source): Finding[] => {
    const left = cases.filter(
      (item, position) => caseFindings[position] !== undefined && industryOfCase(item.caseId) === source.journey.id,
    );
    if (left.length === 0) return [];
    const byStage = new Map<string, string[]>();
    for (const item of left) byStage.set(item.stage, [...(byStage.get(item.stage) ?? []), item.file]);
    const named = [...byStage].map(([stage, files]) => `「${stage}」（${files.join('、')}）`).join('；');
    return [
      {
        line: source.line,
        column: source.column,
        field: 'stages',
        message: `${left.length} 个案例写的阶段不在这条旅程里：${named}`,
        hint: '阶段改了名的话，请把这些案例的 journeyStage 一起改成新名称；删掉了阶段的话，请给这些案例另选一个阶段',
      },
    ];
  });
  return { cases: caseFindings, journeys: journeyFindings };
}
