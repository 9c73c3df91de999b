import { describe, expect, test } from "vitest";
import { UserError } from "../../src/diagnostics/diagnostic.js";
import { createSchemaTypeContext, refSchemaName, schemaToType } from "../../src/emit/schema-to-type.js";
import type { JsonObject, JsonValue } from "../../src/spec/spec-types.js";

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

const document: JsonObject = {
  components: {
    schemas: {
      Pet: { type: "object", properties: { name: { type: "string" } } },
      Color: { type: "string", enum: ["red", "green"] },
      Alias: ref("Color"),
      "Phase-2": { type: "string", enum: ["a"] },
    },
  },
};

function typeOf(schema: JsonValue): string {
  return schemaToType({ schema, ctx: createSchemaTypeContext(document) });
}

type Row = [title: string, schema: JsonValue, expected: string];

const scalarRows: Row[] = [
  ["string", { type: "string" }, "string"],
  ["number", { type: "number" }, "number"],
  ["integer is number", { type: "integer", format: "int64" }, "number"],
  ["boolean", { type: "boolean" }, "boolean"],
  ["null", { type: "null" }, "null"],
  ["3.1 type array", { type: ["string", "null"] }, "string | null"],
  ["3.1 type array with two non-null types", { type: ["integer", "string"] }, "number | string"],
  ["3.0 nullable", { type: "integer", nullable: true }, "number | null"],
  ["nullable: false changes nothing", { type: "string", nullable: false }, "string"],
  ["format: binary is the output's Uploadable", { type: "string", format: "binary" }, 'import("./brand.gen.js").Uploadable'],
  ["other formats are plain strings", { type: "string", format: "uri" }, "string"],
  ["empty schema", {}, "unknown"],
  ["annotations only", { description: "d", title: "t", example: 1, "x-oaiMeta": {} }, "unknown"],
  ["boolean schema true", true, "unknown"],
  ["boolean schema false", false, "never"],
];

const literalRows: Row[] = [
  ["string enum", { type: "string", enum: ["a", "b"] }, '"a" | "b"'],
  ["single-value enum (a role)", { type: "string", enum: ["user"] }, '"user"'],
  ["number enum", { type: "integer", enum: [1, -2] }, "1 | -2"],
  ["enum with null", { type: "string", enum: ["a", null] }, '"a" | null'],
  ["nullable enum", { type: "string", enum: ["a"], nullable: true }, '"a" | null'],
  ["enum escapes quotes", { type: "string", enum: ['say "x"'] }, '"say \\"x\\""'],
  ["enum duplicates collapse", { enum: ["a", "a"] }, '"a"'],
  ["const", { const: "text" }, '"text"'],
  ["const with type", { type: "string", const: "text" }, '"text"'],
  ["nullable const", { const: 3, nullable: true }, "3 | null"],
  ["const null", { const: null }, "null"],
];

