import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parseFixtureSpec, parseSpecText, specFixturesDir } from "../support/spec-fixtures.js";

const minimalYaml = "openapi: 3.1.0\ninfo:\n  title: minimal\n  version: '1'\npaths: {}\ncomponents: {}\n";

function summary(diagnostics: { items: { code: string; severity: string; message: string; location?: unknown }[] }) {
  return diagnostics.items.map(({ code, severity, message, location }) => ({ code, severity, message, location }));
}

test("load spec > broken YAML > reports MG_SPEC_PARSE at the offending line and column", () => {
  const { spec, diagnostics } = parseFixtureSpec("broken-yaml.yaml");
  expect(spec).toBeUndefined();
  expect(summary(diagnostics)).toStrictEqual([
    {
      code: "MG_SPEC_PARSE",
      severity: "error",
      message: "invalid YAML: bad indentation of a mapping entry",
      location: { file: "broken-yaml.yaml", line: 10, column: 6 },
    },
  ]);
});

test("load spec > broken JSON > reports MG_SPEC_PARSE at the offending line and column", () => {
  const { spec, diagnostics } = parseFixtureSpec("broken-json.json");
  expect(spec).toBeUndefined();
  expect(summary(diagnostics)).toStrictEqual([
    {
      code: "MG_SPEC_PARSE",
      severity: "error",
      message: 'invalid JSON: unexpected "t" where a value was expected',
      location: { file: "broken-json.json", line: 4, column: 37 },
    },
  ]);
});

test("load spec > JSON cut short > reports MG_SPEC_PARSE at the end of the text", () => {
  const { diagnostics } = parseSpecText("cut.json", '{"openapi": "3.1.0",\n"paths": {');
  expect(summary(diagnostics)).toStrictEqual([
    {
      code: "MG_SPEC_PARSE",
      severity: "error",
      message: "invalid JSON: unexpected end of input where a double-quoted property name was expected",
      location: { file: "cut.json", line: 2, column: 11 },
    },
  ]);
});

test("load spec > text starting with { under a .yaml name > is parsed as JSON", () => {
  // Duplicate keys: JSON.parse keeps the last one, js-yaml would refuse the document.
  const text = '  {"openapi": "3.1.0", "paths": {}, "components": {}, "paths": {"/x": {}}}';
  const { spec, diagnostics } = parseSpecText("spec.yaml", text);
  expect(diagnostics.items).toStrictEqual([]);
  expect(spec?.document.paths).toStrictEqual({ "/x": {} });
});

test("load spec > Swagger 2.0 document > reports MG_SPEC_NOT_OPENAPI for the version and the missing components", () => {
  const { spec, diagnostics } = parseFixtureSpec("not-openapi.yaml");
  expect(spec).toBeUndefined();
  expect(summary(diagnostics)).toStrictEqual([
    {
      code: "MG_SPEC_NOT_OPENAPI",
      severity: "error",
      message: '`openapi` is missing, expected a version string "3.x" (this is a Swagger 2.0 document)',
      location: { file: "not-openapi.yaml", line: 1, column: 1 },
    },
    {
      code: "MG_SPEC_NOT_OPENAPI",
      severity: "error",
      message: "`components` is missing",
      location: { file: "not-openapi.yaml", line: 1, column: 1 },
    },
  ]);
});

test("load spec > unquoted openapi: 3.1 (a number) > reports MG_SPEC_NOT_OPENAPI at the openapi line", () => {
  const text = "info:\n  title: t\n  version: '1'\nopenapi: 3.1\npaths: {}\ncomponents: {}\n";
  const { spec, diagnostics } = parseSpecText("number.yaml", text);
  expect(spec).toBeUndefined();
  expect(summary(diagnostics)).toStrictEqual([
    {
      code: "MG_SPEC_NOT_OPENAPI",
      severity: "error",
      message: '`openapi` is 3.1, expected a version string "3.x"',
      location: { file: "number.yaml", line: 4, column: 1 },
    },
  ]);
});

test("load spec > a list at the top level > reports MG_SPEC_NOT_OPENAPI", () => {
  const { spec, diagnostics } = parseSpecText("list.yaml", "- openapi: 3.1.0\n");
  expect(spec).toBeUndefined();
  expect(diagnostics.items.map((d) => [d.code, d.message])).toStrictEqual([["MG_SPEC_NOT_OPENAPI", "the document is not a mapping"]]);
});

test("load spec > sha256 > is the hex digest of the file's bytes", () => {
  const bytes = readFileSync(`${specFixturesDir}allof-duplicate-property.yaml`);
  const { spec } = parseFixtureSpec("allof-duplicate-property.yaml");
  expect(spec?.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
});

test("load spec > YAML timestamps > stay strings, as in the JSON form of the same spec", () => {
  const { spec } = parseSpecText("dates.yaml", `${minimalYaml}x-released: 2024-10-01\n`);
  expect(spec?.document["x-released"]).toBe("2024-10-01");
});

test("load spec > UTF-8 byte order mark > is ignored", () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"openapi": "3.0.3", "paths": {}, "components": {}}')]);
  const { spec, diagnostics } = parseSpecText("bom.json", bytes);
  expect(diagnostics.items).toStrictEqual([]);
  expect(spec?.document.openapi).toBe("3.0.3");
});

test("load spec > locate in YAML > gives the line and column of the pointer's key or item", () => {
  const { spec } = parseFixtureSpec("allof-duplicate-property.yaml");
  const base = "/components/schemas/CreateChatCompletionRequest/allOf";
  expect(spec?.locate(`${base}/1/properties/top_logprobs`)).toStrictEqual({ file: "allof-duplicate-property.yaml", line: 59, column: 13 });
  expect(spec?.locate(`${base}/0`)).toStrictEqual({ file: "allof-duplicate-property.yaml", line: 53, column: 11 });
  expect(spec?.locate("/paths/~1chat~1completions")).toStrictEqual({ file: "allof-duplicate-property.yaml", line: 6, column: 3 });
});

test("load spec > locate in JSON > gives the line and column of the pointer's key", () => {
  const { spec } = parseFixtureSpec("open-model-enum.json");
  const pointer = "/components/schemas/CreateChatCompletionRequest/properties/voice";
  expect(spec?.locate(pointer)).toStrictEqual({ file: "open-model-enum.json", line: 53, column: 11 });
});

test("load spec > locate an absent pointer > falls back to line 1, column 1", () => {
  const { spec } = parseFixtureSpec("allof-duplicate-property.yaml");
  expect(spec?.locate("/components/schemas/Nope")).toStrictEqual({ file: "allof-duplicate-property.yaml", line: 1, column: 1 });
  expect(spec?.locate("/paths/~1chat~1completions/post/requestBody/content/application~1json/schema/$ref/0")).toStrictEqual({
    file: "allof-duplicate-property.yaml",
    line: 1,
    column: 1,
  });
});
