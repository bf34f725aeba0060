/**
 * Runs the content validator before Astro reads any entry, so a build can never let through
 * a file that `npm run check` would refuse, and the contributor sees the same Chinese messages
 * (file, line, field, fix) instead of a stack trace.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { formatProblem, summarize } from '../validation/problem.ts';
import { validateLibraryInParallel } from '../validation/parallel.ts';
import { checkLibraryWide } from '../library/library-wide.ts';
import { LIBRARY_WIDE_ENV, readLibraryWideHead } from '../library/library-wide-input.ts';
import { contentRoot } from '../library/layout.ts';

/** Why the library-wide input named by the environment must not be used for this build, if it must not. */
function libraryWideProblem(base: string): string | undefined {
  const file = process.env[LIBRARY_WIDE_ENV];
  if (!file) return undefined;
  try {
    return checkLibraryWide(file, readLibraryWideHead(path.resolve(file)), contentRoot(), base);
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Ends the run once every line is out: a slow reader of a pipe (CI's log) leaves writes queued, and exiting at once
 * would drop them.
 */
async function stop(): Promise<never> {
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write('', flushed))),
  );
  process.exit(1);
}

export default function contentValidation(): AstroIntegration {
  return {
    name: 'casebook:content-validation',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Tells the collection queries (src/data/library.ts) that the library cannot change during this run.
        if (command === 'build') process.env.CASEBOOK_BUILD = '1';
        // Checked first, and stops `astro dev` too: the validator and the pages would read a stale input's data.
        const stale = libraryWideProblem(config.base);
        if (stale) {
          logger.error(stale);
          return stop();
        }
        const { problems, fileCount } = await validateLibraryInParallel();
        const errors = problems.filter((problem) => problem.severity === 'error');
        for (const problem of problems) logger[problem.severity === 'error' ? 'error' : 'warn'](formatProblem(problem));
        if (errors.length === 0) {
          logger.info(summarize(problems, fileCount));
          return;
        }
        logger.error(summarize(problems, fileCount));
        // The dev server keeps running so the contributor can fix the file and reload.
        if (command === 'build') await stop();
      },
    },
  };
}
