import type { JsonObject, RequestParam } from "../spec/spec-types.js";
import type { ParamTypes } from "./emit-profile.js";
import { schemaTypeName } from "./names.js";
import { createSchemaTypeContext, type SchemaTypeContext, schemaToTypeExpr } from "./schema-to-type.js";
import { isKeyword, keyword, printType, type TypeExpr, unionOf } from "./type-expr.js";

/** Spec types of request parameters, with and without `null`, and the schema names they refer to. */
export function createParamTypes(options: { document: JsonObject }): ParamTypes & { used(): string[] } {
  const ctx = createSchemaTypeContext(options.document);
  const expr = (param: RequestParam): TypeExpr => {
    const type = schemaToTypeExpr({ schema: param.schema, ctx });
    return param.nullable && !includesNull(type) ? unionOf([type, keyword("null")]) : type;
  };
  return {
    spec: (param) => printType(expr(param)),
    nonNull: (param) => printType(withoutNull(expr(param), ctx, new Set())),
    used: () => [...ctx.usedSchemas].map(schemaTypeName),
  };
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
