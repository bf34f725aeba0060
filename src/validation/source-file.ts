/**
 * Splits an entry file into YAML frontmatter and MDX body, parses both, and maps
 * frontmatter field paths back to line and column, so every message can point at its line.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';

export interface Located {
  line: number;
  column: number;
}

export type ParsedSource =
  | { ok: true; data: unknown; body: string; bodyLine: number; mdast?: Root; locate: (path: readonly PropertyKey[]) => Located }
  | { ok: false; line: number; column: number; field: string; message: string };

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/** The parser the project uses wherever it reads MDX itself: the same GFM the site renders. */
export const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function locator(document: Document, lineCounter: LineCounter, lineOffset: number) {
  return (path: readonly PropertyKey[]): Located => {
    // Walk as deep as the path exists; a missing field points at its parent.
    let node: unknown = document.contents;
    let range: [number, number, number?] | undefined = (document.contents as { range?: [number, number, number] } | null)?.range;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        range = (pair.key as { range?: [number, number, number] }).range ?? range;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        range = (node as { range?: [number, number, number] }).range ?? range;
      } else break;
    }
    const position = lineCounter.linePos(range?.[0] ?? 0);
    return { line: position.line + lineOffset, column: position.col };
  };
}

/** Parses the frontmatter of an `.mdx` entry (and its body, when `parseBody`) or a whole `.yaml` data file. */
export function parseSource(text: string, kind: 'mdx' | 'yaml', parseBody = true): ParsedSource {
  let yamlText = text;
  let lineOffset = 0;
  let body = '';
  let bodyLine = 1;
  if (kind === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return {
        ok: false,
        line: 1,
        column: 1,
        field: '文件',
        message: '文件开头缺少以 --- 包围的字段区（frontmatter）。第一行应是 ---，写完字段后再用一行 --- 结束',
      };
    }
    yamlText = match[1] ?? '';
    lineOffset = 1;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
    if (match[0].endsWith('---')) bodyLine += 1;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const position = lineCounter.linePos(yamlError.pos[0]);
    return {
      ok: false,
      line: position.line + lineOffset,
      column: position.col,
      field: '字段区',
      message: `YAML 语法错误：${describeYamlError(yamlError.code, yamlError.message)}`,
    };
  }
  const data = document.toJS({ maxAliasCount: 50 }) ?? {};
  const locate = locator(document, lineCounter, lineOffset);
  if (kind === 'yaml' || !parseBody) return { ok: true, data, body, bodyLine, locate };
  try {
    const mdast = mdxParser.parse(body) as Root;
    return { ok: true, data, body, bodyLine, mdast, locate };
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const start = place && 'start' in place && place.start ? place.start : (place as { line?: number; column?: number } | undefined);
    return {
      ok: false,
      line: (start?.line ?? 1) + bodyLine - 1,
      column: start?.column ?? 1,
      field: '正文',
      message: `MDX 语法错误：${describeMdxError((error as Error).message)}`,
    };
  }
}

function describeYamlError(code: string, original: string): string {
  const hints: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次，请删除其中一个',
    BAD_INDENT: '缩进不一致。同一层的字段要对齐，列表项用两个空格缩进后写“- ”',
    MISSING_CHAR: '缺少字符（常见原因：引号或括号没有成对）',
    BLOCK_AS_IMPLICIT_KEY: '这一行缺少冒号后的空格，或上一行的引号没有闭合',
    MULTILINE_IMPLICIT_KEY: '字段名后面缺少“: ”（冒号加空格），或文本里有未加引号的冒号',
    UNEXPECTED_TOKEN: '出现了意外的符号。文本以特殊符号（如 { [ * & ! | > @ `）开头时，请用英文双引号把整段文本括起来',
    TAB_AS_INDENT: '缩进用了 Tab 键，请改用空格',
  };
  return `${hints[code] ?? '无法解析'}。（原始信息：${original.split('\n')[0]}）`;
}

function describeMdxError(original: string): string {
  if (/Unexpected end of file|Expected a closing tag|Expected the closing tag/.test(original)) {
    return `有未闭合的标签。正文中不要写 ＜ ＞ 尖括号，如需表示请改用全角 ＜ ＞。（原始信息：${original}）`;
  }
  if (/expression|acorn|Could not parse/i.test(original)) {
    return `正文里的花括号 { } 会被当成代码。请删除花括号，或改用全角｛ ｝。（原始信息：${original}）`;
  }
  return `${original}。正文中不要直接写 ＜ ＞ { } 这类符号，需要时改用全角字符`;
}
