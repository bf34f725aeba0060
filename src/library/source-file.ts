/**
 * Splits an entry file into YAML frontmatter and MDX body, parses both, and maps
 * frontmatter field paths back to line and column, so every message can point at its line.
 */
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';
import { CORE_SCHEMA, load, type YAMLException } from 'js-yaml';
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { bodyShapeProblem, exceedsValueLimit, frontmatterShapeProblem, limits } from './limits.ts';

export interface Located {
  line: number;
  column: number;
}

/**
 * A scalar value of the frontmatter, as written in the file, for rules that read text (personal data, placeholders).
 */
export interface FrontmatterText {
  path: (string | number)[];
  /** Offset of the value in the frontmatter text. */
  start: number;
  /** The value's source text (quotes and block-scalar indentation included, so offsets map to the file). */
  source: string;
  /** The value as the site reads it: escapes (`\u0031`) resolved, quotes and folded line breaks gone. */
  value: string;
  /** Line and column of an offset in `source`. */
  locate: (offset: number) => Located;
  /** Comment at the end of the value's line, without the `#`. */
  comment: string | undefined;
}

export type ParsedSource =
  | {
      ok: true;
      data: unknown;
      body: string;
      bodyLine: number;
      mdast?: Root;
      /** The frontmatter's YAML text and the file line it starts on. */
      frontmatter: { text: string; line: number };
      /** Line and column of a field (computed on demand, like `texts`). */
      locate: (path: readonly PropertyKey[]) => Located;
      /** Every scalar value of the frontmatter. */
      texts: () => FrontmatterText[];
    }
  | { ok: false; line: number; column: number; field: string; message: string; hint: string };

/**
 * The `yaml` package, which knows every node's position, loaded (about 0.1 s per thread) only when a message needs
 * a position: checking a clean library never does.
 */
let positionedYaml: typeof import('yaml') | undefined;
const yaml = () => (positionedYaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/**
 * Parses an MDX body with Sätteri, the parser that compiles it for the site: the validator accepts
 * exactly what the build can compile, and parsing natively keeps `check` fast on large libraries.
 */
export function parseMdx(body: string): Root {
  return mdxToMdast(body) as Root;
}

function locator(document: Document, lineCounter: LineCounter, lineOffset: number) {
  const { isMap, isSeq } = yaml();
  return (path: readonly PropertyKey[]): Located => {
    // Walk as deep as the path exists; a missing field points at its parent.
    let node: unknown = document.contents;
    let range: [number, number, number?] | undefined = (
      document.contents as { range?: [number, number, number] } | null
    )?.range;
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
      const unclosed = /^---[ \t]*\n/.test(text);
      return {
        ok: false,
        line: 1,
        column: 1,
        field: '文件',
        message: unclosed ? '字段区（frontmatter）没有结束的 ---' : '文件开头缺少以 --- 包围的字段区（frontmatter）',
        hint: unclosed
          ? '在最后一个字段下面另起一行写 ---，正文写在它后面'
          : '第一行写 ---，接着写字段，字段写完后再用一行 --- 结束；可以用 npm run new 生成模板',
      };
    }
    yamlText = match[1] ?? '';
    lineOffset = 1;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
    if (match[0].endsWith('---')) bodyLine += 1;
  }

  // The data comes from js-yaml, the parser Astro reads frontmatter with, so the validator sees what the
  // site will, with one deliberate difference: dates stay text (core schema), because js-yaml would turn
  // 2026-02-30 into 2026-03-02 and the schema could no longer see the mistake. The slower `yaml` document,
  // which knows every node's position, is only built when a message needs a position.
  const yamlShape = frontmatterShapeProblem(yamlText);
  if (yamlShape)
    return {
      ok: false,
      line: yamlShape.line + lineOffset,
      column: 1,
      field: '字段区',
      message: yamlShape.message,
      hint: yamlShape.hint,
    };
  if (kind === 'mdx' && yamlText.length > limits.frontmatterCharacters)
    return {
      ok: false,
      line: yamlText.slice(0, limits.frontmatterCharacters).split('\n').length + lineOffset,
      column: 1,
      field: '字段区',
      message: `字段区太长（超过 ${limits.frontmatterCharacters.toLocaleString('en-US')} 个字符）`,
      hint: '字段只写简短的值；长的说明、聊天记录请写进正文的小节里，并删去粘贴进来的数据',
    };
  let data: unknown;
  let syntaxError: YAMLException | undefined;
  try {
    data = load(yamlText, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    syntaxError = error as YAMLException;
  }
  if (!syntaxError && exceedsValueLimit(data)) {
    const alias = /(?:^|[\s[{,:])\*[^\s,\]}]/m.exec(yamlText);
    return {
      ok: false,
      line: (alias ? yamlText.slice(0, alias.index + 1).split('\n').length : 1) + lineOffset,
      column: 1,
      field: '字段区',
      message: `字段区的值太多（展开后超过 ${limits.yamlValues} 个）`,
      hint: '不要使用 YAML 别名（&名字 / *名字），每个字段直接写出它的值',
    };
  }
  let parsedDocument: { document: Document; lineCounter: LineCounter } | undefined;
  const positioned = () => {
    if (!parsedDocument) {
      const { LineCounter, parseDocument } = yaml();
      const lineCounter = new LineCounter();
      parsedDocument = {
        document: parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true }),
        lineCounter,
      };
    }
    return parsedDocument;
  };
  if (syntaxError) {
    const { document, lineCounter } = positioned();
    const yamlError = document.errors[0];
    // An unclosed quote is only noticed at the end of the frontmatter: point at the line that opens it.
    const unclosed =
      yamlError?.code === 'MISSING_CHAR' && /quote/.test(yamlError.message) ? unbalancedQuoteLine(yamlText) : undefined;
    const position = unclosed
      ? { line: unclosed, col: 1 }
      : yamlError
        ? lineCounter.linePos(yamlError.pos[0])
        : { line: (syntaxError.mark?.line ?? 0) + 1, col: (syntaxError.mark?.column ?? 0) + 1 };
    return {
      ok: false,
      line: position.line + lineOffset,
      column: position.col,
      field: '字段区',
      ...(yamlError ? describeYamlError(yamlError.code, yamlError.message) : describeYamlError('', syntaxError.reason)),
    };
  }

  const locate = (path: readonly PropertyKey[]) => {
    const { document, lineCounter } = positioned();
    return locator(document, lineCounter, lineOffset)(path);
  };
  const texts = () => {
    const { document, lineCounter } = positioned();
    return frontmatterTexts(document, yamlText, lineCounter, lineOffset);
  };
  const frontmatter = { text: yamlText, line: lineOffset + 1 };
  if (kind === 'yaml' || !parseBody) return { ok: true, data, body, bodyLine, frontmatter, locate, texts };
  const bodyShape = bodyShapeProblem(body);
  if (bodyShape)
    return {
      ok: false,
      line: bodyShape.line + bodyLine - 1,
      column: 1,
      field: '正文',
      message: bodyShape.message,
      hint: bodyShape.hint,
    };
  try {
    return { ok: true, data, body, bodyLine, frontmatter, mdast: parseMdx(body), locate, texts };
  } catch (error) {
    // Sätteri reports `line:column: reason (rule)`, relative to the body.
    const [, line = '1', column = '1', reason = String(error)] =
      /^(\d+):(\d+): ([\s\S]*)$/.exec((error as Error).message) ?? [];
    return {
      ok: false,
      line: Number(line) + bodyLine - 1,
      column: Number(column),
      field: '正文',
      ...describeMdxError(reason),
    };
  }
}

