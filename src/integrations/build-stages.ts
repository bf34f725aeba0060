/**
 * Times each stage of `astro build` and prints one line at the end (also read by `npm run bench:build`):
 * `stages: setup=… sync=… render=… postbuild=… total=…` in milliseconds (setup includes content validation,
 * render is Vite bundling plus page generation, postbuild is the search index). Place it first and last
 * in the integration list: the first instance opens the clock, the last closes it after every other
 * integration's `astro:build:done` (the search index) has run.
 */
import type { AstroIntegration } from 'astro';

const marks: Record<string, number> = {};
const mark = (name: string) => {
  marks[name] ??= performance.now();
};

export default function buildStages(position: 'first' | 'last'): AstroIntegration {
  return {
    name: `casebook:build-stages-${position}`,
    hooks:
      position === 'first'
        ? {
            'astro:config:setup': ({ command }) => {
              if (command === 'build') mark('start');
            },
            'astro:config:done': () => mark('configured'),
            'astro:build:start': () => mark('synced'),
            'astro:build:generated': () => mark('generated'),
          }
        : {
            'astro:config:setup': () => mark('setupDone'),
            'astro:build:done': ({ logger }) => {
              const end = performance.now();
              const span = (from: string, to: string) => Math.round((marks[to] ?? end) - (marks[from] ?? end));
              logger.info(
                `stages: setup=${span('start', 'setupDone')} sync=${span('configured', 'synced')} render=${span('synced', 'generated')} ` +
                  `postbuild=${Math.round(end - (marks.generated ?? end))} total=${Math.round(end - (marks.start ?? end))}`,
              );
            },
          },
  };
}
