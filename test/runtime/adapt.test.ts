import { describe, expect, test } from "vitest";
import { AdaptError, type AdaptOptions, adaptRequest, type Change, validateRequest } from "../../generated/index.js";
import { thrownAs } from "../support/thrown.js";
import { deepFreeze, dropped, problem, snapshot, system, user } from "./runtime-support.js";

/** Adapts a deep-frozen request, and checks the input is left as it was. */
function adapt<T>(request: T, options?: AdaptOptions) {
  const before = snapshot(request);
  const result = adaptRequest("chat.completions", deepFreeze(request), options);
  expect(request).toStrictEqual(before);
  expect(result.request).not.toBe(request);
  return result;
}

const thrown = (run: () => unknown): AdaptError => thrownAs(AdaptError, run);

const O3_LOGPROBS = dropped("logprobs", "o3 / o4-mini does not support logprobs: reasoning models return no token log probabilities", [
  "AZ-R",
  "OAI-G51",
  "V-CHAT",
]);
const MAX_TOKENS = (label: string) =>
  `${label} does not support max_tokens: reasoning models cap output with max_completion_tokens, which also counts the hidden reasoning tokens; max_tokens is refused even as null; use max_completion_tokens instead`;
const RENAMED = (label: string): Change => ({
  param: "max_tokens",
  action: "renamed",
  to: "max_completion_tokens",
  message: MAX_TOKENS(label),
  sources: ["MAXTOK-NULL", "DOKU-34", "I1", "SPEC"],
});
const O1_MINI_SYSTEM =
  "o1-mini / o1-preview does not accept system messages: instructions cannot be given as a system message; put them in the first user message";
const O3_TEMPERATURE = "o3 / o4-mini accepts temperature only as 1: only the default sampling temperature (1) is accepted";
const REQUIRES_EFFORT = (label: string, param: string, fallback: string, reason: string) =>
  `${label} accepts ${param} only when reasoning_effort is none (default ${fallback}): ${reason}`;
const TEMPERATURE_REASON =
  "sampling temperature is accepted only while reasoning is off (reasoning_effort none); at other efforts only its default 1";
const EFFORT_SOURCES = ["OAI-G51", "OAI-G54", "V-CAP", "TW-311"];
const LOGPROBS_SOURCES = ["OAI-G51", "OAI-G54", "V-CAP"];
const GPT4O_TOP_LOGPROBS = (label: string) =>
  `${label} accepts top_logprobs only when logprobs is true: asks how many alternatives to return per token, which needs token log probabilities turned on`;
const UNCHECKED = (id: string): Change => ({
  param: "model",
  action: "unchecked",
  message: `${id} is not a model the overlay knows; only the spec was checked`,
  sources: [],
});

describe("adaptRequest > drops and renames", () => {
  test("o3: logprobs true and logprobs null are deleted, never set to null", () => {
    expect(adapt({ model: "o3", messages: [user], logprobs: true })).toStrictEqual({
      request: { model: "o3", messages: [user] },
      changes: [O3_LOGPROBS],
    });
    expect(adapt({ model: "o3", messages: [user], logprobs: null })).toStrictEqual({
      request: { model: "o3", messages: [user] },
      changes: [O3_LOGPROBS],
    });
  });
  test("o1-mini: max_tokens moves to max_completion_tokens and the system message is dropped", () => {
    expect(adapt({ model: "o1-mini", messages: [system, user], max_tokens: 100 })).toStrictEqual({
      request: { model: "o1-mini", messages: [user], max_completion_tokens: 100 },
      changes: [RENAMED("o1-mini / o1-preview"), dropped("messages[0].role", O1_MINI_SYSTEM, ["I11", "C-O1"])],
    });
  });
  test("o3: max_tokens null is dropped, not moved; an existing max_completion_tokens wins over max_tokens", () => {
    const drop = dropped("max_tokens", MAX_TOKENS("o3 / o4-mini"), ["MAXTOK-NULL", "DOKU-34", "I1", "SPEC"]);
    expect(adapt({ model: "o3", messages: [user], max_tokens: null })).toStrictEqual({
      request: { model: "o3", messages: [user] },
      changes: [drop],
    });
    expect(adapt({ model: "o3", messages: [user], max_tokens: 5, max_completion_tokens: 9 })).toStrictEqual({
      request: { model: "o3", messages: [user], max_completion_tokens: 9 },
      changes: [drop],
    });
  });
  test("o3: max_tokens replaces a null max_completion_tokens", () => {
    expect(adapt({ model: "o3", messages: [user], max_tokens: 5, max_completion_tokens: null })).toStrictEqual({
      request: { model: "o3", messages: [user], max_completion_tokens: 5 },
      changes: [RENAMED("o3 / o4-mini")],
    });
  });
  test("o3: temperature 0.2 is dropped, temperature 1 kept", () => {
    expect(adapt({ model: "o3", messages: [user], temperature: 0.2 })).toStrictEqual({
      request: { model: "o3", messages: [user] },
      changes: [dropped("temperature", O3_TEMPERATURE, ["I1", "ZC-T", "I11", "PAL-78"])],
    });
    expect(adapt({ model: "o3", messages: [user], temperature: 1 })).toStrictEqual({
      request: { model: "o3", messages: [user], temperature: 1 },
      changes: [],
    });
  });
  test("an unknown parameter key is dropped", () => {
    expect(adapt({ model: "gpt-4o", messages: [user], foo: 1 })).toStrictEqual({
      request: { model: "gpt-4o", messages: [user] },
      changes: [dropped("foo", '"foo" is not a parameter of CreateChatCompletionRequest', ["SPEC"])],
    });
  });
});

