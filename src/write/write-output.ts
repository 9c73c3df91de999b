/**
 * Writes the generated files to the output folder, or (`check`) compares them with it.
 *
 * - Nothing is overwritten that modelgate did not generate: every target is checked before anything is written.
 * - The folder changes as a set (output-journal.ts): new files are staged, a plan is committed, then applied; an
 *   interrupted run is completed or cleaned up by the next one and reported by `check`. One run at a time
 *   (output-lock.ts): a second run on the same folder stops with MG_OUTPUT_LOCKED.
 * - Unchanged files are left alone (their mtime too); files of ours that the new output lacks are removed, looking
 *   only at `*.ts` and `*.js` files directly in the output folder and in the folders the new output writes to.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, posix } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { UserError } from "../diagnostics/diagnostic.js";
import type { OutputFile } from "../emit/header.js";
import { isGeneratedText } from "../emit/header.js";
import { compareStrings } from "../util/closest.js";
import { errnoCode, toUnwritableError } from "./atomic-file.js";
import { commitPlan, findLeftovers, oldTempFiles, recoverInterruptedRun } from "./output-journal.js";
import { acquireOutputLock } from "./output-lock.js";

export type { OutputFile };

export interface WriteOutputOptions {
  outDir: string;
  files: readonly OutputFile[];
  /** Compare only: write nothing and report what differs. */
  check: boolean;
}

export type StaleReason = "changed" | "missing" | "extra" | "interrupted";

export interface StaleFile {
  path: string;
  reason: StaleReason;
  /** For `interrupted`: what the file is ("files it staged and never applied", "its lock; the process is gone"). */
  detail?: string;
}

/** Paths relative to `outDir`, each list sorted. */
export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** With `check`: files that differ, are missing, or are ours but no longer generated. Empty otherwise. */
  stale: string[];
  /** `stale` with the reason for each file. */
  staleFiles: StaleFile[];
  /** What this run found of an interrupted earlier run and did about it first. */
  interrupted?: "completed" | "discarded";
}

type TargetState = "missing" | "unchanged" | "changed";

interface Target {
  path: string;
  absolute: string;
  data: Buffer;
  state: TargetState;
}

export function writeOutput({ outDir, files, check }: WriteOutputOptions): WriteResult {
  assertValidFiles(files);
  if (check) return compareOutput(outDir, files);
  ensureDirectory(outDir);
  const release = acquireOutputLock(outDir);
  try {
    const interrupted = recoverInterruptedRun(outDir);
    return { ...replaceOutput(outDir, files), ...(interrupted && { interrupted }) };
  } finally {
    release();
  }
}

/** `check`: what differs between the folder and the files, leftovers of an interrupted run included. Writes nothing. */
function compareOutput(outDir: string, files: readonly OutputFile[]): WriteResult {
  const targets = inspectTargets(outDir, files);
  const extras = findExtras(outDir, new Set(files.map((file) => file.path)));
  const pick = (state: TargetState) =>
    targets
      .filter((t) => t.state === state)
      .map((t) => t.path)
      .sort(compareStrings);
  const staleFiles = [
    ...pick("changed").map((path): StaleFile => ({ path, reason: "changed" })),
    ...pick("missing").map((path): StaleFile => ({ path, reason: "missing" })),
    ...extras.map((path): StaleFile => ({ path, reason: "extra" })),
    ...findLeftovers(outDir).map(({ path, what }): StaleFile => ({ path, reason: "interrupted", detail: what })),
    ...oldTemps(outDir, files).map(
      (path): StaleFile => ({ path, reason: "interrupted", detail: "a temporary file an older modelgate wrote and did not rename" }),
    ),
  ].sort((a, b) => compareStrings(a.path, b.path));
  return { written: [], unchanged: pick("unchanged"), removed: [], stale: staleFiles.map((s) => s.path), staleFiles };
}

/** Under the lock: stages what changed and switches the folder to it as a set (see output-journal.ts). */
function replaceOutput(outDir: string, files: readonly OutputFile[]): WriteResult {
  const targets = inspectTargets(outDir, files);
  const extras = findExtras(outDir, new Set(files.map((file) => file.path)));
  const toWrite = targets.filter((t) => t.state !== "unchanged");
  const paths = (state: TargetState) => targets.filter((t) => t.state === state).map((t) => t.path);
  try {
    for (const path of oldTemps(outDir, files)) rmSync(join(outDir, ...path.split("/")), { force: true });
    commitPlan(outDir, toWrite, extras);
  } catch (error) {
    throw toUnwritableError(error, outDir);
  }
  const written = [...paths("missing"), ...paths("changed")].sort(compareStrings);
  return { written, unchanged: paths("unchanged").sort(compareStrings), removed: extras, stale: [], staleFiles: [] };
}

/** Temp files of per-file writes by older versions, in the folders the output writes to. */
function oldTemps(outDir: string, files: readonly OutputFile[]): string[] {
  return outputFolders(new Set(files.map((f) => f.path))).flatMap((dir) =>
    oldTempFiles(join(outDir, ...dir.split("/"))).map((name) => (dir === "" ? name : `${dir}/${name}`)),
  );
}

