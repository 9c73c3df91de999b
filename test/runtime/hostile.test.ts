import { describe, expect, test } from "vitest";
import { AdaptError, adaptRequest, validateRequest } from "../../generated/index.js";
import { thrownAs } from "../support/thrown.js";
import { callInWorker } from "./run-in-worker.js";
import { deepFreeze, snapshot, system, user } from "./runtime-support.js";

const adaptError = (run: () => unknown): AdaptError => thrownAs(AdaptError, run);

const prototypeNames = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"];
const unknownKey = (key: string, schema: string, path = key) => ({
  param: path,
  message: `"${key}" is not a parameter of ${schema}`,
  sources: ["SPEC"],
});

describe("hostile input > unknown keys that hold a dot", () => {
  test('adaptRequest drops "a.b" and returns (it used to loop forever)', async () => {
    const request = { model: "gpt-4o", messages: [user], "a.b": 1 };
    const outcome = await callInWorker({ call: "adaptRequest", endpoint: "chat.completions", request, timeoutMs: 10_000, memoryMb: 256 });
    expect(outcome.value).toStrictEqual({
      request: { model: "gpt-4o", messages: [user] },
      changes: [{ ...unknownKey("a.b", "CreateChatCompletionRequest", '["a.b"]'), action: "dropped" }],
    });
  });
  test('validateRequest names the key "a.b" as ["a.b"], never as the path a.b', () => {
    expect(validateRequest("chat.completions", { model: "gpt-4o", messages: [user], "a.b": 1, "": 2, "x[0]": 3 })).toStrictEqual({
      ok: false,
      problems: [
        { ...unknownKey("a.b", "CreateChatCompletionRequest", '["a.b"]'), model: "gpt-4o" },
        { ...unknownKey("", "CreateChatCompletionRequest", '[""]'), model: "gpt-4o" },
        { ...unknownKey("x[0]", "CreateChatCompletionRequest", '["x[0]"]'), model: "gpt-4o" },
      ],
    });
  });
  test('responses: the literal key "reasoning.effort" is unknown, not the nested reasoning.effort', () => {
    const request = { model: "o3", input: "hi", "reasoning.effort": "high", reasoning: { effort: "low" } };
    const problem = unknownKey("reasoning.effort", "CreateResponse", '["reasoning.effort"]');
    expect(validateRequest("responses", request)).toStrictEqual({ ok: false, problems: [{ ...problem, model: "o3" }] });
    const adapted = adaptRequest("responses", deepFreeze(request));
    expect(adapted).toStrictEqual({
      request: { model: "o3", input: "hi", reasoning: { effort: "low" } },
      changes: [{ ...problem, action: "dropped" }],
    });
  });
  test('responses: a literal "text.verbosity" is dropped as unknown even for a model with a text.verbosity rule', () => {
    const request = { model: "o3", input: "hi", "text.verbosity": "low" };
    const { request: adapted, changes } = adaptRequest("responses", request);
    expect(adapted).toStrictEqual({ model: "o3", input: "hi" });
    expect(changes.map((c) => c.param)).toStrictEqual(['["text.verbosity"]']);
  });
});

describe("hostile input > names that Object.prototype has", () => {
  test.each(prototypeNames)('endpoint "%s" is one problem for validateRequest and an AdaptError for adaptRequest', (name) => {
    const problems = [{ param: "", message: `${JSON.stringify(name)} is not an endpoint of this output`, sources: [] }];
    // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller passes any string
    const endpoint = name as any;
    expect(validateRequest(endpoint, { model: "o3", messages: [] })).toStrictEqual({ ok: false, problems });
    expect(adaptError(() => adaptRequest(endpoint, { model: "o3", messages: [] })).problems).toStrictEqual(problems);
  });
  test("endpoints that are not strings are a problem too, without calling their toString", () => {
    const hostile = {
      toString: () => {
        throw new Error("toString was called");
      },
    };
    for (const [endpoint, text] of [
      [Symbol("chat"), "a symbol"],
      [hostile, "an object"],
      [42, "42"],
      [null, "null"],
    ] as const) {
      const problems = [{ param: "", message: `${text} is not an endpoint of this output`, sources: [] }];
      // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller passes any value
      expect(validateRequest(endpoint as any, { model: "o3" })).toStrictEqual({ ok: false, problems });
      // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller passes any value
      expect(adaptError(() => adaptRequest(endpoint as any, { model: "o3" })).problems).toStrictEqual(problems);
    }
  });
  test.each(prototypeNames)('model id, role and keys named "%s" are looked up as own names only', (name) => {
    const request = JSON.parse(
      JSON.stringify({ model: name, messages: [{ role: name, content: "x" }] }).replace(/}$/, `,${JSON.stringify(name)}:1}`),
    );
    const before = snapshot(request);
    const result = adaptRequest("chat.completions", deepFreeze(request));
    expect(request).toStrictEqual(before);
    expect(Object.getPrototypeOf(result.request)).toBe(Object.prototype);
    expect(Object.keys(result.request)).toStrictEqual(["model", "messages"]);
    expect(result.changes.map((c) => c.action)).toStrictEqual(["dropped", "unchecked"]);
    const roles = adaptRequest("chat.completions", { model: "o1-mini", messages: [{ role: name, content: "x" }, system] });
    expect(roles.request).toStrictEqual({ model: "o1-mini", messages: [{ role: name, content: "x" }] });
  });
});

