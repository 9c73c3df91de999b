import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import {
  AdaptError,
  type AdaptOptions,
  adaptRequest,
  type EndpointTable,
  type ValidationResult,
  validateRequest,
} from "../../generated/index.js";
import { responsesTable } from "../../generated/responses.table.gen.js";
import { chatCompletionsTable, deepFreeze, isUncheckedRequirement, snapshot } from "./runtime-support.js";

// Properties for the runtime's promises on any input (issue 16): validateRequest never throws, on any endpoint name
// and any value; adaptRequest throws only AdaptError; neither changes its input; what adaptRequest returns for a JSON
// request is JSON. Requests carry dotted keys, names Object.prototype has, nulls, null-prototype and large objects.

const run = { seed: 20261204, numRuns: 400 } as const;
const endpoints = [
  "chat.completions",
  "responses",
  "completions",
  "embeddings",
  "images.generate",
  "images.edit",
  "audio.speech",
  "audio.transcriptions",
  "moderations",
];
const prototypeNames = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "prototype"];
const tables: Record<string, EndpointTable> = { "chat.completions": chatCompletionsTable, responses: responsesTable };

/** Names the runtime looks up: parameters and rule keys (dotted ones too: reasoning.effort, tools[].type). */
const known = [
  ...new Set(Object.values(tables).flatMap((t) => [...t.params, ...Object.values(t.profiles).flatMap((p) => Object.keys(p.params))])),
].sort();
/** Keys a hostile caller sends: prototype names, dotted keys (some spelling a nested rule's path), known ones, any. */
const keyArb = fc.oneof(
  fc.constantFrom(...prototypeNames),
  fc.constantFrom(...known),
  fc.tuple(fc.constantFrom(...known, ...prototypeNames), fc.constantFrom("", "effort", "x", "__proto__")).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom("", ".", "[]", "messages[0]", "a.b"),
  fc.string(),
);
const modelIds = Object.values(tables).flatMap((t) => [...Object.keys(t.models), ...Object.keys(t.unserved)]);
const modelArb = fc.oneof(fc.constantFrom(...modelIds), fc.constantFrom(...prototypeNames), fc.string(), fc.constant(null));
const roleArb = fc.oneof(fc.constantFrom("system", "developer", "user", "function", ...prototypeNames), fc.string());
const valueArb = fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 2 }), fc.dictionary(keyArb, fc.jsonValue({ maxDepth: 1 })));
const messageArb = fc.oneof(fc.record({ role: roleArb, content: fc.string() }), fc.constant(null), valueArb);
/** A JSON object shaped like a request (some with a null prototype, as fast-check makes them). */
const hostileRequestArb = fc
  .tuple(modelArb, fc.array(messageArb, { maxLength: 4 }), fc.dictionary(keyArb, valueArb, { maxKeys: 8 }))
  .map(([model, messages, params]) => Object.assign(snapshot(params), { model, messages }));
/** Up to 3,000 keys, plain, dotted and prototype names, each a JSON value. */
const largeRequestArb = fc.tuple(fc.constantFrom(...modelIds, "my-model"), fc.nat({ max: 3000 }), valueArb).map(([model, size, value]) => {
  const request: Record<string, unknown> = { model, messages: [], input: "x" };
  for (let i = 0; i < size; i++) {
    const key =
      i % 3 === 0 ? `k${i}` : i % 3 === 1 ? `${known[i % known.length]}.${i}` : `${prototypeNames[i % prototypeNames.length]}${i}`;
    Object.defineProperty(request, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return request;
});
const anythingArb = fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true });
const requestArb = fc.oneof(hostileRequestArb, largeRequestArb, fc.jsonValue(), anythingArb);
const endpointArb = fc.oneof(fc.constantFrom(...endpoints), fc.constantFrom(...prototypeNames), fc.string(), anythingArb);
const optionsArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    { unsupported: fc.constantFrom("drop", "throw"), unknown: fc.constantFrom("allow", "reject"), onChange: fc.constant(() => {}) },
    { requiredKeys: [] },
  ),
  fc.record({ unsupported: fc.oneof(fc.string(), fc.constant(null)) }, { requiredKeys: [] }),
  fc.dictionary(keyArb, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
  anythingArb,
);

