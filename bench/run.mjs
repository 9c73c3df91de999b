// modelgate's benchmark: generation speed and memory against openapi-typescript, the type-check cost of a
// consumer's requests against the official SDK's types, what a consumer's bundle pulls in (tree-shaking), and
// validateRequest's throughput against a hand-written check and zod. Prints a markdown report and writes BENCHMARKS.md.
// Speed and memory are measured here and never asserted in tests. Usage: node bench/run.mjs [--keep] (after a build).
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { appSection, floorNote } from "./apps-report.mjs";
import { differingFiles, writeConsumerProject, writeWhatIf } from "./consumers.mjs";
import { benchEditor } from "./editor.mjs";
import { editorSection } from "./editor-report.mjs";
import { benchGeneration } from "./generation.mjs";
import { childCpu, cleanupProc, rssMethod, runNode } from "./proc.mjs";
import { renderReport } from "./report.mjs";
import { requests } from "./requests.mjs";
import { benchRuntimeSuite, reapedChildrenCpuSeconds } from "./runtime-suite.mjs";
import { benchScale } from "./scale.mjs";
import { scaleSection } from "./scale-report.mjs";
import { busyCpuSeconds, machine, pkgVersion } from "./stats.mjs";
import { benchTypecheck, TypeCheckFailed } from "./typecheck.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specLabel = "../shared/openai-openapi/2026-08-21.yaml";
const spec = resolve(root, specLabel);
const keep = process.argv.includes("--keep");
const log = (s) => process.stderr.write(`${s}\n`);

const compilers = [
  { name: "tsc5", bin: "node_modules/typescript5/bin/tsc", version: pkgVersion(root, "typescript5") },
  { name: "tsc7", bin: "node_modules/typescript7/bin/tsc", version: pkgVersion(root, "typescript7") },
];

const cfg = {
  specLabel,
  genWarmup: 1,
  genRuns: 5,
  tscWarmup: 1,
  tscRuns: 5,
  editorWarmup: 1,
  editorRuns: 5,
  scaleGenRuns: 3,
  scaleTscRuns: 7,
  compilers,
  requestCount: requests.length,
  modelSummary: summarizeModels(requests),
  otsVersion: pkgVersion(root, "openapi-typescript"),
  openaiVersion: pkgVersion(root, "openai"),
  zodVersion: pkgVersion(root, "zod"),
  esbuildVersion: pkgVersion(root, "esbuild-wasm"),
  rssMethod:
    rssMethod() === "gnu-time"
      ? "GNU time's `%M` (`/usr/bin/time -f %M`) around the node process"
      : "`process.resourceUsage().maxRSS` at exit, written by a `--import` preload",
};

function summarizeModels(list) {
  const counts = new Map();
  for (const r of list) counts.set(r.model, (counts.get(r.model) ?? 0) + 1);
  return [...counts].map(([m, n]) => `${m} ×${n}`).join(", ");
}

function preflight() {
  const missing = [
    [spec, "the spec (../shared/openai-openapi/2026-08-21.yaml beside the repo)"],
    [join(root, "dist/src/cli/main.js"), "dist/ (run `npm run build` first)"],
    [join(root, "generated/index.ts"), "generated/index.ts"],
    [join(root, "node_modules/openapi-typescript/bin/cli.js"), "openapi-typescript (npm ci)"],
    [join(root, "node_modules/openai/resources/chat/completions.d.mts"), "the openai SDK's types (npm ci)"],
    ...compilers.map((c) => [join(root, c.bin), `TypeScript ${c.name} (npm ci)`]),
  ].filter(([path]) => !existsSync(path));
  if (missing.length) {
    log(`bench: missing ${missing.map(([, what]) => what).join("; ")}`);
    process.exit(2);
  }
}

