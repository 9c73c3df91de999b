import { describe, expect, test } from "vitest";
import { UserError } from "../../src/diagnostics/diagnostic.js";
import { collectReachableSchemas, emitSchemaTypes } from "../../src/emit/emit-schema-types.js";
import type { JsonObject } from "../../src/spec/spec-types.js";

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

const document: JsonObject = {
  components: {
    schemas: {
      Request: { allOf: [ref("Base"), { type: "object", properties: { messages: { type: "array", items: ref("Message") } } }] },
      Base: { type: "object", properties: { metadata: ref("Metadata") } },
      Metadata: { type: "object", additionalProperties: { type: "string" }, nullable: true },
      Message: { oneOf: [ref("UserMessage"), ref("ToolMessage")], discriminator: { propertyName: "role", mapping: { x: ref("Unused") } } },
      UserMessage: {
        type: "object",
        properties: { role: { type: "string", enum: ["user"] }, content: { type: "string" } },
        required: ["role", "content"],
      },
      ToolMessage: {
        type: "object",
        properties: { role: { type: "string", enum: ["tool"] }, self: ref("ToolMessage") },
        required: ["role"],
      },
      Unused: { type: "string", example: { $ref: "#/components/schemas/AlsoUnused" } },
      AlsoUnused: { type: "string" },
      Bag: { type: "object", properties: { id: { type: "string" } }, required: ["id"], additionalProperties: { type: "string" } },
      Loose: { type: "object", properties: { id: { type: "number" } }, additionalProperties: { type: "string" } },
      "Phase-2": { type: "string", enum: ["a"] },
    },
  },
};

describe("collectReachableSchemas", () => {
  test("follows $ref through allOf, oneOf, items and properties, roots included, sorted", () => {
    expect(collectReachableSchemas({ document, roots: ["Request"] })).toStrictEqual([
      "Base",
      "Message",
      "Metadata",
      "Request",
      "ToolMessage",
      "UserMessage",
    ]);
  });

  test("does not follow refs in discriminator mappings or examples", () => {
    expect(collectReachableSchemas({ document, roots: ["Message", "Unused"] })).not.toContain("AlsoUnused");
  });

  test("a self-reference is visited once", () => {
    expect(collectReachableSchemas({ document, roots: ["ToolMessage"] })).toStrictEqual(["ToolMessage"]);
  });

  test("an unknown root is a user error MG_SPEC_BAD_REF", () => {
    expect(() => collectReachableSchemas({ document, roots: ["Nope"] })).toThrow(UserError);
  });
});

describe("emitSchemaTypes", () => {
  test("object schemas become interfaces, the rest type aliases, sorted by name", () => {
    const names = collectReachableSchemas({ document, roots: ["Request"] });
    expect(emitSchemaTypes({ document, names })).toStrictEqual([
      {
        kind: "interface",
        name: "Base",
        isExported: true,
        properties: [{ name: "metadata", type: "Metadata", hasQuestionToken: true }],
        indexSignatures: [],
      },
      { kind: "typeAlias", name: "Message", isExported: true, type: "UserMessage | ToolMessage" },
      { kind: "typeAlias", name: "Metadata", isExported: true, type: "{ [key: string]: string } | null" },
      { kind: "typeAlias", name: "Request", isExported: true, type: "Base & { messages?: Message[] }" },
      {
        kind: "interface",
        name: "ToolMessage",
        isExported: true,
        properties: [
          { name: "role", type: '"tool"', hasQuestionToken: false },
          { name: "self", type: "ToolMessage", hasQuestionToken: true },
        ],
        indexSignatures: [],
      },
      {
        kind: "interface",
        name: "UserMessage",
        isExported: true,
        properties: [
          { name: "role", type: '"user"', hasQuestionToken: false },
          { name: "content", type: "string", hasQuestionToken: false },
        ],
        indexSignatures: [],
      },
    ]);
  });

  test("an index signature that fits every property stays on the interface", () => {
    expect(emitSchemaTypes({ document, names: ["Bag"] })).toStrictEqual([
      {
        kind: "interface",
        name: "Bag",
        isExported: true,
        properties: [{ name: "id", type: "string", hasQuestionToken: false }],
        indexSignatures: [{ keyName: "key", keyType: "string", returnType: "string" }],
      },
    ]);
  });

  test("an index signature that clashes with a property makes a type alias with an unknown index", () => {
    expect(emitSchemaTypes({ document, names: ["Loose"] })).toStrictEqual([
      { kind: "typeAlias", name: "Loose", isExported: true, type: "{ id?: number; [key: string]: unknown }" },
    ]);
  });

  test("a schema name that is not an identifier is renamed, and duplicates in names are emitted once", () => {
    expect(emitSchemaTypes({ document, names: ["Phase-2", "Phase-2"] })).toStrictEqual([
      { kind: "typeAlias", name: "Phase_2", isExported: true, type: '"a"' },
    ]);
  });

  test("two schema names with the same type name are a user error MG_NAME_COLLISION", () => {
    const clash: JsonObject = { components: { schemas: { "A-B": { type: "string" }, A_B: { type: "string" } } } };
    expect(() => emitSchemaTypes({ document: clash, names: ["A-B", "A_B"] })).toThrow(/MG_NAME_COLLISION.*"A-B", "A_B".*A_B/);
  });

  test("names that are not closed under $ref are a bug, not silent broken output", () => {
    expect(() => emitSchemaTypes({ document, names: ["Request"] })).toThrow(/bug: .*Base, Message/);
  });
});
