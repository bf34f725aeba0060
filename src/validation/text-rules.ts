/**
 * Rules that read the words of an entry, in its frontmatter values and in its body: customers'
 * personal data (and the inline waivers of confirmed false positives), and template placeholders
 * that were never filled in.
 *
 * Personal data is looked for in what a reader sees, not in the source: frontmatter values as YAML parses
 * them (escapes resolved), body text from the parsed MDX tree (character references decoded, emphasis and line
 * breaks joined), both folded by `foldVisible` (full-width forms, invisible characters). Findings point at the
 * source line the text came from.
 *
 * Waivers are visible in the file and greppable (`grep -rn PiiOk content/`), always carry a reason, and cover
 * exactly what they mark:
 * - body: `<PiiOk reason="营业厅对外公布的电话">0571-87654321</PiiOk>` waives what it wraps, nothing around it;
 *   its reason is published with the page source, so it is checked like any text;
 * - frontmatter: `# PiiOk: 理由` at the end of a value's line waives one piece of data in that value (one list
 *   item when written after an item of a block list); a value with two is reported in full, so a public number
 *   cannot carry a customer's number past the check.
 */
import type { Root } from 'mdast';
import { TODO_MARK } from '../lib/cases/entry-templates.ts';
import { findPii, findPiiInVisible, maskPii, mayHoldPii, piiKinds, type PiiMatch } from '../lib/text/pii.ts';
import { foldVisible, visibleRuns } from '../lib/text/visible-text.ts';
import { PII_WAIVER_TAG } from '../mdx/author-markup.ts';
import { fieldPath } from './problem.ts';
import { authorTagRanges, type BodyFinding } from './rules.ts';
import type { FrontmatterText } from '../library/source-file.ts';

/** A finding in the frontmatter; `path` is set on unfilled placeholders, whose schema errors it replaces. */
export interface FrontmatterFinding extends BodyFinding {
  path?: (string | number)[];
}

const FRONTMATTER_WAIVER = /^\s*PiiOk\b\s*[:：]?\s*(.*)$/;
const TODO_TEXT = new RegExp(`${TODO_MARK}[^\\n]{0,40}`, 'g');

function piiMessage(match: PiiMatch, waiveHow: string): Pick<BodyFinding, 'message' | 'hint'> {
  const kind = piiKinds[match.kind];
  return {
    message: `疑似客户的${kind.zh}「${maskPii(match)}」`,
    hint: `客户信息不能写进案例库，请${kind.instead}；如确认不是个人信息（例如对外公布的单位电话），${waiveHow}`,
  };
}

const placeholderText = (text: string) => text.replace(/["'\s]+$/, '');

/** Every string (and number) in parsed YAML data, keys included. */
function dataTexts(data: unknown, into: string[] = []): string[] {
  if (typeof data === 'string') into.push(data);
  else if (typeof data === 'number') into.push(String(data));
  else if (Array.isArray(data)) for (const item of data) dataTexts(item, into);
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      into.push(key);
      dataTexts(value, into);
    }
  }
  return into;
}

/**
 * Personal data and unfilled placeholders in the frontmatter's values. The raw text (and, when it has escapes, the
 * parsed data: js-yaml, what the site reads) is scanned first: only a file with something to report pays for
 * locating each value.
 * Personal data outside any value (in a YAML comment) is reported too: comments are published with the file.
 */
