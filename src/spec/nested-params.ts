import { flattenObjectSchema } from "./request-params.js";
import { isJsonObject, type RefResolver, type SchemaAt, subschemas } from "./resolve-ref.js";
import type { EndpointSpec, RequestParam } from "./spec-types.js";

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

/** A parameter of the endpoint by name: top-level, or nested (`parent.child`). */
export function findParam(endpoint: EndpointSpec, name: string): RequestParam | undefined {
  return endpoint.params.find((p) => p.name === name) ?? endpoint.nestedParams?.find((p) => p.name === name);
}

/** `reasoning.effort` → `{ parent: "reasoning", child: "effort" }`; a top-level name → undefined. */
export function splitNested(name: string): { parent: string; child: string } | undefined {
  const at = name.indexOf(nestedSeparator);
  return at < 0 ? undefined : { parent: name.slice(0, at), child: name.slice(at + 1) };
}
