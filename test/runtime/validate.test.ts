import { describe, expect, test } from "vitest";
import { adaptChatCompletionRequest, type Problem, validateChatCompletionRequest, validateRequest } from "../../generated/index.js";
import { deepFreeze, functionResult, problem, snapshot, system, user } from "./runtime-support.js";

const validate = (request: unknown) => validateRequest("chat.completions", deepFreeze(request));
const fails = (...problems: Problem[]) => ({ ok: false, problems });

const O3_LOGPROBS = "o3 / o4-mini does not support logprobs: reasoning models return no token log probabilities";
const O3_LOGPROBS_SOURCES = ["AZ-R", "OAI-G51", "V-CHAT"];
const MAX_TOKENS =
  "o1-mini / o1-preview does not support max_tokens: reasoning models cap output with max_completion_tokens, which also counts the hidden reasoning tokens; max_tokens is refused even as null; use max_completion_tokens instead";
const O1_MINI_SYSTEM =
  "o1-mini / o1-preview does not accept system messages: instructions cannot be given as a system message; put them in the first user message";
const O3_TEMPERATURE = "o3 / o4-mini accepts temperature only as 1: only the default sampling temperature (1) is accepted";
const TEMPERATURE_SOURCES = ["OAI-G51", "OAI-G54", "V-CAP", "TW-311"];
const LOGPROBS_SOURCES = ["OAI-G51", "OAI-G54", "V-CAP"];
const G51_TEMPERATURE =
  "gpt-5.1 accepts temperature only when reasoning_effort is none (default none): sampling temperature is accepted only while reasoning is off (reasoning_effort none); at other efforts only its default 1";
const G51_NULL_EFFORT =
  "gpt-5.1 does not accept null for reasoning_effort: gpt-5.1 can switch reasoning off and does so by default; minimal is gone, and an explicit null is refused";
const G55_TEMPERATURE =
  "gpt-5.5 accepts temperature only when reasoning_effort is none (default medium): sampling temperature is accepted only while reasoning is off (reasoning_effort none); at other efforts only its default 1";
const TOP_LOGPROBS = (label: string) =>
  `${label} accepts top_logprobs only when logprobs is true: asks how many alternatives to return per token, which needs token log probabilities turned on`;
const STREAM_OPTIONS = "gpt-4o accepts stream_options only when stream is true: only configures a streamed response";
const NOT_SERVED = (id: string) => `${id} is not served on POST /chat/completions: the spec does not list it for POST /chat/completions`;

describe("validateRequest > reject rules", () => {
  test("o3 with logprobs: true is refused with the reason and its sources", () => {
    expect(validate({ model: "o3", messages: [user], logprobs: true })).toStrictEqual(
      fails(problem("logprobs", O3_LOGPROBS, "o3", O3_LOGPROBS_SOURCES)),
    );
  });
  test("o3 with logprobs: null is refused too (a rejected key must be absent)", () => {
    expect(validate({ model: "o3", messages: [user], logprobs: null })).toStrictEqual(
      fails(problem("logprobs", O3_LOGPROBS, "o3", O3_LOGPROBS_SOURCES)),
    );
  });
  test("o1-mini with max_tokens and a system message lists both, the role by JSON path", () => {
    const request = { model: "o1-mini", messages: [system, user], max_tokens: 100 };
    expect(validate(request)).toStrictEqual(
      fails(
        problem("max_tokens", MAX_TOKENS, "o1-mini", ["MAXTOK-NULL", "DOKU-34", "I1", "SPEC"]),
        problem("messages[0].role", O1_MINI_SYSTEM, "o1-mini", ["I11", "C-O1"]),
      ),
    );
  });
  test("gpt-5.1 with a legacy function message names messages[1].role", () => {
    const message =
      "gpt-5.1 does not accept function messages: the legacy function-result message is refused; send tool results as role tool";
    expect(validate({ model: "gpt-5.1", messages: [user, functionResult] })).toStrictEqual(
      fails(problem("messages[1].role", message, "gpt-5.1", ["SHELLGPT-717", "VSCODE-260529", "I12"])),
    );
  });
});

