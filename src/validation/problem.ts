/** A problem found in a content file, located precisely enough for a contributor to fix it. */
export interface Problem {
  /** Path as shown to the user (relative to the working directory). */
  file: string;
  /** 1-based line and column in the file; 1:1 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** Frontmatter field path such as `outcome.satisfaction`, or a label such as `正文`, `文件`. */
  field: string;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
  severity: 'error' | 'warning';
}

/** `path:line:column  field  message`, the format editors and CI logs link to. */
export function formatProblem(problem: Problem): string {
  const level = problem.severity === 'warning' ? '警告 ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${level}${problem.message}`;
}

/** GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function githubAnnotation(problem: Problem): string {
  const escape = (value: string) => value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const property = (value: string) => escape(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const command = problem.severity === 'warning' ? 'warning' : 'error';
  return `::${command} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(problem.field)}::${escape(problem.message)}`;
}

export function summarize(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return errors === 0
    ? `已检查 ${fileCount} 个文件：没有错误${warnings ? `，${warnings} 条警告` : ''}。`
    : `已检查 ${fileCount} 个文件：${errors} 个错误${warnings ? `，${warnings} 条警告` : ''}。请按上面的提示逐条修改后重新运行 npm run check。`;
}
