import { describe, expect, test } from "vitest";
import { isWidening, paramTypeExpr, typeSide } from "../../src/diff/type-widening.js";
import type { JsonObject, JsonValue } from "../../src/spec/spec-types.js";

/** Two spec documents whose `Voice` schema differs: a closed enum in the old one, open in the new one. */
const oldDocument: JsonObject = { components: { schemas: { Voice: { type: "string", enum: ["a", "b"] }, Same: { type: "string" } } } };
const newDocument: JsonObject = {
  components: { schemas: { Voice: { anyOf: [{ type: "string" }, { type: "string", enum: ["a", "b"] }] }, Other: { type: "number" } } },
};

function widens(before: JsonValue, after: JsonValue): boolean {
  const [o, n] = [typeSide(oldDocument), typeSide(newDocument)];
  return isWidening({ old: o, new: n, before: paramTypeExpr(o, before), after: paramTypeExpr(n, after) });
}

const voiceRef = { $ref: "#/components/schemas/Voice" };

describe("type widening > the new type accepts every value of the old one", () => {
  test.each<[string, JsonValue, JsonValue]>([
    ["a union gains a member", { type: "string" }, { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }],
    ["an enum gains a value", { enum: ["x"] }, { enum: ["x", "y"] }],
    ["a literal becomes its keyword", { enum: ["x"] }, { type: "string" }],
    [
      "an object gains an optional property",
      { type: "object", properties: { a: { type: "string" } } },
      { type: "object", properties: { a: { type: "string" }, b: { type: "number" } } },
    ],
    ["an array's element widens", { type: "array", items: { enum: ["x"] } }, { type: "array", items: { enum: ["x", "y"] } }],
    ["null is dropped on both sides (nullability is its own field)", { type: ["string", "null"] }, { type: "string" }],
    ["the same reference name", voiceRef, voiceRef],
    ["a reference replaced by a type its schema fits", voiceRef, { type: "string" }],
    ["literals to an open string", { enum: ["a", "b"] }, voiceRef],
  ])("%s", (_name, before, after) => {
    expect(widens(before, after)).toBe(true);
  });
});

describe("type widening > anything else counts as a possible break", () => {
  test.each<[string, JsonValue, JsonValue]>([
    ["string → number", { type: "string" }, { type: "number" }],
    ["an enum loses a value", { enum: ["x", "y"] }, { enum: ["x"] }],
    [
      "an object gains a required property",
      { type: "object", properties: { a: { type: "string" } } },
      { type: "object", required: ["b"], properties: { a: { type: "string" }, b: { type: "number" } } },
    ],
    [
      "an optional property becomes required",
      { type: "object", properties: { a: { type: "string" } } },
      { type: "object", required: ["a"], properties: { a: { type: "string" } } },
    ],
    [
      "a property is removed from a closed object",
      { type: "object", properties: { a: { type: "string" }, b: { type: "string" } } },
      { type: "object", properties: { a: { type: "string" } } },
    ],
    [
      "a nested property loses null",
      { type: "object", properties: { a: { type: ["string", "null"] } } },
      { type: "object", properties: { a: { type: "string" } } },
    ],
    ["a reference to a schema of another type", { $ref: "#/components/schemas/Same" }, { $ref: "#/components/schemas/Other" }],
    ["string[] → string", { type: "array", items: { type: "string" } }, { type: "string" }],
  ])("%s", (_name, before, after) => {
    expect(widens(before, after)).toBe(false);
  });
});