describe("validateRequest > values and nullable rules", () => {
  test("o3 with temperature 0.2 is refused, temperature 1 and null are accepted", () => {
    expect(validate({ model: "o3", messages: [user], temperature: 0.2 })).toStrictEqual(
      fails(problem("temperature", O3_TEMPERATURE, "o3", ["I1", "ZC-T", "I11", "PAL-78"])),
    );
    expect(validate({ model: "o3", messages: [user], temperature: 1 })).toStrictEqual({ ok: true });
    expect(validate({ model: "o3", messages: [user], temperature: null })).toStrictEqual({ ok: true });
  });
  test("gpt-5.1 with reasoning_effort: null is refused (nullable: false)", () => {
    const sources = ["SPEC@2026-05-13", "OPENCODE-4451", "LK-3966", "C-G5"];
    expect(validate({ model: "gpt-5.1", messages: [user], reasoning_effort: null })).toStrictEqual(
      fails(problem("reasoning_effort", G51_NULL_EFFORT, "gpt-5.1", sources)),
    );
  });
  test("gpt-5.5 accepts prompt_cache_retention 24h and null, refuses in_memory", () => {
    const message =
      "gpt-5.5 accepts prompt_cache_retention only as 24h: these models keep prompt caches only with the extended 24-hour policy";
    expect(validate({ model: "gpt-5.5", messages: [user], prompt_cache_retention: "24h" })).toStrictEqual({ ok: true });
    expect(validate({ model: "gpt-5.5", messages: [user], prompt_cache_retention: null })).toStrictEqual({ ok: true });
    expect(validate({ model: "gpt-5.5", messages: [user], prompt_cache_retention: "in_memory" })).toStrictEqual(
      fails(problem("prompt_cache_retention", message, "gpt-5.5", ["SPEC"])),
    );
  });
});

describe("validateRequest > requires rules and model defaults", () => {
  test("gpt-5.1 accepts temperature without reasoning_effort (its default is none) and with none", () => {
    expect(validate({ model: "gpt-5.1", messages: [user], temperature: 0.2 })).toStrictEqual({ ok: true });
    expect(validate({ model: "gpt-5.1", messages: [user], temperature: 0.2, reasoning_effort: "none" })).toStrictEqual({ ok: true });
  });
  // The API's error at effort low/medium/high says "Only the default (1) value is supported" (TW-311): the defaults
  // pass at any effort, like leaving the key out.
  test("gpt-5.1+ take the sampling defaults at any effort: temperature 1, top_p 1, logprobs false", () => {
    const atHigh = { model: "gpt-5.1", messages: [user], reasoning_effort: "high" };
    expect(validate({ ...atHigh, temperature: 1, top_p: 1, logprobs: false })).toStrictEqual({ ok: true });
    expect(validate({ model: "gpt-5.5", messages: [user], temperature: 1 })).toStrictEqual({ ok: true });
    expect(validate({ ...atHigh, temperature: 0.99 })).toMatchObject({ ok: false, problems: [{ param: "temperature" }] });
    expect(validate({ ...atHigh, top_p: 0.5 })).toMatchObject({ ok: false, problems: [{ param: "top_p" }] });
  });
  test("gpt-5.1 refuses temperature with reasoning_effort low", () => {
    expect(validate({ model: "gpt-5.1", messages: [user], temperature: 0.2, reasoning_effort: "low" })).toStrictEqual(
      fails(problem("temperature", G51_TEMPERATURE, "gpt-5.1", TEMPERATURE_SOURCES)),
    );
  });
  test("gpt-5.5 refuses temperature without reasoning_effort (its default is medium), or with null", () => {
    const expected = fails(problem("temperature", G55_TEMPERATURE, "gpt-5.5", TEMPERATURE_SOURCES));
    expect(validate({ model: "gpt-5.5", messages: [user], temperature: 0.2 })).toStrictEqual(expected);
    expect(validate({ model: "gpt-5.5", messages: [user], temperature: 0.2, reasoning_effort: null })).toStrictEqual(expected);
    expect(validate({ model: "gpt-5.5", messages: [user], temperature: 0.2, reasoning_effort: "none" })).toStrictEqual({ ok: true });
  });
  test("gpt-4o refuses top_logprobs unless logprobs is true", () => {
    const expected = fails(problem("top_logprobs", TOP_LOGPROBS("gpt-4o"), "gpt-4o", ["SPEC"]));
    expect(validate({ model: "gpt-4o", messages: [user], top_logprobs: 2 })).toStrictEqual(expected);
    expect(validate({ model: "gpt-4o", messages: [user], top_logprobs: 2, logprobs: false })).toStrictEqual(expected);
    expect(validate({ model: "gpt-4o", messages: [user], top_logprobs: 2, logprobs: true })).toStrictEqual({ ok: true });
  });
  test("gpt-4o refuses stream_options unless stream is true", () => {
    const expected = fails(problem("stream_options", STREAM_OPTIONS, "gpt-4o", ["SPEC", "I26"]));
    const options = { include_usage: true };
    expect(validate({ model: "gpt-4o", messages: [user], stream_options: options })).toStrictEqual(expected);
    expect(validate({ model: "gpt-4o", messages: [user], stream_options: options, stream: null })).toStrictEqual(expected);
    expect(validate({ model: "gpt-4o", messages: [user], stream_options: options, stream: true })).toStrictEqual({ ok: true });
  });
  test("gpt-5.1 with logprobs, top_logprobs and effort high names logprobs only (top_logprobs' condition holds)", () => {
    const message =
      "gpt-5.1 accepts logprobs only when reasoning_effort is none (default none): token log probabilities are returned only while reasoning is off (reasoning_effort none); logprobs false may be sent at any effort";
    const request = { model: "gpt-5.1", messages: [user], logprobs: true, top_logprobs: 3, reasoning_effort: "high" };
    expect(validate(request)).toStrictEqual(fails(problem("logprobs", message, "gpt-5.1", LOGPROBS_SOURCES)));
  });
});

