import { closedEnumValues, flattenObjectSchema } from "./request-params.js";
import { isJsonObject, type RefResolver, type SchemaAt, subschemas } from "./resolve-ref.js";
import type { EndpointSpec, JsonValue, RequestParam, SchemaObject } from "./spec-types.js";

/** The separator of a nested parameter's name: `reasoning.effort` is `effort` inside the object `reasoning`. */
export const nestedSeparator = ".";

/**
 * One level of nesting: for every parameter whose schema is an object (through `$ref`, and a nullable `anyOf`/
 * `oneOf` wrapper with exactly one object branch), its properties as parameters named `<parent>.<child>`. Rules
 * such as "effort values per model" live there (`reasoning.effort`, `text.verbosity`).
 */
export function nestedParams(resolver: RefResolver, params: RequestParam[]): RequestParam[] {
  const nested: RequestParam[] = [];
  for (const parent of params) {
    const object = objectBranch(resolver, { schema: parent.schema, pointer: parent.pointer });
    if (!object) continue;
    for (const child of flattenObjectSchema({ resolver, schema: object })) {
      nested.push({ ...child, name: `${parent.name}${nestedSeparator}${child.name}` });
    }
  }
  return nested;
}

function objectBranch(resolver: RefResolver, node: SchemaAt): SchemaAt | undefined {
  const target = resolver.resolveAt(node);
  if (!target) return undefined;
  if (isJsonObject(target.schema.properties) || subschemas(target, "allOf").length > 0) return target;
  const branches = [...subschemas(target, "anyOf"), ...subschemas(target, "oneOf")]
    .map((branch) => resolver.resolveAt(branch))
    .filter((branch): branch is NonNullable<typeof branch> => branch !== undefined && branch.schema.type !== "null");
  const objects = branches.filter((b) => isJsonObject(b.schema.properties) || subschemas(b, "allOf").length > 0);
  return branches.length === 1 && objects.length === 1 ? objects[0] : undefined;
}

/** The marker of an item parameter: `input[].type` is the `type` of each object item of the array `input`. */
export const itemMarker = "[]";

/**
 * Kinds of array items: for every parameter with an array branch whose items are objects that all carry the same
 * property as a closed enum (a discriminator such as `type`), that property as a parameter named `<param>[].<prop>`
 * whose values are the union of the members' enums. Rules on it narrow which kinds of items a model takes (image
 * parts on a text-only moderation model).
 */
export function itemParams(resolver: RefResolver, params: RequestParam[]): RequestParam[] {
  const result: RequestParam[] = [];
  for (const param of params) {
    const members = arrayItemObjects(resolver, { schema: param.schema, pointer: param.pointer });
    if (members.length === 0) continue;
    const byName = new Map<string, { values: JsonValue[]; schema: RequestParam }>();
    const memberProps = members.map((m) => flattenObjectSchema({ resolver, schema: m }));
    for (const prop of memberProps[0] ?? []) {
      const values: JsonValue[] = [];
      const everywhere = memberProps.every((props) => {
        const same = props.find((p) => p.name === prop.name);
        const found = same && closedEnumValues(resolver, { schema: same.schema, pointer: same.pointer });
        for (const value of found ?? []) if (!values.includes(value)) values.push(value);
        return found !== undefined;
      });
      if (everywhere) byName.set(prop.name, { values, schema: prop });
    }
    for (const [name, { values, schema }] of byName) {
      result.push({ ...schema, name: `${param.name}${itemMarker}${nestedSeparator}${name}`, required: false, enumValues: values });
    }
  }
  return result;
}

/** The object members of the items of every array branch of a schema (through refs and anyOf/oneOf). */
function arrayItemObjects(resolver: RefResolver, node: SchemaAt): SchemaAt[] {
  const objects: SchemaAt[] = [];
  const seen = new Set<SchemaObject>();
  for (const branch of leafBranches(resolver, node)) {
    const items = branch.schema.items;
    if (branch.schema.type !== "array" || !isJsonObject(items)) continue;
    for (const member of leafBranches(resolver, { schema: items, pointer: `${branch.pointer}/items` })) {
      if (!isJsonObject(member.schema.properties) || seen.has(member.schema)) continue;
      seen.add(member.schema);
      objects.push(member);
    }
  }
  return objects;
}

