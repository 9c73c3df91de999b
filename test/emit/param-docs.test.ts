import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { docCommentText } from "../../src/emit/doc-comment.js";
import { generate } from "../../src/index.js";
import { writeOutput } from "../../src/write/write-output.js";

/**
 * `--docs`: the spec's parameter descriptions become doc comments. The fixture is small-chat.yaml with descriptions
 * written for this test (never the spec's own text), including the characters a comment must not carry as they are.
 */
const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const descriptions = {
  temperature: "How adventurous sampling is.\r\nHigher is wilder.",
  logprobs: "Ask for token probabilities. A stray */ must not close the comment.",
  reasoning_effort: "How hard the model thinks\u2028before answering\u2029(three levels).",
  top_logprobs: "How many alternatives per token.",
};

function describedSpec(): { file: string; bytes: Uint8Array } {
  const spec = load(readFileSync(join(fixtures, "specs", "small-chat.yaml"), "utf8")) as {
    components: { schemas: { CreateChatCompletionRequest: { properties: Record<string, Record<string, unknown>> } } };
  };
  const properties = spec.components.schemas.CreateChatCompletionRequest.properties;
  for (const [name, text] of Object.entries(descriptions)) properties[name] = { ...properties[name], description: text };
  return { file: "described-chat.json", bytes: Buffer.from(JSON.stringify(spec)) };
}

/** alpha as the spec types it but for one rejected parameter; beta with temperature narrowed (its own property type). */
const overlayText = `overlay: 1
sources:
  T: { title: "test source", url: "https://example.org/test" }
families:
  plain:
    chat.completions:
      params:
        logprobs: { reject: true, reason: "no token probabilities here", source: T }
  narrow:
    chat.completions:
      params:
        temperature: { values: [1], reason: "only the default temperature", source: T }
        top_logprobs: { requires: { logprobs: [true] }, reason: "needs token probabilities", source: T }
models:
  alpha: { extends: plain }
  alpha-2025-01-01: { extends: plain }
  beta: { extends: narrow }
  gamma: { extends: narrow }
  delta: { extends: narrow }
`;
const overlay = { file: "described-chat-overlay.yaml", bytes: Buffer.from(overlayText) };
const typesOf = (docs: boolean): string =>
  generate({ spec: describedSpec(), overlay, docs }).files.find((f) => f.path === "chat-completions.types.gen.d.ts")?.contents ?? "";

describe("docs > doc comment text", () => {
  test("every line terminator becomes a newline, */ is escaped, outer blank lines go", () => {
    expect(docCommentText("\n a\r\nb\rc\u2028d\u2029e */ f  \n\n")).toBe(" a\nb\nc\nd\ne *\\/ f");
  });
});

describe("docs > the spec's parameter descriptions in the output", () => {
  test("--docs (the default) > each described parameter carries its description, escaped, on its own lines", () => {
    const types = typesOf(true);
    expect(types).toContain("   * How adventurous sampling is.\n   * Higher is wilder.\n   */\n  temperature?: number | null;");
    expect(types).toContain("/** Ask for token probabilities. A stray *\\/ must not close the comment. */\n  logprobs?: boolean;");
    expect(types).toContain("   * How hard the model thinks\n   * before answering\n   * (three levels).\n   */");
    expect(types).not.toMatch(/[\u2028\u2029\r]/);
  });

  test("a union member (one case of a dependent parameter) leaves the description to the base it extends", () => {
    const types = typesOf(true);
    const member = /export interface NarrowChatCompletionsRequestIfLogprobsTrue extends[^{]*\{([^}]*)\}/.exec(types)?.[1] ?? "";
    expect(member).toContain("top_logprobs?: number;");
    expect(member).not.toContain("How many alternatives");
    const refused = /export interface NarrowChatCompletionsRequestUnlessLogprobsTrue extends[^{]*\{([^}]*)\}/.exec(types)?.[1] ?? "";
    expect(refused).toContain("/** @deprecated narrow accepts top_logprobs only when logprobs is true: needs token probabilities */");
    expect(refused).not.toContain("How many alternatives");
    // The base (and the If/Unless variants the builders intersect) still carry it.
    expect(types.split("How many alternatives per token.").length - 1).toBeGreaterThanOrEqual(3);
  });

  test("--no-docs > no description appears anywhere in the output", () => {
    const files = generate({ spec: describedSpec(), overlay, docs: false }).files;
    for (const file of files) for (const text of ["adventurous", "stray", "thinks"]) expect(file.contents, file.path).not.toContain(text);
  });
});

