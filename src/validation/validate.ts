/**
 * Validates the content library: every file against the shared schemas, plus the rules
 * a schema cannot express (file names, sections, untrusted MDX, personal data, unfilled
 * templates, uniqueness across files) and the warnings a reviewer should see (stale reviews,
 * banned phrases in a resolution). Used by `npm run check` and, through the content-validation
 * integration, by every build, both on every core through `parallel.ts`.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { config } from '../config.ts';
import { createSchemas, type JourneyData, type LexiconData, type Schemas } from '../schemas/collections.ts';
import { collectionTerms } from '../schemas/common.ts';
import { collectionNames, layout, type LibraryFile } from '../library/layout.ts';
import { isRealIsoDate } from '../lib/daily/dates.ts';
import { reviewState } from '../lib/cases/review.ts';
import { TODO_MARK } from '../lib/cases/entry-templates.ts';
import { findPii, maskPii, maskPiiIn, piiKinds } from '../lib/text/pii.ts';
import {
  avoidPhrases,
  checkAvoidPhrases,
  simplified,
  type AvoidSource,
  type ResolutionText,
} from './avoid-phrase-rule.ts';
import { checkTags } from './tag-rule.ts';
import { checkLexicon, defaultFold, type LexiconGroupSource, type LexiconWordSource } from './lexicon-rule.ts';
import {
  checkJourneyStages,
  checkPeakStages,
  type CaseStageSource,
  type JourneySource,
  type PeakStageSource,
} from './journey-rule.ts';
import { checkCaseSections, checkUntrustedMdx, sectionRanges } from './rules.ts';
import { checkBodyText, checkFrontmatterText, lineLocator } from './text-rules.ts';
import { limits } from '../library/limits.ts';
import { parseSource } from '../library/source-file.ts';
import { readContentFile, SYMLINK_PROBLEM } from '../library/read-file.ts';
import { fieldPath, splitHint, type Finding, type Problem } from './problem.ts';
import { prepare, type Run, type ValidateOptions, type ValidationResult } from './run.ts';

export type { ValidateOptions, ValidationResult } from './run.ts';

const ID_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What checking one file found, and what it contributes to the checks across files. */
export interface FileReport {
  problems: Problem[];
  caseNumber?: { value: string; line: number; column: number };
  /** A script's avoid list. */
  avoid?: AvoidSource[];
  /** A case's 处理过程 and 处理结果 sections. */
  resolution?: ResolutionText[];
  /** A lexicon file's groups, with the position of every word. */
  lexicon?: LexiconGroupSource[];
  /** A case's journey stage. */
  journeyStage?: Omit<CaseStageSource, 'caseId' | 'file'>;
  /** A journey file's stages. */
  journey?: Omit<JourneySource, 'file'>;
  /** A practice's peak stages. */
  peakStages?: PeakStageSource['stages'];
  /** A case's tags, with the line of `tags:`. */
  tags?: { values: string[]; line: number };
}

/** Where each collection's pages live on the site. */
const urlRoot: Record<LibraryFile['collection'], string> = {
  cases: 'cases',
  daily: 'daily',
  practices: 'practices',
  scripts: 'scripts',
  people: 'people',
  lexicon: 'lexicon',
  journeys: 'journeys',
};

/**
 * Names an entry's path may not use because the site generates a page at the address it would take: the list
 * pages (`/cases/page/2/`), the stage pages (`/scripts/stage/empathy/`) and a case's presenter page (`…/present/`).
 */
const reservedNames: Partial<
  Record<LibraryFile['collection'], { folder?: readonly string[]; last?: readonly string[] }>
> = {
  cases: { folder: ['page'], last: ['present'] },
  practices: { folder: ['page'] },
  scripts: { folder: ['stage'] },
};

