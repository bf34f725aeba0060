/**
 * Validates the content library: every file against the shared schemas, plus the rules
 * a schema cannot express (file names, sections, untrusted MDX, uniqueness across files).
 * Used by `npm run check` and, through the content-validation integration, by every build.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { createSchemas } from '../schemas/collections.ts';
import { collectionTerms } from '../schemas/common.ts';
import { contentRoot, layout, scanLibrary, type LibraryFile } from '../schemas/library.ts';
import { isRealIsoDate } from '../lib/dates.ts';
import { checkCaseSections, checkUntrustedMdx } from './rules.ts';
import { parseSource } from './source-file.ts';
import type { Problem } from './problem.ts';

/** Larger files are refused before parsing: no real entry comes near this. */
export const MAX_FILE_BYTES = 512 * 1024;

const ID_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ValidationResult {
  problems: Problem[];
  /** Number of files checked. */
  fileCount: number;
}

export interface ValidateOptions {
  root?: string;
  /** Only report problems in these files (absolute or relative paths); the whole library is still read for references. */
  only?: readonly string[];
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function checkFileName(file: LibraryFile): string | undefined {
  const { collection, relativePath, id } = file;
  const { extension, dir } = layout[collection];
  if (!file.hasExpectedExtension) {
    return `${collectionTerms[collection].zh}文件的扩展名应为 ${extension}，请把文件改名为 ${relativePath.replace(/\.[^./]*$/, '')}${extension}`;
  }
  if (collection === 'daily') {
    return isRealIsoDate(id) ? undefined : `每日一案例的文件名应是真实日期 YYYY-MM-DD${extension}，例如 2026-11-28${extension}；「${id}」不是有效日期`;
  }
  if (collection === 'cases' && id.split('/')[0] === 'page') {
    return '案例不能放在名为 page 的文件夹里（/cases/page/ 是案例列表的分页地址）。请换一个文件夹名，例如按行业命名';
  }
  const bad = id.split('/').find((segment) => !ID_SEGMENT.test(segment));
  return bad === undefined
    ? undefined
    : `文件名只能用小写英文字母、数字和连字符（-），例如 ${collectionTerms[collection].example}${extension}；请把「${bad}」改名后放在 content/${dir}/ 下`;
}

/** Validates the library under `root` and returns every problem found, errors and warnings. */
export function validateLibrary(options: ValidateOptions = {}): ValidationResult {
  const root = options.root ?? contentRoot();
  const { files, index } = scanLibrary(root);
  const schemas = createSchemas(index);
  const wanted = options.only?.map((file) => path.resolve(file));
  const problems: Problem[] = [];
  const caseNumbers = new Map<string, { file: string; line: number; column: number }>();
  const dailyIds = new Map<string, string>();

  for (const file of files) {
    const report = wanted === undefined || wanted.includes(file.absolutePath);
    const add = (problem: Omit<Problem, 'file' | 'severity'> & { severity?: Problem['severity'] }) => {
      if (report) problems.push({ file: file.displayPath, severity: 'error', ...problem });
    };
    const nameProblem = checkFileName(file);
    if (nameProblem) {
      add({ line: 1, column: 1, field: '文件名', message: nameProblem });
      if (!file.hasExpectedExtension) continue;
    }
    if (file.collection === 'daily') {
      const earlier = dailyIds.get(file.id);
      if (earlier) add({ line: 1, column: 1, field: '文件名', message: `日期 ${file.id} 已有每日一案例（${earlier}）。每天只能有一篇，请换一个日期` });
      else dailyIds.set(file.id, file.displayPath);
    }

    const size = statSync(file.absolutePath).size;
    if (size > MAX_FILE_BYTES) {
      add({ line: 1, column: 1, field: '文件', message: `文件太大（${Math.round(size / 1024)} KB，上限 ${MAX_FILE_BYTES / 1024} KB）。案例应精炼，请删去粘贴的聊天记录或附件内容` });
      continue;
    }
    const raw = readFileSync(file.absolutePath, 'utf8');
    if (raw.trim() === '') {
      add({ line: 1, column: 1, field: '文件', message: '文件是空的。请用 npm run new 生成模板后再填写' });
      continue;
    }
    if (raw.charCodeAt(0) === 0xfeff) {
      add({ line: 1, column: 1, field: '文件', message: '文件开头有 BOM 标记。请在编辑器中以“UTF-8（无 BOM）”重新保存' });
      continue;
    }
    if (raw.includes('\r')) {
      const line = raw.slice(0, raw.indexOf('\r')).split('\n').length;
      add({ line, column: 1, field: '文件', message: '文件使用了 Windows 换行符（CRLF）。请在编辑器中把换行符改为 LF 后保存' });
      continue;
    }

    const parsed = parseSource(raw, file.collection === 'people' ? 'yaml' : 'mdx');
    if (!parsed.ok) {
      add({ line: parsed.line, column: parsed.column, field: parsed.field, message: parsed.message });
      continue;
    }
    const schema = schemas[file.collection] as z.ZodType;
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const located = parsed.locate(keys.length ? [...issue.path, keys[0]!] : issue.path);
        add({ ...located, field: fieldPath(keys.length ? [...issue.path, keys[0]!] : issue.path) || '字段区', message: issue.message });
      }
    }

    if (parsed.mdast) {
      const findings = checkUntrustedMdx(parsed.mdast);
      if (file.collection === 'cases') findings.push(...checkCaseSections(parsed.mdast));
      for (const finding of findings) add({ ...finding, line: finding.line + parsed.bodyLine - 1 });
    }

    if (file.collection === 'cases' && result.success) {
      const { caseNumber } = result.data as { caseNumber: string };
      const earlier = caseNumbers.get(caseNumber);
      if (earlier) {
        add({ ...parsed.locate(['caseNumber']), field: 'caseNumber', message: `案例编号 ${caseNumber} 已被 ${earlier.file} 使用。请改用一个新的编号` });
      } else caseNumbers.set(caseNumber, { file: file.displayPath, ...parsed.locate(['caseNumber']) });
    }
  }
  const fileCount = wanted === undefined ? files.length : files.filter((file) => wanted.includes(file.absolutePath)).length;
  if (wanted) {
    for (const requested of wanted) {
      if (!files.some((file) => file.absolutePath === requested)) {
        problems.push({
          file: path.relative(process.cwd(), requested),
          line: 1,
          column: 1,
          field: '文件',
          severity: 'error',
          message: `这个文件不在内容目录里（${root}）。案例放在 content/cases/，每日一案例放在 content/daily/，最佳实践放在 content/practices/，话术放在 content/service-scripts/`,
        });
      }
    }
  }
  return { problems, fileCount };
}