describe("adaptRequest > rules that depend on the model's default", () => {
  const g51 = (extra: object) => ({ model: "gpt-5.1", messages: [user], ...extra });
  test("gpt-5.1 keeps temperature without reasoning_effort (default none)", () => {
    expect(adapt(g51({ temperature: 0.2 }))).toStrictEqual({ request: g51({ temperature: 0.2 }), changes: [] });
  });
  test("gpt-5.1 drops temperature when reasoning_effort is low", () => {
    expect(adapt(g51({ temperature: 0.2, reasoning_effort: "low" }))).toStrictEqual({
      request: g51({ reasoning_effort: "low" }),
      changes: [dropped("temperature", REQUIRES_EFFORT("gpt-5.1", "temperature", "none", TEMPERATURE_REASON), EFFORT_SOURCES)],
    });
  });
  test("gpt-5.1 drops a null reasoning_effort and then keeps temperature", () => {
    const message =
      "gpt-5.1 does not accept null for reasoning_effort: gpt-5.1 can switch reasoning off and does so by default; minimal is gone, and an explicit null is refused";
    expect(adapt(g51({ temperature: 0.2, reasoning_effort: null }))).toStrictEqual({
      request: g51({ temperature: 0.2 }),
      changes: [dropped("reasoning_effort", message, ["SPEC@2026-05-13", "OPENCODE-4451", "LK-3966", "C-G5"])],
    });
  });
  test("gpt-5.5 drops temperature without reasoning_effort (default medium)", () => {
    expect(adapt({ model: "gpt-5.5", messages: [user], temperature: 0.2 })).toStrictEqual({
      request: { model: "gpt-5.5", messages: [user] },
      changes: [dropped("temperature", REQUIRES_EFFORT("gpt-5.5", "temperature", "medium", TEMPERATURE_REASON), EFFORT_SOURCES)],
    });
  });
  test("gpt-4o drops top_logprobs without logprobs and stream_options without stream", () => {
    const request = { model: "gpt-4o", messages: [user], top_logprobs: 2, stream_options: { include_usage: true } };
    expect(adapt(request)).toStrictEqual({
      request: { model: "gpt-4o", messages: [user] },
      changes: [
        dropped("stream_options", "gpt-4o accepts stream_options only when stream is true: only configures a streamed response", [
          "SPEC",
          "I26",
        ]),
        dropped("top_logprobs", GPT4O_TOP_LOGPROBS("gpt-4o"), ["SPEC"]),
      ],
    });
  });
  test("gpt-5.1 with effort high drops logprobs, then the top_logprobs that needed it", () => {
    const reason =
      "token log probabilities are returned only while reasoning is off (reasoning_effort none); logprobs false may be sent at any effort";
    const result = adapt(g51({ logprobs: true, top_logprobs: 3, reasoning_effort: "high" }));
    expect(result).toStrictEqual({
      request: g51({ reasoning_effort: "high" }),
      changes: [
        dropped("logprobs", REQUIRES_EFFORT("gpt-5.1", "logprobs", "none", reason), LOGPROBS_SOURCES),
        dropped("top_logprobs", GPT4O_TOP_LOGPROBS("gpt-5.1").replace("is true:", "is true (default false):"), ["SPEC", "OAI-G54"]),
      ],
    });
    expect(validateRequest("chat.completions", result.request)).toStrictEqual({ ok: true });
  });
});

