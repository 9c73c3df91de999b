// The tree-shaking and runtime sections together, as bench/run.mjs and bench/runtime-run.mjs run them: bundles first,
// then esbuild stopped, then the timed loops. Also reports the CPU time of esbuild's service process, which is a child
// of this process that proc.mjs does not see, so run.mjs can count it as the benchmark's own.
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { benchRuntime } from "./runtime.mjs";
import { stopEsbuild } from "./runtime-bundle.mjs";
import { benchTreeshake } from "./treeshake.mjs";

/** User + system CPU seconds of this process's exited, reaped children (Linux /proc; 0 elsewhere). */
export function reapedChildrenCpuSeconds() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // cutime and cstime, fields 16 and 17 of proc(5), in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** Resolves to { ts, rt, childCpuSeconds }. `quick` runs fewer, shorter batches (to try the code, not to report). */
export async function benchRuntimeSuite({ root, log = () => {}, quick = false }) {
  const before = reapedChildrenCpuSeconds();
  const ts = await benchTreeshake({ root, log });
  const rt = await benchRuntime({ root, log, ...(quick && { batches: 5, calls: 5_000, warmup: 1 }) });
  await stopEsbuild();
  await sleep(200); // let the stopped service be reaped, so its CPU time shows in this process's children's
  return { ts, rt, childCpuSeconds: Math.max(0, reapedChildrenCpuSeconds() - before) };
}
