import { defineConfig } from 'vitest/config';

/**
 * Four layers: unit (pure logic and schemas), build (the real `astro build`, its output parsed),
 * browser (the built site served and driven in Chromium), install (the README's commands in a fresh clone on Node 20).
 * The sample site is built once per run, into `.test-dist/` (tests/helpers/paths.ts), never the user's `dist/`.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/hostile/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-once.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-once.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          // A re-layout after a resize can take seconds on a busy machine; the default poll gives up after one.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'install',
          include: ['tests/install/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // A group of its own, so it never runs beside other files: it installs and builds a whole copy of the
          // project.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
