import { schemaTypeName } from "../emit/names.js";
import { createSchemaTypeContext, type SchemaTypeContext, schemaToTypeExpr } from "../emit/schema-to-type.js";
import { isKeyword, printType, type TypeExpr } from "../emit/type-expr.js";
import type { JsonObject, JsonValue } from "../spec/spec-types.js";
import { assertNever } from "../util/assert-never.js";
import { compareStrings } from "../util/closest.js";

/** One spec's side of a type comparison: the schemas that its references name. */
export interface TypeSide {
  ctx: SchemaTypeContext;
  /** Printed type name → the spec's schema name. */
  names: Map<string, string>;
}

export function typeSide(document: JsonObject): TypeSide {
  const ctx = createSchemaTypeContext(document);
  return { ctx, names: new Map(Object.keys(ctx.schemas).map((name) => [schemaTypeName(name), name])) };
}

/** A parameter schema's type (as the emitter builds it), `null` aside: nullability is compared on its own. */
export function paramTypeExpr(side: TypeSide, schema: JsonValue): TypeExpr {
  return withoutNull(schemaToTypeExpr({ schema, ctx: side.ctx }));
}

/** References are followed this many levels before two different names count as different types. */
const maxDepth = 4;

/**
 * Whether every value of the old type is a value of the new one, on the type model alone: unions, arrays, object
 * properties (a new property must be optional) and references (the same name counts as the same type; different
 * names are compared by their schemas, a few levels deep). When unsure it says no, so a change counts as breaking.
 */
export function isWidening(options: { old: TypeSide; new: TypeSide; before: TypeExpr; after: TypeExpr }): boolean {
  return widens(options.old, options.new, options.before, options.after, 0);
}

function widens(o: TypeSide, n: TypeSide, before: TypeExpr, after: TypeExpr, depth: number): boolean {
  if (isKeyword(after, "unknown") || printType(before) === printType(after)) return true;
  if (before.kind === "union") return before.members.every((m) => widens(o, n, m, after, depth));
  if (after.kind === "union" && after.members.some((m) => widens(o, n, before, m, depth))) return true;
  if (isOpenString(after)) return isStringish(before);
  if (before.kind === "literal" && after.kind === "keyword") return typeof before.value === after.name;
  if (before.kind === "array" && after.kind === "array") return widens(o, n, before.element, after.element, depth);
  if (before.kind === "object" && after.kind === "object") return objectWidens(o, n, before, after, depth);
  if ((before.kind === "reference" || after.kind === "reference") && depth < maxDepth) {
    return widens(o, n, dereference(o, before), dereference(n, after), depth + 1);
  }
  return false;
}

type ObjectExpr = Extract<TypeExpr, { kind: "object" }>;

function objectWidens(o: TypeSide, n: TypeSide, before: ObjectExpr, after: ObjectExpr, depth: number): boolean {
  const newProps = new Map(after.properties.map((p) => [p.name, p]));
  const oldNames = new Set(before.properties.map((p) => p.name));
  const kept = before.properties.every((p) => {
    const match = newProps.get(p.name);
    if (!match) return after.index !== undefined && widens(o, n, p.type, after.index, depth);
    return (match.optional || !p.optional) && widens(o, n, p.type, match.type, depth);
  });
  const addedOptional = after.properties.every((p) => oldNames.has(p.name) || p.optional);
  const index = !before.index || (after.index !== undefined && widens(o, n, before.index, after.index, depth));
  return kept && addedOptional && index;
}

/** A reference's schema as a type; anything else unchanged. */
function dereference(side: TypeSide, type: TypeExpr): TypeExpr {
  if (type.kind !== "reference") return type;
  const name = side.names.get(type.name);
  const schema = name === undefined ? undefined : side.ctx.schemas[name];
  return schema === undefined ? type : schemaToTypeExpr({ schema, ctx: side.ctx });
}

function isOpenString(type: TypeExpr): boolean {
  return isKeyword(type, "string") || printType(type) === "string & {}";
}

function isStringish(type: TypeExpr): boolean {
  if (type.kind === "literal") return typeof type.value === "string";
  return isOpenString(type) || (type.kind === "reference" && type.stringOnly);
}

function withoutNull(type: TypeExpr): TypeExpr {
  if (type.kind !== "union") return type;
  const members = type.members.filter((m) => !isKeyword(m, "null"));
  if (members.length === 1 && members[0]) return members[0];
  return { kind: "union", members };
}

/**
 * Whether two types are the same up to the order of union and intersection members and of object properties:
 * reordering a schema's `oneOf`/`anyOf` branches (or its properties) changes the printed text, not the type.
 */
export function isSameTypeSet(before: TypeExpr, after: TypeExpr): boolean {
  return canonicalText(before) === canonicalText(after);
}

function canonicalText(type: TypeExpr): string {
  switch (type.kind) {
    case "union":
    case "intersection":
      return `${type.kind}(${sortedTexts(type.members.map(canonicalText)).join(", ")})`;
    case "array":
      return `array(${canonicalText(type.element)})`;
    case "object": {
      const properties = type.properties.map((p) => `${JSON.stringify(p.name)}${p.optional ? "?" : ""}: ${canonicalText(p.type)}`);
      const index = type.index === undefined ? "" : `; [key]: ${canonicalText(type.index)}`;
      return `object{${sortedTexts(properties).join("; ")}${index}}`;
    }
    case "keyword":
    case "literal":
    case "reference":
    case "brand":
    case "omit":
    case "indexed":
      return printType(type);
    default:
      return assertNever(type);
  }
}

function sortedTexts(texts: string[]): string[] {
  return [...new Set(texts)].sort(compareStrings);
}
