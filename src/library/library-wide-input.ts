/**
 * The library-wide input a shard build is handed (`CASEBOOK_LIBRARY_WIDE=<file>`, written by
 * `npm run build:library-wide`): read once per thread, for the validator (ids of cases in other shards), the
 * build's integrations and the pages' queries. Its freshness is checked by `checkLibraryWide` before the build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LIBRARY_WIDE_VERSION, type LibraryWide } from '../lib/library-wide/index.ts';
import type { CaseData, DailyData } from '../schemas/collections.ts';

export const LIBRARY_WIDE_ENV = 'CASEBOOK_LIBRARY_WIDE';

export type LibraryWideInput = LibraryWide<CaseData, DailyData>;

/** A path as messages show it: relative inside the working directory, absolute outside it. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') ? path.resolve(file) : relative;
}

/** Reads and checks the shape of a library-wide file; throws an Error with a Chinese message naming it. */
export function readLibraryWide(file: string): LibraryWideInput {
  const shown = shownPath(file);
  let parsed: Partial<LibraryWideInput>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LibraryWideInput>;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '不是有效的 JSON';
    throw new Error(`库级数据 ${shown}：${reason} — 请先运行 npm run build:library-wide 生成它`, { cause: error });
  }
  if (parsed.version !== LIBRARY_WIDE_VERSION || !Array.isArray(parsed.cases) || !Array.isArray(parsed.shards))
    throw new Error(
      `库级数据 ${shown}：格式版本是 ${String(parsed.version)}，本版本需要 ${LIBRARY_WIDE_VERSION} — ` +
        '请用当前代码重新运行 npm run build:library-wide',
    );
  return parsed as LibraryWideInput;
}

let cached: { file: string; input: LibraryWideInput } | undefined;

/** The input named by the environment, if any; read once per thread. */
export function libraryWideInput(): LibraryWideInput | undefined {
  const file = process.env[LIBRARY_WIDE_ENV];
  if (!file) return undefined;
  const absolute = path.resolve(file);
  if (cached?.file !== absolute) cached = { file: absolute, input: readLibraryWide(absolute) };
  return cached.input;
}
