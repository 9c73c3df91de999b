import type { JsonObject, JsonValue } from "../spec/spec-types.js";
import { docCommentText } from "./doc-comment.js";
import { refSchemaName } from "./schema-to-type.js";
import type { JsDoc } from "./structures.js";

/**
 * A parameter's doc comment: the spec's description of the property, or, when the property is only a `$ref`, of the
 * schema it names, or, when it is an `allOf`/`anyOf`/`oneOf` with one branch besides `null`, of that branch.
 */
export function paramDocs(options: { schema: JsonValue; document: JsonObject }): JsDoc[] {
  const description = describe(options.schema, options.document, new Set());
  return description === undefined || description === "" ? [] : [docCommentText(description)];
}

function describe(schema: JsonValue, document: JsonObject, seen: Set<string>): string | undefined {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return undefined;
  if (typeof schema.description === "string") return schema.description;
  const ref = typeof schema.$ref === "string" ? refSchemaName(schema.$ref) : undefined;
  if (ref !== undefined && !seen.has(ref)) {
    const schemas = document.components;
    const target = schemas !== null && typeof schemas === "object" && !Array.isArray(schemas) ? schemas.schemas : undefined;
    const named = target !== null && typeof target === "object" && !Array.isArray(target) ? target[ref] : undefined;
    return named === undefined ? undefined : describe(named, document, new Set([...seen, ref]));
  }
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const branches = schema[keyword];
    const kept = Array.isArray(branches) ? branches.filter((b) => !isNullSchema(b)) : [];
    if (kept.length === 1 && kept[0] !== undefined) return describe(kept[0], document, seen);
  }
  return undefined;
}

function isNullSchema(schema: JsonValue): boolean {
  return schema !== null && typeof schema === "object" && !Array.isArray(schema) && schema.type === "null";
}
