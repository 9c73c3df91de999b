import { describe, expect, test } from "vitest";
import { adaptRequest, validateRequest } from "../../generated/index.js";
import { deepFreeze, snapshot } from "./runtime-support.js";

// The Responses endpoint: rules on nested parameters (`reasoning.effort`, `text.verbosity`) and rules that depend on
// a nested parameter (sampling only with reasoning.effort none), checked and adapted at run time.
const validate = (request: unknown) => validateRequest("responses", deepFreeze(request));
const adapt = (request: unknown, options?: Parameters<typeof adaptRequest>[2]) => adaptRequest("responses", deepFreeze(request), options);
const params = (result: ReturnType<typeof validateRequest>) => (result.ok ? [] : result.problems.map((p) => p.param));
const input = "hi";

const G51_TEMPERATURE =
  "gpt-5.1 accepts temperature only when reasoning.effort is none (default none): sampling temperature is accepted only while reasoning is off (reasoning.effort none); at other efforts only its default 1";
const GPT5_EFFORT =
  "gpt-5 accepts reasoning.effort only as minimal, low, medium or high: gpt-5 adds minimal to the three o-series levels and uses medium by default; it cannot turn reasoning off";

describe("validateRequest > responses", () => {
  test("requests the API accepts pass", () => {
    expect(validate({ model: "gpt-4o", input, temperature: 0.2 })).toStrictEqual({ ok: true });
    expect(validate({ model: "gpt-5", input, reasoning: { effort: "minimal" }, text: { verbosity: "low" } })).toStrictEqual({ ok: true });
    expect(validate({ model: "gpt-5.1", input, temperature: 0.7 })).toStrictEqual({ ok: true });
    expect(validate({ model: "gpt-5.5", input, reasoning: { effort: "none" }, top_p: 0.3 })).toStrictEqual({ ok: true });
  });

  test("an SDK-typed input with a configuration update item (added to the spec's input items by the overlay) passes, as in the types", () => {
    // The same items test/types/sdk/sdk-typed-into-builders.ts hands to the builders and the union annotation.
    const update = { type: "configuration_update", id: null, reasoning: { effort: "low" }, text: { format: { type: "text" } } };
    const items = [{ role: "user", content: "hi" }, update, { type: "configuration_update", reasoning: { effort: null } }];
    for (const model of ["gpt-5.4", "gpt-4o", "o3", undefined])
      expect(validate({ ...(model && { model }), input: items }), String(model)).toStrictEqual({ ok: true });
    expect(adapt({ model: "gpt-5.4", input: items })).toStrictEqual({ request: { model: "gpt-5.4", input: items }, changes: [] });
  });

  test("a nested value outside the model's set is named by its dotted path, with reason and sources", () => {
    expect(validate({ model: "gpt-5", input, reasoning: { effort: "none" } })).toStrictEqual({
      ok: false,
      problems: [{ param: "reasoning.effort", message: GPT5_EFFORT, model: "gpt-5", sources: ["C-G5", "SPEC@2026-05-13"] }],
    });
  });

  test("a rule that depends on a nested parameter uses the request's value, else the model's default", () => {
    expect(validate({ model: "gpt-5.1", input, reasoning: { effort: "high" }, temperature: 0.7 })).toStrictEqual({
      ok: false,
      problems: [{ param: "temperature", message: G51_TEMPERATURE, model: "gpt-5.1", sources: ["OAI-G51", "OAI-G54", "V-CAP", "TW-311"] }],
    });
    expect(params(validate({ model: "gpt-5.1", input, reasoning: { summary: "auto" }, temperature: 0.7 }))).toStrictEqual([]);
    expect(params(validate({ model: "gpt-5.1", input, reasoning: null, temperature: 0.7 }))).toStrictEqual([]);
    expect(params(validate({ model: "gpt-5.5", input, temperature: 0.7 }))).toStrictEqual(["temperature"]);
  });

  test("rejected parents and nested keys: reasoning on gpt-4o, text.verbosity on o3", () => {
    expect(params(validate({ model: "gpt-4o", input, reasoning: { effort: "low" } }))).toStrictEqual(["reasoning.effort"]);
    // Only the effort is refused (BAML-2708): an empty reasoning object passes.
    expect(params(validate({ model: "gpt-4o", input, reasoning: {} }))).toStrictEqual([]);
    expect(params(validate({ model: "o3", input, text: { verbosity: "low", format: { type: "text" } } }))).toStrictEqual([
      "text.verbosity",
    ]);
  });

  test("a nested rule ignores a parent that is not an object", () => {
    expect(params(validate({ model: "gpt-5", input, reasoning: "high" }))).toStrictEqual([]);
  });

  test("chat-only models are not served here; Responses-only models are", () => {
    expect(params(validate({ model: "gpt-4o-search-preview", input }))).toStrictEqual(["model"]);
    expect(validate({ model: "o3-pro", input, reasoning: { effort: "high" } })).toStrictEqual({ ok: true });
  });
});

