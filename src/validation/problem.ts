/** A problem found in a content file, located precisely enough for a contributor to fix it. */
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

/** A field path as contributors read it: `outcome.satisfaction`, `customerWords[0]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** Separator between what is wrong and how to fix it, in messages and in schema error texts. */
export const HINT_SEPARATOR = ' — ';

/** Splits a `message — hint` text (the form every schema error is written in). */
export function splitHint(text: string): { message: string; hint: string } {
  const at = text.indexOf(HINT_SEPARATOR);
  return at === -1 ? { message: text, hint: '' } : { message: text.slice(0, at), hint: text.slice(at + HINT_SEPARATOR.length) };
}

/** `message — hint`, with 警告 in front of warnings. */
export function describe(problem: Pick<Problem, 'message' | 'hint' | 'severity'>): string {
  const level = problem.severity === 'warning' ? '警告 ' : '';
  return problem.hint ? `${level}${problem.message}${HINT_SEPARATOR}${problem.hint}` : `${level}${problem.message}`;
}

/** `path:line:column  field  message — hint`, the format editors and CI logs link to. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${describe(problem)}`;
}

/** GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function githubAnnotation(problem: Problem): string {
  const escape = (value: string) => value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const property = (value: string) => escape(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const command = problem.severity === 'warning' ? 'warning' : 'error';
  const text = problem.hint ? `${problem.message}${HINT_SEPARATOR}${problem.hint}` : problem.message;
  return `::${command} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(problem.field)}::${escape(text)}`;
}

export function summarize(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return errors === 0
    ? `已检查 ${fileCount} 个文件：没有错误${warnings ? `，${warnings} 条警告` : ''}。`
    : `已检查 ${fileCount} 个文件：${errors} 个错误${warnings ? `，${warnings} 条警告` : ''}。请按上面的提示逐条修改后重新运行 npm run check。`;
}