function checkFileName(file: LibraryFile): Pick<Problem, 'message' | 'hint'> | undefined {
  const { collection, relativePath, id } = file;
  const { extension, dir } = layout[collection];
  if (!file.hasExpectedExtension) {
    return {
      message: `${collectionTerms[collection].zh}文件的扩展名应为 ${extension}`,
      hint: `请把文件改名为 ${relativePath.replace(/\.[^./]*$/, '')}${extension}`,
    };
  }
  if (collection === 'daily') {
    return isRealIsoDate(id)
      ? undefined
      : {
          message: `「${id}」不是有效日期`,
          hint: `每日一案例的文件名应是真实日期 YYYY-MM-DD${extension}，例如 2026-11-28${extension}`,
        };
  }
  const segments = id.split('/');
  const reserved = reservedNames[collection];
  if (reserved?.folder && segments.length > 1 && reserved.folder.includes(segments[0]!)) {
    const name = segments[0]!;
    return {
      message:
        `${collectionTerms[collection].zh}不能放在名为 ${name} 的文件夹里（/${urlRoot[collection]}/${name}/ ` +
        `是网站生成的页面地址）`,
      hint: '请换一个文件夹名，例如按行业或主题命名',
    };
  }
  if (reserved?.last?.includes(segments.at(-1)!) && segments.length > 1) {
    return {
      message: `文件名不能是 ${segments.at(-1)}${extension}（与网站生成的投屏页地址相同）`,
      hint: `请换一个文件名，例如 ${collectionTerms[collection].example}${extension}`,
    };
  }
  if ((collection === 'people' || collection === 'journeys') && segments.length > 1) {
    const term = collectionTerms[collection];
    return {
      message: `${term.zh}文件不能放在子文件夹里`,
      hint: `请直接放在 content/${dir}/ 下，例如 content/${dir}/${term.example}${extension}`,
    };
  }
  const bad = id.split('/').find((segment) => !ID_SEGMENT.test(segment));
  if (bad === undefined) return undefined;
  const example = `${collectionTerms[collection].example}${extension}`;
  return bad.includes(TODO_MARK)
    ? { message: `文件名还是模板里的「${bad}」`, hint: `请改成描述内容的小写英文和连字符，例如 ${example}` }
    : {
        message: `文件名「${bad}」不符合要求`,
        hint: `只能用小写英文字母、数字和连字符（-），例如 ${example}；放在 content/${dir}/ 下`,
      };
}

/** A file name becomes the entry's address, shown on every page that links to it. */
function checkNameForPii(file: LibraryFile, today: string): Pick<Problem, 'message' | 'hint'> | undefined {
  const [match] = findPii(file.id.replaceAll('/', ' '), { today });
  if (!match) return undefined;
  return {
    message: `文件名里有疑似客户的${piiKinds[match.kind].zh}「${maskPii(match)}」`,
    hint: '文件名会成为网页地址，请改成描述内容的小写英文和连字符',
  };
}

const keyPatterns = {
  caseNumber: /^caseNumber[ \t]*:/m,
  tags: /^tags[ \t]*:/m,
  journeyStage: /^journeyStage[ \t]*:/m,
};

/**
 * The line of a top-level frontmatter key, found in the text: `parsed.locate` would build the positioned YAML
 * document, which for every case of a large library costs more than the rest of the check.
 */
