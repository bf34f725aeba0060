/**
 * Runs the content validator before Astro reads any entry, so a build can never let through
 * a file that `npm run check` would refuse, and the contributor sees the same Chinese messages
 * (file, line, field, fix) instead of a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { formatProblem, summarize } from '../validation/problem.ts';
import { validateLibraryInParallel } from '../validation/validate.ts';

export default function contentValidation(): AstroIntegration {
  return {
    name: 'casebook:content-validation',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Tells the collection queries (src/data/library.ts) that the library cannot change during this run.
        if (command === 'build') process.env.CASEBOOK_BUILD = '1';
        const { problems, fileCount } = await validateLibraryInParallel();
        const errors = problems.filter((problem) => problem.severity === 'error');
        for (const problem of problems) logger[problem.severity === 'error' ? 'error' : 'warn'](formatProblem(problem));
        if (errors.length === 0) {
          logger.info(summarize(problems, fileCount));
          return;
        }
        logger.error(summarize(problems, fileCount));
        // The dev server keeps running so the contributor can fix the file and reload; a build stops here, once every
        // line is out: a slow reader of a pipe (CI's log) leaves writes queued, and exiting would drop them.
        if (command === 'build') {
          await Promise.all(
            [process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write('', flushed))),
          );
          process.exit(1);
        }
      },
    },
  };
}