/**
 * The schemas a node may be after following refs and nested `anyOf`/`oneOf` branches, in spec order, each schema
 * object once (so a fan-out of refs or YAML aliases is walked in time linear in its size, and a loop ends).
 */
export function leafBranches(resolver: RefResolver, node: SchemaAt): SchemaAt[] {
  const leaves: SchemaAt[] = [];
  const visited = new Set<SchemaObject>();
  const visit = (at: SchemaAt): void => {
    const target = resolver.resolveAt(at);
    if (!target || visited.has(target.schema)) return;
    visited.add(target.schema);
    const nested = [...subschemas(target, "anyOf"), ...subschemas(target, "oneOf")];
    if (nested.length === 0) leaves.push(target);
    for (const branch of nested) visit(branch);
  };
  visit(node);
  return leaves;
}

/** `input[].type` → `{ param: "input", property: "type" }`; other names → undefined. */
export function splitItem(name: string): { param: string; property: string } | undefined {
  const at = name.indexOf(`${itemMarker}${nestedSeparator}`);
  return at < 0 ? undefined : { param: name.slice(0, at), property: name.slice(at + itemMarker.length + nestedSeparator.length) };
}

/** A parameter of the endpoint by name: top-level, or nested (`parent.child`). */
export function findParam(endpoint: EndpointSpec, name: string): RequestParam | undefined {
  return endpoint.params.find((p) => p.name === name) ?? endpoint.nestedParams?.find((p) => p.name === name);
}

/** `reasoning.effort` → `{ parent: "reasoning", child: "effort" }`; a top-level or item name → undefined. */
export function splitNested(name: string): { parent: string; child: string } | undefined {
  const at = name.indexOf(nestedSeparator);
  if (at < 0 || splitItem(name)) return undefined;
  return { parent: name.slice(0, at), child: name.slice(at + 1) };
}

/**
 * A rule key split once into its parts: `reasoning.effort` → `{ param: "reasoning", child: "effort" }`,
 * `input[].type` → `{ param: "input", item: "type" }`, `temperature` → `{ param: "temperature" }`.
 */
export function splitParamPath(name: string): { name: string; param: string; child?: string; item?: string } {
  const item = splitItem(name);
  if (item) return { name, param: item.param, item: item.property };
  const nested = splitNested(name);
  return nested ? { name, param: nested.parent, child: nested.child } : { name, param: name };
}

/**
 * Marks parameters whose schema offers both scalar values and an object (`VoiceIdsOrCustomVoice`: a voice name or
 * `{ id }`). A `values` rule narrows the scalars of such a parameter and leaves the object form as the spec types it.
 */
export function markScalarOrObject(resolver: RefResolver, params: RequestParam[]): RequestParam[] {
  return params.map((param) => {
    const kinds = new Set<string>();
    // Each schema object once at its shallowest depth, so refs or aliases that fan out cost their size only.
    const shallowest = new Map<SchemaObject, number>();
    const visit = (node: SchemaAt, depth: number): void => {
      const target = resolver.resolveAt(node);
      if (!target || depth > 4 || (shallowest.get(target.schema) ?? Number.POSITIVE_INFINITY) <= depth) return;
      shallowest.set(target.schema, depth);
      const branches = [...subschemas(target, "anyOf"), ...subschemas(target, "oneOf")];
      if (branches.length > 0) {
        for (const branch of branches) visit(branch, depth + 1);
        return;
      }
      const type = target.schema.type;
      if (type === "null") return;
      kinds.add(type === "object" || isJsonObject(target.schema.properties) ? "object" : "scalar");
    };
    visit({ schema: param.schema, pointer: param.pointer }, 0);
    return kinds.has("object") && kinds.has("scalar") ? { ...param, scalarOrObject: true as const } : param;
  });
}
