import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { generate, type InputFile } from "../../src/index.js";
import { compileFixtures } from "../support/compile-fixtures.js";
import { repoRoot } from "../support/compilers.js";
import { tempDir } from "../support/temp-dir.js";

// The output of the newest spec with the built-in overlay, the user layer test/types/layered/layer.yaml (an alias in
// `aliases:` and a model the spec does not list, with `added:`) and a config-style `aliases` option (an Azure
// deployment), compiled with test/types/layered/{pass,fail}/*.ts under TypeScript 5.9, 6.0 and 7.0.
const fixtures = join(repoRoot, "test", "types", "layered");
const read = (path: string, file = path): InputFile => ({ file, bytes: readFileSync(path) });

function writeLayeredOutput(dir: string): void {
  const { files } = generate({
    spec: read(join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml"), "openapi.yaml"),
    overlays: [read(join(fixtures, "layer.yaml"), "layer.yaml")],
    aliases: { "azure-4o": "gpt-4o" },
  });
  for (const file of files) {
    const path = join(dir, "generated", file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
}

describe("types > aliases and added models (a user layer and the aliases option)", () => {
  test("pass fixtures compile and fail fixtures fail exactly where marked, under every compiler", async () => {
    const dir = tempDir("modelgate-layered-types-");
    writeLayeredOutput(dir);
    const copy = (folder: string, name: string): string => {
      copyFileSync(join(fixtures, folder, name), join(dir, `${folder}-${name}`));
      return `${folder}-${name}`;
    };
    const files = [
      copy("pass", "layered-accepted.ts"),
      copy("pass", "retired-rules-accepted.ts"),
      copy("fail", "layered-rejected.ts"),
      copy("fail", "retired-rules-rejected.ts"),
    ];
    const failures = await compileFixtures({ dir, files, compilerOptions: { lib: ["ES2022", "DOM"] } });
    expect(Object.fromEntries(failures)).toStrictEqual({ ts5: [], ts6: [], ts7: [] });
  }, 180_000);
});
