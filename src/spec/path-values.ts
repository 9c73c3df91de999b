import { itemMarker, leafBranches, nestedSeparator } from "./nested-params.js";
import { closedEnumValues, flattenObjectSchema } from "./request-params.js";
import { isJsonObject, type RefResolver, type SchemaAt } from "./resolve-ref.js";
import type { EndpointSpec, JsonValue } from "./spec-types.js";

/**
 * A path into a request, as `required: { any-of }` names its alternatives: `modalities`, `messages[].content[].type`.
 * Each step is a property name; `[]` after it says the property is an array whose items the next step looks into.
 */
export interface RequestPathStep {
  key: string;
  array: boolean;
}

/** `messages[].content[].type` → messages (array), content (array), type. */
export function splitRequestPath(name: string): RequestPathStep[] {
  return name
    .split(nestedSeparator)
    .map((part) => (part.endsWith(itemMarker) ? { key: part.slice(0, -itemMarker.length), array: true } : { key: part, array: false }));
}

/** The property names a path walks, arrays walked through (what the runtime table carries). */
export function requestPathKeys(name: string): string[] {
  return splitRequestPath(name).map((step) => step.key);
}

/**
 * The closed set of values the path can hold in the endpoint's request, walking every `anyOf`/`oneOf` branch that has
 * each property (a message content part of any role): `modalities` gives its items' enum, `messages[].content[].type`
 * the kinds of content part. Undefined when a step names no property of any branch, a `[]` step is no array, or the
 * end has no closed enum (so nothing could be checked against it).
 */
export function requestPathValues(resolver: RefResolver, endpoint: EndpointSpec, name: string): JsonValue[] | undefined {
  const steps = splitRequestPath(name);
  const [first, ...rest] = steps;
  const param = endpoint.params.find((p) => p.name === first?.key);
  if (!first || !param || steps.some((step) => step.key === "")) return undefined;
  let nodes = stepInto(resolver, [{ schema: param.schema, pointer: param.pointer }], first.array);
  for (const step of rest) {
    const objects = nodes
      .flatMap((node) => leafBranches(resolver, node))
      .filter((leaf) => isJsonObject(leaf.schema.properties) || Array.isArray(leaf.schema.allOf));
    const props = objects.flatMap((object) => flattenObjectSchema({ resolver, schema: object }).filter((p) => p.name === step.key));
    nodes = stepInto(
      resolver,
      props.map((p) => ({ schema: p.schema, pointer: p.pointer })),
      step.array,
    );
    if (nodes.length === 0) return undefined;
  }
  const values: JsonValue[] = [];
  for (const leaf of nodes.flatMap((node) => leafBranches(resolver, node))) {
    const at =
      leaf.schema.type === "array" && isJsonObject(leaf.schema.items)
        ? { schema: leaf.schema.items, pointer: `${leaf.pointer}/items` }
        : leaf;
    for (const value of closedEnumValues(resolver, at) ?? []) if (!values.includes(value)) values.push(value);
  }
  return values.length > 0 ? values : undefined;
}

/** The nodes themselves, or (an array step) the items of their array branches. */
function stepInto(resolver: RefResolver, nodes: SchemaAt[], array: boolean): SchemaAt[] {
  if (!array) return nodes;
  return nodes
    .flatMap((node) => leafBranches(resolver, node))
    .filter((leaf) => leaf.schema.type === "array" && isJsonObject(leaf.schema.items))
    .map((leaf) => ({ schema: leaf.schema.items as SchemaAt["schema"], pointer: `${leaf.pointer}/items` }));
}