describe("validateRequest > model ids", () => {
  test("a fine-tune ft:gpt-4o-mini:… gets gpt-4o-mini's rules and is named by its own id", () => {
    const model = "ft:gpt-4o-mini:acme::abc123";
    expect(validate({ model, messages: [user], top_logprobs: 2 })).toStrictEqual(
      fails(problem("top_logprobs", TOP_LOGPROBS("gpt-4o-mini"), model, ["SPEC"])),
    );
  });
  test("ft:o1 without the `:<org>…` part is an unknown id, as in the types", () => {
    expect(validate({ model: "ft:o1", messages: [user], logprobs: true })).toStrictEqual({ ok: true, unchecked: true });
  });
  test("the dated snapshot o3-2025-04-16 gets o3's rules", () => {
    expect(validate({ model: "o3-2025-04-16", messages: [user], logprobs: true })).toStrictEqual(
      fails(problem("logprobs", O3_LOGPROBS, "o3-2025-04-16", O3_LOGPROBS_SOURCES)),
    );
  });
  test("o1, which OpenAI shut down on 2026-10-23, is refused as retired, with the date and the replacement (its other rules are moot)", () => {
    const retired = "o1 was retired on 2026-10-23: OpenAI shut it down on 2026-10-23; use gpt-5.6-sol instead";
    for (const model of ["o1", "o1-2024-12-17"]) {
      expect(validate({ model, messages: [user], logprobs: true })).toStrictEqual(
        fails(problem("model", retired.replaceAll("o1 was", `${model} was`), model, ["DEP-1015", "OCS-3208"])),
      );
    }
  });
  test("o1-pro, and a fine-tune of it, are not served on chat completions", () => {
    expect(validate({ model: "o1-pro", messages: [user] })).toStrictEqual(
      fails(problem("model", NOT_SERVED("o1-pro"), "o1-pro", ["SPEC"])),
    );
    const fineTune = "ft:o1-pro:acme::x";
    expect(validate({ model: fineTune, messages: [user] })).toStrictEqual(
      fails(problem("model", NOT_SERVED("o1-pro"), fineTune, ["SPEC"])),
    );
  });
  test("an unknown id is accepted, marked unchecked (checked against the spec only)", () => {
    expect(validate({ model: "my-model", messages: [user], logprobs: true, temperature: 2 })).toStrictEqual({ ok: true, unchecked: true });
  });
  test("the per-endpoint validate and adapt mark an unknown id unchecked too, and a known one not", () => {
    expect(validateChatCompletionRequest({ model: "my-model", messages: [user] })).toStrictEqual({ ok: true, unchecked: true });
    expect(adaptChatCompletionRequest({ model: "my-model", messages: [user] }).unchecked).toBe(true);
    expect(validateChatCompletionRequest({ model: "o3", messages: [user] })).toStrictEqual({ ok: true });
    expect(adaptChatCompletionRequest({ model: "o3", messages: [user] })).toStrictEqual({
      request: { model: "o3", messages: [user] },
      changes: [],
    });
  });
  test("a known id, and a fine-tune of one, are not marked unchecked", () => {
    expect(validate({ model: "gpt-4o", messages: [user] })).toStrictEqual({ ok: true });
    expect(validate({ model: "ft:gpt-4o-mini:acme::abc123", messages: [user] })).toStrictEqual({ ok: true });
  });
});

