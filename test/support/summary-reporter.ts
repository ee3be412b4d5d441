import type { Reporter, RunnerTestFile, RunnerTask } from 'vitest/node';

/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after vitest's own summary, so
 * that CI systems which read a closing line (rather than vitest's table) count the tests.
 */
export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const visit = (t: RunnerTask) => {
      if (t.type === 'test') {
        const state = t.result?.state;
        if (state === 'pass') passed++;
        else if (state === 'fail') failed++;
        else skipped++;
      } else if ('tasks' in t) for (const c of t.tasks) visit(c);
    };
    for (const f of files) {
      if (f.result?.state === 'fail' && f.tasks.length === 0) failed++; // a file that failed to load
      for (const t of f.tasks) visit(t);
    }
    failed += errors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
