import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generate, type OutputFile } from "../../src/index.js";
import { committedDir, defaultOverlayPath, filesToTree, readInputFile, readTree, specsDir } from "./e2e-support.js";

const newestSpecPath = join(specsDir, "2026-08-21.yaml");

/** Each output file's path and bytes, in emitted order. */
const asBytes = (files: readonly OutputFile[]): { path: string; bytes: Buffer }[] =>
  files.map((file) => ({ path: file.path, bytes: Buffer.from(file.contents, "utf8") }));

describe("e2e > determinism", () => {
  test("generating twice from the same spec and overlay bytes gives byte-identical files in the same order", () => {
    const spec = readInputFile(newestSpecPath);
    const overlay = readInputFile(defaultOverlayPath);
    const first = generate({ spec, overlay });
    // Fresh copies of the bytes, so nothing the first run cached on the inputs can be reused.
    const second = generate({
      spec: { ...spec, bytes: Uint8Array.from(spec.bytes) },
      overlay: { ...overlay, bytes: Uint8Array.from(overlay.bytes) },
    });
    expect(first.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        "brand.gen.ts",
        "chat-completions.gen.ts",
        "chat-completions.types.gen.d.ts",
        "index.ts",
        "schemas.gen.d.ts",
      ]),
    );
    expect(asBytes(second.files)).toStrictEqual(asBytes(first.files));
  });

  test("the same bytes given under other folders (absolute, bare, Windows-style) give byte-identical files", () => {
    const overlay = readInputFile(defaultOverlayPath);
    const names = [newestSpecPath, "2026-08-21.yaml", "C:\\specs\\2026-08-21.yaml"];
    const [first, ...others] = names.map((name) => asBytes(generate({ spec: readInputFile(newestSpecPath, name), overlay }).files));
    for (const [index, files] of others.entries()) expect(files, names[index + 1]).toStrictEqual(first);
  });

  test("a different overlay changes only the overlay line of the header in files that do not depend on it", () => {
    const spec = readInputFile(newestSpecPath);
    const overlay = readInputFile(defaultOverlayPath);
    const edited = { file: "openai.yaml", bytes: Buffer.concat([overlay.bytes, Buffer.from("\n# a comment changes the hash\n")]) };
    const brand = (files: readonly OutputFile[]): string[] => (files.find((f) => f.path === "brand.gen.ts")?.contents ?? "").split("\n");
    const before = brand(generate({ spec, overlay }).files);
    const after = brand(generate({ spec, overlay: edited }).files);
    expect(after[2]).not.toBe(before[2]);
    expect(after.filter((_, i) => i !== 2)).toStrictEqual(before.filter((_, i) => i !== 2));
  });
});

describe("e2e > freshness of the committed generated/ folder", () => {
  test("equals what the current code generates from the newest shared spec with the default overlay and --no-docs", () => {
    // --no-docs: the repository carries none of the spec's prose (`npm run generate` passes it too).
    const { files } = generate({ spec: readInputFile(newestSpecPath), docs: false });
    const expected = filesToTree(files);
    const committed = readTree(committedDir);
    const stale = "generated/ is stale: run `npm run generate` and commit the result";
    expect(Object.keys(committed), stale).toStrictEqual(Object.keys(expected));
    for (const [path, contents] of Object.entries(expected)) expect(committed[path], `${stale} (generated/${path} differs)`).toBe(contents);
  });
});
