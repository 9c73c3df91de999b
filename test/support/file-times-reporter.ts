import { writeFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Per test file, the time it took in its worker: importing it (collect), its tests and hooks (run) and the rest
 * (environment, setup), slowest first, as tab-separated lines in the file named by MG_TEST_TIMES (or on stdout).
 * For choosing what the fast tier leaves out: `MG_TEST_TIMES=times.tsv npx vitest run --reporter=default
 * --reporter=./test/support/file-times-reporter.ts`.
 */
export default class FileTimesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows = testModules.map((module) => {
      const d = module.diagnostic();
      const other = d.environmentSetupDuration + d.prepareDuration + d.setupDuration;
      const total = d.collectDuration + d.duration + other;
      return { file: module.relativeModuleId, total, collect: d.collectDuration, run: d.duration, other };
    });
    rows.sort((a, b) => b.total - a.total);
    const s = (ms: number) => (ms / 1000).toFixed(1);
    const lines = rows.map((r) => [s(r.total), s(r.collect), s(r.run), s(r.other), r.file].join("\t"));
    const sum = rows.reduce((acc, r) => acc + r.total, 0);
    const text = [`total\tcollect\trun\tother\tfile (seconds; sum ${s(sum)})`, ...lines, ""].join("\n");
    if (process.env.MG_TEST_TIMES) writeFileSync(process.env.MG_TEST_TIMES, text);
    else process.stdout.write(`\n${text}`);
  }
}
