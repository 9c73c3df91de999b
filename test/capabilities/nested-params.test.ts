import { describe, expect, test } from "vitest";
import { resolveCapabilities } from "../../src/capabilities/resolve-capabilities.js";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { emitOutput } from "../../src/emit/emit-output.js";
import { readTemplate } from "../../src/input/assets.js";
import { validateOverlay } from "../../src/overlay/validate-overlay.js";
import { findParam } from "../../src/spec/nested-params.js";
import { briefs, parseOverlayText } from "../overlay/overlay-fixtures.js";
import { indexFixtureSpec } from "../support/spec-fixtures.js";
import { endpointData } from "./capability-fixtures.js";

// Rules on a property of an object parameter (`reasoning.effort`), through every stage: the spec index, overlay
// validation, resolution and emission. reasoning-chat.yaml has `reasoning: Reasoning | null` with `effort` and `summary`.
const index = indexFixtureSpec("reasoning-chat.yaml").index;

function validated(text: string) {
  const { overlay, diagnostics } = parseOverlayText(text);
  if (!overlay || diagnostics.hasErrors()) throw new Error(briefs(diagnostics).join("; "));
  const checked = new Diagnostics();
  return { overlay: validateOverlay({ overlay, index, diagnostics: checked }), diagnostics: checked };
}

function resolved(text: string) {
  const { overlay, diagnostics } = validated(text);
  if (diagnostics.hasErrors()) throw new Error(briefs(diagnostics).join("; "));
  return { model: resolveCapabilities({ index, overlay, diagnostics: new Diagnostics() }) };
}
const overlayWith = (rules: string) => `overlay: 1
sources:
  SPEC: { title: s, url: "https://example.org/s" }
families:
  fam:
    chat.completions:
      params:
${rules}
models:
  alpha: { extends: fam }
`;

describe("nested parameters > spec index", () => {
  test("the properties of a nullable object parameter are parameters named parent.child, with their enums", () => {
    const chat = index.endpoints.find((e) => e.key === "chat.completions");
    if (!chat) throw new Error("no chat endpoint");
    const effort = findParam(chat, "reasoning.effort");
    expect([effort?.name, effort?.enumValues, findParam(chat, "reasoning.summary")?.enumValues]).toStrictEqual([
      "reasoning.effort",
      ["none", "low", "high"],
      undefined,
    ]);
    expect(findParam(chat, "reasoning.nope")).toBeUndefined();
    expect(findParam(chat, "temperature.x")).toBeUndefined();
  });
});

describe("nested parameters > overlay validation", () => {
  const validate = (rules: string) => briefs(validated(overlayWith(rules)).diagnostics);

  test("an unknown child and a value outside the child's enum are errors at their lines", () => {
    expect(
      validate(`        reasoning.efort: { reject: true, reason: r, source: SPEC }
        reasoning.effort: { values: [medium], reason: r, source: SPEC }`),
    ).toStrictEqual([
      '8:9 error MG_OVERLAY_UNKNOWN_PARAM: parameter "reasoning.efort" is not in CreateChatCompletionRequest (chat.completions)',
      '9:9 error MG_OVERLAY_UNKNOWN_VALUE: value "medium" is not allowed for "reasoning.effort" by the spec ("none", "low", "high")',
    ]);
  });

  test("a nested parameter cannot take requires, rename or required, but may control another parameter's requires", () => {
    expect(
      validate(`        reasoning.summary: { requires: { logprobs: [true] }, reason: r, source: SPEC }
        reasoning.effort: { reject: true, rename: max_tokens, reason: r, source: SPEC }
        temperature: { requires: { reasoning.effort: [none] }, reason: r, source: SPEC }`),
    ).toStrictEqual([
      '8:9 error MG_OVERLAY_NESTED_RULE: "reasoning.summary" is a nested parameter and cannot take `requires`',
      '9:9 error MG_OVERLAY_NESTED_RULE: "reasoning.effort" is a nested parameter and cannot take `rename`',
    ]);
    expect(validate("        reasoning.summary: { required: true, reason: r, source: SPEC }")).toStrictEqual([
      '8:9 error MG_OVERLAY_NESTED_RULE: "reasoning.summary" is a nested parameter and cannot take `required`',
    ]);
  });
});

