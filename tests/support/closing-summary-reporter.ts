import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Ends the run with what a reader (and CI) needs: why each skipped test was
 * skipped, since the list reporter shows only that it was, and a closing
 * "N passed, N failed, N skipped" line.
 */
export default class ClosingSummaryReporter implements Reporter {
  private readonly skipReasons = new Map<string, string[]>();
  private readonly counts = { passed: 0, failed: 0, skipped: 0 };

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed') this.counts.passed++;
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
    const { passed, failed, skipped } = this.counts;
    console.log(`\nend-to-end: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
