import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { generate } from "../../src/index.js";
import { repoRoot } from "../support/compilers.js";
import { tempDir as makeTempDir } from "../support/temp-dir.js";

/** The newest shared spec and the default overlay, as absolute paths (so the header test can look for them). */
export const newestSpec = join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml");
export const defaultOverlay = join(repoRoot, "overlays", "openai.yaml");
export const cliFixture = (name: string): string => join(repoRoot, "test", "cli", "fixtures", name);

/** Files `generate` always writes for the newest spec (it may write more), sorted. */
export const coreNames = ["brand.gen.ts", "chat-completions.gen.ts", "chat-completions.types.gen.d.ts", "index.ts", "schemas.gen.d.ts"];

/** What the library generates from the newest spec and the default overlay, as `{ path: contents }`. */
export function libraryOutput(): Record<string, string> {
  const { files } = generate({ spec: { file: newestSpec, bytes: readFileSync(newestSpec) } });
  return Object.fromEntries(files.map((file) => [file.path, file.contents]));
}

export { type CliRun, runCli } from "../support/run-cli.js";

/** A fresh temp folder, removed after the test. */
export const tempDir = (): string => makeTempDir("modelgate-cli-");

export function sha256Of(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** Every file under `dir` (hidden temp files included), relative with `/`, sorted; none when `dir` is absent. */
export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll("\\", "/"))
      .sort();
  } catch {
    return [];
  }
}

/** Every file under `dir` as `{ relative path: contents }`. */
export function readFiles(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, readFileSync(join(dir, path), "utf8")]));
}

/** Each file's bytes (as text) and mtime, to show that a run wrote nothing. */
export function snapshotFiles(dir: string): Record<string, { text: string; mtimeMs: number }> {
  const entries = listFiles(dir).map((path) => {
    const absolute = join(dir, path);
    return [path, { text: readFileSync(absolute, "utf8"), mtimeMs: statSync(absolute).mtimeMs }] as const;
  });
  return Object.fromEntries(entries);
}

/** A stack trace line, as printed for a bug. */
export const stackTraceLine = /^\s+at .+[:(]/m;