describe("validateRequest > unknown keys and malformed requests", () => {
  const notAParam = (key: string, model: string) =>
    problem(key, `"${key}" is not a parameter of CreateChatCompletionRequest`, model, ["SPEC"]);
  test("an unknown parameter key is refused for known, unknown and unserved models", () => {
    expect(validate({ model: "gpt-4o", messages: [user], foo: 1 })).toStrictEqual(fails(notAParam("foo", "gpt-4o")));
    expect(validate({ model: "my-model", messages: [user], foo: 1 })).toStrictEqual({
      ...fails(notAParam("foo", "my-model")),
      unchecked: true,
    });
    expect(validate({ model: "o1-pro", messages: [user], foo: 1 })).toStrictEqual(
      fails(notAParam("foo", "o1-pro"), problem("model", NOT_SERVED("o1-pro"), "o1-pro", ["SPEC"])),
    );
  });
  const nonObjects = [42, "gpt-4o", null, true, [], [{ model: "gpt-4o", messages: [user] }]];
  test.each(nonObjects.map((request) => ({ request })))("the non-object $request is one problem about the request", ({ request }) => {
    expect(validate(request)).toStrictEqual(
      fails({ param: "", message: "a CreateChatCompletionRequest must be a JSON object", sources: [] }),
    );
  });
  const noModel = [{}, { model: 5 }, { model: null }, { model: ["gpt-4o"] }, { messages: [user] }];
  test.each(noModel.map((request) => ({ request })))("$request is one problem about model", ({ request }) => {
    expect(validate(request)).toStrictEqual(
      fails({ param: "model", message: 'a CreateChatCompletionRequest needs a string "model"', sources: [] }),
    );
  });
  test("a huge array, and a request with 100 000 messages, are answered without throwing", () => {
    expect(validateRequest("chat.completions", new Array(1_000_000).fill(0)).ok).toBe(false);
    const messages = Array.from({ length: 100_000 }, (_, i) => (i === 7 ? system : user));
    const result = validateRequest("chat.completions", { model: "o1-mini", messages });
    expect(result).toStrictEqual(fails(problem("messages[7].role", O1_MINI_SYSTEM, "o1-mini", ["I11", "C-O1"])));
  });
});

describe("validateRequest > purity", () => {
  test("validating leaves a deep-frozen request as it was and gives the same answer twice", () => {
    const request = { model: "o1-mini", messages: [system, user], max_tokens: 100, stream_options: { include_usage: true } };
    const before = snapshot(request);
    const first = validate(request);
    expect(validate(request)).toStrictEqual(first);
    expect(request).toStrictEqual(before);
    expect(first.ok).toBe(false);
  });
});