/** Plain JSON data: no holes, no undefined, no Maps, Sets or boxed values (a null prototype is fine). */
const isJson = (value: unknown): boolean => {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return Array.from(value).every(isJson);
  if (typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every(isJson);
};
/** The request was plain data: a problem about reading it would be the runtime hiding its own exception. */
const noUnreadable = (problems: { message: string }[]): void =>
  expect(problems.filter((p) => p.message.includes("could not be read"))).toStrictEqual([]);

function expectWellFormed(result: ValidationResult): void {
  // `unchecked: true` marks an unknown model, on either result; nothing else may appear.
  if (result.ok) expect(result).toStrictEqual({ ok: true, ...(result.unchecked && { unchecked: true }) });
  else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems)
      expect([typeof p.param, typeof p.message, Array.isArray(p.sources)]).toStrictEqual(["string", "string", true]);
    noUnreadable(result.problems);
  }
}

/**
 * Freezes the input deeply (so a write throws) and returns a check that its JSON text is unchanged. JSON text, not
 * toStrictEqual: an own key "constructor" defeats the matcher's type check; Maps and Sets have the freeze alone.
 */
function guard<T>(input: T): () => void {
  const before = isJson(input) ? JSON.stringify(input) : undefined;
  deepFreeze(input);
  return () => {
    if (before !== undefined) expect(JSON.stringify(input)).toBe(before);
  };
}

/** The key a change names: `["a.b"]` is the key "a.b". */
const keyOf = (param: string): string => (param.startsWith('["') ? JSON.parse(param.slice(1, -1)) : param);

const objectPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => expect(Object.getOwnPropertyNames(Object.prototype).sort()).toStrictEqual(objectPrototypeKeys));

describe("robustness > hostile input > validateRequest", () => {
  test("never throws, on any endpoint name and any value, and never changes the value", () => {
    fc.assert(
      fc.property(endpointArb, requestArb, (endpoint, request) => {
        const unchanged = guard(request);
        // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller passes any value
        const result = validateRequest(endpoint as any, request);
        expectWellFormed(result);
        unchanged();
        if (!endpoints.includes(endpoint as string)) expect(result.ok).toBe(false);
      }),
      run,
    );
  });
});

describe("robustness > hostile input > adaptRequest", () => {
  test("throws only AdaptError, on any endpoint name, value and options; returns JSON for JSON and leaves its input", () => {
    fc.assert(
      fc.property(endpointArb, requestArb, optionsArb, (endpoint, request, options) => {
        const unchanged = guard(request);
        try {
          // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller passes any value
          const { request: adapted, changes } = adaptRequest(endpoint as any, request, options as any);
          expect(Object.getPrototypeOf(adapted)).toBe(Object.prototype);
          if (isJson(request)) expect(isJson(adapted)).toBe(true);
          expect(changes.every((c) => typeof c.param === "string" && typeof c.message === "string")).toBe(true);
        } catch (error) {
          if (!(error instanceof AdaptError)) throw error;
          noUnreadable(error.problems);
        }
        unchanged();
      }),
      run,
    );
  });
  test.each(Object.keys(tables))("%s: with drop, a hostile request adapts to one that validates, and again to itself", (endpoint) => {
    const table = tables[endpoint] as EndpointTable;
    // A request missing a requirement with alternatives (audio in or out) cannot be adapted: AdaptError, tested elsewhere.
    const fixable = (r: Record<string, unknown>): boolean => {
      const result = validateRequest(endpoint as "responses", r);
      return result.ok || !result.problems.some((p) => isUncheckedRequirement(table, p));
    };
    const fits = (r: Record<string, unknown>) => typeof r.model === "string" && !Object.hasOwn(table.unserved, r.model) && fixable(r);
    fc.assert(
      fc.property(fc.oneof(hostileRequestArb, largeRequestArb).filter(fits), (request) => {
        const options: AdaptOptions = { unsupported: "drop" };
        const unchanged = guard(request);
        const once = adaptRequest(endpoint as "responses", request, options);
        unchanged();
        // What unverified rules (inferred evidence) find stays in the request, as warnings.
        const { warnings: _warnings, ...checked } = validateRequest(endpoint as "responses", once.request);
        expect(checked).toStrictEqual({ ok: true, ...(once.unchecked && { unchecked: true }) });
        const twice = adaptRequest(endpoint as "responses", once.request);
        expect(JSON.stringify(twice.request)).toBe(JSON.stringify(once.request));
        // No parameter of the spec holds a dot: a key that does is unknown, however much it looks like a nested path.
        expect(Object.keys(once.request).filter((k) => k.includes("."))).toStrictEqual([]);
        const removed = Object.keys(request).filter((k) => !Object.hasOwn(once.request, k));
        const named = new Set(once.changes.map((c) => keyOf(c.param)));
        expect(removed.filter((k) => !named.has(k))).toStrictEqual([]);
      }),
      { ...run, numRuns: 200 },
    );
  });
});
