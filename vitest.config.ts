import { defineConfig } from 'vitest/config';

/**
 * Three layers: unit (pure logic and schemas), build (the real `astro build`, `dist/` parsed),
 * browser (the built site served and driven in Chromium). The site is built once per run.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/build-once.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-once.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          // A re-layout after a resize can take seconds on a busy machine; the default poll gives up after one.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