function keyLine(frontmatter: { text: string; line: number }, key: keyof typeof keyPatterns): number {
  const { text } = frontmatter;
  const at = keyPatterns[key].exec(text)?.index ?? 0;
  let line = frontmatter.line;
  for (let index = text.indexOf('\n'); index !== -1 && index < at; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/**
 * Reads, parses and checks one file on its own (everything except the checks across files). A failure of the
 * checker itself is reported against the file, never as a stack trace: the contributor learns which file to fix.
 */
export function checkFile(file: LibraryFile, schemas: Schemas, today: string): FileReport {
  try {
    return checkFileContent(file, schemas, today);
  } catch (error) {
    return {
      problems: [
        {
          file: file.displayPath,
          line: 1,
          column: 1,
          field: '文件',
          severity: 'error',
          message: `无法检查这个文件（${error instanceof Error ? error.name : '错误'}）`,
          hint:
            '文件的结构超出了检查程序能处理的范围：请对照模板（npm run new）简化它；' +
            '如果文件看起来正常，请把它交给维护者',
        },
      ],
    };
  }
}

function checkFileContent(file: LibraryFile, schemas: Schemas, today: string): FileReport {
  const report: FileReport = { problems: [] };
  const add = (finding: Finding) => report.problems.push({ file: file.displayPath, severity: 'error', ...finding });

  // Read first: a symbolic link (or anything but a regular file) is the one problem reported for it.
  const read = readContentFile(file.absolutePath);
  if ('problem' in read && read.problem === SYMLINK_PROBLEM) {
    add({ line: 1, column: 1, field: '文件', ...SYMLINK_PROBLEM });
    return report;
  }
  const nameProblem = checkFileName(file) ?? checkNameForPii(file, today);
  if (nameProblem) {
    add({ line: 1, column: 1, field: '文件名', ...nameProblem });
    if (!file.hasExpectedExtension) return report;
  }
  if ('problem' in read) {
    add({ line: read.line ?? 1, column: 1, field: '文件', ...read.problem });
    return report;
  }
  const raw = read.text;
  if (raw.trim() === '') {
    add({
      line: 1,
      column: 1,
      field: '文件',
      message: '文件是空的',
      hint: '请用 npm run new 生成模板，或复制一个现有文件后改写',
    });
    return report;
  }
  if (raw.charCodeAt(0) === 0xfeff) {
    add({
      line: 1,
      column: 1,
      field: '文件',
      message: '文件开头有 BOM 标记',
      hint: '请在编辑器中以“UTF-8（无 BOM）”重新保存',
    });
    return report;
  }
  if (raw.includes('\r')) {
    const line = raw.slice(0, raw.indexOf('\r')).split('\n').length;
    add({
      line,
      column: 1,
      field: '文件',
      message: '文件使用了 Windows 换行符（CRLF）',
      hint: '请在编辑器中把换行符改为 LF 后保存（VS Code 右下角点 CRLF 切换）',
    });
    return report;
  }

  const parsed = parseSource(raw, layout[file.collection].extension === '.yaml' ? 'yaml' : 'mdx');
  if (!parsed.ok) {
    add({ line: parsed.line, column: parsed.column, field: parsed.field, message: parsed.message, hint: parsed.hint });
    return report;
  }

  const textFindings = checkFrontmatterText(parsed.frontmatter, parsed.data, parsed.texts, today);
  const placeholders = textFindings.filter((finding) => finding.path !== undefined);
  const schema = schemas[file.collection] as z.ZodType;
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    // One message per field: a text where a list belongs fails both “is a list” and “at most 5 items”.
    const reportedFields = new Set<string>();
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const issuePath = keys.length ? [...issue.path, keys[0]!] : issue.path;
      const field = fieldPath(issuePath);
      if (reportedFields.has(field)) continue;
      reportedFields.add(field);
      const { message, hint } = splitHint(issue.message);
      // An unfilled placeholder is reported once, as such, with the schema's advice on what to write.
      const placeholder = placeholders.find(
        (finding) =>
          field === finding.field || field.startsWith(`${finding.field}.`) || field.startsWith(`${finding.field}[`),
      );
      if (placeholder) {
        if (hint) placeholder.hint = `${placeholder.hint}。${hint}`;
        continue;
      }
      add({ ...parsed.locate(issuePath), field: field || '字段区', message, hint });
    }
  }
  for (const { path: _path, ...finding } of textFindings) add(finding);

  if (parsed.mdast) {
    const findings = [...checkUntrustedMdx(parsed.mdast), ...checkBodyText(parsed.body, parsed.mdast, today)];
    if (file.collection === 'cases') findings.push(...checkCaseSections(parsed.mdast));
    for (const finding of findings) add({ ...finding, line: finding.line + parsed.bodyLine - 1 });
  }

  if (!result.success) return report;
  if (file.collection === 'cases') {
    const data = result.data as {
      caseNumber: string;
      occurredOn: string;
      reviewedOn?: string;
      confidence: string;
      lang: string;
    };
    // A date after today is a typo (2099 for 2026), and a review dated in the future would never fall due.
    for (const field of ['occurredOn', 'reviewedOn'] as const) {
      const date = data[field];
      if (date !== undefined && date > today) {
        add({
          ...parsed.locate([field]),
          field,
          message: `日期 ${date} 还没有到（今天是 ${today}）`,
          hint: field === 'reviewedOn' ? '请写实际复核的日期，不能提前填写' : '请写事情实际发生的日期',
        });
      }
    }
    report.caseNumber = { value: data.caseNumber, line: keyLine(parsed.frontmatter, 'caseNumber'), column: 1 };
    report.tags = { values: (result.data as { tags: string[] }).tags, line: keyLine(parsed.frontmatter, 'tags') };
    // The same decision as the 待复核 page; a case never reviewed is a draft, not a warning.
    const review = reviewState(data, today, config.reviewMaxAgeDays);
    if (review.reason === 'stale') {
      add({
        ...parsed.locate(['reviewedOn']),
        field: 'reviewedOn',
        severity: 'warning',
        message: `复核已过去 ${review.ageDays} 天，超过 ${config.reviewMaxAgeDays} 天的有效期`,
        hint: '请复核人确认处理方式仍然适用后更新 reviewedOn；政策已变的案例把 confidence 改为 archived',
      });
    }
    if (parsed.mdast) {
      const locate = lineLocator(parsed.body);
      report.resolution = sectionRanges(parsed.mdast, ['actions', 'result']).map(({ start, end }) => {
        const at = locate(start);
        const text = parsed.body.slice(start, end);
        // Simplified text needs no conversion: the phrases already are in Simplified.
        const searched = data.lang === 'zh-CN' ? text : simplified(text);
        return { text, line: at.line + parsed.bodyLine - 1, column: at.column, searched };
      });
    }
  }
  if (file.collection === 'scripts') {
    const data = result.data as { avoid: { phrase: string; better: string }[] };
    report.avoid = data.avoid.map((item) => ({ ...item, script: file.id }));
  }
  if (file.collection === 'cases') {
    const { journeyStage } = result.data as { journeyStage?: string };
    if (journeyStage !== undefined)
      report.journeyStage = { stage: journeyStage, line: keyLine(parsed.frontmatter, 'journeyStage'), column: 1 };
  }
  if (file.collection === 'practices') {
    const { peakStages } = result.data as { peakStages: string[] };
    if (peakStages.length > 0)
      report.peakStages = peakStages.map((value, position) => ({
        value,
        ...parsed.locate(['peakStages', position]),
        field: `peakStages[${position}]`,
      }));
  }
  if (file.collection === 'journeys') {
    const data = result.data as JourneyData;
    report.journey = { journey: { id: file.id, ...data }, ...parsed.locate(['stages']) };
  }
  if (file.collection === 'lexicon') {
    const data = result.data as LexiconData;
    const words = (group: number, key: 'words' | 'narrower', list: readonly string[]): LexiconWordSource[] =>
      list.map((word, position) => ({
        word,
        ...parsed.locate(['groups', group, key, position]),
        field: `groups[${group}].${key}[${position}]`,
      }));
    report.lexicon = data.groups.map((group, position) => ({
      words: words(position, 'words', group.words),
      narrower: words(position, 'narrower', group.narrower),
    }));
  }
  return report;
}

