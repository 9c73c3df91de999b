import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild-wasm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type OutputFile, staleDiagnostics, writeOutput } from "../../src/write/write-output.js";
import { repoRoot } from "../support/compilers.js";
import { runCli } from "../support/run-cli.js";
import { listAll, ours, tempDir, userErrorOf } from "./write-support.js";

// The output folder changes as a whole or not at all: generate is killed (SIGKILL) at random points of its write,
// and two runs write one folder at once. writeOutput runs in child processes, bundled from src/ by esbuild.

/** A set of generated files: `count` files named `<prefix>NNN.gen.ts`, each body marking the set it belongs to. */
function fileSet(set: string, names: string[]): OutputFile[] {
  const body = `export const set = "${set}";\n${"// padding\n".repeat(50)}`;
  return names.map((name) => ({ path: name, contents: ours(`${body}export const file = "${name}";`) }));
}
const names = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from }, (_, i) => `${prefix}${String(from + i).padStart(3, "0")}.gen.ts`);

// Old: f000–f014 and g000–g004. New: f005–f019 (f005–f014 changed, f015–f019 added), g000–g004 gone.
const oldSet = fileSet("old", [...names("f", 0, 15), ...names("g", 0, 5)]);
const newSet = fileSet("new", names("f", 5, 20));

let childScript = "";
let scriptDir = "";

afterAll(() => rmSync(scriptDir, { recursive: true, force: true }));

beforeAll(async () => {
  const entry = `import { readFileSync } from "node:fs";
import { writeOutput } from "./src/write/write-output.ts";
const { outDir, files } = JSON.parse(readFileSync(process.argv[2], "utf8"));
process.stdout.write("ready\\n");
try {
  writeOutput({ outDir, files, check: false });
  process.stdout.write("done\\n");
} catch (error) {
  process.stderr.write(String(error.message));
  process.exitCode = error.name === "UserError" ? 2 : 3;
}`;
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: repoRoot, sourcefile: "child.ts", loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  scriptDir = mkdtempSync(join(tmpdir(), "modelgate-write-child-"));
  childScript = join(scriptDir, "write-child.mjs");
  writeFileSync(childScript, result.outputFiles[0]?.text ?? "");
});

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  exit: Promise<{ code: number | null; err: string }>;
}