function frontmatterTexts(
  document: Document,
  yamlText: string,
  lineCounter: LineCounter,
  lineOffset: number,
): FrontmatterText[] {
  const texts: FrontmatterText[] = [];
  const { isPair, isScalar, isSeq, visit } = yaml();
  visit(document, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || !node.range) return;
      const path: (string | number)[] = [];
      for (const [position, ancestor] of ancestors.entries()) {
        if (isPair(ancestor)) path.push(isScalar(ancestor.key) ? String(ancestor.key.value) : '?');
        else if (isSeq(ancestor)) path.push(ancestor.items.indexOf(ancestors[position + 1] ?? node));
      }
      const start = node.range[0];
      texts.push({
        path,
        start,
        source: yamlText.slice(start, node.range[1]),
        value: typeof node.value === 'string' ? node.value : yamlText.slice(start, node.range[1]),
        locate: (offset) => {
          const position = lineCounter.linePos(start + offset);
          return { line: position.line + lineOffset, column: position.col };
        },
        comment: node.comment ?? undefined,
      });
    },
  });
  return texts;
}

/** First line with an odd number of unescaped double quotes (1-based), if any. */
function unbalancedQuoteLine(yamlText: string): number | undefined {
  const index = yamlText.split('\n').findIndex((line) => (line.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1);
  return index === -1 ? undefined : index + 1;
}

function describeYamlError(code: string, original: string): { message: string; hint: string } {
  const hints: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次，请删除其中一个',
    BAD_INDENT: '缩进不一致。同一层的字段要对齐，列表项用两个空格缩进后写“- ”',
    MISSING_CHAR: '缺少字符：这一行的引号或括号没有成对，请补上结尾的引号或括号',
    BLOCK_AS_IMPLICIT_KEY: '这一行缺少冒号后的空格，或上一行的引号没有闭合',
    MULTILINE_IMPLICIT_KEY: '字段名后面缺少“: ”（冒号加空格），或文本里有未加引号的冒号',
    UNEXPECTED_TOKEN: '出现了意外的符号。文本以特殊符号（如 { [ * & ! | > @ `）开头时，请用英文双引号把整段文本括起来',
    TAB_AS_INDENT: '缩进用了 Tab 键，请改用空格',
  };
  // A known mistake is explained in Chinese; for any other, the parser's own words are the only clue left.
  return {
    message: hints[code] ? 'YAML 语法错误' : `YAML 语法错误（解析器原文：${original.split('\n')[0]}）`,
    hint: hints[code] ?? '请对照模板检查这一行及上一行：字段名后是英文冒号加空格，列表项以“- ”开头，引号要成对',
  };
}

function describeMdxError(original: string): { message: string; hint: string } {
  // Sätteri's own positions inside the text are relative to the body; the message already has the file's.
  const detail = original.replace(/ \([\w:-]+\)$/, '').replace(/ \(\d+:\d+\)/g, '');
  // The two common mistakes are explained in Chinese (with the tag, which helps find the spot); for any other,
  // the parser's own words are the only clue left.
  if (/expression|brace|acorn|Could not parse/i.test(detail)) {
    return { message: 'MDX 语法错误：花括号 { } 被当成了代码', hint: '请删除花括号，或改用全角｛ ｝' };
  }
  if (/closing tag|end of file/i.test(detail)) {
    const tag = /`(<[^`]+>)`/.exec(detail)?.[1];
    return {
      message: `MDX 语法错误：有未闭合的标签${tag ? ` ${tag}` : ''}`,
      hint: '正文中不要写尖括号 < >，需要时改用全角 ＜ ＞；豁免标记要写成成对的 <PiiOk reason="理由">…</PiiOk>',
    };
  }
  return {
    message: `MDX 语法错误（解析器原文：${detail}）`,
    hint: '正文中不要直接写 < > { } 这类符号，需要时改用全角 ＜ ＞ ｛ ｝',
  };
}
