/**
 * Changes the output folder as a set. The new and changed files are first written to `<out>/.modelgate-staging/`;
 * then `plan.json` (the files to move in and the files to remove) is renamed into place there: the commit point.
 * Only then are the staged files renamed over their targets and the removed files deleted, and the staging folder
 * goes. A run killed before the commit point leaves the old set (and staged files the next run deletes); a run killed
 * after it leaves a plan that the next run completes before doing anything else. `--check` reports either leftover.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { errnoCode, syncDirectory, toUnwritableError, writeFileAtomic, writeTempFile } from "./atomic-file.js";
import { deadLockFiles, lockFileName, lockHolder } from "./output-lock.js";

const stagingName = ".modelgate-staging";
const planName = "plan.json";

export interface Plan {
  /** Paths (relative, `/`) whose new contents are staged. */
  write: string[];
  /** Paths of our files the new output no longer has. */
  remove: string[];
}

export interface StagedFile {
  path: string;
  data: Uint8Array;
}

/** What the next run found of an interrupted one: a committed plan it completed, or staged files it deleted. */
export type Recovery = "completed" | "discarded" | undefined;

const absolute = (outDir: string, path: string): string => join(outDir, ...path.split("/"));

/** Stages the files, commits the plan and applies it. Before the commit point a failure removes the staging folder. */
export function commitPlan(outDir: string, files: readonly StagedFile[], remove: readonly string[]): void {
  if (files.length === 0 && remove.length === 0) return;
  const staging = join(outDir, stagingName);
  try {
    rmSync(staging, { recursive: true, force: true });
    for (const file of files) {
      const target = absolute(staging, file.path);
      named(absolute(outDir, file.path), () => {
        mkdirSync(dirname(target), { recursive: true });
        renameSync(writeTempFile(target, file.data), target);
      });
    }
    for (const folder of new Set(files.map((f) => dirname(absolute(staging, f.path))))) syncDirectory(folder);
    const plan: Plan = { write: files.map((f) => f.path), remove: [...remove] };
    writeFileAtomic(join(staging, planName), Buffer.from(`${JSON.stringify(plan)}\n`, "utf8"));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  applyPlan(outDir);
}

/** Completes a committed plan or deletes an uncommitted staging folder; the caller holds the lock. */
export function recoverInterruptedRun(outDir: string): Recovery {
  const staging = join(outDir, stagingName);
  if (!existsSync(staging)) return undefined;
  if (readPlan(outDir) !== undefined) {
    applyPlan(outDir);
    return "completed";
  }
  rmSync(staging, { recursive: true, force: true });
  return "discarded";
}

/** Leftovers of an interrupted run, for `--check`: a committed plan, staged files, or a lock whose writer is gone. */
export function findLeftovers(outDir: string): { path: string; what: string }[] {
  const leftovers: { path: string; what: string }[] = [];
  if (existsSync(join(outDir, stagingName))) {
    const what = readPlan(outDir) === undefined ? "files it staged and never applied" : "changes it committed and half applied";
    leftovers.push({ path: stagingName, what });
  }
  const lock = join(outDir, lockFileName);
  if (existsSync(lock) && lockHolder(lock) === "stale") leftovers.push({ path: lockFileName, what: "its lock; the process is gone" });
  for (const name of deadLockFiles(outDir)) leftovers.push({ path: name, what: "its lock file; the process is gone" });
  return leftovers;
}

/** Renames every staged file still there over its target, deletes the removed files, then the staging folder. */
function applyPlan(outDir: string): void {
  const staging = join(outDir, stagingName);
  const plan = readPlan(outDir);
  if (plan === undefined) throw new Error(`bug: no committed plan in ${staging}`);
  for (const path of plan.write) {
    const staged = absolute(staging, path);
    if (!existsSync(staged)) continue;
    named(absolute(outDir, path), () => {
      mkdirSync(dirname(absolute(outDir, path)), { recursive: true });
      renameSync(staged, absolute(outDir, path));
    });
  }
  for (const path of plan.remove) rmSync(absolute(outDir, path), { force: true });
  for (const folder of new Set(plan.write.map((p) => dirname(absolute(outDir, p))))) syncDirectory(folder);
  rmSync(staging, { recursive: true, force: true });
  syncDirectory(outDir);
}

/** Runs `step`; a permission-like failure becomes MG_OUTPUT_UNWRITABLE naming `path`. */
function named(path: string, step: () => void): void {
  try {
    step();
  } catch (error) {
    throw toUnwritableError(error, path);
  }
}

function readPlan(outDir: string): Plan | undefined {
  try {
    const plan = JSON.parse(readFileSync(join(outDir, stagingName, planName), "utf8")) as Plan;
    const paths = Array.isArray(plan.write) && Array.isArray(plan.remove) ? [...plan.write, ...plan.remove] : [undefined];
    // A plan is ours only when every path stays inside the output folder; anything else is not applied.
    return paths.every(isInsidePath) ? plan : undefined;
  } catch (error) {
    if (errnoCode(error) === "ENOENT" || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function isInsidePath(path: unknown): boolean {
  if (typeof path !== "string") return false;
  const segments = path.split("/");
  return !path.includes("\\") && !/^[A-Za-z]:/.test(path) && segments.every((s) => s !== "" && s !== "." && s !== "..");
}

/** Hidden `.<name>.<pid>.<random>.tmp` files that per-file writes of older modelgate versions could leave. */
export function oldTempFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/.test(name));
  } catch {
    return [];
  }
}
