import { readFileSync } from "node:fs";
import { join } from "node:path";
import { diff } from "../../src/index.js";
import type { InputFile } from "../../src/input/read-input.js";
import { repoRoot } from "../support/compilers.js";

export const fixturesDir = join(repoRoot, "test", "diff", "fixtures");
export const specsDir = join(repoRoot, "..", "shared", "openai-openapi");

/** `test/diff/fixtures/<name>`, as a path (for the CLI) and as an input named by its base name (for the library). */
export const fixturePath = (name: string): string => join(fixturesDir, name);
export const fixtureInput = (name: string): InputFile => ({ file: name, bytes: readFileSync(fixturePath(name)) });

/** A shared snapshot by date, e.g. "2024-09-13" → ../shared/openai-openapi/2024-09-13.yaml. */
export const snapshotPath = (date: string): string => join(specsDir, `${date}.yaml`);
export const snapshotInput = (date: string): InputFile => ({ file: `${date}.yaml`, bytes: readFileSync(snapshotPath(date)) });

/** The diff of the two hand-written fixture specs under the fixture overlay. */
export function fixtureDiff() {
  return diff({ old: fixtureInput("diff-old.yaml"), new: fixtureInput("diff-new.yaml"), overlay: fixtureInput("diff-overlay.yaml") });
}
