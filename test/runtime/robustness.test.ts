import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  AdaptError,
  type AdaptOptions,
  adaptRequest,
  type Problem,
  type ValidationResult,
  validateRequest,
  validateWith,
} from "../../generated/index.js";
import { chatCompletionsTable, deepFreeze, isUncheckedRequirement, type Json, type JsonObject, snapshot } from "./runtime-support.js";

const run = { seed: 20260821, numRuns: 500 } as const;
const table = chatCompletionsTable;
const served = Object.keys(table.models);
const unserved = Object.keys(table.unserved);

/** Model ids: served, unserved, their fine-tunes, and arbitrary strings (unknown). */
const profileIds = Object.keys(table.profiles).map((name) => served.filter((id) => table.models[id] === name));
const modelArb = fc.oneof(
  { arbitrary: fc.constantFrom(...profileIds).chain((ids) => fc.constantFrom(...ids)), weight: 4 },
  fc.constantFrom(...unserved),
  fc.constantFrom(...served, ...unserved).map((base) => `ft:${base}:acme::x1`),
  fc.string(),
);
/** Values the rules look at (so requests hit them), mixed with any JSON. */
const ruleValues = Object.values(table.profiles).flatMap((p) =>
  Object.values(p.params).flatMap((r) => [...(r.values ?? []), ...(r.requires?.values ?? []), ...(r.default ? [r.default.value] : [])]),
);
const interesting = [...new Set([...ruleValues, 0, 0.2, 1, 5, { include_usage: true }])] as Json[];
const valueArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(true, false, null),
  fc.constantFrom(...interesting),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);
/** Parameter keys, most often those in `requires` chains (where one drop can break another rule). */
const chained = [
  ...new Set(
    Object.values(table.profiles).flatMap((p) => Object.entries(p.params).flatMap(([n, r]) => (r.requires ? [n, r.requires.param] : []))),
  ),
];
/** Also keys a hostile caller sends: dotted ones (a.b used to hang adaptRequest) and prototype names. */
const keyArb = fc.oneof(
  { arbitrary: fc.constantFrom(...chained), weight: 3 },
  { arbitrary: fc.constantFrom(...table.params.filter((p) => p !== "model"), "foo"), weight: 1 },
  { arbitrary: fc.constantFrom("a.b", "logprobs.x", "stream_options.include_usage", "__proto__", "toString", "valueOf"), weight: 1 },
);
const roleArb = fc.constantFrom("developer", "system", "user", "assistant", "tool", "function", "other");
const messageArb = fc.oneof(fc.record({ role: roleArb, content: fc.string() }), fc.jsonValue({ maxDepth: 2 }));
/** Objects shaped like requests: a model, messages, known parameter keys (and a stray one) with any JSON value. */
const requestArb: fc.Arbitrary<JsonObject> = fc
  .tuple(modelArb, fc.array(messageArb, { maxLength: 4 }), fc.dictionary(keyArb, valueArb, { maxKeys: 6 }))
  .map(([model, messages, params]): JsonObject => ({ ...params, model, messages: messages as Json[] }));

const isUnserved = (request: unknown): boolean => {
  const model = typeof request === "object" && request !== null ? (request as { model?: unknown }).model : undefined;
  if (typeof model !== "string") return false;
  const base = /^ft:([^:]*):/.exec(model)?.[1];
  return (
    Object.hasOwn(table.unserved, model) ||
    (!Object.hasOwn(table.models, model) && base !== undefined && Object.hasOwn(table.unserved, base))
  );
};
/** A request that misses a requirement with alternatives (audio in or out): adaptRequest cannot fix that. */
const missesRequirement = (request: unknown): boolean => {
  const result = validateRequest("chat.completions", request);
  return !result.ok && result.problems.some((p) => isUncheckedRequirement(table, p));
};
const hasStringModel = (value: unknown): value is { model: string } =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { model?: unknown }).model === "string";

function expectWellFormed(result: ValidationResult): void {
  // `unchecked: true` marks an unknown model, on either result; `warnings` (never empty) what unverified rules found;
  // nothing else may appear.
  const warned = result.warnings !== undefined && { warnings: result.warnings };
  if (warned) expect(result.warnings?.length).toBeGreaterThan(0);
  for (const w of result.warnings ?? []) expect(w.message).toMatch(/\(not verified: inferred evidence\)$/);
  if (result.ok) {
    expect(result).toStrictEqual({ ok: true, ...(result.unchecked && { unchecked: true }), ...warned });
    return;
  }
  const keys = ["ok", "problems", ...(result.unchecked ? ["unchecked"] : []), ...(warned ? ["warnings"] : [])];
  expect(Object.keys(result).sort()).toStrictEqual(keys.sort());
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of [...result.problems, ...(result.warnings ?? [])]) {
    expect(typeof p.param).toBe("string");
    expect(p.message).toMatch(/\S/);
    expect(p.sources.every((s) => typeof s === "string")).toBe(true);
    expect(p.model === undefined || typeof p.model === "string").toBe(true);
  }
}

