// Runs only the tree-shaking and runtime sections of the benchmark and prints them; BENCHMARKS.md is left alone
// (`npm run bench` writes the whole report). Usage: node bench/runtime-run.mjs [--quick]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runtimeSection, treeshakeSection } from "./runtime-report.mjs";
import { benchRuntimeSuite } from "./runtime-suite.mjs";
import { machine } from "./stats.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const log = (s) => process.stderr.write(`${s}\n`);

try {
  const m = machine();
  const { ts, rt } = await benchRuntimeSuite({ root, log, quick: process.argv.includes("--quick") });
  process.stdout.write(`Node ${m.node} on ${m.os}, ${m.cpu}, ${m.cores} cores\n\n${treeshakeSection(ts)}\n\n${runtimeSection(rt)}\n`);
} catch (error) {
  log(`bench FAILED: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
