/**
 * Times each stage of `astro build` and prints one line at the end, in Chinese; with CASEBOOK_BUILD_STAGES=1
 * (`npm run bench:build` sets it) also `stages: setup=… sync=… render=… postbuild=… total=…` in milliseconds
 * (setup includes content validation, render is Vite bundling plus page generation, postbuild is the search index).
 * Place it first and last
 * in the integration list: the first instance opens the clock, the last closes it after every other
 * integration's `astro:build:done` (the search index) has run.
 */
import type { AstroIntegration } from 'astro';

/** Environment variable that asks for the machine-readable `stages:` line. */
export const STAGES_ENV = 'CASEBOOK_BUILD_STAGES';

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
              const stages = {
                setup: span('start', 'setupDone'),
                sync: span('configured', 'synced'),
                render: span('synced', 'generated'),
                postbuild: Math.round(end - (marks.generated ?? end)),
                total: Math.round(end - (marks.start ?? end)),
              };
              const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} 秒`;
              logger.info(
                `构建完成，共 ${seconds(stages.total)}：` +
                  `检查内容 ${seconds(stages.setup)}，读取内容 ${seconds(stages.sync)}，` +
                  `生成页面 ${seconds(stages.render)}，` +
                  `搜索索引 ${seconds(stages.postbuild)}`,
              );
              // The figures for `npm run bench:build`, which asks for them: a line for a program, not for the team.
              if (process.env[STAGES_ENV] === '1')
                logger.info(
                  `stages: ${Object.entries(stages)
                    .map(([name, ms]) => `${name}=${ms}`)
                    .join(' ')}`,
                );
            },
          },
  };
}
