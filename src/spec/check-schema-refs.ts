import type { Diagnostics } from "../diagnostics/diagnostic.js";
import { componentSchemaName, isJsonObject, joinPointer, type RefResolver } from "./resolve-ref.js";
import type { EndpointSpec, JsonValue, LoadedSpec } from "./spec-types.js";

interface CheckInput {
  spec: LoadedSpec;
  resolver: RefResolver;
  endpoints: readonly EndpointSpec[];
  diagnostics: Diagnostics;
}

/** The keywords the emitter converts: the only places a `$ref` of a request schema is followed. */
const shapeKeys = ["properties", "additionalProperties", "items", "allOf", "anyOf", "oneOf"] as const;
/** The keywords that make a type alias of their members; a loop through only these has no TypeScript type. */
const compositionKeys = ["allOf", "anyOf", "oneOf"] as const;

interface Reached {
  /** Component schema name → the pointers of the `$ref`s to it, walked through aliases once. */
  refs: Map<string, string[]>;
  /** Component schema name → its node. */
  schemas: Map<string, { schema: JsonValue; pointer: string }>;
}

/**
 * Finds, before anything is emitted, the schema graphs no TypeScript output can express, each at the `$ref` where it
 * closes: a request schema reached from a request (MG_SPEC_REQUEST_REF: its name is the generated union's), a `$ref`
 * that is not `#/components/schemas/<name>` (MG_SPEC_BAD_REF), and schemas defined only through each other by
 * `allOf`/`anyOf`/`oneOf` (MG_SPEC_REF_CYCLE). Each schema is walked once.
 */
export function checkSchemaRefs(input: CheckInput): void {
  const reached = walkRequests(input);
  const requestNames = new Set(input.endpoints.map((endpoint) => endpoint.requestSchema));
  for (const [name, refs] of reached.refs) {
    if (!requestNames.has(name) || refs[0] === undefined) continue;
    const message = `this $ref reaches the request schema "${name}" from a request; its name is taken by the generated request union, so the two types would clash`;
    input.diagnostics.error("MG_SPEC_REQUEST_REF", message, input.spec.locate(refs[0]));
  }
  reportCompositionCycles(input, reached);
}

function walkRequests({ spec, resolver, endpoints, diagnostics }: CheckInput): Reached {
  const reached: Reached = { refs: new Map(), schemas: new Map() };
  const walked = new Set<object>();
  const pending = endpoints.map(({ requestSchema }) => ({
    value: componentSchema(spec, requestSchema),
    pointer: joinPointer("/components/schemas", requestSchema),
  }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, pointer } = next;
    if (!isJsonObject(value) || walked.has(value)) continue;
    walked.add(value);
    if (typeof value.$ref === "string") {
      const refAt = joinPointer(pointer, "$ref");
      const target = resolver.resolve(value, pointer);
      const name = target && componentSchemaName(target.pointer);
      if (target && name === undefined) {
        const message = `$ref "${value.$ref}" points to ${target.pointer}; schemas may only refer to #/components/schemas/<name>`;
        diagnostics.error("MG_SPEC_BAD_REF", message, spec.locate(refAt));
      }
      if (!target || name === undefined) continue;
      reached.refs.set(name, [...(reached.refs.get(name) ?? []), refAt]);
      reached.schemas.set(name, { schema: target.schema, pointer: target.pointer });
      pending.push({ value: target.schema, pointer: target.pointer });
      continue;
    }
    for (const key of shapeKeys) pending.push(...childrenOf(value[key], joinPointer(pointer, key), key === "properties"));
  }
  return reached;
}

function componentSchema(spec: LoadedSpec, name: string): JsonValue {
  const components = spec.document.components;
  const schemas = isJsonObject(components) && isJsonObject(components.schemas) ? components.schemas : {};
  return Object.hasOwn(schemas, name) ? (schemas[name] ?? null) : null;
}

/** The subschemas under one keyword: a list's items, a `properties` map's values, or the schema itself. */
function childrenOf(value: JsonValue | undefined, pointer: string, isMap: boolean): { value: JsonValue; pointer: string }[] {
  if (Array.isArray(value)) return value.map((child, index) => ({ value: child, pointer: joinPointer(pointer, index) }));
  if (!isJsonObject(value)) return [];
  if (!isMap) return [{ value, pointer }];
  return Object.entries(value).map(([key, child]) => ({ value: child, pointer: joinPointer(pointer, key) }));
}

/** `$ref`s a schema is made of directly (through composition only), each with the pointer of the `$ref`. */
function compositionRefs(resolver: RefResolver, node: { schema: JsonValue; pointer: string }): { name: string; refAt: string }[] {
  const found: { name: string; refAt: string }[] = [];
  const visit = (value: JsonValue, pointer: string, depth: number): void => {
    if (!isJsonObject(value) || depth > 64) return;
    if (typeof value.$ref === "string") {
      const target = resolver.resolve(value, pointer);
      const name = target && componentSchemaName(target.pointer);
      if (name !== undefined) found.push({ name, refAt: joinPointer(pointer, "$ref") });
      return;
    }
    for (const key of compositionKeys) {
      for (const child of childrenOf(value[key], joinPointer(pointer, key), false)) visit(child.value, child.pointer, depth + 1);
    }
  };
  visit(node.schema, node.pointer, 0);
  return found;
}

/** A depth-first search over the composition graph of the reached schemas; each cycle reported once, where it closes. */
function reportCompositionCycles({ spec, resolver, diagnostics }: CheckInput, reached: Reached): void {
  const edges = new Map([...reached.schemas].map(([name, node]) => [name, compositionRefs(resolver, node)]));
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (name: string): void => {
    state.set(name, "open");
    path.push(name);
    for (const edge of edges.get(name) ?? []) {
      if (state.get(edge.name) === "open") {
        const loop = [...path.slice(path.indexOf(edge.name)), edge.name].map((n) => `"${n}"`).join(" → ");
        const message = `schema ${loop} is made only of itself through allOf/anyOf/oneOf, which no TypeScript type can express`;
        diagnostics.error("MG_SPEC_REF_CYCLE", message, spec.locate(edge.refAt));
      } else if (!state.has(edge.name)) {
        visit(edge.name);
      }
    }
    path.pop();
    state.set(name, "done");
  };
  for (const name of [...edges.keys()].sort()) if (!state.has(name)) visit(name);
}
