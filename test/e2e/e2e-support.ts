import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { InputFile } from "../../src/input/read-input.js";
import { compareStrings } from "../../src/util/closest.js";
import { repoRoot } from "../support/compilers.js";

/** OpenAI's published specs, in ../shared beside the repository (as in CI). */
export const specsDir = join(repoRoot, "..", "shared", "openai-openapi");
export const specFiles = readdirSync(specsDir)
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .sort();

export const defaultOverlayPath = join(repoRoot, "overlays", "openai.yaml");
export const committedDir = join(repoRoot, "generated");

/** An input file read by the test, named as the user would name it. */
export function readInputFile(path: string, file = path): InputFile {
  return { file, bytes: readFileSync(path) };
}

/** A temp folder the caller removes with `removeDir` (for folders shared by a whole test file). */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `modelgate-${prefix}-`));
}

export function removeDir(dir: string | undefined): void {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir` as `{ relative path: contents }`, keys sorted. */
export function readTree(dir: string): Record<string, string> {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll("\\", "/"))
    .sort(compareStrings);
  return Object.fromEntries(paths.map((path) => [path, readFileSync(join(dir, path), "utf8")]));
}

/** Output files as `{ path: contents }`, keys sorted, to compare with `readTree`. */
export function filesToTree(files: readonly { path: string; contents: string }[]): Record<string, string> {
  const sorted = [...files].sort((a, b) => compareStrings(a.path, b.path));
  return Object.fromEntries(sorted.map((file) => [file.path, file.contents]));
}
