import type { JsonObject, RequestParam } from "../spec/spec-types.js";
import { schemaTypeName } from "./names.js";
import type { ParamTypes } from "./profile-context.js";
import { createSchemaTypeContext, type SchemaTypeContext, schemaToTypeExpr } from "./schema-to-type.js";
import { intersectionOf, isKeyword, keyword, printType, type TypeExpr, unionOf } from "./type-expr.js";

/** Spec types of request parameters, with and without `null`, and the schema names they refer to. */
export function createParamTypes(options: { document: JsonObject }): ParamTypes & { used(): string[] } {
  const ctx = createSchemaTypeContext(options.document);
  const expr = (param: RequestParam): TypeExpr => {
    const type = schemaToTypeExpr({ schema: param.schema, ctx });
    return param.nullable && !includesNull(type) ? unionOf([type, keyword("null")]) : type;
  };
  // Every profile asks for the same parameters' printed types: each is printed once per parameter (and context).
  return {
    spec: memoize((param) => printType(expr(param))),
    nonNull: memoize((param) => printType(withoutNull(expr(param), ctx, new Set()))),
    nonNullParts: memoize((param) => {
      const members = itemMembers(withoutNull(expr(param), ctx, new Set()), ctx, new Set());
      const isObject = (m: TypeExpr): boolean => m.kind === "object" && printType(m) !== "{}";
      const scalars = unionOf(members.filter((m) => !isObject(m)));
      // Only strings (names and an open string): `string` says the same in far fewer characters, so compilers print
      // the whole reason instead of truncating a long union to `Unsupported<...>`.
      const strings = (scalars.kind === "union" ? scalars.members : [scalars]).every(isStringLike);
      return { scalars: strings ? "string" : printType(scalars), objects: printType(unionOf(members.filter(isObject))) };
    }),
    used: () => [...ctx.usedSchemas].map(schemaTypeName),
    narrowItems: (param, narrowing) => {
      const refused: { value: string; type: string }[] = [];
      const type = mapArrays(withoutNull(expr(param), ctx, new Set()), ctx, (member) => {
        const values = discriminantValues(member, narrowing.property, ctx);
        if (values.length === 0 || values.some((v) => narrowing.allowed.includes(v))) return member;
        const name = narrowing.name(values[0] ?? "");
        if (!refused.some((r) => r.value === name))
          refused.push({ value: name, type: printType(intersectionOf([member, narrowing.brand])) });
        return { kind: "reference", name, stringOnly: false };
      });
      return { type: printType(type), aliases: refused.map((r) => ({ name: r.value, type: r.type })) };
    },
  };
}

/** `f` with its results kept per argument object. */
function memoize<K extends object, V>(f: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, f(key));
    return results.get(key) as V;
  };
}

/** Replaces each member of the items of every array branch (through unions and schema references) by `f(member)`. */
function mapArrays(type: TypeExpr, ctx: SchemaTypeContext, f: (member: TypeExpr) => TypeExpr, seen = new Set<string>()): TypeExpr {
  if (type.kind === "union") return unionOf(type.members.map((m) => mapArrays(m, ctx, f, seen)));
  if (type.kind === "array") {
    const members = itemMembers(type.element, ctx, new Set(seen));
    const mapped = members.map(f);
    // Unchanged items keep their named type (`Tool`) rather than its inlined members.
    if (mapped.every((m, i) => m === members[i])) return type;
    return { kind: "array", element: unionOf(mapped) };
  }
  if (type.kind !== "reference" || seen.has(type.name)) return type;
  const schema = ctx.schemas[type.name];
  if (schema === undefined) return type;
  const inner = schemaToTypeExpr({ schema, ctx });
  const mapped = mapArrays(inner, ctx, f, new Set([...seen, type.name]));
  return printType(mapped) === printType(inner) ? type : mapped;
}

/** The members of an item type: a union's members, and those of a referenced schema that is itself a union. */
function itemMembers(type: TypeExpr, ctx: SchemaTypeContext, seen: Set<string>): TypeExpr[] {
  if (type.kind === "union") return type.members.flatMap((m) => itemMembers(m, ctx, seen));
  if (type.kind !== "reference" || seen.has(type.name)) return [type];
  const schema = ctx.schemas[type.name];
  if (schema === undefined) return [type];
  const inner = schemaToTypeExpr({ schema, ctx });
  return inner.kind === "union" ? itemMembers(inner, ctx, new Set([...seen, type.name])) : [type];
}

/** The literal values an object member (inline or a schema reference) gives `property`: its discriminant. */
function discriminantValues(member: TypeExpr, property: string, ctx: SchemaTypeContext): string[] {
  let object = member;
  if (member.kind === "reference") {
    const schema = ctx.schemas[member.name];
    if (schema !== undefined) object = schemaToTypeExpr({ schema, ctx });
  }
  if (object.kind !== "object") return [];
  const type = object.properties.find((p) => p.name === property)?.type;
  const literals = type?.kind === "union" ? type.members : type ? [type] : [];
  return literals.flatMap((l) => (l.kind === "literal" && typeof l.value === "string" ? [l.value] : []));
}

/** A string literal, `string`, or `string & {}`. */
function isStringLike(type: TypeExpr): boolean {
  if (type.kind === "literal") return typeof type.value === "string";
  if (type.kind === "keyword") return type.name === "string";
  return type.kind === "intersection" && type.members.some((m) => isKeyword(m, "string"));
}

function includesNull(type: TypeExpr): boolean {
  return isKeyword(type, "null") || (type.kind === "union" && type.members.some((m) => isKeyword(m, "null")));
}

/** The type without `null`; a reference to a nullable schema is inlined so that its null can be left out. */
function withoutNull(type: TypeExpr, ctx: SchemaTypeContext, seen: Set<string>): TypeExpr {
  if (isKeyword(type, "null")) return keyword("never");
  if (type.kind === "union") return unionOf(type.members.map((m) => withoutNull(m, ctx, seen)));
  if (type.kind !== "reference" || seen.has(type.name)) return type;
  const schema = ctx.schemas[type.name];
  if (schema === undefined) return type;
  const inner = schemaToTypeExpr({ schema, ctx });
  if (!includesNull(inner) && !(inner.kind === "union" && inner.members.some((m) => m.kind === "reference"))) return type;
  const stripped = withoutNull(inner, ctx, new Set([...seen, type.name]));
  return printType(stripped) === printType(inner) ? type : stripped;
}