function startWrite(outDir: string, files: OutputFile[]): Child {
  const job = join(tempDir(), "job.json");
  writeFileSync(job, JSON.stringify({ outDir, files }));
  const child = spawn(process.execPath, [childScript, job], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stderr?.on("data", (chunk) => {
    err += String(chunk);
  });
  const ready = new Promise<void>((resolve) => child.stdout?.on("data", (chunk) => String(chunk).includes("ready") && resolve()));
  const exit = new Promise<{ code: number | null; err: string }>((resolve) => child.on("exit", (code) => resolve({ code, err })));
  return { process: child, ready, exit };
}

/** The generated files in the folder (hidden ones aside) as `{ path: contents }`. */
function visibleSet(outDir: string): Record<string, string> {
  const visible = readdirSync(outDir).filter((name) => !name.startsWith("."));
  return Object.fromEntries(visible.sort().map((name) => [name, readFileSync(join(outDir, name), "utf8")]));
}
const asRecord = (files: OutputFile[]): Record<string, string> => Object.fromEntries(files.map((f) => [f.path, f.contents]));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("write > the output folder changes as a set", () => {
  test("killed at 30 random points of a write, the folder is the old set or the new one, or --check reports the interrupted run and the next run completes it", async () => {
    const outDir = join(tempDir(), "out");
    // How long an uninterrupted write takes, ready to exit: the window the kills are spread over.
    writeOutput({ outDir, files: oldSet, check: false });
    const timed = startWrite(outDir, newSet);
    await timed.ready;
    const start = performance.now();
    expect((await timed.exit).code).toBe(0);
    const window = Math.max(5, performance.now() - start);
    const next = random(16);
    const seen = { old: 0, new: 0, interrupted: 0 };
    for (let i = 0; i < 30; i++) {
      writeOutput({ outDir, files: oldSet, check: false });
      const child = startWrite(outDir, newSet);
      await child.ready;
      await sleep(next() * window * 1.2);
      child.process.kill("SIGKILL");
      await child.exit;
      const on = visibleSet(outDir);
      const check = writeOutput({ outDir, files: newSet, check: true });
      const interrupted = check.staleFiles.some((s) => s.reason === "interrupted");
      if (JSON.stringify(on) === JSON.stringify(asRecord(oldSet))) seen.old++;
      else if (JSON.stringify(on) === JSON.stringify(asRecord(newSet))) seen.new++;
      else {
        // Mixed files only while a committed plan is pending: --check says so, the next run completes it.
        expect(existsSync(join(outDir, ".modelgate-staging", "plan.json")), `kill ${i}`).toBe(true);
        expect(interrupted, `kill ${i}`).toBe(true);
        seen.interrupted++;
      }
      const leftovers = listAll(outDir).filter((path) => path.startsWith("."));
      if (leftovers.length > 0) expect(interrupted, `kill ${i}: ${leftovers.join(", ")}`).toBe(true);
      // The next run repairs: completes or discards what the killed one left, then writes its own set.
      const repaired = writeOutput({ outDir, files: newSet, check: false });
      if (seen.interrupted > 0 && repaired.interrupted !== undefined) expect(["completed", "discarded"]).toContain(repaired.interrupted);
      expect(visibleSet(outDir)).toStrictEqual(asRecord(newSet));
      expect(listAll(outDir)).toStrictEqual(newSet.map((f) => f.path));
      expect(writeOutput({ outDir, files: newSet, check: true }).stale).toStrictEqual([]);
    }
    expect(seen.old + seen.new + seen.interrupted).toBe(30);
  });

  test("two runs writing different sets to one folder at once: one set wins whole, a run that finds the lock exits 2 with MG_OUTPUT_LOCKED", async () => {
    for (let i = 0; i < 6; i++) {
      const outDir = join(tempDir(), "out");
      const [a, b] = [startWrite(outDir, oldSet), startWrite(outDir, newSet)];
      const [ra, rb] = await Promise.all([a.exit, b.exit]);
      for (const r of [ra, rb]) {
        expect([0, 2], r.err).toContain(r.code);
        if (r.code === 2)
          expect(r.err).toMatch(/MG_OUTPUT_LOCKED: .* is being written by another modelgate run \(pid \d+\); nothing was written/);
      }
      const on = JSON.stringify(visibleSet(outDir));
      expect([JSON.stringify(asRecord(oldSet)), JSON.stringify(asRecord(newSet))]).toContain(on);
      expect(listAll(outDir).filter((path) => path.startsWith("."))).toStrictEqual([]);
    }
  });

  test("a lock held by a running process stops a run: MG_OUTPUT_LOCKED naming the pid, exit 2, nothing written", async () => {
    const outDir = tempDir();
    writeFileSync(join(outDir, ".modelgate.lock"), `${process.pid}\n`);
    const error = await userErrorOf(() => writeOutput({ outDir, files: newSet, check: false }));
    expect(error.codes).toStrictEqual(["MG_OUTPUT_LOCKED"]);
    expect(error.message).toContain(`pid ${process.pid}`);
    expect(listAll(outDir)).toStrictEqual([".modelgate.lock"]);
    const run = await runCli(["generate", "--spec", join(repoRoot, "test", "fixtures", "specs", "small-chat.yaml"), "--out", outDir]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("error MG_OUTPUT_LOCKED");
  });

  test("a lock left by a process that no longer runs is taken over, and --check reports it until then", async () => {
    const outDir = tempDir();
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.on("exit", resolve));
    writeFileSync(join(outDir, ".modelgate.lock"), `${dead.pid}\n`);
    const check = writeOutput({ outDir, files: newSet, check: true });
    expect(check.staleFiles).toContainEqual({ path: ".modelgate.lock", reason: "interrupted", detail: "its lock; the process is gone" });
    // --check says what the leftover is and what to do.
    expect(staleDiagnostics(outDir, check).map((d) => d.message)).toContainEqual(
      `${outDir}/.modelgate.lock is left over from an interrupted modelgate run (its lock; the process is gone; run \`modelgate generate\` to complete or clean it up)`,
    );
    writeOutput({ outDir, files: newSet, check: false });
    expect(listAll(outDir)).toStrictEqual(newSet.map((f) => f.path));
  });

  // The lock is created whole (its pid written under `.modelgate.lock.<pid>`, then linked into place), so a run killed
  // while taking it leaves at most that file, never a lock without a pid that would block the next runs.
  test("the pid file of a run killed while taking the lock (or moving a stale one aside) is reported and removed", async () => {
    const outDir = tempDir();
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.on("exit", resolve));
    const left = [`.modelgate.lock.${dead.pid}`, `.modelgate.lock.stale.${dead.pid}`];
    writeOutput({ outDir, files: newSet, check: false });
    for (const name of left) writeFileSync(join(outDir, name), `${dead.pid}\n`);
    const stale = writeOutput({ outDir, files: newSet, check: true }).staleFiles;
    for (const name of left)
      expect(stale).toContainEqual({ path: name, reason: "interrupted", detail: "its lock file; the process is gone" });
    writeOutput({ outDir, files: newSet, check: false });
    expect(listAll(outDir)).toStrictEqual(newSet.map((f) => f.path));
  });

  test("temp files an older per-file write left are reported by --check and removed by the next run", () => {
    const outDir = tempDir();
    writeOutput({ outDir, files: newSet, check: false });
    const temp = ".f040.gen.ts.12345.0123456789ab.tmp";
    writeFileSync(join(outDir, temp), "half");
    expect(writeOutput({ outDir, files: newSet, check: true }).staleFiles).toStrictEqual([
      { path: temp, reason: "interrupted", detail: "a temporary file an older modelgate wrote and did not rename" },
    ]);
    writeOutput({ outDir, files: newSet, check: false });
    expect(listAll(outDir)).toStrictEqual(newSet.map((f) => f.path));
  });
});