/** The journey-stage findings of every file, by its position in `files`. */
function journeyFindings(files: readonly LibraryFile[], reports: readonly FileReport[]): Map<number, Finding[]> {
  const journeys: (JourneySource & { position: number })[] = [];
  const cases: (CaseStageSource & { position: number })[] = [];
  const practices: (PeakStageSource & { position: number })[] = [];
  files.forEach((file, position) => {
    const { journey, journeyStage, peakStages } = reports[position]!;
    if (journey) journeys.push({ ...journey, file: file.displayPath, position });
    if (journeyStage) cases.push({ ...journeyStage, caseId: file.id, file: file.displayPath, position });
    if (peakStages) practices.push({ stages: peakStages, file: file.displayPath, position });
  });
  const found = checkJourneyStages(journeys, cases);
  const byFile = new Map<number, Finding[]>();
  found.journeys.forEach((findings, at) => byFile.set(journeys[at]!.position, findings));
  found.cases.forEach((finding, at) => finding && byFile.set(cases[at]!.position, [finding]));
  for (const practice of practices) byFile.set(practice.position, checkPeakStages(journeys, practice));
  return byFile;
}

/** Validates the library under `root` and returns every problem found, errors and warnings. */
export function validateLibrary(options: ValidateOptions = {}): ValidationResult {
  const run = prepare(options);
  const schemas = createSchemas(run.index);
  return combine(
    run,
    run.files.map((file) => checkFile(file, schemas, run.today)),
  );
}

