/**
 * Adds one plain closing line, `tests: N passed, N failed, N skipped`, after Vitest's own report,
 * so CI logs state the count in a form any tool can read. A file that fails outside its tests (a `beforeAll` that
 * throws, a syntax error) counts as one failure: its tests never ran, and "0 failed" would read as green.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (module.state() === 'failed' && ![...module.children.allTests('failed')].length) counts.failed += 1;
    }
    console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