describe("adaptRequest > responses", () => {
  test("drops a nested key by copying its parent, keeping the parent's other keys and never mutating the input", () => {
    const request = { model: "o3", input, text: { verbosity: "low", format: { type: "text" } } };
    const before = snapshot(request);
    const { request: adapted, changes } = adapt(request);
    expect(adapted).toStrictEqual({ model: "o3", input, text: { format: { type: "text" } } });
    expect(changes.map((c) => [c.param, c.action])).toStrictEqual([["text.verbosity", "dropped"]]);
    expect(request).toStrictEqual(before);
  });

  test("drops sampling parameters that need reasoning off when the effort is on", () => {
    const { request } = adapt({ model: "gpt-5.4", input, reasoning: { effort: "high" }, temperature: 0.5, top_p: 0.9 });
    expect(request).toStrictEqual({ model: "gpt-5.4", input, reasoning: { effort: "high" } });
  });

  test("drops an invalid effort, after which the model's default decides the dependent rules", () => {
    const { request, changes } = adapt({ model: "gpt-5.1", input, reasoning: { effort: "minimal" }, temperature: 0.5 });
    expect(request).toStrictEqual({ model: "gpt-5.1", input, reasoning: {}, temperature: 0.5 });
    expect(changes.map((c) => c.param)).toStrictEqual(["reasoning.effort"]);
  });

  test("throws with every problem when asked to", () => {
    expect(() => adapt({ model: "gpt-4o", input, reasoning: { effort: "low" } }, { unsupported: "throw" })).toThrow(
      /gpt-4o does not support reasoning/,
    );
  });
});

describe("responses > chat-style keys that Responses keeps elsewhere", () => {
  const MOVED =
    "gpt-5.1 does not support reasoning_effort: the Responses API has no top-level reasoning_effort; the effort goes inside reasoning; use reasoning.effort instead";

  test("validateRequest reports reasoning_effort by its rule (not as an unknown key), with where it belongs", () => {
    expect(validate({ model: "gpt-5.1", input, reasoning_effort: "high" })).toStrictEqual({
      ok: false,
      problems: [{ param: "reasoning_effort", message: MOVED, model: "gpt-5.1", sources: ["SPEC", "V-RESP"] }],
    });
  });

  test("adaptRequest moves the value into its nested home, keeping the parent's other keys", () => {
    const { request, changes } = adapt({
      model: "gpt-5.1",
      input,
      reasoning_effort: "high",
      reasoning: { summary: "auto" },
      verbosity: "low",
    });
    expect(request).toStrictEqual({ model: "gpt-5.1", input, reasoning: { summary: "auto", effort: "high" }, text: { verbosity: "low" } });
    expect(changes.map((c) => [c.param, c.action, c.to])).toStrictEqual([
      ["reasoning_effort", "renamed", "reasoning.effort"],
      ["verbosity", "renamed", "text.verbosity"],
    ]);
  });

  test("an explicit nested value wins; a model that refuses reasoning.effort loses it", () => {
    expect(adapt({ model: "gpt-5.1", input, reasoning_effort: "high", reasoning: { effort: "low" } }).request).toStrictEqual({
      model: "gpt-5.1",
      input,
      reasoning: { effort: "low" },
    });
    expect(adapt({ model: "gpt-4o", input, reasoning_effort: "high" }).request).toStrictEqual({ model: "gpt-4o", input, reasoning: {} });
  });
});
