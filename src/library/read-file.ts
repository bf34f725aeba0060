/** Reading one content file safely: the validator, the library reader and the scripts all read files this way. */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { limits } from './limits.ts';

export const SYMLINK_PROBLEM = {
  message: '这是一个符号链接（或不是普通文件）',
  hint: '内容目录里只能放普通文件：请删除链接，把文件本身复制进来',
};

// The BOM is kept, so that it is reported below rather than silently dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Opened without following a symbolic link (the open fails instead) and without waiting on a named pipe: one system
 * call where a separate `lstat` would take two, which counts on a library of thousands of files. Where the system has
 * no such flag (Windows), the path is checked with `lstat` first.
 */
const NO_FOLLOW = constants.O_NOFOLLOW;
const OPEN_FLAGS = constants.O_RDONLY | (NO_FOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
/** What `open` says of a symbolic link it was told not to follow (Linux, macOS; FreeBSD; NetBSD), or of no file. */
const NOT_A_FILE = new Set(['ELOOP', 'EMLINK', 'EFTYPE', 'ENOENT', 'ENOTDIR']);

function open(absolutePath: string): number | undefined {
  if (NO_FOLLOW === undefined && lstatSync(absolutePath, { throwIfNoEntry: false })?.isSymbolicLink() !== false)
    return undefined;
  try {
    return openSync(absolutePath, OPEN_FLAGS);
  } catch (error) {
    if (NOT_A_FILE.has((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}

/**
 * A content file's text, read only if it is a regular file of at most `limits.fileBytes` in UTF-8: a symbolic link
 * is never followed (it could be /dev/zero, or a file outside the repository), a larger file never read whole.
 * Anything that is not a regular file gives `SYMLINK_PROBLEM` itself, so a caller can tell it apart.
 */
export function readContentFile(
  absolutePath: string,
): { text: string } | { problem: { message: string; hint: string }; line?: number } {
  const descriptor = open(absolutePath);
  if (descriptor === undefined) return { problem: SYMLINK_PROBLEM };
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { problem: SYMLINK_PROBLEM };
    const size = stats.size;
    if (size > limits.fileBytes) {
      return {
        problem: {
          message: `文件太大（${Math.round(size / 1024)} KB，上限 ${limits.fileBytes / 1024} KB）`,
          hint: '案例应精炼，请删去粘贴的聊天记录或附件内容',
        },
      };
    }
    const bytes = Buffer.allocUnsafe(size);
    const length = readSync(descriptor, bytes, 0, size, 0);
    try {
      return { text: utf8.decode(bytes.subarray(0, length)) };
    } catch {
      // The line of the first byte that is not UTF-8: the lenient decoder puts U+FFFD there.
      const lenient = bytes.subarray(0, length).toString('utf8');
      return {
        problem: {
          message: '文件不是 UTF-8 编码（可能是 GBK 等其他编码保存的）',
          hint: '请在编辑器中以“UTF-8（无 BOM）”重新保存',
        },
        line: lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length,
      };
    }
  } finally {
    closeSync(descriptor);
  }
}
