/**
 * Bounds on the shape of a file, checked in one linear pass before any parser sees it. The parsers are fast on
 * what people write, but some inputs cost them far more than their size: thousands of `>` or list markers on
 * one line nest that deep (and overflow recursive walks), a long run of `<` or `{` makes the MDX parser retry
 * at every character, YAML aliases expand a few lines into millions of values. No real entry comes near these
 * limits; a file past one is refused with its line and the limit, so any file of at most `limits.fileBytes` is
 * checked in well under a second.
 */

export const limits = {
  /** Bytes per content file. */
  fileBytes: 512 * 1024,
  /** Content files in the library. */
  files: 50_000,
  /** Content files one pull request adds or changes: a reviewer reads each one (`npm run check -- --changed-since`). */
  changedFiles: 100,
  /** Bytes of the content files one pull request adds or changes. */
  changedBytes: 2 * 1024 * 1024,
  /** Quote and list markers that open on one line (`> > - 1.`), plus the leading spaces of such a line (÷ 2). */
  nesting: 12,
  /** Lines of a body: every line can open a block, and parsers pay per block (a long case has 200). */
  bodyLines: 5_000,
  /** `<` and `{` in a body: outside code they are MDX tags and expressions, allowed only as <PiiOk>. */
  angleAndBrace: 1_000,
  /** Character references (`&lt;`) in a body: the parsers slow down on runs of them. */
  references: 1_000,
  /** Emphasis, strike-through, code, link and address marks in a body (`*`, `_`, `~`, `` ` ``, `[`, `@`). */
  marks: 2_000,
  /** Footnotes (`[^1]`) in a body: the parsers slow down with each one. */
  footnotes: 200,
  /**
   * Characters of an entry's frontmatter (a case's is about a thousand): no other limit bounds one long value, and
   * the rules read every value of it (a block of 100,000 short lines took seconds).
   */
  frontmatterCharacters: 64_000,
  /** Nesting of lists and maps in the frontmatter. */
  yamlDepth: 12,
  /** Values in the frontmatter once its aliases (`*name`) are expanded. */
  yamlValues: 5_000,
} as const;

export interface ShapeProblem {
  /** 1-based line in the text that was checked. */
  line: number;
  message: string;
  hint: string;
}

const LINE_PREFIX_MARKER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/** Depth of containers a line opens: its quote and list markers, and then its indentation in steps of two spaces. */
function nestingOf(line: string): number {
  let depth = 0;
  let rest = line;
  for (
    let marker = LINE_PREFIX_MARKER.exec(rest);
    marker && depth <= limits.nesting;
    marker = LINE_PREFIX_MARKER.exec(rest)
  ) {
    depth += 1;
    rest = rest.slice(marker[0].length);
  }
  if (depth === 0) return 0;
  const indent = /^[ \t]*/.exec(line)![0].replaceAll('\t', '    ').length;
  return depth + Math.floor(indent / 2);
}

/**
 * Whether the line from `start` to `end` may start with a quote or list marker: its first character after spaces and
 * tabs is `>`, `-`, `*`, `+` or a digit. Most lines do not, and skip `nestingOf`'s copy of the line and its regex.
 */
function opensContainer(body: string, start: number, end: number): boolean {
  let index = start;
  while (index < end && (body.charCodeAt(index) === 32 || body.charCodeAt(index) === 9)) index += 1;
  if (index === end) return false;
  const code = body.charCodeAt(index);
  return code === 62 || code === 45 || code === 42 || code === 43 || (code >= 48 && code <= 57);
}

/** The first limit an MDX body exceeds, if any (lines counted from the body's first line). */
export function bodyShapeProblem(body: string): ShapeProblem | undefined {
  let angles = 0;
  let references = 0;
  let marks = 0;
  let footnotes = 0;
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index <= body.length; index += 1) {
    const code = index < body.length ? body.charCodeAt(index) : 10;
    if (code === 10) {
      const scanEnd = Math.min(index, lineStart + 200);
      if (opensContainer(body, lineStart, scanEnd) && nestingOf(body.slice(lineStart, scanEnd)) > limits.nesting) {
        return {
          line,
          message: `这一行的引用或列表嵌套太深（超过 ${limits.nesting} 层）`,
          hint: '引用（>）和列表（- 或 1.）最多嵌套几层；请把内容改写成普通段落',
        };
      }
      line += 1;
      lineStart = index + 1;
      if (line > limits.bodyLines && index < body.length - 1) {
        return {
          line,
          message: `正文超过 ${limits.bodyLines} 行`,
          hint: '案例正文应是可读的文字；请删去粘贴进来的聊天记录、日志或数据',
        };
      }
    } else if (code === 60 || code === 123) {
      angles += 1;
      if (angles > limits.angleAndBrace) {
        return {
          line,
          message: `正文里的尖括号 < 和花括号 { 太多（超过 ${limits.angleAndBrace} 个）`,
          hint: '正文只用 Markdown 书写；需要这些符号时改用全角 ＜ ｛',
        };
      }
    } else if (code === 38) {
      references += 1;
      if (references > limits.references) {
        return {
          line,
          message: `正文里的 & 太多（超过 ${limits.references} 个）`,
          hint: '请直接写出字符（例如全角 ＜），不要用 &lt; 这类写法',
        };
      }
    } else if (code === 94 && body.charCodeAt(index - 1) === 91) {
      footnotes += 1;
      if (footnotes > limits.footnotes) {
        return {
          line,
          message: `正文里的脚注（[^…]）太多（超过 ${limits.footnotes} 个）`,
          hint: '案例正文用不到这么多脚注；请把说明写进正文',
        };
      }
    } else if (code === 42 || code === 95 || code === 126 || code === 96 || code === 91 || code === 64) {
      marks += 1;
      if (marks > limits.marks) {
        return {
          line,
          message: `正文里的 Markdown 标记（* _ ~ \` [ @）太多（超过 ${limits.marks} 个）`,
          hint: '案例正文应是可读的文字；请删去粘贴进来的大段数据或日志',
        };
      }
    }
  }
  return undefined;
}

