import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { expect, test } from "vitest";
import type { EndpointSpec, RequestParam, SpecIndex } from "../../src/spec/spec-types.js";
import { indexData, indexFixtureSpec, indexParsed, parseSpecText, specFixturesDir } from "../support/spec-fixtures.js";

function endpoint(index: SpecIndex, key: string): EndpointSpec {
  const found = index.endpoints.find((e) => e.key === key);
  if (!found) throw new Error(`no endpoint ${key}`);
  return found;
}

function param(e: EndpointSpec, name: string): RequestParam {
  const found = e.params.find((p) => p.name === name);
  if (!found) throw new Error(`no param ${name}`);
  return found;
}

test("spec index > duplicate property > nearest declaration wins", () => {
  const { index } = indexFixtureSpec("allof-duplicate-property.yaml");
  const topLogprobs = param(endpoint(index, "chat.completions"), "top_logprobs");
  expect(topLogprobs).toStrictEqual({
    name: "top_logprobs",
    schema: { type: "integer", nullable: true },
    required: false,
    nullable: true,
    deprecated: false,
    pointer: "/components/schemas/CreateChatCompletionRequest/allOf/1/properties/top_logprobs",
  });
});

test("spec index > allOf flattening > keeps spec order at each name's first declaration and unions required", () => {
  const { index } = indexFixtureSpec("allof-duplicate-property.yaml");
  const chat = endpoint(index, "chat.completions");
  expect(chat.params.map((p) => [p.name, p.required])).toStrictEqual([
    ["metadata", true],
    ["top_logprobs", false],
    ["temperature", false],
    ["model", true],
  ]);
});

test("spec index > duplicate property > a shallower allOf part wins over a later but deeper one", () => {
  const { index } = indexFixtureSpec("allof-duplicate-property.yaml");
  const echo = param(endpoint(index, "completions"), "echo");
  expect([echo.schema, echo.pointer]).toStrictEqual([
    { type: "boolean" },
    "/components/schemas/CreateCompletionRequest/allOf/0/properties/echo",
  ]);
});

test("spec index > duplicate property > the later allOf part wins at the same depth", () => {
  const { index } = indexFixtureSpec("allof-duplicate-property.yaml");
  const suffix = param(endpoint(index, "completions"), "suffix");
  expect([suffix.schema, suffix.pointer]).toStrictEqual([
    { type: "integer" },
    "/components/schemas/CreateCompletionRequest/allOf/2/properties/suffix",
  ]);
});

test("spec index > own properties beside allOf > win over the parts and take required from them", () => {
  const { index } = indexFixtureSpec("allof-duplicate-property.yaml");
  const embeddings = endpoint(index, "embeddings");
  expect(embeddings.params.map((p) => [p.name, p.required, p.pointer])).toStrictEqual([
    ["input", true, "/components/schemas/CreateEmbeddingRequest/properties/input"],
    ["model", false, "/components/schemas/CreateEmbeddingRequest/properties/model"],
    ["dimensions", false, "/components/schemas/CreateEmbeddingRequest/allOf/0/properties/dimensions"],
  ]);
});

test("spec index > 3.0 nullable and 3.1 null forms > are all nullable, a plain type is not", () => {
  const { index } = indexFixtureSpec("nullable-3.0-in-3.1.yaml");
  const chat = endpoint(index, "chat.completions");
  expect(Object.fromEntries(chat.params.map((p) => [p.name, p.nullable]))).toStrictEqual({
    model: false,
    nullable_keyword: true,
    type_list: true,
    any_of_null: true,
    one_of_null_ref: true,
    ref_to_nullable_enum: true,
    ref_with_nullable_sibling: true,
    all_of_wrapper: true,
    plain: false,
    deprecated_enum: false,
  });
});

test("spec index > closed enums > are read through a ref and a nullable anyOf wrapper", () => {
  const { index } = indexFixtureSpec("nullable-3.0-in-3.1.yaml");
  const chat = endpoint(index, "chat.completions");
  const enums = chat.params.filter((p) => p.enumValues).map((p) => [p.name, p.enumValues, p.deprecated]);
  expect(enums).toStrictEqual([
    ["model", ["m1"], false],
    ["ref_to_nullable_enum", ["low", "high"], false],
    ["deprecated_enum", ["auto", "none"], true],
  ]);
});

test("spec index > open model enum > collects ids through refs in order without duplicates and marks it open", () => {
  const { index } = indexFixtureSpec("open-model-enum.json");
  const chat = endpoint(index, "chat.completions");
  expect([chat.modelIds, chat.modelOpen]).toStrictEqual([["alpha", "beta", "gamma"], true]);
  expect(param(chat, "model").enumValues).toBeUndefined();
});