export function checkFrontmatterText(
  frontmatter: { text: string; line: number },
  data: unknown,
  texts: () => FrontmatterText[],
  today: string,
): FrontmatterFinding[] {
  // The raw text shows every value as parsed (folding joins a number split across lines) except for escapes
  // (`"\u0031…"`), which need a backslash: only then are the parsed values scanned too, in one text (a NUL between
  // two values keeps the label or digits of one from reaching the next).
  const raw = findPii(frontmatter.text, { today });
  const suspect =
    raw.length > 0 ||
    (frontmatter.text.includes('\\') && findPii(dataTexts(data).join('\0\n\0'), { today }).length > 0);
  if (!suspect && !frontmatter.text.includes(TODO_MARK) && !frontmatter.text.includes('PiiOk')) return [];
  const findings: FrontmatterFinding[] = [];
  const values = texts();
  for (const text of values) {
    const field = fieldPath(text.path);
    const placeholder = text.source.indexOf(TODO_MARK);
    if (placeholder !== -1) {
      findings.push({
        ...text.locate(placeholder),
        field,
        path: text.path,
        message: `还没有填写（${placeholderText(text.source.slice(placeholder, placeholder + 40))}）`,
        hint: `把 ${TODO_MARK} 和后面的提示换成实际内容`,
      });
      continue;
    }
    const visible = foldVisible(text.value);
    const matches = findPiiInVisible(visible.text, { today });
    // The line of the data when it is written as it reads; otherwise (escapes, folded lines) the value's first line.
    const locate = (match: PiiMatch) => {
      const written = text.value.slice(visible.origin(match.index), visible.origin(match.end - 1) + 1);
      return text.locate(Math.max(0, text.source.indexOf(written)));
    };
    const waiver = text.comment === undefined ? undefined : FRONTMATTER_WAIVER.exec(text.comment);
    if (waiver && waiver[1]!.trim() === '') {
      findings.push({
        ...text.locate(0),
        field,
        message: '豁免标记 # PiiOk 缺少理由',
        hint: '写成 # PiiOk: 理由，例如 # PiiOk: 营业厅对外公布的电话',
      });
    } else if (waiver && matches.length === 0) {
      findings.push({
        ...text.locate(0),
        field,
        severity: 'warning',
        message: '这一行没有需要豁免的个人信息',
        hint: '请删除行末的 # PiiOk 标记',
      });
    }
    if (waiver && matches.length === 1) continue;
    for (const match of matches) {
      const { message, hint } = piiMessage(match, '在这一行末尾加上 # PiiOk: 理由');
      findings.push({
        ...locate(match),
        field,
        message,
        hint: waiver
          ? `一个 # PiiOk 只豁免一处，这个值里有 ${matches.length} 处：请删掉客户的信息，` +
            `或把对外公布的号码单独写成一项再豁免`
          : hint,
      });
    }
  }
  const locate = lineLocator(frontmatter.text);
  for (const match of raw) {
    if (values.some((value) => match.index >= value.start && match.index < value.start + value.source.length)) continue;
    const at = locate(match.index);
    findings.push({
      line: at.line + frontmatter.line - 1,
      column: at.column,
      field: '字段区',
      message: piiMessage(match, '').message,
      hint: '注释和字段名也会随文件公开，请删掉这里的号码',
    });
  }
  return findings;
}

/** Line and column (1-based) of offsets in a text. */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** Personal data outside `<PiiOk>` waivers, unneeded waivers, and unfilled placeholders in an MDX body. */
export function checkBodyText(body: string, mdast: Root, today: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const locate = lineLocator(body);
  if (body.includes(TODO_MARK)) {
    for (const match of body.matchAll(TODO_TEXT)) {
      findings.push({
        ...locate(match.index),
        field: '正文',
        message: `还有没写完的模板提示（${match[0].trim()}）`,
        hint: `把 ${TODO_MARK} 和后面的提示换成实际内容；不需要的段落整段删掉`,
      });
    }
  }
  const waivers = body.includes(PII_WAIVER_TAG) ? authorTagRanges(mdast, PII_WAIVER_TAG) : [];
  const used = new Set<(typeof waivers)[number]>();
  for (const run of visibleRuns(mdast, body, mayHoldPii)) {
    for (const match of findPiiInVisible(run.text, { today })) {
      const start = run.offset(match.index);
      const last = run.offset(match.end - 1);
      // Only data wholly inside a waiver is waived: `139<PiiOk …>1234</PiiOk>5678` reads as one number.
      const waiver = run.waivable
        ? waivers.find((candidate) => start >= candidate.start && last < candidate.end)
        : undefined;
      if (waiver) {
        used.add(waiver);
        continue;
      }
      const { message, hint } = piiMessage(
        match,
        `用 <${PII_WAIVER_TAG} reason="理由">…</${PII_WAIVER_TAG}> 把它括起来`,
      );
      findings.push({
        ...locate(start),
        field: '正文',
        message,
        hint: run.waivable ? hint : '标记的属性（例如 reason）也会随页面公开，不能豁免：请删掉里面的客户信息',
      });
    }
  }
  for (const waiver of waivers) {
    if (!used.has(waiver)) {
      findings.push({
        line: waiver.line,
        column: waiver.column,
        field: '正文',
        severity: 'warning',
        message: `<${PII_WAIVER_TAG}> 里没有需要豁免的个人信息`,
        hint: `请去掉 <${PII_WAIVER_TAG}> 标记，只保留里面的文字`,
      });
    }
  }
  return findings;
}