/**
 * Files a thread claims at a time: small enough that all threads finish together, large enough to rarely touch the
 * counter.
 */
const BATCH = 32;

/**
 * The order in which threads claim files: the YAML data files (lexicon, journeys, people) first. They are few but
 * the slowest per file (their messages need positions, so the positioned YAML parser loads and warms up on them):
 * claimed last, they would leave one thread working alone at the end.
 */
function claimOrder(files: readonly LibraryFile[]): number[] {
  const data: number[] = [];
  const entries: number[] = [];
  files.forEach((file, position) => (layout[file.collection].extension === '.yaml' ? data : entries).push(position));
  return [...data, ...entries];
}

/** Reports of a batch of files, each with the file's position in the library's list. */
export type ReportBatch = [number, FileReport][];

/**
 * Checks the files no other thread has claimed, `BATCH` at a time, through a counter shared by every thread (the
 * first `Int32` of `next`): a thread that starts late or runs slow (module loading, a busy core) simply takes fewer.
 * Every thread claims in the same order (`claimOrder`); each batch's reports go to `done` as soon as it is checked.
 */
export function checkClaimedFiles(
  files: readonly LibraryFile[],
  next: Int32Array,
  schemas: Schemas,
  today: string,
  done: (reports: ReportBatch) => void,
): void {
  const order = claimOrder(files);
  for (let start = Atomics.add(next, 0, BATCH); start < files.length; start = Atomics.add(next, 0, BATCH)) {
    done(order.slice(start, start + BATCH).map((position) => [position, checkFile(files[position]!, schemas, today)]));
  }
}

/**
 * Loads the OpenCC conversions of the checks across files (banned phrases, tags, journey stages, the lexicon), which
 * `combine` would otherwise load on first use: a thread that checks files beside workers does it before its first
 * file, so that the workers take the files it has no time for instead of waiting for it at the end.
 */
export function loadCrossFileConverters(): void {
  simplified('');
  defaultFold('');
}

/**
 * The checks across files (daily dates, case numbers, banned phrases, the lexicon's groups, journey stages), then the
 * report.
 */
