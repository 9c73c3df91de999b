/**
 * One writer per output folder: `<out>/.modelgate.lock`, created exclusively and holding the writer's pid. A second
 * run finds it and stops with MG_OUTPUT_LOCKED (exit 2); a lock whose pid is no longer running (the run was killed)
 * is taken over. Only `src/write/` touches the disk.
 */
import { closeSync, linkSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { errnoCode, removeQuietly, toUnwritableError, userError } from "./atomic-file.js";

export const lockFileName = ".modelgate.lock";

/** A lock without a pid (its writer died between creating and filling it) counts as stale after this long. */
const emptyLockGraceMs = 10_000;

/** Takes the output folder's lock (the folder must exist); returns the function that releases it. */
export function acquireOutputLock(outDir: string): () => void {
  const path = join(outDir, lockFileName);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createLock(path)) {
      for (const name of deadLockFiles(outDir)) removeQuietly(join(outDir, name));
      return () => removeQuietly(path);
    }
    const holder = lockHolder(path);
    if (holder === "gone") continue;
    if (holder !== "stale") throw lockedError(outDir, path, holder);
    takeOver(path);
  }
  throw lockedError(outDir, path, "unknown");
}

/** The live pid in the lock, "stale" when its writer is gone, "gone" when the lock disappeared meanwhile. */
export function lockHolder(path: string): number | "unknown" | "stale" | "gone" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return "gone";
    throw error;
  }
  const pid = Number.parseInt(text, 10);
  if (Number.isSafeInteger(pid) && pid > 0) return isRunning(pid) ? pid : "stale";
  const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return age > emptyLockGraceMs ? "stale" : "unknown";
}

/**
 * Creates the lock with its pid in one step: the pid is written under a name of our own, which is then hard-linked to
 * the lock's name (link fails if the lock exists). So no run killed at any point leaves a lock without a pid, which
 * would block the next runs for `emptyLockGraceMs`. Where the file system has no hard links, the lock is created empty
 * and filled (the old way).
 */
function createLock(path: string): boolean {
  const own = `${path}.${process.pid}`;
  try {
    writeFileSync(own, `${process.pid}\n`);
  } catch (error) {
    throw toUnwritableError(error, own);
  }
  try {
    linkSync(own, path);
    return true;
  } catch (error) {
    const code = errnoCode(error);
    if (code === "EEXIST") return false;
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS") return createLockInPlace(path);
    throw toUnwritableError(error, path);
  } finally {
    removeQuietly(own);
  }
}

function createLockInPlace(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if (errnoCode(error) === "EEXIST") return false;
    throw toUnwritableError(error, path);
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * What a run killed while taking or taking over the lock leaves: `.modelgate.lock.<pid>` (its pid file before the
 * link) or `.modelgate.lock.stale.<pid>` (a stale lock moved aside), from a process that no longer runs.
 */
export function deadLockFiles(outDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return [];
  }
  const pattern = new RegExp(`^${lockFileName.replace(/\./g, "\\.")}\\.(?:stale\\.)?(\\d+)$`);
  return names
    .filter((name) => {
      const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
      return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid);
    })
    .sort();
}

/** Moves the stale lock away under a name of our own, so that of two runs taking it over only one succeeds. */
function takeOver(path: string): void {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw toUnwritableError(error, path);
  }
  removeQuietly(aside);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === "EPERM";
  }
}

function lockedError(outDir: string, path: string, holder: number | "unknown") {
  const who = holder === "unknown" ? "another modelgate run" : `another modelgate run (pid ${holder})`;
  return userError(
    "MG_OUTPUT_LOCKED",
    `${outDir} is being written by ${who}; nothing was written`,
    `wait for that run to finish and run again; if no modelgate is running, delete ${path}`,
  );
}
