/**
 * `npm run check [paths...] [--json] [--changed-since <base>]`: validates the content library without building the
 * site. Prints `path:line:column  field  message — how to fix` per problem, GitHub annotations inside Actions,
 * and exits non-zero when there is any error. `--changed-since` (CI, on a pull request: its base commit) also
 * refuses a pull request that adds or changes more content than one review can take.
 */
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Problem } from '../src/validation/problem.ts';

// The modules, compiled and with their types stripped, are kept on disk (Node's compile cache, shared with the
// worker threads): loading them is then half of the command's start-up. Imported below, once the cache is on.
// `npm run check` starts at run-check.js, which has turned it on already (this file is then read from the cache too).
enableCompileCache();
const { validateLibraryInParallel } = await import('../src/validation/parallel.ts');

const USAGE = '用法：npm run check [-- 文件…] [--json] [--changed-since 提交号或分支名]';
const options = { json: { type: 'boolean', default: false }, 'changed-since': { type: 'string' } } as const;
let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof options }>>;
try {
  parsed = parseArgs({ allowPositionals: true, options });
} catch {
  console.error(USAGE);
  process.exit(2);
}
const { values, positionals } = parsed;
const started = performance.now();
// The library is scanned and the worker threads started first; this thread's other modules load while they start.
const validation = validateLibraryInParallel({ only: positionals.length ? positionals : undefined });
const [
  { contentRoot },
  { changedContentFiles },
  { changeSetProblem },
  { formatProblem, forOutput, githubAnnotation, summarize },
  { problems, fileCount },
] = await Promise.all([
  import('../src/library/layout.ts'),
  import('../src/validation/changed-files.ts'),
  import('../src/library/limits.ts'),
  import('../src/validation/problem.ts'),
  validation,
]);

const base = values['changed-since'];
if (base !== undefined) {
  const root = contentRoot();
  const changed = changedContentFiles(root, base);
  const problem = changed.ok ? changeSetProblem(changed.files) : changed;
  if (problem) {
    const whole: Problem = {
      file: path.relative(process.cwd(), root) || root,
      line: 1,
      column: 1,
      field: '合并请求',
      severity: 'error',
      message: problem.message,
      hint: problem.hint,
    };
    problems.unshift(whole);
  }
}
const hasErrors = problems.some((problem) => problem.severity === 'error');

if (values.json) {
  console.log(JSON.stringify({ fileCount, problems: problems.map(forOutput) }, null, 2));
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(githubAnnotation(problem));
  console.log(`${summarize(problems, fileCount)}（用时 ${Math.round(performance.now() - started)} ms）`);
}
process.exitCode = hasErrors ? 1 : 0;