export function combine(run: Run, reports: readonly FileReport[]): ValidationResult {
  const { files, wanted, root } = run;
  const reported = (file: LibraryFile) => wanted === undefined || wanted.has(file.absolutePath);
  const problems: Problem[] = [];
  const dailyFiles = new Map<string, string>();
  const caseNumbers = new Map<string, string>();
  const findAvoided = avoidPhrases(reports.flatMap((report) => report.avoid ?? []));
  const lexiconFiles = files.flatMap((file, position) =>
    reports[position]!.lexicon ? [{ file: file.displayPath, position, groups: reports[position]!.lexicon }] : [],
  );
  const lexiconFindings = new Map(
    checkLexicon(lexiconFiles).map((findings, at) => [lexiconFiles[at]!.position, findings]),
  );
  const journeyStages = journeyFindings(files, reports);
  const tagFindings = checkTags(
    reports.flatMap((report, position) =>
      report.tags ? [{ position, tags: report.tags.values, line: report.tags.line }] : [],
    ),
  );
  files.forEach((file, position) => {
    const report = reports[position]!;
    const mine: Problem[] = [...report.problems];
    const add = (finding: Finding) => mine.push({ file: file.displayPath, severity: 'error', ...finding });
    if (file.collection === 'daily' && file.hasExpectedExtension) {
      const earlier = dailyFiles.get(file.id);
      if (earlier)
        add({
          line: 1,
          column: 1,
          field: '文件名',
          message: `日期 ${file.id} 已有每日一案例（${earlier}）`,
          hint: '每天只能有一篇，请换一个日期',
        });
      else dailyFiles.set(file.id, file.displayPath);
    }
    if (report.caseNumber) {
      const { value, line, column } = report.caseNumber;
      const earlier = caseNumbers.get(value);
      if (earlier)
        add({
          line,
          column,
          field: 'caseNumber',
          message: `案例编号 ${value} 已被 ${earlier} 使用`,
          hint: '请改用一个新的编号（npm run new 会自动分配下一个编号）',
        });
      else caseNumbers.set(value, file.displayPath);
    }
    if (report.resolution && findAvoided) {
      for (const finding of checkAvoidPhrases(report.resolution, findAvoided)) add({ ...finding, severity: 'warning' });
    }
    for (const finding of lexiconFindings.get(position) ?? []) add(finding);
    for (const finding of journeyStages.get(position) ?? []) add(finding);
    for (const finding of tagFindings.get(position) ?? []) add(finding);
    if (reported(file)) problems.push(...mine);
  });

  for (const collection of collectionNames) {
    const folder = path.join(root, layout[collection].dir);
    if (lstatSync(folder, { throwIfNoEntry: false })?.isSymbolicLink()) {
      problems.push({
        file: path.relative(process.cwd(), folder) || folder,
        line: 1,
        column: 1,
        field: '文件夹',
        severity: 'error',
        message: '内容文件夹是一个符号链接',
        hint: '内容目录里只能放普通文件和文件夹：请删除链接，把文件夹本身放进来',
      });
    }
  }
  if (files.length > limits.files) {
    problems.push({
      file: path.relative(process.cwd(), root) || root,
      line: 1,
      column: 1,
      field: '文件夹',
      severity: 'error',
      message: `内容文件太多（${files.length} 个，上限 ${limits.files} 个）`,
      hint: '这么大的案例库请按年份或团队拆成几个分库，见 docs/scaling.md',
    });
  }
  if (wanted) {
    for (const requested of wanted) {
      if (!files.some((file) => file.absolutePath === requested)) {
        problems.push({
          file: path.relative(process.cwd(), requested),
          line: 1,
          column: 1,
          field: '文件',
          severity: 'error',
          message: `这个文件不在内容目录里（${root}）`,
          hint:
            '案例放在 content/cases/，每日一案例放在 content/daily/，最佳实践放在 content/practices/，' +
            '话术放在 content/service-scripts/，同义词表放在 content/lexicon/，客户旅程放在 content/journeys/',
        });
      }
    }
  }
  // A message may quote what was written (a bad value, a file name): personal data in it is masked, as in every
  // other message, before anything is printed, written as JSON or sent as an annotation.
  const masked = problems.map((problem) => ({
    ...problem,
    message: maskPiiIn(problem.message, { today: run.today }),
    hint: maskPiiIn(problem.hint, { today: run.today }),
  }));
  return { problems: masked, fileCount: files.filter(reported).length };
}
