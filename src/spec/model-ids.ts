import { isJsonObject, joinPointer, type RefResolver, type SchemaAt, splitPointer, subschemas } from "./resolve-ref.js";
import type { JsonObject, JsonValue, SchemaObject } from "./spec-types.js";

export interface ModelIds {
  /** Enum values in spec order, without duplicates. */
  ids: string[];
  /** Some branch is a plain string without enum: any id is accepted. */
  open: boolean;
}

/**
 * The model ids a `model` schema lists: enum (and const) values found through `$ref`, `anyOf`, `oneOf` and `allOf`,
 * depth first in spec order, each schema visited once.
 */
export function collectModelIds({ resolver, schema }: { resolver: RefResolver; schema: SchemaAt }): ModelIds {
  const ids = new Set<string>();
  const visited = new Set<string>();
  let open = false;
  const visit = (node: SchemaAt): void => {
    const target = resolver.resolveAt(node);
    if (!target || visited.has(target.pointer)) return;
    visited.add(target.pointer);
    for (const value of literalValues(target.schema)) if (typeof value === "string") ids.add(value);
    if (isPlainString(target.schema)) open = true;
    for (const keyword of ["anyOf", "oneOf", "allOf"] as const) subschemas(target, keyword).forEach(visit);
  };
  visit(schema);
  return { ids: [...ids], open };
}

function literalValues(schema: SchemaObject): JsonValue[] {
  if (Array.isArray(schema.enum)) return schema.enum;
  return schema.const === undefined ? [] : [schema.const];
}

/** `type: string` (or a type list with "string") and nothing that narrows or composes it. */
function isPlainString(schema: SchemaObject): boolean {
  const type = schema.type;
  const isString = type === "string" || (Array.isArray(type) && type.includes("string"));
  const narrowed = ["enum", "const", "anyOf", "oneOf", "allOf"].some((key) => Object.hasOwn(schema, key));
  return isString && !narrowed;
}

/** Keys whose values are data, not schemas: not searched for `model` properties. */
const dataKeys = new Set(["example", "examples", "default", "enum", "const", "x-oaiMeta"]);

/**
 * Every model id of every property named `model` anywhere in `components.schemas` and in the operations' request
 * bodies (refs followed), in spec order. Lets overlay validation tell an id used elsewhere in the spec from a typo.
 */
export function collectAllModelIds({ resolver, document }: { resolver: RefResolver; document: JsonObject }): Set<string> {
  const all = new Set<string>();
  const segments: string[] = [];
  /** `inNameMap`: the keys of `value` are names (of properties or schemas), not schema keywords. */
  const walk = (value: JsonValue | undefined, inNameMap: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        descend(String(index), item, false);
      });
      return;
    }
    if (!isJsonObject(value)) return;
    const model = isJsonObject(value.properties) ? value.properties.model : undefined;
    if (!inNameMap && isJsonObject(model)) {
      const pointer = joinPointer("", ...segments, "properties", "model");
      for (const id of collectModelIds({ resolver, schema: { schema: model, pointer } }).ids) all.add(id);
    }
    for (const [key, child] of Object.entries(value)) {
      if (inNameMap || !dataKeys.has(key)) descend(key, child, !inNameMap && key === "properties");
    }
  };
  const descend = (segment: string, value: JsonValue, inNameMap: boolean): void => {
    segments.push(segment);
    walk(value, inNameMap);
    segments.pop();
  };
  const start = (pointer: string, value: JsonValue | undefined, isNameMap: boolean): void => {
    segments.push(...splitPointer(pointer));
    walk(value, isNameMap);
    segments.length = 0;
  };
  const components = isJsonObject(document.components) ? document.components : {};
  start("/components/schemas", components.schemas, true); // keys are schema names, not keywords
  for (const { pointer, body } of requestBodies(document)) {
    const resolved = resolver.resolve(body, pointer);
    if (resolved) start(resolved.pointer, resolved.schema, false);
  }
  return all;
}

/** `paths.<path>.<method>.requestBody` of every operation, with its pointer. */
function requestBodies(document: JsonObject): { pointer: string; body: JsonValue }[] {
  const bodies: { pointer: string; body: JsonValue }[] = [];
  const paths = isJsonObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isJsonObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      const body = isJsonObject(operation) ? operation.requestBody : undefined;
      if (body !== undefined) bodies.push({ pointer: joinPointer("/paths", path, method, "requestBody"), body });
    }
  }
  return bodies;
}
