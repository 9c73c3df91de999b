import { isJsonObject } from "../spec/resolve-ref.js";
import type { JsonValue } from "../spec/spec-types.js";
import type { UnionMember } from "./overlay-schema.js";
import type { Node, YamlReader } from "./yaml-reader.js";

/**
 * `member:` of a widening: an object schema with `properties`, exactly one of which is fixed to a single value (a
 * one-value `enum` or a `const`), the kind that tells the new member from the union's others (`type:
 * configuration_update`). Anything else is MG_OVERLAY_SHAPE at the member's line.
 */
export function readUnionMember(reader: YamlReader, node: Node | null): UnionMember | undefined {
  const schema = reader.json(node);
  const properties = isJsonObject(schema) ? schema.properties : undefined;
  if (!isJsonObject(schema) || !isJsonObject(properties)) {
    reader.shape(node, '`member` is an object schema with `properties` (docs/overlay.md, "Widening the spec")');
    return undefined;
  }
  const keys = Object.entries(properties).flatMap(([property, inner]) => {
    const value = fixedValue(inner);
    return value === undefined ? [] : [{ property, value }];
  });
  const key = keys[0];
  if (keys.length !== 1 || !key) {
    const found = keys.length === 0 ? "none does" : `${keys.map((k) => `\`${k.property}\``).join(", ")} all do`;
    reader.shape(node, `\`member\` fixes exactly one property to a single value (\`enum: [value]\` or \`const\`), its kind; ${found}`);
    return undefined;
  }
  return { schema, key };
}

/** The one value a property schema allows (a one-value `enum`, or `const`), if it allows only one. */
export function fixedValue(schema: JsonValue | undefined): JsonValue | undefined {
  if (!isJsonObject(schema)) return undefined;
  if (schema.const !== undefined) return schema.const;
  return Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined;
}
