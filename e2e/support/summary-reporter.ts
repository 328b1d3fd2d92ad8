/** Prints one greppable line at the end of the run, after the list reporter's detail (for CI logs). */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, ReturnType<TestCase['outcome']>>();
  private readonly titles = new Map<string, string>();

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.outcomes.set(test.id, test.outcome());
    this.titles.set(test.id, test.titlePath().slice(2).join(' › '));
  }

  onEnd(result: FullResult): void {
    const count = (outcome: string) => [...this.outcomes.values()].filter((o) => o === outcome).length;
    const failed = [...this.outcomes.entries()]
      .filter(([, o]) => o === 'unexpected')
      .map(([id]) => this.titles.get(id));
    const seconds = (result.duration / 1000).toFixed(1);
    console.log(
      `\nE2E SUMMARY: ${result.status} · ${count('expected')} passed · ${count('unexpected')} failed · ` +
        `${count('flaky')} flaky · ${count('skipped')} skipped · ${seconds} s`,
    );
    for (const title of failed) console.log(`  failed: ${title}`);
    // The plain closing line CI logs are read for; flaky tests passed on retry and count as passed.
    console.log(`e2e: ${count('expected') + count('flaky')} passed, ${count('unexpected')} failed`);
  }
}
