import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { type GenerateResult, generate, type InputFile, type OutputFile } from "../../src/index.js";
import { repoRoot } from "../support/compilers.js";
import { committedDir, defaultOverlayPath, filesToTree, readInputFile, readTree, specsDir } from "./e2e-support.js";

// The checks run on a small fixture spec with its overlay (cheap, every variant) and on the newest real spec with the
// default overlay (one generation shared by the checks, plus one run per variant that must match it).

const newestSpecPath = join(specsDir, "2026-08-21.yaml");
const fixtureSpecPath = join(repoRoot, "test", "fixtures", "specs", "small-chat.yaml");
const fixtureOverlayPath = join(repoRoot, "test", "fixtures", "overlays", "minimal-chat.yaml");

/**
 * Each output file's path and text, in emitted order. Equal strings encode to equal bytes, so comparing the text is
 * as strict as comparing the bytes, and much faster: vitest compares a Buffer element by element (seconds for the
 * real spec's 1.8 MB, where generating it takes half a second).
 */
const asText = (files: readonly OutputFile[]): { path: string; text: string }[] =>
  files.map((file) => ({ path: file.path, text: file.contents }));

/** Fresh copies of the bytes, so nothing a run cached on the inputs can be reused. */
const copyOf = (input: InputFile, file = input.file): InputFile => ({ file, bytes: Uint8Array.from(input.bytes) });

const realSpec = readInputFile(newestSpecPath);
const realOverlay = readInputFile(defaultOverlayPath);
let realFirst: GenerateResult | undefined;
/** The newest spec generated once with the default overlay, shared by the checks that compare against it. */
const realRun = (): GenerateResult => {
  realFirst ??= generate({ spec: realSpec, overlay: realOverlay });
  return realFirst;
};

const inputs = {
  real: { spec: realSpec, overlay: realOverlay, first: realRun },
  fixture: { spec: readInputFile(fixtureSpecPath), overlay: readInputFile(fixtureOverlayPath), first: undefined },
};

describe.each(["fixture", "real"] as const)("e2e > determinism (%s spec)", (which) => {
  const { spec, overlay } = inputs[which];
  const first = (): GenerateResult => inputs[which].first?.() ?? generate({ spec, overlay });

  test("generating twice from the same spec and overlay bytes gives byte-identical files in the same order", () => {
    const files = first().files;
    const second = generate({ spec: copyOf(spec), overlay: copyOf(overlay) });
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(["brand.gen.ts", "chat-completions.gen.ts", "index.ts"]));
    expect(asText(second.files)).toStrictEqual(asText(files));
  });

  test("the same bytes given under other folders (absolute, bare, Windows-style) give byte-identical files", () => {
    // The real spec runs the most different name only (Windows separators and drive); the fixture runs them all.
    const base = spec.file.split("/").at(-1) ?? spec.file;
    const names = which === "real" ? [`C:\\specs\\${base}`] : [base, `C:\\specs\\${base}`];
    const expected = asText(first().files);
    for (const name of names) expect(asText(generate({ spec: copyOf(spec, name), overlay }).files), name).toStrictEqual(expected);
  });
});

describe("e2e > determinism > header", () => {
  test("a different overlay changes only the overlay line of the header in files that do not depend on it", () => {
    const { spec, overlay } = inputs.fixture;
    const edited = { file: overlay.file, bytes: Buffer.concat([overlay.bytes, Buffer.from("\n# a comment changes the hash\n")]) };
    const brand = (files: readonly OutputFile[]): string[] => (files.find((f) => f.path === "brand.gen.ts")?.contents ?? "").split("\n");
    const before = brand(generate({ spec, overlay }).files);
    const after = brand(generate({ spec, overlay: edited }).files);
    expect(before.length).toBeGreaterThan(3);
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