const compositionRows: Row[] = [
  ["$ref is the type name", ref("Pet"), "Pet"],
  ["$ref with a name that is not an identifier", ref("Phase-2"), "Phase_2"],
  ["$ref siblings are ignored", { ...ref("Pet"), description: "d", type: "object" }, "Pet"],
  ["nullable $ref", { ...ref("Pet"), nullable: true }, "Pet | null"],
  ["anyOf", { anyOf: [{ type: "string" }, { type: "number" }] }, "string | number"],
  ["oneOf with 3.1 null branch", { oneOf: [ref("Pet"), { type: "null" }] }, "Pet | null"],
  ["union deduplicates and keeps order", { anyOf: [ref("Pet"), { type: "string" }, ref("Pet")] }, "Pet | string"],
  ["null goes last, once", { nullable: true, oneOf: [{ type: "string", nullable: true }, { type: "number" }] }, "string | number | null"],
  ["nested unions flatten", { anyOf: [{ oneOf: [{ type: "string" }, { type: "null" }] }, { type: "number" }] }, "string | number | null"],
  ["an empty branch makes the union unknown", { anyOf: [{ type: "string" }, {}] }, "unknown"],
  ["open enum keeps its literals", { anyOf: [{ type: "string" }, { type: "string", enum: ["a", "b"] }] }, '(string & {}) | "a" | "b"'],
  ["open enum through a $ref", { anyOf: [{ type: "string" }, ref("Color")] }, "(string & {}) | Color"],
  ["open enum through a $ref chain", { anyOf: [{ type: "string" }, ref("Alias")] }, "(string & {}) | Alias"],
  ["string beside an object ref stays string", { anyOf: [{ type: "string" }, ref("Pet")] }, "string | Pet"],
  [
    "allOf is an intersection",
    { allOf: [ref("Pet"), { type: "object", properties: { id: { type: "integer" } } }] },
    "Pet & { id?: number }",
  ],
  ["single-part allOf is that part", { allOf: [ref("Pet")] }, "Pet"],
  ["allOf part that only says nullable", { allOf: [ref("Pet"), { nullable: true }] }, "Pet | null"],
  ["allOf beside own properties", { allOf: [ref("Pet")], properties: { id: { type: "string" } } }, "Pet & { id?: string }"],
  [
    "union inside an intersection is parenthesised",
    { allOf: [ref("Pet"), { oneOf: [ref("Color"), { type: "number" }] }] },
    "Pet & (Color | number)",
  ],
  [
    "intersection inside a union is parenthesised",
    { anyOf: [{ allOf: [ref("Pet"), ref("Color")] }, { type: "null" }] },
    "(Pet & Color) | null",
  ],
  [
    "constraint-only branches leave the object as is",
    { type: "object", properties: { a: { type: "string" } }, oneOf: [{ required: ["a"] }] },
    "{ a?: string }",
  ],
  ["type beside oneOf adds nothing", { type: "object", oneOf: [ref("Pet"), ref("Color")] }, "Pet | Color"],
  ["discriminator is ignored", { oneOf: [ref("Pet"), ref("Color")], discriminator: { propertyName: "role" } }, "Pet | Color"],
];

const objectRows: Row[] = [
  [
    "object with properties",
    { type: "object", properties: { a: { type: "string" }, b: { type: "number" } }, required: ["a"] },
    "{ a: string; b?: number }",
  ],
  ["a default does not make a property required", { type: "object", properties: { n: { type: "integer", default: 1 } } }, "{ n?: number }"],
  [
    "property names that are not identifiers are quoted",
    { properties: { "login.succeeded": { type: "boolean" } } },
    '{ "login.succeeded"?: boolean }',
  ],
  [
    "required names without a property are ignored",
    { type: "object", properties: { a: { type: "string" } }, required: ["a", "zzz"] },
    "{ a: string }",
  ],
  ["object without properties", { type: "object" }, "{ [key: string]: unknown }"],
  ["object with empty properties", { type: "object", properties: {} }, "{ [key: string]: unknown }"],
  ["additionalProperties: false without properties", { type: "object", additionalProperties: false }, "{ [key: string]: never }"],
  ["additionalProperties: true", { type: "object", additionalProperties: true }, "{ [key: string]: unknown }"],
  ["additionalProperties schema", { type: "object", additionalProperties: { type: "integer" } }, "{ [key: string]: number }"],
  ["nullable map", { type: "object", nullable: true, additionalProperties: { type: "integer" } }, "{ [key: string]: number } | null"],
  ["additionalProperties: false with properties", { properties: { a: { type: "string" } }, additionalProperties: false }, "{ a?: string }"],
  [
    "index that fits every property keeps its type",
    { properties: { a: { type: "string" } }, required: ["a"], additionalProperties: { type: "string" } },
    "{ a: string; [key: string]: string }",
  ],
  [
    "index that clashes with a property becomes unknown",
    { properties: { a: { type: "number" } }, required: ["a"], additionalProperties: { type: "string" } },
    "{ a: number; [key: string]: unknown }",
  ],
  [
    "index beside an optional property becomes unknown",
    { properties: { a: { type: "string" } }, additionalProperties: { type: "string" } },
    "{ a?: string; [key: string]: unknown }",
  ],
  ["properties without type is an object", { properties: { a: { type: "string" } } }, "{ a?: string }"],
  ["3.1 nullable object via type array", { type: ["object", "null"], properties: { a: { type: "string" } } }, "{ a?: string } | null"],
];

