import { getAtPointer } from "../spec/resolve-ref.js";
import type { JsonValue, SchemaObject } from "../spec/spec-types.js";

/**
 * A value of the schema's type to send in a probe: an enum's first value, `true`, the minimum (or 1), a short string,
 * an array of one sample item, an object with its required properties. A probe of a refused key only needs the key to be there with a well-typed value.
 */
export function sampleValue(document: JsonValue, schema: SchemaObject, depth = 0): JsonValue {
  if (depth > 20) return "x";
  const ref = schema.$ref;
  if (typeof ref === "string" && ref.startsWith("#")) {
    const target = getAtPointer(document, ref.slice(1));
    return isSchema(target) ? sampleValue(document, target, depth + 1) : "x";
  }
  if (Array.isArray(schema.enum)) {
    const value = schema.enum.find((v) => v !== null);
    if (value !== undefined) return value;
  }
  for (const keyword of ["anyOf", "oneOf", "allOf"] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    // A named value (an enum branch) over a free string: `voice` is any string or one of the built-in voices.
    const samples = branches
      .filter((b) => isSchema(b) && b.type !== "null")
      .map((b) => sampleValue(document, b as SchemaObject, depth + 1));
    const sample = samples.find((v) => v !== "x") ?? samples[0];
    if (sample !== undefined) return sample;
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "boolean":
      return true;
    case "integer":
    case "number":
      return typeof schema.minimum === "number" && schema.minimum > 1 ? schema.minimum : 1;
    case "array":
      return isSchema(schema.items) ? [sampleValue(document, schema.items, depth + 1)] : [];
    case "object":
      return requiredSample(document, schema, depth);
    default:
      return "x";
  }
}

/** An object with its required properties filled in (a probe must fail on the key, not on a missing field). */
function requiredSample(document: JsonValue, schema: SchemaObject, depth: number): JsonValue {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : [];
  return Object.fromEntries(
    required.flatMap((name) => {
      const property = properties[name];
      return isSchema(property) ? [[name, sampleValue(document, property, depth + 1)]] : [];
    }),
  );
}

function isSchema(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