test("spec index > enum beside a plain string branch > has no enumValues; a nullable closed enum keeps its values", () => {
  const { index } = indexFixtureSpec("open-model-enum.json");
  const chat = endpoint(index, "chat.completions");
  expect(param(chat, "voice").enumValues).toBeUndefined();
  expect(param(chat, "service_tier").enumValues).toStrictEqual(["auto", "flex"]);
});

test("spec index > model without enum > gives a MG_SPEC_NO_MODEL_ENUM note and an open, empty id list", () => {
  const { index, diagnostics } = indexFixtureSpec("open-model-enum.json");
  const responses = endpoint(index, "responses");
  expect([responses.modelIds, responses.modelOpen]).toStrictEqual([[], true]);
  const notes = diagnostics.items.filter((d) => d.code === "MG_SPEC_NO_MODEL_ENUM");
  expect(notes).toStrictEqual([
    {
      code: "MG_SPEC_NO_MODEL_ENUM",
      severity: "note",
      message: "CreateResponse (responses) lists no model ids",
      location: { file: "open-model-enum.json", line: 59, column: 25 },
    },
  ]);
});

test("spec index > allModelIds > holds ids of model properties anywhere in schemas and request bodies", () => {
  const { index } = indexFixtureSpec("open-model-enum.json");
  expect([...index.allModelIds]).toStrictEqual(["alpha", "beta", "gamma", "nested-id", "property-named-properties", "inline-base"]);
});

test("spec index > missing endpoint > gives a note per endpoint and skips it", () => {
  const { index, diagnostics } = indexFixtureSpec("missing-endpoint.yaml");
  expect(index.endpoints.map((e) => e.key)).toStrictEqual(["chat.completions"]);
  expect(diagnostics.items.every((d) => d.code === "MG_SPEC_MISSING_ENDPOINT" && d.severity === "note")).toBe(true);
  expect(diagnostics.items.map((d) => d.message.split(";")[0])).toStrictEqual([
    "the spec has no POST /responses",
    "the spec has no POST /completions",
    "the spec has no POST /embeddings",
    "the spec has no POST /images/generations",
    "the spec has no POST /images/edits",
    "the spec has no POST /audio/speech",
    "the spec has no POST /audio/transcriptions",
    "the spec has no POST /moderations",
  ]);
  // An absent operation has no line to point at; locating /paths would re-parse the whole spec just for a note.
  expect(diagnostics.items.map((d) => d.location)).toStrictEqual(diagnostics.items.map(() => undefined));
});

test("spec index > discriminator without mapping > takes each member's role from its role property", () => {
  const { index } = indexFixtureSpec("discriminator-without-mapping.yaml");
  expect(endpoint(index, "chat.completions").messageRoles).toStrictEqual([
    { role: "system", schema: "SystemMessage" },
    { role: "user", schema: "UserMessage" },
    { role: "tool", schema: "ToolMessage" },
  ]);
});

test("spec index > endpoint without messages > has no messageRoles", () => {
  const { index } = indexFixtureSpec("allof-duplicate-property.yaml");
  expect(index.endpoints.map((e) => e.messageRoles)).toStrictEqual([undefined, undefined, undefined]);
});

test("spec index > JSON and multipart bodies > pick the contract's schema, then JSON, then multipart", () => {
  const { index, diagnostics } = indexFixtureSpec("json-and-multipart-bodies.yaml");
  expect(index.endpoints.map((e) => [e.key, e.requestSchema, e.contentType])).toStrictEqual([
    ["images.generate", "ImageJsonBody", "application/json; charset=utf-8"],
    ["images.edit", "CreateImageEditRequest", "multipart/form-data"],
    ["audio.transcriptions", "CreateTranscriptionRequest", "multipart/form-data"],
  ]);
  const warnings = diagnostics.items.filter((d) => d.severity === "warning");
  expect(warnings.map((d) => [d.code, d.location])).toStrictEqual([
    ["MG_SPEC_MISSING_ENDPOINT", { file: "json-and-multipart-bodies.yaml", line: 35, column: 13 }],
  ]);
});

const yamlFixtures = [
  "allof-duplicate-property.yaml",
  "nullable-3.0-in-3.1.yaml",
  "missing-endpoint.yaml",
  "discriminator-without-mapping.yaml",
  "bad-ref.yaml",
  "json-and-multipart-bodies.yaml",
];

test.each(yamlFixtures)("spec index > %s as JSON > gives the same index and diagnostics as the YAML", (name) => {
  const fromYaml = indexFixtureSpec(name);
  const json = JSON.stringify(load(readFileSync(`${specFixturesDir}${name}`, "utf8")), null, 2);
  const fromJson = indexParsed(parseSpecText(name.replace(/\.yaml$/, ".json"), json));
  expect(indexData(fromJson.index)).toStrictEqual(indexData(fromYaml.index));
  const messages = (items: { code: string; message: string }[]) => items.map((d) => [d.code, d.message]);
  expect(messages(fromJson.diagnostics.items)).toStrictEqual(messages(fromYaml.diagnostics.items));
});
