import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { classifyApiError, readApiError } from "../../src/learn/api-error.js";
import { repoRoot } from "../support/compilers.js";

/** The research notes that recorded these error texts from real API answers (issue threads, client fixtures). */
const research = ["capabilities.md", "user-needs.md"]
  .map((name) => readFileSync(join(repoRoot, "..", "shared", "research", name), "utf8"))
  .join("\n");

/** Real texts, each quoted in ../shared/research, and what they say. */
const recorded: [string, ReturnType<typeof classifyApiError> extends infer C ? Partial<C> : never][] = [
  [
    "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    { kind: "refused", params: ["max_tokens"], rename: "max_completion_tokens" },
  ],
  ["Unsupported parameter: 'temperature' is not supported with this model.", { kind: "refused", params: ["temperature"] }],
  ["Unknown parameter: 'max_output_tokens'", { kind: "refused", params: ["max_output_tokens"] }],
  [
    "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
    { kind: "value", params: ["temperature"], value: "0.2", allowed: ["1"] },
  ],
  [
    "Unsupported value: 'stream' does not support true with this model. Supported values are: false.",
    { kind: "value", params: ["stream"], value: "true", allowed: ["false"] },
  ],
  [
    "Model incompatible request arguments supplied: frequency_penalty, presence_penalty, temperature, top_p",
    { kind: "refused", params: ["frequency_penalty", "presence_penalty", "temperature", "top_p"] },
  ],
  ["Invalid type for 'max_tokens': expected an unsupported value, but got null instead.", { kind: "null", params: ["max_tokens"] }],
  ["Unsupported value: 'messages[0].role' does not support 'system' with this model.", { kind: "role", role: "system" }],
  [
    "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
    { kind: "requires", params: ["stream_options"], when: "stream" },
  ],
  ["The 'metadata' parameter is only allowed when 'store' is enabled.", { kind: "requires", params: ["metadata"], when: "store" }],
  ["The requested model 'gpt-4o-search-preview' is not supported with the Responses API.", { kind: "unserved", params: ["model"] }],
  ["tools is not supported in this model", { kind: "refused", params: ["tools"] }],
  ["The requested model 'gpt-4o-search-preview' is not supported with the Responses API", { kind: "unserved", params: ["model"] }],
  ["This model is only supported in v1/responses and not in v1/chat/completions.", { kind: "unserved", params: ["model"] }],
  ["You are not allowed to request logprobs from this model", { kind: "refused", params: ["logprobs"] }],
  ["Web search options not supported with this model", { kind: "refused", params: ["web_search_options"] }],
  ["This model does not support specifying dimensions.", { kind: "refused", params: ["dimensions"] }],
  ["The model 'gpt-image-2' does not support the 'input_fidelity' parameter.", { kind: "refused", params: ["input_fidelity"] }],
  ["Transparent background is not supported for this model.", { kind: "unrecognised", params: [] }],
  [
    "Function tools with reasoning_effort are not supported for gpt-5.4 in /v1/chat/completions. Please use /v1/responses instead.",
    { kind: "requires", params: ["tools"], when: "reasoning_effort", whenValues: ["none"] },
  ],
];

describe("learn > classifyApiError", () => {
  test.each(recorded)("%s", (message, expected) => {
    // The text really is one the research recorded (Unknown parameter is quoted without its final period there).
    expect(research).toContain(message);
    const error = readApiError({ error: { message: message.endsWith("'") ? `${message}.` : message, type: "invalid_request_error" } });
    expect(error).toBeDefined();
    expect(classifyApiError(error ?? { message })).toMatchObject(expected);
  });

  test("Azure's wording (Unrecognized request argument supplied) names the parameter", () => {
    expect(research).toContain("Unrecognized request argument supplied: X");
    expect(classifyApiError({ message: "Unrecognized request argument supplied: reasoning_effort" })).toMatchObject({
      kind: "refused",
      params: ["reasoning_effort"],
    });
  });

  test("the audio previews' 400 (it names param model) is a requirement with two alternatives, from its text", () => {
    const message = "This model requires that either input content or output modality contain audio.";
    // Recorded in the overlay's source for the rule (a 400 quoted in an issue thread), not in ../shared/research.
    expect(readFileSync(join(repoRoot, "overlays", "openai.yaml"), "utf8")).toContain(message);
    expect(classifyApiError({ message, param: "model", code: "invalid_value" })).toStrictEqual({
      kind: "required",
      params: ["modalities", "messages[].content[].type"],
      anyOf: { modalities: ["audio"], "messages[].content[].type": ["input_audio"] },
      pattern: "requires audio in input content or output modality",
    });
  });

  test("an unknown text falls back to code + param, and says unrecognised without them", () => {
    expect(classifyApiError({ message: "Something new.", code: "unsupported_parameter", param: "seed" })).toMatchObject({
      kind: "refused",
      params: ["seed"],
      pattern: "code unsupported_parameter",
    });
    expect(classifyApiError({ message: "Something new." })).toMatchObject({ kind: "unrecognised", params: [] });
  });

  test("readApiError takes the body or its error object, and nothing without a message", () => {
    const inner = { message: "m", type: "t", param: "p", code: "c" };
    expect(readApiError({ error: inner })).toStrictEqual(inner);
    expect(readApiError(inner)).toStrictEqual(inner);
    expect(readApiError({ error: { type: "x" } })).toBeUndefined();
    expect(readApiError(null)).toBeUndefined();
    expect(readApiError("text")).toBeUndefined();
  });
});
