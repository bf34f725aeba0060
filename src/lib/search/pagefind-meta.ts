/**
 * Reading the page list from Pagefind's metadata file (`pagefind.<language>_<hash>.pf_meta`) at build time: the
 * record table is written in that order, the order in which `pagefind.search(null)` lists every page in the
 * browser (see record-table.ts). The file is Pagefind's own: gzip, a signature, then CBOR
 * `[version, [[page hash, word count, …], …], …]`. Only what that needs of CBOR is read; anything else fails loudly.
 */
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** The first `items` items of the CBOR array the bytes open with (the rest is not read). */
function leadingItems(bytes: Uint8Array, items: number): unknown[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    if (size > 3) throw new Error(`Pagefind 元数据：不支持的 CBOR 长度 ${info}`);
    const value = [
      () => view.getUint8(at),
      () => view.getUint16(at),
      () => view.getUint32(at),
      () => Number(view.getBigUint64(at)),
    ][size]!();
    at += 2 ** size;
    return value;
  };
  const item = (): unknown => {
    const initial = view.getUint8(at++);
    const major = initial >> 5;
    const count = length(initial & 31);
    switch (major) {
      case 0:
        return count;
      case 2:
      case 3: {
        const slice = bytes.subarray(at, (at += count));
        return major === 3 ? new TextDecoder().decode(slice) : slice;
      }
      case 4:
        return Array.from({ length: count }, item);
      case 5:
        return new Map(Array.from({ length: count }, () => [item(), item()]));
      default:
        throw new Error(`Pagefind 元数据：不支持的 CBOR 类型 ${major}`);
    }
  };
  const initial = view.getUint8(at++);
  if (initial >> 5 !== 4 || length(initial & 31) < items) throw new Error('Pagefind 元数据：开头不是数组');
  return Array.from({ length: items }, item);
}

/** The fragment ids (page hashes) of a Pagefind metadata file, in Pagefind's page order. */
export function pagefindPageIds(file: Uint8Array): string[] {
  const bytes = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
  const start = Buffer.from(bytes).indexOf(SIGNATURE);
  const [, pages] = leadingItems(bytes.subarray(start === -1 ? 0 : start + SIGNATURE.length), 2);
  if (!Array.isArray(pages) || !pages.every((page) => Array.isArray(page) && typeof page[0] === 'string')) {
    throw new Error('Pagefind 元数据的格式与预期不符（页面列表应为 [哈希, 词数, …] 的数组）：Pagefind 升级了吗？');
  }
  return pages.map((page: string[]) => page[0]!);
}
