import { expect, test } from "vitest";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { getAtPointer, joinPointer, RefResolver, splitPointer } from "../../src/spec/resolve-ref.js";
import { indexParsed, parseFixtureSpec } from "../support/spec-fixtures.js";

function badRefFixture() {
  const { spec, diagnostics } = parseFixtureSpec("bad-ref.yaml");
  if (!spec) throw new Error("bad-ref.yaml did not parse");
  return { spec, diagnostics, resolver: new RefResolver({ spec, diagnostics }) };
}

const request = "/components/schemas/CreateChatCompletionRequest/properties";

test("json pointer > ~ and / in segments > are escaped as ~0 and ~1 and read back", () => {
  expect(joinPointer("/paths", "/chat/completions", "post")).toBe("/paths/~1chat~1completions/post");
  expect(joinPointer("", "a~b", 0)).toBe("/a~0b/0");
  expect(splitPointer("/a~1b/c~0d/~01")).toStrictEqual(["a/b", "c~d", "~1"]);
  expect(splitPointer("")).toStrictEqual([]);
});

test("json pointer > getAtPointer > walks objects and array indexes, undefined when absent", () => {
  const document = { list: [{ name: "x" }], "a/b": 1 };
  expect(getAtPointer(document, "/list/0/name")).toBe("x");
  expect(getAtPointer(document, "/a~1b")).toBe(1);
  expect(getAtPointer(document, "/list/01")).toBeUndefined();
  expect(getAtPointer(document, "/list/0/constructor")).toBeUndefined();
  expect(getAtPointer(document, "")).toBe(document);
});

test("resolve ref > escaped refs > reach schemas whose names hold / and ~", () => {
  const { resolver, diagnostics } = badRefFixture();
  const slash = resolver.resolve({ $ref: "#/components/schemas/a~1b" }, `${request}/escaped_slash`);
  const tilde = resolver.resolve({ $ref: "#/components/schemas/c~0d" }, `${request}/escaped_tilde`);
  expect(slash).toStrictEqual({ schema: { type: "string", enum: ["slash"] }, pointer: "/components/schemas/a~1b", name: "a/b" });
  expect(tilde?.name).toBe("c~d");
  expect(diagnostics.items).toStrictEqual([]);
});

test("resolve ref > schema without $ref > is returned as is, without a name", () => {
  const { resolver } = badRefFixture();
  const schema = { type: "string" };
  expect(resolver.resolve(schema, "/x")).toStrictEqual({ schema, pointer: "/x" });
});

test("resolve ref > ref that points nowhere > reports MG_SPEC_BAD_REF at the $ref, once per place", () => {
  const { resolver, diagnostics, spec } = badRefFixture();
  const stop = getAtPointer(spec.document, `${request}/stop`);
  expect(resolver.resolve(stop, `${request}/stop`)).toBeUndefined();
  expect(resolver.resolve(stop, `${request}/stop`)).toBeUndefined();
  expect(diagnostics.items).toStrictEqual([
    {
      code: "MG_SPEC_BAD_REF",
      severity: "error",
      message: '$ref "#/components/schemas/Missing" points nowhere',
      location: { file: "bad-ref.yaml", line: 22, column: 11 },
    },
  ]);
});

test("spec index > bad, external and looping refs > report MG_SPEC_BAD_REF with their locations", () => {
  const { diagnostics } = indexParsed(parseFixtureSpec("bad-ref.yaml"));
  const errors = diagnostics.errors().map((d) => ({ code: d.code, message: d.message, location: d.location }));
  expect(errors).toStrictEqual([
    {
      code: "MG_SPEC_BAD_REF",
      message: '$ref "#/components/schemas/Missing" points nowhere',
      location: { file: "bad-ref.yaml", line: 22, column: 11 },
    },
    {
      code: "MG_SPEC_BAD_REF",
      message: '$ref "other.yaml#/components/schemas/Tool" is not local; only refs starting with "#/" are supported',
      location: { file: "bad-ref.yaml", line: 24, column: 11 },
    },
    {
      code: "MG_SPEC_BAD_REF",
      message: '$ref "#/components/schemas/LoopA" leads back to itself',
      location: { file: "bad-ref.yaml", line: 34, column: 7 },
    },
  ]);
});

test("spec index > bad refs > leave the parameters in place, neither nullable nor enums", () => {
  const { index } = indexParsed(parseFixtureSpec("bad-ref.yaml"));
  const params = index.endpoints[0]?.params.map((p) => [p.name, p.nullable, p.enumValues]);
  expect(params).toStrictEqual([
    ["model", false, ["m1"]],
    ["stop", false, undefined],
    ["tools", false, undefined],
    ["loop", false, undefined],
    ["escaped_slash", false, ["slash"]],
    ["escaped_tilde", false, ["tilde"]],
  ]);
});

test("resolve ref > fragment that is no JSON pointer > reports MG_SPEC_BAD_REF", () => {
  const diagnostics = new Diagnostics();
  const { spec } = parseFixtureSpec("bad-ref.yaml");
  if (!spec) throw new Error("bad-ref.yaml did not parse");
  new RefResolver({ spec, diagnostics }).resolve({ $ref: "#Tool" }, "/x");
  expect(diagnostics.items.map((d) => [d.code, d.message])).toStrictEqual([["MG_SPEC_BAD_REF", '$ref "#Tool" is not a JSON pointer']]);
});
