/**
 * Small file-system helpers shared by `writeOutput()` and the spec cache: temp file + fsync + rename, and the mapping
 * from permission-like errors to a user error. Only `src/write/` and `src/cli/` may touch the disk.
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Code } from "../diagnostics/codes.js";
import { UserError } from "../diagnostics/diagnostic.js";

/** Error codes that mean "the user's folder cannot take this write", not a bug of ours. */
const unwritableCodes = new Set(["EACCES", "EPERM", "EROFS", "ENOTDIR", "EISDIR", "EEXIST", "ENOSPC", "EDQUOT", "ENAMETOOLONG", "EBUSY"]);

export function errnoCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** A user error with one diagnostic. */
export function userError(code: Code, message: string, help?: string): UserError {
  return new UserError([{ code, severity: "error", message, ...(help && { help }) }]);
}

/**
 * Turns a permission-like fs error into MG_OUTPUT_UNWRITABLE naming `path`; anything else (a bug, or already a
 * UserError) is returned unchanged for the caller to rethrow.
 */
export function toUnwritableError(error: unknown, path: string): unknown {
  const code = errnoCode(error);
  if (code === undefined || !unwritableCodes.has(code)) return error;
  return userError("MG_OUTPUT_UNWRITABLE", `cannot write ${path} (${code})`);
}

/** `.<name>.<pid>.<random>.tmp` beside the target, so the final rename never crosses a file system. */
function tempPathFor(target: string): string {
  const random = randomBytes(6).toString("hex");
  return join(dirname(target), `.${basename(target)}.${process.pid}.${random}.tmp`);
}

/** Writes `data` to a fresh temp file beside `target` and fsyncs it; returns the temp path. Leaves nothing on failure. */
export function writeTempFile(target: string, data: Uint8Array): string {
  const temp = tempPathFor(target);
  const fd = openSync(temp, "wx");
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
  closeSync(fd);
  return temp;
}

/** One file, atomically: readers see the old contents or the new ones, never half a file. */
export function writeFileAtomic(target: string, data: Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = writeTempFile(target, data);
  try {
    renameSync(temp, target);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
  syncDirectory(dirname(target));
}

/** Removes a file we created; a file already gone is fine. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // best effort: the caller is already reporting the error that got us here
  }
}

/** Makes renames in `dir` durable. Not every platform can open a directory (Windows cannot), so this is best effort. */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
