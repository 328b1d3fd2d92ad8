import type { Reporter, TestModule } from 'vitest/node';

/** Adds the plain closing line CI logs are read for (`unit: N passed, N failed`) after Vitest's own summary. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
    }
    console.log(`unit: ${passed} passed, ${failed} failed`);
  }
}
