import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compileFixtures } from "../support/compile-fixtures.js";
import { compilers, repoRoot } from "../support/compilers.js";

// Compiles test/types/{pass,fail}/*.ts against the committed generated/ output under TypeScript 5.9, 6.0 and 7.0.
// Pass files must compile with no diagnostic; each `// @expect-error TSnnnn "fragment"…` line in a fail file must
// produce exactly one diagnostic with that code and text, and nothing else may fail.
const typesDir = join(repoRoot, "test", "types");
const list = (folder: string): string[] =>
  readdirSync(join(typesDir, folder))
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => join(typesDir, folder, f));

describe("types > generated request types (chat, images, audio, embeddings, completions)", () => {
  test("pass fixtures compile with no diagnostic under every compiler", async () => {
    const failures = await compileFixtures({ dir: typesDir, files: list("pass") });
    for (const compiler of compilers) expect(failures.get(compiler.name), compiler.name).toStrictEqual([]);
  });

  test("fail fixtures fail exactly where marked, naming model, parameter and reason, under every compiler", async () => {
    const failures = await compileFixtures({ dir: typesDir, files: list("fail") });
    for (const compiler of compilers) expect(failures.get(compiler.name), compiler.name).toStrictEqual([]);
  });
});