/** MG_OUTPUT_STALE diagnostics for a `check` result, one per stale file. */
export function staleDiagnostics(outDir: string, result: WriteResult): Diagnostic[] {
  const why: Record<StaleReason, string> = {
    changed: "differs from what the inputs produce",
    missing: "is missing",
    extra: "was generated by modelgate but the inputs no longer produce it",
    interrupted: "is left over from an interrupted modelgate run",
  };
  const fix = "run `modelgate generate` to complete or clean it up";
  return result.staleFiles.map(({ path, reason, detail }) => ({
    code: "MG_OUTPUT_STALE",
    severity: "error",
    message:
      reason === "interrupted"
        ? `${displayPath(outDir, path)} ${why[reason]} (${detail ? `${detail}; ` : ""}${fix})`
        : `${displayPath(outDir, path)} ${why[reason]}`,
  }));
}

function displayPath(outDir: string, path: string): string {
  return posix.join(outDir.replaceAll("\\", "/"), path);
}

/** Paths come from the emitter, so a bad one is a bug, not a user error. */
function assertValidFiles(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const { path, contents } of files) {
    const segments = path.split("/");
    const unsafe = path.includes("\\") || /^[A-Za-z]:/.test(path) || segments.some((s) => s === "" || s === "." || s === "..");
    if (unsafe) throw new Error(`bug: output path "${path}" is not a relative POSIX path inside the output folder`);
    if (seen.has(path)) throw new Error(`bug: output path "${path}" is generated twice`);
    if (!isGeneratedText(contents)) throw new Error(`bug: output file "${path}" does not start with the generated header`);
    seen.add(path);
  }
}

/** The target's state, or why it must not be touched. */
function inspectTarget(outDir: string, file: OutputFile): Target | Diagnostic {
  const absolute = join(outDir, ...file.path.split("/"));
  const data = Buffer.from(file.contents, "utf8");
  const base = { path: file.path, absolute, data };
  try {
    const stat = lstatSync(absolute, { throwIfNoEntry: false });
    if (stat === undefined) return { ...base, state: "missing" };
    if (!stat.isFile()) return foreignFile(outDir, file.path, "exists and is not a regular file");
    const existing = readFileSync(absolute);
    if (!isGeneratedText(existing.toString("utf8"))) {
      return foreignFile(outDir, file.path, "exists and was not generated by modelgate (no `// @generated by modelgate` first line)");
    }
    return { ...base, state: existing.equals(data) ? "unchanged" : "changed" };
  } catch (error) {
    throw toUnwritableError(error, displayPath(outDir, file.path));
  }
}

function foreignFile(outDir: string, path: string, why: string): Diagnostic {
  const message = `refusing to overwrite ${displayPath(outDir, path)}: it ${why}; nothing was written`;
  return { code: "MG_OUTPUT_FOREIGN_FILE", severity: "error", message };
}

/** Every target's state; throws one MG_OUTPUT_FOREIGN_FILE error listing all files that are not ours. */
function inspectTargets(outDir: string, files: readonly OutputFile[]): Target[] {
  const inspected = files.map((file) => inspectTarget(outDir, file));
  const foreign = inspected.filter((item): item is Diagnostic => "code" in item);
  if (foreign.length > 0) throw new UserError(foreign);
  return inspected.filter((item): item is Target => !("code" in item));
}

/** Our `*.ts` and `*.js` files in the folders the output writes to that the new output does not contain. */
function findExtras(outDir: string, wanted: ReadonlySet<string>): string[] {
  const extras: string[] = [];
  for (const dir of outputFolders(wanted)) {
    for (const name of listSourceFiles(join(outDir, ...dir.split("/")), displayPath(outDir, dir))) {
      const path = dir === "" ? name : `${dir}/${name}`;
      if (wanted.has(path)) continue;
      const absolute = join(outDir, ...path.split("/"));
      if (isGeneratedText(readFileSync(absolute, "utf8"))) extras.push(path);
    }
  }
  return extras.sort(compareStrings);
}

/** The output folder itself ("") and every folder (with its parents) that a generated file lives in. */
function outputFolders(paths: ReadonlySet<string>): string[] {
  const folders = new Set<string>([""]);
  for (const path of paths) {
    for (let dir = posix.dirname(path); dir !== "."; dir = posix.dirname(dir)) folders.add(dir);
  }
  return [...folders].sort(compareStrings);
}

/** Names of regular `*.ts` / `*.js` files directly in `dir` (symlinks and hidden files skipped); none when `dir` is absent. */
function listSourceFiles(dir: string, display: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.[jt]s$/.test(entry.name) && !entry.name.startsWith("."))
      .map((entry) => entry.name);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return [];
    throw toUnwritableError(error, display);
  }
}

function ensureDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw toUnwritableError(error, dir);
  }
}