describe("moved keys > overlay validation", () => {
  const validate = (rules: string) => briefs(validated(overlayWith(rules)).diagnostics);

  test("a key the endpoint lacks may be moved to a parameter or nested parameter it has", () => {
    expect(validate(`        reasoning_effort_top: { moved: reasoning.effort, reason: r, source: SPEC }`)).toStrictEqual([]);
  });

  test("moving a key the endpoint has, or to a target it lacks, is an error at the rule", () => {
    expect(
      validate(`        temperature: { moved: reasoning.effort, reason: r, source: SPEC }
        effort: { moved: reasoning.efort, reason: r, source: SPEC }`),
    ).toStrictEqual([
      '8:9 error MG_OVERLAY_MOVED_PARAM: "temperature" is a parameter of CreateChatCompletionRequest (chat.completions); `moved` is for keys it lacks',
      '9:9 error MG_OVERLAY_UNKNOWN_PARAM: parameter "reasoning.efort" is not in CreateChatCompletionRequest (chat.completions)',
    ]);
  });

  test("`moved` stands alone", () => {
    const { diagnostics } = parseOverlayText(
      overlayWith(`        effort: { moved: reasoning.effort, reject: true, reason: r, source: SPEC }`),
    );
    expect(briefs(diagnostics)).toStrictEqual(['8:17 error MG_OVERLAY_SHAPE: rule for "effort": `moved` stands alone']);
  });
});

describe("nested parameters > resolution and emission", () => {
  test("a nested rule under a parent the model rejects as a whole is left out", () => {
    const { model } = resolved(
      overlayWith(`        reasoning: { reject: true, reason: "no reasoning", source: SPEC }
        reasoning.effort: { values: [low], reason: r, source: SPEC }
        reasoning.summary: { reject: true, reason: r, source: SPEC }`),
    );
    expect(Object.keys(endpointData(model, "chat.completions").profiles[0]?.params ?? {})).toStrictEqual(["reasoning"]);
  });

  test("the parent's type becomes a named interface replacing the ruled children; a nested controller gets If/Unless", () => {
    const { model } = resolved(
      overlayWith(`        reasoning.effort: { values: [none, low], default: none, reason: "two levels", source: SPEC }
        reasoning.summary: { reject: true, reason: "no summaries", source: SPEC }
        temperature: { requires: { reasoning.effort: [none] }, reason: "sampling only without reasoning", source: SPEC }`),
    );
    const templates = { brand: readTemplate("brand"), runtime: readTemplate("runtime") };
    const files = emitOutput({ model, diagnostics: new Diagnostics(), templates, generatorVersion: "0.0.0" });
    const chat = files.find((f) => f.path === "chat-completions.types.gen.d.ts")?.contents ?? "";
    const block = (name: string) => chat.slice(chat.indexOf(`export interface ${name}`)).split("\n}\n")[0];
    expect(block("FamChatCompletionsReasoning")).toBe(
      [
        'export interface FamChatCompletionsReasoning extends Omit<Reasoning, "summary"> {',
        "  /** @deprecated fam does not support reasoning.summary: no summaries */",
        '  summary?: (string) & Unsupported<"fam does not support reasoning.summary: no summaries">;',
      ].join("\n"),
    );
    expect(chat).toContain("reasoning?: FamChatCompletionsReasoning | null;");
    expect(block("FamChatCompletionsReasoningEffortIfNone")).toBe(
      'export interface FamChatCompletionsReasoningEffortIfNone {\n  effort?: "none";',
    );
    expect(block("FamChatCompletionsReasoningEffortUnlessNone")).toBe(
      'export interface FamChatCompletionsReasoningEffortUnlessNone {\n  effort?: "none" | "low";',
    );
    expect(chat).toContain(
      "export type FamChatCompletionsParams = FamChatCompletionsParamsCore & (FamChatCompletionsIfReasoningEffortNone | FamChatCompletionsUnlessReasoningEffortNone);",
    );
  });
});
