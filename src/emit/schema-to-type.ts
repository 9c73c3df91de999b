/**
 * Schema node → TypeScript type. Reads OpenAPI 3.0 and 3.1 schemas alike (`nullable: true` and `type: [.., "null"]`).
 * Ignored on purpose: `discriminator` (the spec's have no mapping; role literals come from the members' own `enum`),
 * `default` (an optional property stays optional), and every annotation (`description`, `title`, `example(s)`, `x-*`).
 */
import { UserError } from "../diagnostics/diagnostic.js";
import { isJsonObject } from "../spec/resolve-ref.js";
import type { JsonObject, JsonValue } from "../spec/spec-types.js";
import { schemaTypeName } from "./names.js";
import { intersectionOf, isKeyword, keyword, type PropertyMember, printType, type TypeExpr, unionOf } from "./type-expr.js";

export interface SchemaTypeContext {
  /** `components.schemas` of the document: every `$ref` resolves here. */
  readonly schemas: Readonly<Record<string, JsonValue>>;
  /** The schema names (as in the spec) that returned types refer to; each call adds to it. */
  readonly usedSchemas: Set<string>;
}

export interface SchemaInput {
  schema: JsonValue;
  ctx: SchemaTypeContext;
}

export function createSchemaTypeContext(document: JsonObject): SchemaTypeContext {
  const components = document.components;
  const schemas = isJsonObject(components) && isJsonObject(components.schemas) ? components.schemas : {};
  return { schemas, usedSchemas: new Set() };
}

const schemaRefPrefix = "#/components/schemas/";

/** The schema name a local `$ref` points to ("#/components/schemas/Foo" → "Foo"), or undefined for other refs. */
export function refSchemaName(ref: string): string | undefined {
  if (!ref.startsWith(schemaRefPrefix)) return undefined;
  const token = ref.slice(schemaRefPrefix.length);
  if (token === "" || token.includes("/")) return undefined;
  try {
    return decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
  } catch {
    return undefined;
  }
}

/** The TypeScript type text of a schema node. */
export function schemaToType({ schema, ctx }: SchemaInput): string {
  return printType(schemaToTypeExpr({ schema, ctx }));
}

export function schemaToTypeExpr({ schema, ctx }: SchemaInput): TypeExpr {
  if (schema === false) return keyword("never");
  if (!isJsonObject(schema)) return keyword("unknown");
  // A schema object converts to the same type every time: each is converted once per context (its first
  // conversion has already added the names it refers to to `usedSchemas`).
  let converted = conversions.get(ctx);
  if (!converted) {
    converted = new WeakMap();
    conversions.set(ctx, converted);
  }
  const known = converted.get(schema);
  if (known) return known;
  const base = baseExpr(schema, ctx);
  const type = isNullable(schema) ? unionOf([base, keyword("null")]) : base;
  converted.set(schema, type);
  return type;
}

const conversions = new WeakMap<SchemaTypeContext, WeakMap<JsonObject, TypeExpr>>();

/** Keywords that give a schema a shape; a node without any of them only constrains its parent. */
const shapeKeywords = ["$ref", "type", "properties", "additionalProperties", "items", "enum", "const", "anyOf", "oneOf", "allOf"];

function hasShape(schema: JsonObject): boolean {
  return shapeKeywords.some((key) => key in schema);
}

/** `nullable: true` here, or in a shapeless `allOf` part (`allOf: [{ $ref }, { nullable: true }]`). */
function isNullable(schema: JsonObject): boolean {
  if (schema.nullable === true) return true;
  const parts = Array.isArray(schema.allOf) ? schema.allOf : [];
  return parts.some((part) => isJsonObject(part) && part.nullable === true && !hasShape(part));
}

function baseExpr(schema: JsonObject, ctx: SchemaTypeContext): TypeExpr {
  if (typeof schema.$ref === "string") return referenceExpr(schema.$ref, ctx);
  const parts = compositeParts(schema, ctx);
  if (parts.length === 0) return ownExpr(schema, ctx);
  const composite = intersectionOf(parts);
  if (isJsonObject(schema.properties) && Object.keys(schema.properties).length > 0) {
    return intersectionOf([composite, ownExpr(schema, ctx)]);
  }
  return isKeyword(composite, "unknown") ? ownExpr(schema, ctx) : composite;
}

/** allOf parts, then one union per anyOf/oneOf; an empty list means the node has no composition. */
function compositeParts(schema: JsonObject, ctx: SchemaTypeContext): TypeExpr[] {
  const toExpr = (sub: JsonValue) => schemaToTypeExpr({ schema: sub, ctx });
  const parts: TypeExpr[] = [];
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) parts.push(...schema.allOf.map(toExpr));
  for (const key of ["anyOf", "oneOf"]) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) parts.push(unionOf(branches.map(toExpr)));
  }
  return parts;
}

function literalExpr(value: JsonValue): TypeExpr {
  if (value === null) return keyword("null");
  if (typeof value === "object") return keyword("unknown");
  return { kind: "literal", value };
}

function typeNames(schema: JsonObject): string[] {
  const { type } = schema;
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === "string");
  if ("properties" in schema || "additionalProperties" in schema) return ["object"];
  return "items" in schema ? ["array"] : [];
}

