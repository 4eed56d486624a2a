import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Ends the run with what a reader (and CI) needs: why each skipped test was
 * skipped, since the list reporter shows only that it was, and a closing
 * "N passed, N failed, N skipped" line.
 */
export default class ClosingSummaryReporter implements Reporter {
  private readonly skipReasons = new Map<string, string[]>();
  private readonly counts = { passed: 0, failed: 0, skipped: 0, knownDefects: 0 };
  private readonly knownDefects: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    // A test marked test.fail() that failed as expected: a known defect, recorded by its test, not a failure of this run.
    if (test.expectedStatus === 'failed' && result.status === 'failed') {
      this.counts.knownDefects++;
      this.knownDefects.push(test.title);
    } else if (result.status === 'passed' && test.expectedStatus === 'passed') this.counts.passed++;
    else if (result.status === 'skipped') {
      this.counts.skipped++;
      const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'no reason given';
      this.skipReasons.set(reason, [...(this.skipReasons.get(reason) ?? []), test.title]);
    } else this.counts.failed++;
  }

  onEnd(): void {
    for (const [reason, titles] of this.skipReasons) {
      console.log(`\nSKIPPED ${titles.length} test(s): ${reason}`);
      for (const title of titles) console.log(`  - ${title}`);
    }
    if (this.knownDefects.length > 0) {
      console.log(`\nKNOWN DEFECTS ${this.knownDefects.length} (tests marked to fail until fixed, and failing):`);
      for (const title of this.knownDefects) console.log(`  - ${title}`);
    }
    const { passed, failed, skipped, knownDefects } = this.counts;
    console.log(`\nend-to-end: ${passed} passed, ${failed} failed, ${skipped} skipped, ${knownDefects} known defects`);
  }
}