/**
 * How deep one YAML line (`yaml` from `start` to `end`) nests: its indentation (spaces and the `- ` and `? ` markers,
 * in steps of two), its deepest brackets, and each further `: ` on it (`a: : : b` is a map in a map in a map), with
 * quoted text and a comment skipped. Read by character code, in place: every line of every entry passes here.
 */
function lineDepth(yaml: string, start: number, end: number): number {
  let indent = start;
  for (let code = yaml.charCodeAt(indent); code === 32 || code === 63 || code === 45; code = yaml.charCodeAt(indent))
    indent += 1;
  let brackets = 0;
  let deepest = 0;
  let colons = 0;
  let quote = 0;
  for (let index = start; index < end; index += 1) {
    const code = yaml.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      // A quote opens a quoted text only at the start of a value: after a space, tab, bracket, comma or colon.
      const before = index === start ? 32 : yaml.charCodeAt(index - 1);
      if (before === 32 || before === 9 || before === 91 || before === 123 || before === 44 || before === 58)
        quote = code;
    } else if (code === 91 || code === 123) deepest = Math.max(deepest, ++brackets);
    else if (code === 93 || code === 125) brackets -= 1;
    else if (code === 58) {
      const after = index + 1 === end ? 32 : yaml.charCodeAt(index + 1);
      if (after === 32 || after === 9) colons += 1;
    } else if (code === 35) break;
  }
  return Math.floor((Math.min(indent, end) - start) / 2) + deepest + Math.max(0, colons - 1);
}

/** The first line where the frontmatter nests deeper than `limits.yamlDepth`, by indentation or brackets. */
export function frontmatterShapeProblem(yaml: string): ShapeProblem | undefined {
  let line = 1;
  for (let start = 0; start <= yaml.length; line += 1) {
    const newline = yaml.indexOf('\n', start);
    const end = newline === -1 ? yaml.length : newline;
    if (lineDepth(yaml, start, end) > limits.yamlDepth) {
      return {
        line,
        message: `字段区嵌套太深（超过 ${limits.yamlDepth} 层）`,
        hint: '字段最多两三层；请对照模板（npm run new）改写',
      };
    }
    start = end + 1;
  }
  return undefined;
}

/** Whether loaded YAML data holds more than `limits.yamlValues` values, counting each alias as often as it is used. */
export function exceedsValueLimit(data: unknown): boolean {
  let budget = limits.yamlValues;
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (--budget < 0) return true;
    if (value === null || typeof value !== 'object') continue;
    // Walked in place rather than through `Object.values`: every entry's data passes here, and the copies add up.
    if (Array.isArray(value)) {
      for (const child of value as unknown[]) {
        if (pending.length > budget) return true;
        pending.push(child);
      }
    } else {
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        if (pending.length > budget) return true;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/** A content file a pull request adds or changes: its path (relative to the content root) and size. */
export interface ChangedFile {
  path: string;
  bytes: number;
}

/** Whether a pull request adds or changes more content than one review can take, and how to split it. */
export function changeSetProblem(changed: readonly ChangedFile[]): Omit<ShapeProblem, 'line'> | undefined {
  const bytes = changed.reduce((total, file) => total + file.bytes, 0);
  const hint = (what: string) =>
    `请把它拆成几个较小的合并请求（每个不超过 ${what}），例如按行业或月份分批提交，复核人才能逐篇看完；` +
    `整批迁移旧案例请找维护者`;
  if (changed.length > limits.changedFiles) {
    return {
      message: `这个合并请求新增或修改了 ${changed.length} 个内容文件（上限 ${limits.changedFiles} 个）`,
      hint: hint(`${limits.changedFiles} 个文件`),
    };
  }
  if (bytes > limits.changedBytes) {
    const size = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MB`;
    return {
      message: `这个合并请求新增或修改的内容共 ${size(bytes)}（上限 ${size(limits.changedBytes)}）`,
      hint: hint(size(limits.changedBytes)),
    };
  }
  return undefined;
}
