/**
 * The library-wide input a shard build is handed (`CASEBOOK_LIBRARY_WIDE=<file>`, written by
 * `npm run build:library-wide`). Its first line is a small head (shards, content hash, every case id): the freshness
 * check and the validator (ids of cases in other shards) read only that, in every thread that needs it; the whole
 * file, several hundred megabytes at 100,000 entries, is parsed only where pages are built.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { LIBRARY_WIDE_VERSION, type LibraryWide } from '../lib/library-wide/index.ts';
import type { CaseData, DailyData } from '../schemas/collections.ts';

export const LIBRARY_WIDE_ENV = 'CASEBOOK_LIBRARY_WIDE';

export type LibraryWideInput = LibraryWide<CaseData, DailyData>;

/** The first line of the file: what a build needs before it reads any entry. */
export type LibraryWideHead = Pick<LibraryWideInput, 'version' | 'contentHash' | 'shards'> & { caseIds: string[] };

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
    throw otherVersion(shown, parsed.version);
  return parsed as LibraryWideInput;
}

function otherVersion(shown: string, version: unknown): Error {
  return new Error(
    `库级数据 ${shown}：格式版本是 ${String(version)}，本版本需要 ${LIBRARY_WIDE_VERSION} — ` +
      '请用当前代码重新运行 npm run build:library-wide',
  );
}

/** The bytes before the first line break (the whole file when it has none). */
function firstLine(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(1 << 20);
      const length = readSync(descriptor, chunk);
      const end = chunk.subarray(0, length).indexOf(0x0a);
      chunks.push(chunk.subarray(0, end === -1 ? length : end));
      if (end !== -1 || length === 0) return Buffer.concat(chunks).toString('utf8');
    }
  } finally {
    closeSync(descriptor);
  }
}

/** Reads and checks the head of a library-wide file without parsing the rest; errors as `readLibraryWide`'s. */
export function readLibraryWideHead(file: string): LibraryWideHead {
  const shown = shownPath(file);
  let line: string;
  try {
    line = firstLine(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '无法读取';
    throw new Error(`库级数据 ${shown}：${reason} — 请先运行 npm run build:library-wide 生成它`, { cause: error });
  }
  let head: Partial<LibraryWideHead> | undefined;
  try {
    head = JSON.parse(`${line}}`) as Partial<LibraryWideHead>;
  } catch {
    // A file of another version has no head line: name its version when it starts with one.
    const version = /^\{"version":(\d+)/.exec(line)?.[1];
    if (version !== undefined) throw otherVersion(shown, Number(version));
    throw new Error(`库级数据 ${shown}：不是有效的 JSON — 请先运行 npm run build:library-wide 生成它`);
  }
  if (head.version !== LIBRARY_WIDE_VERSION || !Array.isArray(head.caseIds) || !Array.isArray(head.shards))
    throw otherVersion(shown, head.version);
  return head as LibraryWideHead;
}

let cached: { file: string; input: LibraryWideInput } | undefined;
let cachedHead: { file: string; head: LibraryWideHead } | undefined;

/** The head of the input named by the environment, if any; read once per thread. */
export function libraryWideHead(): LibraryWideHead | undefined {
  const file = process.env[LIBRARY_WIDE_ENV];
  if (!file) return undefined;
  const absolute = path.resolve(file);
  if (cachedHead?.file !== absolute) cachedHead = { file: absolute, head: readLibraryWideHead(absolute) };
  return cachedHead.head;
}

/** The input named by the environment, if any; read once per thread. */
export function libraryWideInput(): LibraryWideInput | undefined {
  const file = process.env[LIBRARY_WIDE_ENV];
  if (!file) return undefined;
  const absolute = path.resolve(file);
  if (cached?.file !== absolute) cached = { file: absolute, input: readLibraryWide(absolute) };
  return cached.input;
}
