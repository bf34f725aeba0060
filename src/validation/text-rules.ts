/**
 * Rules that read the words of an entry, in its frontmatter values and in its body: customers'
 * personal data (and the inline waivers of confirmed false positives), and template placeholders
 * that were never filled in.
 *
 * Waivers are visible in the file and greppable (`grep -rn PiiOk content/`), and always carry a reason:
 * - body: `<PiiOk reason="营业厅对外公布的电话">0571-87654321</PiiOk>` (rendered as its content);
 * - frontmatter: `# PiiOk: 理由` at the end of the value's line.
 */
import type { Root } from 'mdast';
import { TODO_MARK } from '../lib/entry-templates.ts';
import { findPii, maskPii, piiKinds, type PiiMatch } from '../lib/pii.ts';
import { PII_WAIVER_TAG } from '../mdx/author-markup.ts';
import { fieldPath } from './problem.ts';
import { authorTagRanges, type BodyFinding } from './rules.ts';
import type { FrontmatterText } from './source-file.ts';

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

/**
 * Personal data and unfilled placeholders in the frontmatter's values. The raw text is scanned first:
 * only a file with something to report pays for locating each value. Personal data outside any value
 * (in a YAML comment) is reported too: comments are published with the file.
 */
export function checkFrontmatterText(frontmatter: { text: string; line: number }, texts: () => FrontmatterText[], today: string): FrontmatterFinding[] {
  const raw = findPii(frontmatter.text, { today });
  if (raw.length === 0 && !frontmatter.text.includes(TODO_MARK) && !frontmatter.text.includes('PiiOk')) return [];
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
    const matches = findPii(text.source, { today });
    const waiver = text.comment === undefined ? undefined : FRONTMATTER_WAIVER.exec(text.comment);
    if (!waiver) {
      for (const match of matches) {
        findings.push({ ...text.locate(match.index), field, ...piiMessage(match, '在这一行末尾加上 # PiiOk: 理由') });
      }
    } else if (waiver[1]!.trim() === '') {
      findings.push({ ...text.locate(0), field, message: '豁免标记 # PiiOk 缺少理由', hint: '写成 # PiiOk: 理由，例如 # PiiOk: 营业厅对外公布的电话' });
    } else if (matches.length === 0) {
      findings.push({ ...text.locate(0), field, severity: 'warning', message: '这一行没有需要豁免的个人信息', hint: '请删除行末的 # PiiOk 标记' });
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
  const matches = findPii(body, { today });
  if (matches.length === 0 && !body.includes(TODO_MARK) && !body.includes(PII_WAIVER_TAG)) return findings;
  const locate = lineLocator(body);
  for (const match of body.matchAll(TODO_TEXT)) {
    findings.push({
      ...locate(match.index),
      field: '正文',
      message: `还有没写完的模板提示（${match[0].trim()}）`,
      hint: `把 ${TODO_MARK} 和后面的提示换成实际内容；不需要的段落整段删掉`,
    });
  }
  const waivers = authorTagRanges(mdast, PII_WAIVER_TAG);
  for (const match of matches) {
    if (waivers.some((waiver) => match.index >= waiver.start && match.index < waiver.end)) continue;
    findings.push({ ...locate(match.index), field: '正文', ...piiMessage(match, `用 <${PII_WAIVER_TAG} reason="理由">…</${PII_WAIVER_TAG}> 把它括起来`) });
  }
  for (const waiver of waivers) {
    if (!matches.some((match) => match.index >= waiver.start && match.index < waiver.end)) {
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
