/** Prints one plain closing line, "N passed, N failed, N skipped", that CI logs can be read by. */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed' || state === 'skipped') count[state]++;
      }
    }
    process.stdout.write(`\n${String(count.passed)} passed, ${String(count.failed)} failed, ${String(count.skipped)} skipped\n`);
  }
}
