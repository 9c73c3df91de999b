import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { repoRoot } from "../support/compilers.js";
import { serviceFor as serviceForFile } from "../support/language-service.js";

/**
 * What an editor shows for the committed generated/ output, asked of TypeScript's LanguageService (the engine behind
 * VS Code's TypeScript support): model-id completions in the generic builders, and the `@deprecated` tag (struck
 * through in completion lists, the reason on hover) of a parameter the model refuses. The source is held in memory at
 * a path inside test/types, so `../../generated/index.js` resolves to the committed output.
 */
const file = join(repoRoot, "test", "types", "editor-virtual.ts");
const o3Reason = "o3 / o4-mini does not support logprobs: reasoning models return no token log probabilities";

const serviceFor = (source: string): ts.LanguageService => serviceForFile(file, source);

/** The source with `|` removed, and the position `|` marked. */
function cursorIn(marked: string): { source: string; position: number } {
  return { source: marked.replace("|", ""), position: marked.indexOf("|") };
}

function completionsAt(marked: string): ts.CompletionEntry[] {
  const { source, position } = cursorIn(marked);
  return serviceFor(source).getCompletionsAtPosition(file, position, {})?.entries ?? [];
}

function hoverAt(marked: string): { modifiers: string; deprecated: string | undefined } {
  const { source, position } = cursorIn(marked);
  const info = serviceFor(source).getQuickInfoAtPosition(file, position);
  const tag = info?.tags?.find((t) => t.name === "deprecated");
  return { modifiers: info?.kindModifiers ?? "", deprecated: tag && ts.displayPartsToString(tag.text) };
}

const modifiersOf = (entries: ts.CompletionEntry[], name: string): string[] =>
  entries.filter((e) => e.name === name).map((e) => e.kindModifiers ?? "");
const builders = 'import { chatCompletionRequest, embeddingRequest, o3Request, type CreateChatCompletionRequest } from "../../generated/index.js";\n';

describe("editor > model ids in the generic builders", () => {
  test("inside `model: \"` of chatCompletionRequest the completions are the known chat ids", () => {
    const names = completionsAt(`${builders}chatCompletionRequest({ model: "|" });`).map((e) => e.name);
    expect(names).toContain("o3");
    expect(names).toContain("gpt-4o-mini");
    expect(names).toContain("gpt-5.6-sol");
    // Served ids only: the retired ones (gpt-5-chat-latest, …) are not offered.
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(names).not.toContain("gpt-5-chat-latest");
    expect(names).not.toContain("o1");
    expect(names.every((n) => !n.startsWith("ft:") && n !== "string")).toBe(true);
  });

  test("another endpoint's builder offers its own ids (embedding models, no chat model)", () => {
    const names = completionsAt(`${builders}embeddingRequest({ model: "|", input: "a" });`).map((e) => e.name);
    expect(names).toContain("text-embedding-3-small");
    expect(names).not.toContain("o3");
  });

  test("any other id (an unknown id, a fine-tune) still compiles, and a known id stays a literal", () => {
    const source = `${builders}export const a = chatCompletionRequest({ model: "my-new-model", messages: [] });
export const b = chatCompletionRequest({ model: "ft:gpt-4o-mini-2024-07-18:acme::abc123", messages: [] });
export const c: "o3" = chatCompletionRequest({ model: "o3", messages: [] }).model;
`;
    expect(serviceFor(source).getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toStrictEqual([]);
  });
});

describe("editor > a refused parameter is @deprecated, with the model's reason", () => {
  test("through the generic builder: struck through in the completion list, the reason on hover", () => {
    expect(modifiersOf(completionsAt(`${builders}chatCompletionRequest({ model: "o3", messages: [], | });`), "logprobs")).toStrictEqual([
      "deprecated,declare,optional",
    ]);
    expect(hoverAt(`${builders}chatCompletionRequest({ model: "o3", messages: [], l|ogprobs: true });`)).toStrictEqual({
      modifiers: "deprecated,declare,optional",
      deprecated: o3Reason,
    });
  });

  test("through a per-model builder: the same", () => {
    expect(modifiersOf(completionsAt(`${builders}o3Request({ messages: [], | });`), "logprobs")).toStrictEqual(["deprecated,declare,optional"]);
    expect(hoverAt(`${builders}o3Request({ messages: [], l|ogprobs: true });`).deprecated).toBe(o3Reason);
  });

  test("a parameter the model accepts is not deprecated", () => {
    expect(modifiersOf(completionsAt(`${builders}chatCompletionRequest({ model: "gpt-4o", messages: [], | });`), "logprobs")).toStrictEqual([
      "declare,optional",
    ]);
  });

  // TypeScript's limit, pinned so README stays true: in an object literal annotated with the union, completions and
  // hover keep only the members whose `model` could match, judged by literal types alone. The union's catch-all members
  // (`UnknownModel` and `ft:${string}`, which keep unknown ids and fine-tunes usable) have no literal `model`, so they
  // always stay in, and their `logprobs` is not deprecated. The compile error still names o3 and the reason.
  test("in a union annotation > neither struck through nor explained on hover (TypeScript's limit); the compile error explains", () => {
    const annotated = 'const r: CreateChatCompletionRequest = { model: "o3", messages: [], | };';
    expect(modifiersOf(completionsAt(`${builders}${annotated}`), "logprobs")).toStrictEqual(["declare,optional"]);
    const hover = hoverAt(`${builders}const r: CreateChatCompletionRequest = { model: "o3", messages: [], l|ogprobs: true };`);
    expect(hover.deprecated).toBeUndefined();
    const { source } = cursorIn(`${builders}export const r: CreateChatCompletionRequest = { model: "o3", messages: [], logprobs: true };|`);
    const errors = serviceFor(source)
      .getSemanticDiagnostics(file)
      .map((d) => `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(errors.join("\n")).toContain(o3Reason);
  });
});