async function main() {
  preflight();
  log(`bench: max RSS via ${rssMethod()}`);
  const cores = cpus().length;
  const idleBusy = busyCpuSeconds();
  await sleep(1000);
  const busyShare = (busyCpuSeconds() - idleBusy) / cores;
  if (busyShare > 0.25) {
    log(`bench: WARNING the CPU is ${(busyShare * 100).toFixed(0)}% busy before the run: other work is running, timings will be noisy`);
  }
  const started = performance.now();
  const busyStart = busyCpuSeconds();
  const ownStart = process.cpuUsage();

  log(`bench 1/5: generation on ${specLabel} (${cfg.genWarmup} warm-up + ${cfg.genRuns} runs per tool)`);
  const gen = await benchGeneration({ root, spec, warmup: cfg.genWarmup, runs: cfg.genRuns, log });

  log(`bench 2/5: type-check of ${requests.length} requests (${cfg.tscWarmup} warm-up + ${cfg.tscRuns} rounds per compiler)`);
  const { dir, programs } = writeConsumerProject({ root, requests });
  let tc;
  let ed;
  let sc;
  let editorCpuSeconds = 0;
  try {
    // The consumers import what the current build generates, so the numbers belong to the code being benchmarked.
    const g = await runNode(join(root, "bin/modelgate.js"), ["generate", "--spec", spec, "--out", join(dir, "generated")], { cwd: root });
    if (g.code !== 0) throw new Error(`modelgate generate failed (exit ${g.code})\n${g.stdout}\n${g.stderr}`);
    // The consumers compile the output a user gets by default (with the spec's descriptions); generated/ is written
    // with --no-docs (no spec text in the repository), so the staleness check compares an output without them.
    const bare = await runNode(join(root, "bin/modelgate.js"), ["generate", "--spec", spec, "--no-docs", "--out", join(dir, "no-docs")], {
      cwd: root,
    });
    if (bare.code !== 0) throw new Error(`modelgate generate --no-docs failed (exit ${bare.code})\n${bare.stdout}\n${bare.stderr}`);
    cfg.staleFiles = differingFiles(join(dir, "no-docs"), join(root, "generated"));
    if (cfg.staleFiles.length) log(`bench: WARNING generated/ differs from the current build's output: ${cfg.staleFiles.join(", ")}`);
    cfg.whatIf = writeWhatIf(dir, requests);
    tc = await benchTypecheck({ root, dir, programs, compilers, warmup: cfg.tscWarmup, runs: cfg.tscRuns, log });
    log(`bench 3/5: the editor (tsserver ${compilers[0].version}) on the app files`);
    const editorCompiler = { tsserver: "node_modules/typescript5/lib/tsserver.js", version: compilers[0].version };
    const reapedBefore = reapedChildrenCpuSeconds();
    ed = await benchEditor({ root, dir, requests, compiler: editorCompiler, warmup: cfg.editorWarmup, runs: cfg.editorRuns, log });
    editorCpuSeconds = Math.max(0, reapedChildrenCpuSeconds() - reapedBefore); // tsserver runs outside proc.mjs
    log("bench 4/5: scale: a synthetic spec and overlay with ten times the model ids");
    sc = await benchScale({
      root,
      spec,
      overlay: join(root, "overlays/openai.yaml"),
      dir: join(dir, "scale"),
      requests,
      compilers,
      typecheck: benchTypecheck,
      genRuns: cfg.scaleGenRuns,
      tscRuns: cfg.scaleTscRuns,
      log,
    });
  } finally {
    if (keep) log(`bench: consumer project kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }

  log("bench 5/5: tree-shaking (esbuild-wasm) and validateRequest throughput against a hand-written check and zod");
  const { ts, rt, childCpuSeconds } = await benchRuntimeSuite({ root, log });

  // CPU time the machine spent on anything but this benchmark and its children, as a share of all cores' time.
  const wall = (performance.now() - started) / 1000;
  const own = childCpu() + childCpuSeconds + editorCpuSeconds + (process.cpuUsage(ownStart).user + process.cpuUsage(ownStart).system) / 1e6;
  cfg.foreignCpuShare = Math.max(0, (busyCpuSeconds() - busyStart - own) / (wall * cores));
  const extra = [appSection(tc, cfg, [floorNote(tc)]), editorSection(ed, cfg), scaleSection(sc, cfg)];
  const report = renderReport({ machine: machine(), gen, tc, ts, rt, cfg, extra });
  writeFileSync(join(root, "BENCHMARKS.md"), report);
  process.stdout.write(report);
  log(`bench: wrote BENCHMARKS.md in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

try {
  await main();
} catch (error) {
  log(error instanceof TypeCheckFailed ? `bench FAILED: ${error.message}` : `bench FAILED: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  cleanupProc();
}
