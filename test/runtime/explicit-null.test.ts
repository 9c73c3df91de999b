import { describe, expect, test } from "vitest";
import { AdaptError, adaptRequest, type Problem, validateRequest } from "../../generated/index.js";
import { deepFreeze, problem, user } from "./runtime-support.js";

// The explicit-null policy (docs/overlay.md, "Explicit null"): null is accepted where the spec marks a parameter
// nullable and no rule refuses it; a parameter the spec does not mark nullable refuses null for every model, known or
// not; a model's rule speaks first (a refused key is refused as null too; `values: [null]` takes null alone).
const validate = (endpoint: Parameters<typeof validateRequest>[0], request: unknown) => validateRequest(endpoint, deepFreeze(request));
const fails = (...problems: Problem[]) => ({ ok: false, problems });
const specNull = (schema: string, param: string): string =>
  `${schema} does not accept null for ${param}: the spec does not mark it nullable; leave the key out instead`;
const CHAT = "CreateChatCompletionRequest";
const GPT4O_EFFORT =
  "gpt-4o accepts reasoning_effort only as null: not a reasoning model, so there is no reasoning effort to set; every value is refused, even 'none'";
const GPT4O_EFFORT_SOURCES = ["OPERIT-1048", "MELLEA-270", "SUBLIME-146", "SPEC@2025-04-29"];

describe("validateRequest > explicit null > parameters the spec does not mark nullable", () => {
  test("parallel_tool_calls: null on gpt-4o is a problem naming the parameter, with the spec as its source", () => {
    expect(validate("chat.completions", { model: "gpt-4o", messages: [user], parallel_tool_calls: null })).toStrictEqual(
      fails(problem("parallel_tool_calls", specNull(CHAT, "parallel_tool_calls"), "gpt-4o", ["SPEC"])),
    );
  });

  test("an unknown id and a fine-tune are checked for null too (the unknown one stays unchecked)", () => {
    expect(validate("chat.completions", { model: "my-model", messages: [user], tools: null })).toStrictEqual({
      ...fails(problem("tools", specNull(CHAT, "tools"), "my-model", ["SPEC"])),
      unchecked: true,
    });
    const fineTune = "ft:gpt-4o-mini-2024-07-18:acme::x1";
    expect(validate("chat.completions", { model: fineTune, messages: [user], tool_choice: null })).toStrictEqual(
      fails(problem("tool_choice", specNull(CHAT, "tool_choice"), fineTune, ["SPEC"])),
    );
  });

  test("a nested parameter is named by its path (audio.voice)", () => {
    const request = {
      model: "gpt-4o-audio-preview",
      messages: [user],
      modalities: ["text", "audio"],
      audio: { voice: null, format: "mp3" },
    };
    expect(validate("chat.completions", request)).toStrictEqual(
      fails(problem("audio.voice", specNull(CHAT, "audio.voice"), "gpt-4o-audio-preview", ["SPEC"])),
    );
  });

  test("a request that leaves model out is checked too: with the spec's default model (moderations) and without one (responses)", () => {
    expect(validate("moderations", { input: null })).toStrictEqual(
      fails(problem("input", specNull("CreateModerationRequest", "input"), "omni-moderation-latest", ["SPEC"])),
    );
    expect(validate("responses", { input: null })).toStrictEqual(
      fails({ param: "input", message: specNull("CreateResponse", "input"), sources: ["SPEC"] }),
    );
  });

  test("a key a rule refuses is reported once, by the rule (o1-mini tools: null)", () => {
    const result = validate("chat.completions", { model: "o1-mini", messages: [user], tools: null });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toStrictEqual([
      "o1-mini / o1-preview does not support tools: no tool calling",
    ]);
  });
});

describe("validateRequest > explicit null > accepted and refused by rules", () => {
  test("null on a nullable parameter is accepted (temperature, max_tokens, seed on gpt-4o; max_completion_tokens on o3)", () => {
    expect(
      validate("chat.completions", { model: "gpt-4o", messages: [user], temperature: null, max_tokens: null, seed: null }),
    ).toStrictEqual({ ok: true });
    expect(validate("chat.completions", { model: "o3", messages: [user], max_completion_tokens: null })).toStrictEqual({ ok: true });
  });

  test("gpt-4o takes reasoning_effort as null only: null is accepted, low and none are refused", () => {
    expect(validate("chat.completions", { model: "gpt-4o", messages: [user], reasoning_effort: null })).toStrictEqual({ ok: true });
    for (const effort of ["low", "none"]) {
      expect(validate("chat.completions", { model: "gpt-4o", messages: [user], reasoning_effort: effort })).toStrictEqual(
        fails(problem("reasoning_effort", GPT4O_EFFORT, "gpt-4o", GPT4O_EFFORT_SOURCES)),
      );
    }
  });

  test("max_tokens: null stays refused on reasoning models (o3)", () => {
    const result = validate("chat.completions", { model: "o3", messages: [user], max_tokens: null });
    expect(result.ok ? [] : result.problems.map((p) => [p.param, p.message.slice(0, 40)])).toStrictEqual([
      ["max_tokens", "o3 / o4-mini does not support max_tokens"],
    ]);
  });
});

describe("adaptRequest > explicit null", () => {
  test("drops a null the spec does not allow, and says so", () => {
    const request = deepFreeze({ model: "gpt-4o", messages: [user], tool_choice: null, temperature: null });
    expect(adaptRequest("chat.completions", request)).toStrictEqual({
      request: { model: "gpt-4o", messages: [user], temperature: null },
      changes: [{ param: "tool_choice", action: "dropped", message: specNull(CHAT, "tool_choice"), sources: ["SPEC"] }],
    });
  });

  test("drops a nested null from a copy of its parent", () => {
    const request = deepFreeze({ model: "gpt-4o", messages: [user], stream: true, stream_options: { include_usage: null } });
    expect(adaptRequest("chat.completions", request).request).toStrictEqual({
      model: "gpt-4o",
      messages: [user],
      stream: true,
      stream_options: {},
    });
  });

  test("a required parameter given as null cannot be dropped: an AdaptError", () => {
    expect(() => adaptRequest("chat.completions", deepFreeze({ model: "gpt-4o", messages: null }))).toThrow(AdaptError);
  });
});
