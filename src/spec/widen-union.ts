import type { UnionMember } from "../overlay/overlay-schema.js";
import { componentSchemaName, getAtPointer, isJsonObject } from "./resolve-ref.js";
import type { JsonObject, JsonValue } from "./spec-types.js";

/** What is wrong with a union node for a `member` widening (`missing`: the spec lacks something the member names). */
export type MemberProblem = { text: string; missing?: true };

/**
 * Adds a widening's member to the `oneOf` (or `anyOf`) union at `node`, unless a member already has its kind (followed
 * through `$ref`s and nested unions), so the entry keeps working once the spec catches up. Every `$ref` in the member
 * must name a schema of the spec's `components.schemas`.
 */
export function addUnionMember(document: JsonObject, node: JsonObject, member: UnionMember): MemberProblem | undefined {
  const union = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (!union) return { text: "has no `oneOf` or `anyOf` union to add a member to" };
  const unknownRef = refsIn(member.schema).find((ref) => !refersToComponent(document, ref));
  if (unknownRef !== undefined)
    return { text: `member refers to ${unknownRef}, which is not a schema under #/components/schemas`, missing: true };
  if (kindsOf(document, union, member.key.property, new Set()).has(JSON.stringify(member.key.value))) return undefined;
  union.push(structuredClone(member.schema));
  return undefined;
}

function refsIn(value: JsonValue): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (!isJsonObject(value)) return [];
  const own = typeof value.$ref === "string" ? [value.$ref] : [];
  return [...own, ...Object.entries(value).flatMap(([key, inner]) => (key === "$ref" ? [] : refsIn(inner)))];
}

function refersToComponent(document: JsonObject, ref: string): boolean {
  const pointer = ref.startsWith("#") ? ref.slice(1) : undefined;
  return pointer !== undefined && componentSchemaName(pointer) !== undefined && isJsonObject(getAtPointer(document, pointer));
}

/** The values the union's members allow for `property` (JSON text), through `$ref`s and nested `oneOf`/`anyOf`. */
function kindsOf(document: JsonObject, members: JsonValue[], property: string, seen: Set<string>): Set<string> {
  const kinds = new Set<string>();
  for (const entry of members) {
    let schema: JsonValue | undefined = entry;
    if (isJsonObject(schema) && typeof schema.$ref === "string") {
      if (seen.has(schema.$ref)) continue;
      seen.add(schema.$ref);
      schema = schema.$ref.startsWith("#") ? getAtPointer(document, schema.$ref.slice(1)) : undefined;
    }
    if (!isJsonObject(schema)) continue;
    const nested = [...(Array.isArray(schema.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])];
    for (const kind of kindsOf(document, nested, property, seen)) kinds.add(kind);
    for (const value of valuesOf(isJsonObject(schema.properties) ? schema.properties[property] : undefined))
      kinds.add(JSON.stringify(value));
  }
  return kinds;
}

/** The values a property schema lists (`const`, or every value of its `enum`); none when it is open. */
function valuesOf(schema: JsonValue | undefined): JsonValue[] {
  if (!isJsonObject(schema)) return [];
  if (schema.const !== undefined) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : [];
}