const arrayRows: Row[] = [
  ["array", { type: "array", items: { type: "string" } }, "string[]"],
  ["array without items", { type: "array" }, "unknown[]"],
  ["items without type is an array", { items: ref("Pet") }, "Pet[]"],
  ["array of a union", { type: "array", items: { oneOf: [ref("Pet"), ref("Color")] } }, "Array<Pet | Color>"],
  ["array of a nullable", { type: "array", items: { type: "string", nullable: true } }, "Array<string | null>"],
  ["array of arrays", { type: "array", items: { type: "array", items: { type: "number" } } }, "number[][]"],
  ["array of objects", { type: "array", items: { properties: { a: { type: "string" } } } }, "{ a?: string }[]"],
  ["array of a negative literal", { type: "array", items: { const: -1 } }, "Array<-1>"],
  ["nullable array", { type: "array", items: { type: "string" }, nullable: true }, "string[] | null"],
  ["array of binaries", { type: "array", items: { type: "string", format: "binary" } }, 'import("./brand.gen.js").Uploadable[]'],
];

describe("schemaToType", () => {
  test.each(scalarRows)("scalars > %s", (_title, schema, expected) => expect(typeOf(schema)).toStrictEqual(expected));
  test.each(literalRows)("literals > %s", (_title, schema, expected) => expect(typeOf(schema)).toStrictEqual(expected));
  test.each(compositionRows)("composition > %s", (_title, schema, expected) => expect(typeOf(schema)).toStrictEqual(expected));
  test.each(objectRows)("objects > %s", (_title, schema, expected) => expect(typeOf(schema)).toStrictEqual(expected));
  test.each(arrayRows)("arrays > %s", (_title, schema, expected) => expect(typeOf(schema)).toStrictEqual(expected));

  test("records every referenced schema name as used, by its spec name", () => {
    const ctx = createSchemaTypeContext(document);
    schemaToType({ schema: { anyOf: [ref("Pet"), { type: "array", items: ref("Phase-2") }] }, ctx });
    expect([...ctx.usedSchemas].sort()).toStrictEqual(["Pet", "Phase-2"]);
  });

  test("a $ref to a missing schema is a user error MG_SPEC_BAD_REF", () => {
    const run = () => typeOf(ref("Nope"));
    expect(run).toThrow(UserError);
    expect(run).toThrow(/MG_SPEC_BAD_REF.*#\/components\/schemas\/Nope/);
  });

  test("a non-local $ref is a user error MG_SPEC_BAD_REF", () => {
    expect(() => typeOf({ $ref: "other.yaml#/components/schemas/Pet" })).toThrow(/MG_SPEC_BAD_REF/);
  });

  test("the same schema gives the same text every time", () => {
    const schema: JsonValue = { anyOf: [{ type: "string" }, { enum: ["b", "a"] }, ref("Pet"), { type: "null" }] };
    expect(typeOf(schema)).toStrictEqual(typeOf(JSON.parse(JSON.stringify(schema))));
  });
});

describe("refSchemaName", () => {
  test.each([
    ["#/components/schemas/Pet", "Pet"],
    ["#/components/schemas/a~1b~0c", "a/b~c"],
    ["#/components/schemas/with%20space", "with space"],
    ["#/components/schemas/Pet/properties/name", undefined],
    ["#/components/responses/Pet", undefined],
    ["#/components/schemas/", undefined],
    ["#/components/schemas/%E0%A4%A", undefined],
  ])("%s names %s", (input, expected) => {
    expect(refSchemaName(input)).toStrictEqual(expected);
  });
});