describe("adaptRequest > model ids", () => {
  test("a fine-tune gets its base's rules; a dated snapshot its family's", () => {
    const ft = "ft:gpt-4o-mini:acme::abc123";
    expect(adapt({ model: ft, messages: [user], top_logprobs: 2 })).toStrictEqual({
      request: { model: ft, messages: [user] },
      changes: [dropped("top_logprobs", GPT4O_TOP_LOGPROBS("gpt-4o-mini"), ["SPEC"])],
    });
    expect(adapt({ model: "o3-2025-04-16", messages: [user], logprobs: true })).toStrictEqual({
      request: { model: "o3-2025-04-16", messages: [user] },
      changes: [O3_LOGPROBS],
    });
  });
  test("a retired model throws even with unsupported: drop, naming the date and the replacement", () => {
    const error = thrown(() => adapt({ model: "o1", messages: [user], logprobs: true }));
    const message = "o1 was retired on 2026-10-23: OpenAI shut it down on 2026-10-23; use gpt-5.6-sol instead";
    expect(error.problems).toStrictEqual([problem("model", message, "o1", ["DEP-1015", "OCS-3208"])]);
  });
  test("an unserved model throws even with unsupported: drop", () => {
    const error = thrown(() => adapt({ model: "o1-pro", messages: [user] }));
    const message = "o1-pro is not served on POST /chat/completions: the spec does not list it for POST /chat/completions";
    expect(error.problems).toStrictEqual([problem("model", message, "o1-pro", ["SPEC"])]);
  });
  test("an unknown id is kept by default with an unchecked change", () => {
    const request = { model: "my-model", messages: [user], temperature: 3 };
    expect(adapt(request)).toStrictEqual({ request, changes: [UNCHECKED("my-model")], unchecked: true });
  });
  test("an unknown id with unknown: reject throws naming the model", () => {
    const error = thrown(() => adapt({ model: "my-model", messages: [user] }, { unknown: "reject" }));
    expect(error.problems).toStrictEqual([
      {
        param: "model",
        message: "my-model is not a model the overlay knows for CreateChatCompletionRequest",
        model: "my-model",
        sources: [],
      },
    ]);
  });
});

describe("adaptRequest > throw mode and onChange", () => {
  const messy = { model: "o1-mini", messages: [system, user], max_tokens: 100, logprobs: true, foo: 1 };
  test('unsupported: "throw" raises one AdaptError listing every problem validateRequest lists', () => {
    const error = thrown(() => adapt(messy, { unsupported: "throw" }));
    const validation = validateRequest("chat.completions", messy);
    expect(validation.ok).toBe(false);
    expect(error.problems).toStrictEqual(validation.ok ? [] : validation.problems);
    expect(error.problems.map((p) => p.param)).toStrictEqual(["foo", "logprobs", "max_tokens", "messages[0].role"]);
    expect(error.message.split("\n")).toHaveLength(5);
  });
  test('unsupported: "throw" with unknown: "reject" lists the unknown key and the unknown model together', () => {
    const error = thrown(() => adapt({ model: "my-model", messages: [user], foo: 1 }, { unsupported: "throw", unknown: "reject" }));
    expect(error.problems.map((p) => p.param)).toStrictEqual(["foo", "model"]);
  });
  test('unsupported: "throw" returns a request that already fits, unchanged', () => {
    const request = { model: "o3", messages: [user], temperature: 1 };
    expect(adapt(request, { unsupported: "throw" })).toStrictEqual({ request, changes: [] });
  });
  test("onChange is called once per change, in order, with the changes returned", () => {
    const seen: Change[] = [];
    const { changes } = adapt(messy, { onChange: (change) => seen.push(change) });
    expect(changes.map((c) => `${c.action} ${c.param}`)).toStrictEqual([
      "dropped foo",
      "dropped logprobs",
      "renamed max_tokens",
      "dropped messages[0].role",
    ]);
    expect(seen).toStrictEqual(changes);
    const unknown: Change[] = [];
    adapt({ model: "my-model", messages: [user] }, { onChange: (change) => unknown.push(change) });
    expect(unknown).toStrictEqual([UNCHECKED("my-model")]);
  });
});