/** Runs adaptRequest and returns the AdaptError it threw, if any; anything else thrown fails the property. */
function adaptOrError(request: unknown, options: AdaptOptions = {}) {
  try {
    return { result: adaptRequest("chat.completions", request, options) };
  } catch (error) {
    if (error instanceof AdaptError) return { error };
    throw error;
  }
}

const anythingArb = fc.anything({
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
});
const inputs = { json: fc.jsonValue(), anything: anythingArb, request: requestArb };

describe("robustness > validateRequest", () => {
  test.each(Object.keys(inputs) as (keyof typeof inputs)[])(
    "never throws on %s inputs and always returns { ok: true } or problems",
    (kind) => {
      fc.assert(
        fc.property(inputs[kind], (input) => expectWellFormed(validateRequest("chat.completions", deepFreeze(input)))),
        run,
      );
    },
  );
  test("never mutates a request and answers the same twice", () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const before = snapshot(request);
        const first = validateRequest("chat.completions", deepFreeze(request));
        expect(validateRequest("chat.completions", request)).toStrictEqual(first);
        expect(request).toStrictEqual(before);
      }),
      run,
    );
  });
  test("an endpoint without a table is one problem, not an exception", () => {
    expect(validateWith(undefined, "images.generate", {})).toStrictEqual({
      ok: false,
      problems: [{ param: "", message: '"images.generate" is not an endpoint of this output', sources: [] }],
    });
  });
});

describe("robustness > adaptRequest", () => {
  test.each(Object.keys(inputs) as (keyof typeof inputs)[])(
    'with "drop" throws only AdaptError on %s inputs, and only without a string model, for an unserved one or one missing a requirement',
    (kind) => {
      fc.assert(
        fc.property(inputs[kind], (input) => {
          const { error } = adaptOrError(deepFreeze(input));
          expect(error !== undefined).toBe(!hasStringModel(input) || isUnserved(input) || missesRequirement(input));
        }),
        run,
      );
    },
  );
  test("with throw mode, throws exactly when validateRequest fails, listing the same problems", () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const validation = validateRequest("chat.completions", request);
        const { error, result } = adaptOrError(deepFreeze(request), { unsupported: "throw" });
        const problems: Problem[] = validation.ok ? [] : validation.problems;
        expect(error?.problems ?? []).toStrictEqual(problems);
        if (result) expect(result.request).toStrictEqual(request);
      }),
      run,
    );
  });
  test("the adapted request validates, adapting it again changes nothing, and the input is left as it was", () => {
    fc.assert(
      fc.property(
        requestArb.filter((r) => !isUnserved(r) && !missesRequirement(r)),
        (request) => {
          const before = snapshot(request);
          const once = adaptRequest("chat.completions", deepFreeze(request));
          expect(request).toStrictEqual(before);
          // What unverified rules find stays in the request, as warnings (never a problem).
          const { warnings, ...checked } = validateRequest("chat.completions", once.request);
          expect(checked).toStrictEqual({ ok: true, ...(once.unchecked && { unchecked: true }) });
          for (const w of warnings ?? []) expect(w.message).toMatch(/\(not verified: inferred evidence\)$/);
          const twice = adaptRequest("chat.completions", once.request);
          expect(twice.request).toStrictEqual(once.request);
          expect(twice.changes.filter((c) => c.action !== "unchecked")).toStrictEqual([]);
        },
      ),
      run,
    );
  });
  test("every key the adapter removes or adds is named by a change", () => {
    fc.assert(
      fc.property(
        requestArb.filter((r) => !isUnserved(r) && !missesRequirement(r)),
        (request) => {
          const { request: adapted, changes } = adaptRequest("chat.completions", deepFreeze(request));
          const removed = Object.keys(request).filter((k) => !Object.hasOwn(adapted, k));
          const added = Object.keys(adapted).filter((k) => !Object.hasOwn(request, k));
          const named = (k: string) => changes.some((c) => c.param === k || c.param === `[${JSON.stringify(k)}]`);
          expect(removed.every(named)).toBe(true);
          expect(added.every((k) => changes.some((c) => c.action === "renamed" && c.to === k))).toBe(true);
          const droppedMessages = changes.filter((c) => /^messages\[\d+\]\.role$/.test(c.param)).length;
          const length = (r: JsonObject) => (Array.isArray(r.messages) ? r.messages.length : 0);
          expect(length(request) - length(adapted)).toBe(droppedMessages);
        },
      ),
      run,
    );
  });
});
