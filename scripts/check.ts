/**
 * `npm run check [paths...] [--json]`: validates the content library without building the site.
 * Prints `path:line:column  field  message — how to fix` per problem, GitHub annotations inside Actions,
 * and exits non-zero when there is any error.
 */
import { parseArgs } from 'node:util';
import { formatProblem, forOutput, githubAnnotation, summarize } from '../src/validation/problem.ts';
import { validateLibraryInParallel } from '../src/validation/validate.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
const started = performance.now();
const { problems, fileCount } = await validateLibraryInParallel({ only: positionals.length ? positionals : undefined });
const hasErrors = problems.some((problem) => problem.severity === 'error');

if (values.json) {
  console.log(JSON.stringify({ fileCount, problems: problems.map(forOutput) }, null, 2));
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(githubAnnotation(problem));
  console.log(`${summarize(problems, fileCount)}（用时 ${Math.round(performance.now() - started)} ms）`);
}
process.exitCode = hasErrors ? 1 : 0;