describe("docs > an editor's hover (TypeScript LanguageService)", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "modelgate-docs-"));
    writeOutput({ outDir: join(dir, "gen"), files: generate({ spec: describedSpec(), overlay }).files, check: false });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const hover = (source: string, at: string): string => {
    const file = join(dir, "main.ts");
    writeFileSync(file, source);
    const options: ts.CompilerOptions = {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    };
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => [file],
      getScriptVersion: () => "1",
      getScriptSnapshot: (name) => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name) ?? "") : undefined),
      getCurrentDirectory: () => dir,
      getCompilationSettings: () => options,
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
    };
    const info = ts.createLanguageService(host).getQuickInfoAtPosition(file, source.indexOf(at) + 1);
    return ts.displayPartsToString(info?.documentation ?? []);
  };

  test.each([
    ["the generic builder", 'chatCompletionRequest({ model: "alpha", messages: [], temperature: 1 });'],
    ["the generic builder, a narrowed parameter", 'chatCompletionRequest({ model: "beta", messages: [], temperature: 1 });'],
    ["a per-model builder", "alphaRequest({ messages: [], temperature: 1 });"],
    ["a per-model builder, a narrowed parameter", "betaRequest({ messages: [], temperature: 1 });"],
    ["an annotation with the union", 'const r: CreateChatCompletionRequest = { model: "alpha", messages: [], temperature: 1 };'],
  ])("%s > hovering a parameter shows its description", (_, call) => {
    const imports = "alphaRequest, betaRequest, chatCompletionRequest, type CreateChatCompletionRequest";
    const source = `import { ${imports} } from "./gen/index.js";\n${call}\n`;
    expect(hover(source, "temperature")).toBe("How adventurous sampling is.\nHigher is wilder.");
  });

  // A dependent parameter is declared once per case (accepted when logprobs is true, refused otherwise). A per-model
  // builder picks the case with a conditional type, so its argument's type is one intersection and hover shows the
  // description; the generic builder and the annotation relate the request to a union whose members declare it
  // differently, and TypeScript's hover then shows the literal's own property, with no description. README says so.
  test("a per-model builder > hovering a dependent parameter shows its description", () => {
    const source = 'import { betaRequest } from "./gen/index.js";\nbetaRequest({ messages: [], logprobs: true, top_logprobs: 2 });\n';
    expect(hover(source, "top_logprobs")).toBe("How many alternatives per token.");
  });

  test.each([
    ["the generic builder", 'chatCompletionRequest({ model: "beta", messages: [], logprobs: true, top_logprobs: 2 });'],
    [
      "an annotation with the union",
      'const r: CreateChatCompletionRequest = { model: "beta", messages: [], logprobs: true, top_logprobs: 2 };',
    ],
  ])("%s > a dependent parameter (declared once per case) > TypeScript shows no description (its limit)", (_, call) => {
    const source = `import { chatCompletionRequest, type CreateChatCompletionRequest } from "./gen/index.js";\n${call}\n`;
    expect(hover(source, "top_logprobs")).toBe("");
  });

  // TypeScript's hover in an object literal typed with a union whose members declare the property differently shows
  // the literal's own property, not the member that `model` selects; README says to use a builder for the docs.
  test("an annotation with the union, a parameter some model narrows > TypeScript shows no description (its limit)", () => {
    const source = `import type { CreateChatCompletionRequest } from "./gen/index.js";
const r: CreateChatCompletionRequest = { model: "beta", messages: [], temperature: 1 };
`;
    expect(hover(source, "temperature")).toBe("");
  });
});
