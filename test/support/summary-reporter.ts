import type { Reporter, TestModule } from "vitest/node";

/** Prints the plain closing line `vitest: N passed, N failed` that CI reads. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
      // A file that fails outside its tests (an import error, a failing beforeAll) leaves its tests skipped: count it.
      const tests = [...module.children.allTests()];
      if (module.state() === "failed" && !tests.some((t) => t.result().state === "failed")) counts.failed++;
    }
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : "";
    process.stdout.write(`\nvitest: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
