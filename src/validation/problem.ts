/** A problem found in a content file, located precisely enough for a contributor to fix it. */
import { findPii, maskPii } from '../lib/text/pii.ts';

export interface Problem {
  /** Path as shown to the user (relative to the working directory). */
  file: string;
  /** 1-based line and column in the file; 1:1 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Frontmatter field path such as `outcome.satisfaction`, or a label such as `正文`, `文件`. */
  field: string;
  /** What is wrong, in Chinese. */
  message: string;
  /** How to fix it, in Chinese. */
  hint: string;
  severity: 'error' | 'warning';
}

/** A problem found by a rule, before the file it is in is added. */
export type Finding = Omit<Problem, 'file' | 'severity'> & { severity?: Problem['severity'] };

/** A field path as contributors read it: `outcome.satisfaction`, `customerWords[0]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** Separator between what is wrong and how to fix it, in messages and in schema error texts. */
export const HINT_SEPARATOR = ' — ';

/** Splits a `message — hint` text (the form every schema error is written in). */
export function splitHint(text: string): { message: string; hint: string } {
  const at = text.indexOf(HINT_SEPARATOR);
  return at === -1
    ? { message: text, hint: '' }
    : { message: text.slice(0, at), hint: text.slice(at + HINT_SEPARATOR.length) };
}

/** `message — hint`, with 警告 in front of warnings. */
export function describe(problem: Pick<Problem, 'message' | 'hint' | 'severity'>): string {
  const level = problem.severity === 'warning' ? '警告 ' : '';
  return problem.hint ? `${level}${problem.message}${HINT_SEPARATOR}${problem.hint}` : `${level}${problem.message}`;
}

/** Longest text of one part of a problem that is printed; a message quoting a whole pasted log helps nobody. */
const MAX_SHOWN = 300;
// Control characters (line breaks, carriage return, ANSI escape), format characters (right-to-left override,
// zero-width) and the Unicode line separators: each would let a value rewrite or hide what the log shows.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/** A contributor's value made safe to print: no personal data (masked), no control characters, bounded. */
export function printable(value: string): string {
  let masked = value;
  for (const match of findPii(value).reverse())
    masked = masked.slice(0, match.index) + maskPii(match) + masked.slice(match.index + match.text.length);
  const escaped = masked.replace(
    UNPRINTABLE,
    (character) => NAMED[character] ?? `\\u{${character.codePointAt(0)!.toString(16)}}`,
  );
  return escaped.length > MAX_SHOWN ? `${escaped.slice(0, MAX_SHOWN)}…` : escaped;
}

/** The problem as it may be shown anywhere (terminal, CI log, JSON): every text `printable`. */
export function forOutput(problem: Problem): Problem {
  return {
    ...problem,
    file: printable(problem.file),
    field: printable(problem.field),
    message: printable(problem.message),
    hint: printable(problem.hint),
  };
}

/**
 * `path:line:column  field  message — hint`, the format editors and CI logs link to. Every part is `printable`,
 * so a value cannot start a line of its own: no forged `::warning`, `::add-mask::` or `::stop-commands::`.
 */
export function formatProblem(problem: Problem): string {
  const shown = forOutput(problem);
  // A line that began with `::` would be read by GitHub Actions as a command.
  const file = shown.file.startsWith(':') ? `./${shown.file}` : shown.file;
  return `${file}:${shown.line}:${shown.column}  ${shown.field}  ${describe(shown)}`;
}

/** GitHub Actions workflow command, so the problem shows on the pull request's diff; encoded per the command rules. */
export function githubAnnotation(problem: Problem): string {
  const shown = forOutput(problem);
  const escape = (value: string) => value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const property = (value: string) => escape(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const command = problem.severity === 'warning' ? 'warning' : 'error';
  const text = shown.hint ? `${shown.message}${HINT_SEPARATOR}${shown.hint}` : shown.message;
  return (
    `::${command} file=${property(shown.file)},line=${shown.line},col=${shown.column},` +
    `title=${property(shown.field)}::${escape(text)}`
  );
}

export function summarize(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return errors === 0
    ? `已检查 ${fileCount} 个文件：没有错误${warnings ? `，${warnings} 条警告` : ''}。`
    : `已检查 ${fileCount} 个文件：${errors} 个错误${warnings ? `，${warnings} 条警告` : ''}。` +
        '请按上面的提示逐条修改后重新运行 npm run check。';
}
