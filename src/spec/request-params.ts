import { isJsonObject, joinPointer, type RefResolver, type SchemaAt, subschemas } from "./resolve-ref.js";
import type { JsonValue, RequestParam, SchemaObject } from "./spec-types.js";

interface Declaration extends SchemaAt {
  name: string;
  /** 0 for the request schema's own properties, +1 per `allOf` level. */
  depth: number;
  /** Position in the walk (spec order). */
  order: number;
}

interface Walk {
  resolver: RefResolver;
  declarations: Declaration[];
  required: Set<string>;
  /** Pointers of the schemas being walked, to stop at `allOf` cycles. */
  stack: Set<string>;
}

/**
 * The properties of an object schema with its `allOf` parts flattened (recursively, refs followed), in spec order.
 * A property declared in several parts takes the declaration nearest the schema: own properties over `allOf` parts,
 * shallower parts over deeper ones, a later part over an earlier one at the same depth. `required` is the union.
 */
export function flattenObjectSchema({ resolver, schema }: { resolver: RefResolver; schema: SchemaAt }): RequestParam[] {
  const walk: Walk = { resolver, declarations: [], required: new Set(), stack: new Set() };
  collectDeclarations(walk, schema, 0);
  return nearestDeclarations(walk.declarations).map((declaration) => ({
    name: declaration.name,
    schema: declaration.schema,
    required: walk.required.has(declaration.name),
    nullable: isNullable(resolver, declaration),
    deprecated: declaration.schema.deprecated === true,
    ...optionalEnum(closedEnumValues(resolver, declaration)),
    pointer: declaration.pointer,
  }));
}

function optionalEnum(values: JsonValue[] | undefined): { enumValues?: JsonValue[] } {
  return values ? { enumValues: values } : {};
}

/** Walks the keys of `node` in spec order: `allOf` parts, own `properties`, `required`. */
function collectDeclarations(walk: Walk, node: SchemaAt, depth: number): void {
  if (walk.stack.has(node.pointer)) return;
  walk.stack.add(node.pointer);
  for (const key of Object.keys(node.schema)) {
    if (key === "allOf") {
      for (const part of subschemas(node, "allOf")) {
        const resolved = walk.resolver.resolveAt(part);
        if (resolved) collectDeclarations(walk, resolved, depth + 1);
      }
    } else if (key === "properties") {
      collectProperties(walk, node, depth);
    } else if (key === "required" && Array.isArray(node.schema.required)) {
      for (const name of node.schema.required) if (typeof name === "string") walk.required.add(name);
    }
  }
  walk.stack.delete(node.pointer);
}

function collectProperties(walk: Walk, node: SchemaAt, depth: number): void {
  const properties = node.schema.properties;
  if (!isJsonObject(properties)) return;
  for (const [name, schema] of Object.entries(properties)) {
    if (!isJsonObject(schema)) continue; // boolean schemas declare no usable parameter
    const pointer = joinPointer(node.pointer, "properties", name);
    walk.declarations.push({ name, schema, pointer, depth, order: walk.declarations.length });
  }
}

/** One declaration per name, at the name's first position, the nearest declaration winning. */
function nearestDeclarations(declarations: Declaration[]): Declaration[] {
  const winners = new Map<string, Declaration>();
  for (const declaration of declarations) {
    const current = winners.get(declaration.name);
    // Map keeps the first insertion's position; `set` on an existing key replaces the value in place.
    if (!current || declaration.depth <= current.depth) winners.set(declaration.name, declaration);
  }
  return [...winners.values()];
}

/** `nullable: true` (3.0), `type: "null"` or `type: [..., "null"]` (3.1) on the schema itself. */
function acceptsNullItself(schema: SchemaObject): boolean {
  const type = schema.type;
  return schema.nullable === true || type === "null" || (Array.isArray(type) && type.includes("null"));
}

/**
 * Whether the schema accepts null: by itself, through its `$ref` target, or through an `anyOf`/`oneOf` branch that
 * accepts null (branch refs followed one level).
 */
function isNullable(resolver: RefResolver, node: SchemaAt): boolean {
  if (acceptsNullItself(node.schema)) return true;
  const target = resolver.resolveAt(node);
  if (!target) return false;
  if (acceptsNullItself(target.schema)) return true;
  const branches = [...subschemas(target, "anyOf"), ...subschemas(target, "oneOf")];
  return branches.some((branch) => {
    const resolved = resolver.resolveAt(branch);
    return resolved !== undefined && acceptsNullItself(resolved.schema);
  });
}

/** `{ type: "null" }`: the null branch of a nullable wrapper. */
function isNullOnly(schema: SchemaObject): boolean {
  return schema.type === "null" || (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null);
}

/**
 * The values of a closed enum: `enum`, `const`, or an `anyOf`/`oneOf` (or single-part `allOf`) whose every non-null
 * branch is itself a closed enum. Undefined when any branch is open (e.g. a plain `type: string`) or loops back.
 * Memoised per schema object, so a schema reached through many refs or aliases is read once.
 */
export function closedEnumValues(resolver: RefResolver, node: SchemaAt): JsonValue[] | undefined {
  const target = resolver.resolveAt(node);
  if (!target) return undefined;
  const values = resolver.memoise("closedEnumValues", target.schema, undefined, () => targetEnumValues(resolver, target));
  return values && [...values];
}

function targetEnumValues(resolver: RefResolver, target: SchemaAt): JsonValue[] | undefined {
  const schema = target.schema;
  if (Array.isArray(schema.enum)) return [...schema.enum];
  if (Object.hasOwn(schema, "const") && schema.const !== undefined) return [schema.const];
  const allOf = subschemas(target, "allOf");
  const branches = [...subschemas(target, "anyOf"), ...subschemas(target, "oneOf"), ...(allOf.length === 1 ? allOf : [])];
  if (branches.length === 0 || allOf.length > 1) return undefined;
  const values: JsonValue[] = [];
  const seen = new Set<JsonValue>();
  for (const branch of branches) {
    const resolved = resolver.resolveAt(branch);
    if (resolved && isNullOnly(resolved.schema)) continue;
    const branchValues = resolved && closedEnumValues(resolver, resolved);
    if (!branchValues) return undefined;
    for (const value of branchValues) {
      if (seen.has(value)) continue;
      seen.add(value);
      values.push(value);
    }
  }
  return values.length > 0 ? values : undefined;
}