describe("hostile input > adaptRequest's options", () => {
  const request = { model: "o3", messages: [user], logprobs: true };
  test.each([
    [null, "options must be an object, not null"],
    [[], "options must be an object, not an array"],
    ["throw", 'options must be an object, not "throw"'],
    [{ unsupported: "bogus" }, 'unsupported must be "drop" or "throw", not "bogus"'],
    [{ unsupported: null }, 'unsupported must be "drop" or "throw", not null'],
    [{ unknown: "deny" }, 'unknown must be "allow" or "reject", not "deny"'],
    [{ onChange: "log" }, 'onChange must be a function, not "log"'],
    [{ unsuported: "throw" }, '"unsuported" is not an option (unsupported, unknown, onChange)'],
  ])("%j is an AdaptError that says what is wrong, not a TypeError or the default", (options, text) => {
    // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller passes any value
    const error = adaptError(() => adaptRequest("chat.completions", request, options as any));
    expect(error.message).toBe(`invalid adaptRequest options: ${text}`);
    expect(error.problems).toStrictEqual([{ param: "", message: text, sources: [] }]);
  });
  test("undefined options and options left undefined are the defaults", () => {
    const expected = adaptRequest("chat.completions", request);
    expect(adaptRequest("chat.completions", request, undefined)).toStrictEqual(expected);
    expect(adaptRequest("chat.completions", request, { unsupported: undefined, unknown: undefined, onChange: undefined })).toStrictEqual(
      expected,
    );
    expect(expected.changes.map((c) => c.param)).toStrictEqual(["logprobs"]);
  });
  test("what onChange throws reaches the caller as it is", () => {
    const mine = new RangeError("from onChange");
    const run = () =>
      adaptRequest("chat.completions", request, {
        onChange: () => {
          throw mine;
        },
      });
    expect(run).toThrow(mine);
  });
});

describe("hostile input > requests that throw when read", () => {
  const throwing = () => {
    throw new Error("boom");
  };
  const getter = Object.defineProperty({ messages: [] }, "model", { get: throwing, enumerable: true });
  const proxy = new Proxy({}, { ownKeys: throwing, get: throwing });
  const badItem = { model: "o1-mini", messages: [Object.defineProperty({}, "role", { get: throwing, enumerable: true })] };
  test.each([
    ["a getter", getter],
    ["a proxy", proxy],
    ["a message getter", badItem],
  ])("%s: validateRequest returns a problem and adaptRequest throws an AdaptError", (_, request) => {
    const problems = [{ param: "", message: "the request could not be read: boom", sources: [] }];
    expect(validateRequest("chat.completions", request)).toStrictEqual({ ok: false, problems });
    expect(adaptError(() => adaptRequest("chat.completions", request)).problems).toStrictEqual(problems);
  });
  test("options whose getter throws are an AdaptError about the options", () => {
    const options = Object.defineProperty({}, "unsupported", { get: throwing, enumerable: true });
    expect(adaptError(() => adaptRequest("chat.completions", { model: "o3" }, options)).problems).toStrictEqual([
      { param: "", message: "the options could not be read: boom", sources: [] },
    ]);
  });
});

describe("hostile input > time linear in the size of the request", () => {
  // Generous limits (a loaded machine): the runtime takes about a second for each. Before the fix adaptRequest was
  // quadratic: 8,000 keys took 15 s, so 100,000 would take some 40 minutes.
  const limit = { timeoutMs: 60_000 };
  const manyKeys = (n: number, name: (i: number) => string) => {
    const request: Record<string, unknown> = { model: "gpt-4o", messages: [user] };
    for (let i = 0; i < n; i++) request[name(i)] = i;
    return request;
  };
  test("adaptRequest drops 100,000 unknown keys, plain and dotted", async () => {
    for (const name of [(i: number) => `k${i}`, (i: number) => `k.${i}`]) {
      const request = manyKeys(100_000, name);
      const outcome = await callInWorker({ call: "adaptRequest", endpoint: "chat.completions", request, ...limit });
      const value = outcome.value as { request: unknown; changes: unknown[] };
      expect(value.request).toStrictEqual({ model: "gpt-4o", messages: [user] });
      expect(value.changes.length).toBe(100_000);
    }
  });
  test("validateRequest reports 100,000 unknown keys", async () => {
    const outcome = await callInWorker({
      call: "validateRequest",
      endpoint: "chat.completions",
      request: manyKeys(100_000, (i) => `k${i}`),
      ...limit,
    });
    expect((outcome.value as { problems: unknown[] }).problems.length).toBe(100_000);
  });
  test("1,000,000 messages: validated, and the system ones dropped for a model that refuses them", async () => {
    const messages = Array.from({ length: 1_000_000 }, (_, i) => (i % 1000 === 0 ? system : user));
    const request = { model: "o1-mini", messages };
    const validated = await callInWorker({ call: "validateRequest", endpoint: "chat.completions", request, ...limit });
    const problems = (validated.value as { problems: { param: string }[] }).problems;
    expect(problems.map((p) => p.param)).toStrictEqual(Array.from({ length: 1000 }, (_, i) => `messages[${i * 1000}].role`));
    const adapted = await callInWorker({ call: "adaptRequest", endpoint: "chat.completions", request, ...limit });
    const value = adapted.value as { request: { messages: { role: string }[] }; changes: unknown[] };
    expect(value.request.messages.length).toBe(999_000);
    expect(value.request.messages.every((m) => m.role === "user")).toBe(true);
    expect(value.changes.length).toBe(1000);
  });
});
