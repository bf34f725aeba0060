/**
 * Masked values written with asterisks (`138****5678`, `110105********002X`, `w***@qq.com`, `****4321`), which
 * Markdown would read as emphasis when two of them share a paragraph. Shared by the renderer
 * (src/mdx/literal-masks.ts), which shows them as written, and the personal-data check (src/lib/text/visible-text.ts),
 * which reads them as the page shows them. Pure.
 */

const isWordCharacter = (character: string | undefined) => character !== undefined && /^[0-9A-Za-z]$/.test(character);
/** What sits next to a mask inside one value: `w***@qq.com`, `0571-****4321`, `6222.****`. */
const isValueCharacter = (character: string | undefined) =>
  isWordCharacter(character) || character === '@' || character === '-' || character === '.';

/**
 * Whether the run of asterisks around `index` in `source` is part of a masked value: it sits inside a value (a
 * letter or digit on one side, a letter, digit, `@`, `-` or `.` on the other), or it is three or more long and
 * touches a letter or digit (`****4321`, `1234****`). Bold text (`**3 次**`, `共**3**次`) is neither.
 */
export function isMaskRun(source: string, index: number): boolean {
  if (source[index] !== '*') return false;
  let start = index;
  while (source[start - 1] === '*') start -= 1;
  let end = index + 1;
  while (source[end] === '*') end += 1;
  const before = source[start - 1];
  const after = source[end];
  if ((isWordCharacter(before) && isValueCharacter(after)) || (isValueCharacter(before) && isWordCharacter(after)))
    return true;
  return end - start >= 3 && (isWordCharacter(before) || isWordCharacter(after));
}

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: readonly Positioned[];
}

/** The node's opening and closing markers, as written, when one of them is a mask's asterisks. */
export function maskMarkers(node: Positioned, source: string): [string, string] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const first = node.children?.[0]?.position?.start.offset;
  const last = node.children?.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined || first === undefined || last === undefined) return undefined;
  if (!isMaskRun(source, start) && !isMaskRun(source, end - 1)) return undefined;
  return [source.slice(start, first), source.slice(last, end)];
}
