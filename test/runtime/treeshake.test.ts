// The generated output tree-shakes: a consumer that imports one builder does not get the capability table in its
// bundle, and the runtime needs no Node built-in (it bundles for the browser). A correctness property, so asserted
// here; the bundle sizes are only measured, in bench/treeshake.mjs.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild-wasm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Strings that only the capability table's data holds (a source key, part of a message); the types are erased. */
const TABLE_MARKERS = ["AZ-R", "does not support logprobs"];

const BUILDER_ONLY =
  'import { o3Request } from "./generated/index.ts";\nexport const request = o3Request({ messages: [{ role: "user", content: "hi" }] });\n';
const CHAT_VALIDATOR =
  'import { validateChatCompletionRequest } from "./generated/index.ts";\nexport const result = validateChatCompletionRequest({ model: "o3", messages: [] });\n';
const VALIDATOR =
  'import { validateRequest } from "./generated/index.ts";\nexport const result = validateRequest("chat.completions", { model: "o3", messages: [] });\n';

async function bundle(contents: string, platform: "neutral" | "browser"): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: root, sourcefile: "entry.ts", loader: "ts" },
    bundle: true,
    format: "esm",
    platform,
    minify: true,
    treeShaking: true,
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild wrote no output");
  return output.text;
}

const bundles = new Map<string, string>();

beforeAll(async () => {
  await esbuild.initialize({});
  const builds: [string, string, "neutral" | "browser"][] = [
    ["builder", BUILDER_ONLY, "neutral"],
    ["validator", VALIDATOR, "neutral"],
    ["validator (browser)", VALIDATOR, "browser"],
    ["chat validator", CHAT_VALIDATOR, "browser"],
  ];
  for (const [key, contents, platform] of builds) bundles.set(key, await bundle(contents, platform));
}, 60_000);

afterAll(() => esbuild.stop());

describe("tree-shaking (esbuild, esm, minified)", () => {
  test("a bundle importing only o3Request holds no part of the capability table", () => {
    const text = bundles.get("builder") ?? "";
    expect(text).toContain('"o3"');
    expect(text).toMatch(/model:/);
    for (const marker of TABLE_MARKERS) expect(text).not.toContain(marker);
  });

  test("a bundle importing validateChatCompletionRequest holds the chat table and no other endpoint's", () => {
    const text = bundles.get("chat validator") ?? "";
    expect(text).toContain("CreateChatCompletionRequest");
    for (const other of ["CreateResponse", "CreateImageRequest", "CreateEmbeddingRequest", "CreateSpeechRequest"])
      expect(text).not.toContain(other);
    expect(bundles.get("validator") ?? "").toContain("CreateResponse");
  });

  test("a bundle importing validateRequest holds the table (so the check above can see it)", () => {
    const text = bundles.get("validator") ?? "";
    for (const marker of TABLE_MARKERS) expect(text).toContain(marker);
  });

  test("the runtime bundles for the browser, where Node built-ins do not resolve, and imports nothing", () => {
    const text = bundles.get("validator (browser)") ?? "";
    expect(text).toContain(TABLE_MARKERS[0]);
    expect(text).not.toMatch(/\bimport\s*[{*"']|\brequire\(/);
  });

  test("the browser check has teeth: an entry importing node:fs fails to bundle", async () => {
    await expect(bundle('import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n', "browser")).rejects.toThrow(
      /Could not resolve "node:fs"/,
    );
  });
});
