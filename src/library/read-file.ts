/** Reading one content file safely: the validator, the library reader and the scripts all read files this way. */
import { closeSync, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { limits } from './limits.ts';

export const SYMLINK_PROBLEM = {
  message: '这是一个符号链接（或不是普通文件）',
  hint: '内容目录里只能放普通文件：请删除链接，把文件本身复制进来',
};

// The BOM is kept, so that it is reported below rather than silently dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A content file's text, read only if it is a regular file of at most `limits.fileBytes` in UTF-8: a symbolic link
 * is never followed (it could be /dev/zero, or a file outside the repository), a larger file never read whole.
 * `link` is the path's `lstat`, when the caller has it already.
 */
export function readContentFile(
  absolutePath: string,
  link: Stats | undefined = lstatSync(absolutePath, { throwIfNoEntry: false }),
): { text: string } | { problem: { message: string; hint: string }; line?: number } {
  if (!link || link.isSymbolicLink() || !link.isFile()) return { problem: SYMLINK_PROBLEM };
  const descriptor = openSync(absolutePath, 'r');
  try {
    const size = fstatSync(descriptor).size;
    if (size > limits.fileBytes) {
      return {
        problem: {
          message: `文件太大（${Math.round(size / 1024)} KB，上限 ${limits.fileBytes / 1024} KB）`,
          hint: '案例应精炼，请删去粘贴的聊天记录或附件内容',
        },
      };
    }
    const bytes = Buffer.alloc(size);
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
