/**
 * Spec schemas → exported declarations: the reachable closure of a few root schemas, one interface or type alias each.
 */
import { UserError } from "../diagnostics/diagnostic.js";
import { isJsonObject } from "../spec/resolve-ref.js";
import type { JsonObject, JsonValue } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";
import { findCollisions, propertyKey, schemaTypeName } from "./names.js";
import { createSchemaTypeContext, objectMembers, type SchemaTypeContext, schemaToType, schemaToTypeExpr } from "./schema-to-type.js";
import type { InterfaceDeclaration, TypeAliasDeclaration } from "./structures.js";
import { printType } from "./type-expr.js";

export type SchemaDeclaration = InterfaceDeclaration | TypeAliasDeclaration;

function schemaOrThrow(ctx: SchemaTypeContext, name: string): JsonValue {
  const schema = Object.hasOwn(ctx.schemas, name) ? ctx.schemas[name] : undefined;
  if (schema === undefined) {
    const message = `schema "${name}" is not under components.schemas`;
    throw new UserError([{ code: "MG_SPEC_BAD_REF", severity: "error", message }]);
  }
  return schema;
}

/**
 * The names under components.schemas that the roots reach through `$ref` (roots included), sorted. Only refs that the
 * emitted types use count: a `$ref` inside `discriminator`, `not` or an example is not followed.
 */
export function collectReachableSchemas({ document, roots }: { document: JsonObject; roots: string[] }): string[] {
  const ctx = createSchemaTypeContext(document);
  const reached = new Set<string>();
  const queue = [...roots];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    const local: SchemaTypeContext = { schemas: ctx.schemas, usedSchemas: new Set() };
    schemaToTypeExpr({ schema: schemaOrThrow(ctx, name), ctx: local });
    queue.push(...[...local.usedSchemas].filter((used) => !reached.has(used)));
  }
  return [...reached].sort(compareStrings);
}

/** A plain object schema with properties and nothing that needs a union or an intersection. */
function isInterfaceShaped(schema: JsonObject): boolean {
  const composed = ["$ref", "allOf", "anyOf", "oneOf", "enum", "const"].some((key) => key in schema);
  const objectOnly = schema.type === undefined || schema.type === "object";
  const hasProperties = isJsonObject(schema.properties) && Object.keys(schema.properties).length > 0;
  return !composed && objectOnly && schema.nullable !== true && hasProperties;
}

function interfaceOf(name: string, schema: JsonObject, ctx: SchemaTypeContext): InterfaceDeclaration | undefined {
  const { properties, index, indexFits } = objectMembers(schema, ctx);
  if (!indexFits) return undefined;
  return {
    kind: "interface",
    name,
    isExported: true,
    properties: properties.map((p) => ({ name: propertyKey(p.name), type: printType(p.type), hasQuestionToken: p.optional })),
    indexSignatures: index ? [{ keyName: "key", keyType: "string", returnType: printType(index) }] : [],
  };
}

function declarationOf(schemaName: string, ctx: SchemaTypeContext): SchemaDeclaration {
  const name = schemaTypeName(schemaName);
  const schema = schemaOrThrow(ctx, schemaName);
  const asInterface = isJsonObject(schema) && isInterfaceShaped(schema) ? interfaceOf(name, schema, ctx) : undefined;
  return asInterface ?? { kind: "typeAlias", name, isExported: true, type: schemaToType({ schema, ctx }) };
}

function throwOnTypeNameCollisions(names: string[]): void {
  const collisions = findCollisions(new Map(names.map((name) => [name, schemaTypeName(name)])));
  if (collisions.length === 0) return;
  throw new UserError(
    collisions.map(({ identifier, sources }) => ({
      code: "MG_NAME_COLLISION",
      severity: "error",
      message: `schemas ${sources.map((s) => `"${s}"`).join(", ")} all map to the type name ${identifier}`,
      help: "rename one of the schemas in the spec",
    })),
  );
}

/**
 * One exported declaration per schema name, sorted by name: an interface for a plain object schema, else a type alias.
 * `names` must be closed under `$ref` (see `collectReachableSchemas`), or the output would not compile.
 */
export function emitSchemaTypes({ document, names }: { document: JsonObject; names: string[] }): SchemaDeclaration[] {
  const sorted = [...new Set(names)].sort(compareStrings);
  throwOnTypeNameCollisions(sorted);
  const ctx = createSchemaTypeContext(document);
  const declarations = sorted.map((name) => declarationOf(name, ctx));
  const emitted = new Set(sorted);
  const missing = [...ctx.usedSchemas].filter((used) => !emitted.has(used)).sort(compareStrings);
  if (missing.length > 0) throw new Error(`bug: emitted types refer to schemas not emitted: ${missing.join(", ")}`);
  return declarations;
}