/** The node's own type, from `const`, `enum` or `type` (composition aside). */
function ownExpr(schema: JsonObject, ctx: SchemaTypeContext): TypeExpr {
  if ("const" in schema) return literalExpr(schema.const ?? null);
  if (Array.isArray(schema.enum)) return unionOf(schema.enum.map(literalExpr));
  const names = typeNames(schema);
  if (names.length === 0) return keyword("unknown");
  return unionOf(names.map((name) => typeExpr(name, schema, ctx)));
}

/**
 * A file upload (`type: string, format: binary`): brand.gen.d.ts's `Uploadable`, named through an import type so that
 * any output module may use it without an import statement of its own.
 */
const uploadable: TypeExpr = { kind: "reference", name: 'import("./brand.gen.js").Uploadable', stringOnly: false };

function typeExpr(name: string, schema: JsonObject, ctx: SchemaTypeContext): TypeExpr {
  switch (name) {
    case "string":
      return schema.format === "binary" ? uploadable : keyword("string");
    case "number":
    case "integer":
      return keyword("number");
    case "boolean":
    case "null":
      return keyword(name);
    case "object":
      return objectExpr(schema, ctx);
    case "array":
      return { kind: "array", element: schemaToTypeExpr({ schema: schema.items ?? true, ctx }) };
    default:
      return keyword("unknown");
  }
}

export interface ObjectMembers {
  properties: PropertyMember[];
  /** The type of `additionalProperties`, when the object has an index signature. */
  index?: TypeExpr;
  /** Whether every property is assignable to `index`, so the index signature may keep that type. */
  indexFits: boolean;
}

/** Properties in spec order (required ones non-optional; a `default` changes nothing) and the index signature. */
export function objectMembers(schema: JsonObject, ctx: SchemaTypeContext): ObjectMembers {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const entries = isJsonObject(schema.properties) ? Object.entries(schema.properties) : [];
  const properties = entries.map(([name, sub]) => ({
    name,
    type: schemaToTypeExpr({ schema: sub, ctx }),
    optional: !required.has(name),
  }));
  const extra = schema.additionalProperties;
  if (extra === undefined || extra === false) {
    if (properties.length > 0) return { properties, indexFits: true };
    return { properties, index: keyword(extra === false ? "never" : "unknown"), indexFits: true };
  }
  const index = schemaToTypeExpr({ schema: extra, ctx });
  return { properties, index, indexFits: indexAdmits(properties, index) };
}

function indexAdmits(properties: PropertyMember[], index: TypeExpr): boolean {
  if (isKeyword(index, "unknown")) return true;
  const text = printType(index);
  return properties.every((p) => !p.optional && printType(p.type) === text);
}

/** An inline object type; an index signature that would clash with a property becomes `unknown`. */
function objectExpr(schema: JsonObject, ctx: SchemaTypeContext): TypeExpr {
  const { properties, index, indexFits } = objectMembers(schema, ctx);
  if (!index) return { kind: "object", properties };
  return { kind: "object", properties, index: indexFits ? index : keyword("unknown") };
}

function referenceExpr(ref: string, ctx: SchemaTypeContext): TypeExpr {
  const name = refSchemaName(ref);
  if (name === undefined || !Object.hasOwn(ctx.schemas, name)) {
    throw new UserError([{ code: "MG_SPEC_BAD_REF", severity: "error", message: `$ref "${ref}" points to no schema` }]);
  }
  ctx.usedSchemas.add(name);
  return { kind: "reference", name: schemaTypeName(name), stringOnly: admitsOnlyStrings(ctx.schemas[name], ctx) };
}

/**
 * Whether a schema admits strings only (an enum, const or union of strings), so a union may keep its literals.
 * Memoised per schema object and context; a schema met again while it is being decided (a loop) counts as not.
 */
function admitsOnlyStrings(schema: JsonValue | undefined, ctx: SchemaTypeContext): boolean {
  if (!isJsonObject(schema)) return false;
  let decided = stringOnlyDecisions.get(ctx);
  if (!decided) {
    decided = new WeakMap();
    stringOnlyDecisions.set(ctx, decided);
  }
  const known = decided.get(schema);
  if (known !== undefined) return known;
  decided.set(schema, false);
  const result = decideStringsOnly(schema, ctx);
  decided.set(schema, result);
  return result;
}

const stringOnlyDecisions = new WeakMap<SchemaTypeContext, WeakMap<JsonObject, boolean>>();

function decideStringsOnly(schema: JsonObject, ctx: SchemaTypeContext): boolean {
  if (isNullable(schema)) return false;
  if (typeof schema.$ref === "string") {
    const name = refSchemaName(schema.$ref);
    return name !== undefined && admitsOnlyStrings(ctx.schemas[name], ctx);
  }
  if ("const" in schema) return typeof schema.const === "string";
  if (Array.isArray(schema.enum)) return schema.enum.length > 0 && schema.enum.every((v) => typeof v === "string");
  const branches = [schema.anyOf, schema.oneOf].find(Array.isArray);
  if (branches) return branches.length > 0 && branches.every((b) => admitsOnlyStrings(b, ctx));
  return schema.type === "string" && schema.format !== "binary";
}
