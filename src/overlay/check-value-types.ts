import { Diagnostics } from "../diagnostics/diagnostic.js";
import { findParam, leafBranches } from "../spec/nested-params.js";
import { isJsonObject, RefResolver } from "../spec/resolve-ref.js";
import type { EndpointSpec, JsonValue, RequestParam, SchemaObject, SpecIndex } from "../spec/spec-types.js";
import type { Overlay, ParamRule } from "./overlay-schema.js";

/** One branch of a parameter's schema as a test of a value, and how to describe it. */
interface Branch {
  accepts: (value: JsonValue) => boolean;
  describe: string;
}

/**
 * Checks every value a rule names (`values`, `default`, `requires`) against the parameter's schema where the spec
 * gives no enum: its type, `const`, `minimum`/`maximum` (exclusive ones too). Reports MG_OVERLAY_VALUE_TYPE at the
 * rule. Enums are checked by validateOverlay (MG_OVERLAY_UNKNOWN_VALUE).
 */
export function checkValueTypes({ overlay, index, diagnostics }: { overlay: Overlay; index: SpecIndex; diagnostics: Diagnostics }): void {
  // Bad refs are reported by indexSpec already; this resolver's own reports are not wanted.
  const resolver = new RefResolver({ spec: index.spec, diagnostics: new Diagnostics() });
  const endpoints = new Map(index.endpoints.map((endpoint) => [endpoint.key, endpoint]));
  for (const entry of [...overlay.families.values(), ...overlay.models.values()]) {
    for (const [key, block] of entry.endpoints) {
      const endpoint = endpoints.get(key);
      if (!endpoint) continue;
      for (const [name, rule] of block.params) {
        for (const [param, values] of namedValues(name, rule)) {
          const problem = valuesProblem({ resolver, endpoint, param, values });
          if (problem) diagnostics.error("MG_OVERLAY_VALUE_TYPE", problem, rule.location);
        }
      }
    }
  }
}

function namedValues(name: string, rule: ParamRule): [param: string, values: JsonValue[]][] {
  if (rule.kind !== "constrain") return [];
  const { values, requires } = rule.constraint;
  const own = [...(values ?? []), ...(rule.constraint.default ? [rule.constraint.default.value] : [])];
  return [[name, own], ...(requires ? [[requires.param, requires.values] as [string, JsonValue[]]] : [])];
}

interface ValuesInput {
  resolver: RefResolver;
  endpoint: EndpointSpec;
  param: string;
  values: JsonValue[];
}

function valuesProblem({ resolver, endpoint, param, values }: ValuesInput): string | undefined {
  const found = findParam(endpoint, param);
  if (!found || found.enumValues || values.length === 0) return undefined;
  const branches = branchesOf(resolver, found);
  if (!branches) return undefined;
  const wrong = values.filter((value) => !branches.some((branch) => branch.accepts(value)) && !(value === null && found.nullable));
  if (wrong.length === 0) return undefined;
  const shown = wrong.map((value) => JSON.stringify(value)).join(", ");
  const takes = [...new Set(branches.map((branch) => branch.describe))].join(" or ");
  return `${wrong.length === 1 ? "value" : "values"} ${shown} ${wrong.length === 1 ? "is" : "are"} not allowed for "${param}" by the spec, which takes ${takes}`;
}

/** The branches of the parameter's schema; undefined when one of them constrains nothing modelgate can check. */
function branchesOf(resolver: RefResolver, param: RequestParam): Branch[] | undefined {
  const branches: Branch[] = [];
  for (const leaf of leafBranches(resolver, { schema: param.schema, pointer: param.pointer })) {
    const branch = branchOf(leaf.schema);
    if (!branch) return undefined;
    branches.push(...branch);
  }
  return branches.length > 0 ? branches : undefined;
}

function branchOf(schema: SchemaObject): Branch[] | undefined {
  if (Array.isArray(schema.enum)) {
    const allowed = schema.enum.map((value) => JSON.stringify(value));
    return [{ accepts: (value) => allowed.includes(JSON.stringify(value)), describe: `one of ${allowed.join(", ")}` }];
  }
  if (Object.hasOwn(schema, "const")) {
    const text = JSON.stringify(schema.const);
    return [{ accepts: (value) => JSON.stringify(value) === text, describe: text }];
  }
  const types = typeof schema.type === "string" ? [schema.type] : Array.isArray(schema.type) ? schema.type : [];
  const named = types.filter((type): type is string => typeof type === "string");
  if (named.length === 0) return undefined;
  const branches = named.map((type) => typeBranch(type, schema));
  if (schema.nullable === true) branches.push(typeBranch("null", schema));
  return branches.every((branch) => branch !== undefined) ? branches : undefined;
}

function typeBranch(type: string, schema: SchemaObject): Branch | undefined {
  switch (type) {
    case "string":
      return { accepts: (value) => typeof value === "string", describe: "a string" };
    case "boolean":
      return { accepts: (value) => typeof value === "boolean", describe: "a boolean" };
    case "null":
      return { accepts: (value) => value === null, describe: "null" };
    case "object":
      return { accepts: isJsonObject, describe: "an object" };
    case "array":
      return { accepts: Array.isArray, describe: "an array" };
    case "number":
    case "integer":
      return numberBranch(type, schema);
    default:
      return undefined;
  }
}

function numberBranch(type: "number" | "integer", schema: SchemaObject): Branch {
  const bound = (key: string): number | undefined => (typeof schema[key] === "number" ? schema[key] : undefined);
  const min = bound("minimum");
  const max = bound("maximum");
  // OpenAPI 3.1 states exclusive bounds as numbers; 3.0 as booleans beside minimum/maximum.
  const exclusiveMin = bound("exclusiveMinimum") ?? (schema.exclusiveMinimum === true ? min : undefined);
  const exclusiveMax = bound("exclusiveMaximum") ?? (schema.exclusiveMaximum === true ? max : undefined);
  const accepts = (value: JsonValue): boolean =>
    typeof value === "number" &&
    (type === "number" || Number.isInteger(value)) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max) &&
    (exclusiveMin === undefined || value > exclusiveMin) &&
    (exclusiveMax === undefined || value < exclusiveMax);
  const range = [
    min !== undefined && exclusiveMin === undefined ? `≥ ${min}` : undefined,
    exclusiveMin !== undefined ? `> ${exclusiveMin}` : undefined,
    max !== undefined && exclusiveMax === undefined ? `≤ ${max}` : undefined,
    exclusiveMax !== undefined ? `< ${exclusiveMax}` : undefined,
  ].filter((part) => part !== undefined);
  return { accepts, describe: `${type === "integer" ? "an integer" : "a number"}${range.length > 0 ? ` ${range.join(" and ")}` : ""}` };
}
