import { describe, expect, test } from "vitest";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import {
  builderName,
  camelName,
  findCollisions,
  literalType,
  pascalName,
  propertyKey,
  reportNameCollisions,
  schemaTypeName,
  stringLiteral,
} from "../../src/emit/names.js";

describe("names", () => {
  test.each([
    ["gpt-4o-mini", "Gpt4oMini"],
    ["o1-2024-12-17", "O1_2024_12_17"],
    ["gpt-4.1", "Gpt4_1"],
    ["gpt-3.5-turbo-0125", "Gpt3_5Turbo0125"],
    ["o1", "O1"],
    ["gpt-4o-2024-08-06", "Gpt4o2024_08_06"],
    ["chatgpt-4o-latest", "Chatgpt4oLatest"],
    ["ft:gpt-4o-mini:org::abc", "FtGpt4oMiniOrgAbc"],
    ["gpt-5.6-sol", "Gpt5_6Sol"],
    ["4o", "_4o"],
    ["--", "_"],
  ])("pascalName > %s becomes %s", (id, expected) => {
    expect(pascalName(id)).toBe(expected);
  });

  test.each([
    ["gpt-4o-mini", "gpt4oMini"],
    ["o1-2024-12-17", "o1_2024_12_17"],
    ["gpt-4.1", "gpt4_1"],
    ["o1", "o1"],
    ["new", "new_"],
  ])("camelName > %s becomes %s", (id, expected) => {
    expect(camelName(id)).toBe(expected);
  });

  test.each([
    ["gpt-4o-mini", "gpt4oMiniRequest"],
    ["o1", "o1Request"],
    ["gpt-3.5-turbo-0125", "gpt3_5Turbo0125Request"],
    ["o3-mini-2025-01-31", "o3Mini2025_01_31Request"],
  ])("builderName > %s becomes %s", (id, expected) => {
    expect(builderName(id)).toBe(expected);
  });

  test.each([
    ["CreateChatCompletionRequest", "CreateChatCompletionRequest"],
    ["Error", "Error"],
    ["_Private$", "_Private$"],
    ["MessagePhase-2", "MessagePhase_2"],
    ["a.b c", "a_b_c"],
    ["2D", "_2D"],
    ["string", "string_"],
    ["Blob", "Blob_"],
    ["Array", "Array_"],
  ])("schemaTypeName > %s becomes %s", (name, expected) => {
    expect(schemaTypeName(name)).toBe(expected);
  });

  test.each([
    ["model", "model"],
    ["$ref", "$ref"],
    ["default", "default"],
    ["login.succeeded", '"login.succeeded"'],
    ["x-api-key", '"x-api-key"'],
    ["0", '"0"'],
    ["", '""'],
    ['say "hi"', '"say \\"hi\\""'],
  ])("propertyKey > %s is written as %s", (name, expected) => {
    expect(propertyKey(name)).toBe(expected);
  });

  test.each([
    ["plain", '"plain"'],
    ['quote " and \\ backslash', '"quote \\" and \\\\ backslash"'],
    ["line\nbreak\ttab", '"line\\nbreak\\ttab"'],
    ["<|endoftext|>", '"<|endoftext|>"'],
    ["\u2028\u2029", '"\\u2028\\u2029"'],
    ["\u0001", '"\\u0001"'],
    ["é🙂", '"é🙂"'],
    ["*/ not a comment end", '"*/ not a comment end"'],
  ])("stringLiteral > %j is written as %s", (value, expected) => {
    expect(stringLiteral(value)).toBe(expected);
  });

  test("stringLiteral > every output evaluates back to its input", () => {
    for (const value of ["a", '"', "\\", "\n", "\u2028", "\ud800", "\u0024{x}", "`"]) {
      expect(JSON.parse(stringLiteral(value))).toBe(value);
    }
  });

  test.each([
    ["user", '"user"'],
    [0, "0"],
    [-2, "-2"],
    [1.5, "1.5"],
    [true, "true"],
    [false, "false"],
    [null, "null"],
  ] as const)("literalType > %j is written as %s", (value, expected) => {
    expect(literalType(value)).toBe(expected);
  });

  test("literalType > a non-finite number is a bug", () => {
    expect(() => literalType(Number.NaN)).toThrow(/bug/);
  });

  test("findCollisions > groups the inputs that share an identifier, sorted", () => {
    const names = new Map([
      ["gpt-4.1", "gpt4_1Request"],
      ["o1", "o1Request"],
      ["gpt_4_1", "gpt4_1Request"],
      ["gpt-4-1", "gpt4_1Request"],
      ["b", "x"],
      ["a", "x"],
    ]);
    expect(findCollisions(names)).toStrictEqual([
      { identifier: "gpt4_1Request", sources: ["gpt-4-1", "gpt-4.1", "gpt_4_1"] },
      { identifier: "x", sources: ["a", "b"] },
    ]);
  });

  test("findCollisions > distinct identifiers give no collision", () => {
    expect(
      findCollisions(
        new Map([
          ["o1", "o1Request"],
          ["o3", "o3Request"],
        ]),
      ),
    ).toStrictEqual([]);
  });

  test("reportNameCollisions > adds one MG_NAME_COLLISION error per shared identifier", () => {
    const diagnostics = new Diagnostics();
    const ids = ["gpt-4.1", "gpt-4-1", "o1"];
    reportNameCollisions({ names: new Map(ids.map((id) => [id, builderName(id)])), kind: "builder", diagnostics });
    expect(diagnostics.items).toStrictEqual([
      {
        code: "MG_NAME_COLLISION",
        severity: "error",
        message: 'model ids "gpt-4-1", "gpt-4.1" all map to the identifier gpt4_1Request',
        help: "classify only one of these ids in the overlay: drop the other's entry under `models:` (or its alias); a spec id left out is then unclassified (a warning, an error with --strict) and goes through the generic builder",
      },
    ]);
  });
});
