/**
 * Lists each skipped test with its reason, so that a skip is never mistaken for a pass, then prints
 * one plain closing line, "N passed, N failed, N skipped", that CI logs are read by. The count stays
 * the very last line because CI reads the closing line.
 */
import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

function skipLine(test: TestCase): string {
  const result = test.result();
  const note = result.state === 'skipped' ? result.note : undefined;
  const why = note ?? `no reason given (${test.options.mode === 'todo' ? 'todo' : 'marked skip'})`;
  return `  skipped: ${relative(process.cwd(), test.module.moduleId)} > ${test.fullName}: ${why}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    const skipped: TestCase[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed' || state === 'skipped') count[state]++;
        if (state === 'skipped') skipped.push(test);
      }
    }
    const lines = [...skipped.map(skipLine), `${String(count.passed)} passed, ${String(count.failed)} failed, ${String(count.skipped)} skipped`];
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
