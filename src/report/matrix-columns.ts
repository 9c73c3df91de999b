import type { EndpointCapabilities, ParamPath } from "../capabilities/capability-model.js";
import type { RequestParam } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";

/** One column of an endpoint's matrix: a request parameter of the spec, or a nested key (`reasoning.effort`) of a rule. */
export interface MatrixColumn {
  key: string;
  /** The spec's parameter; absent for a nested key. */
  param?: RequestParam;
}

/**
 * The spec's request parameters in spec order (without `model`, which is the row), each followed by the nested keys
 * (`parent.child`) that any profile has a rule for, sorted; rule keys whose parent the spec lacks come last, sorted.
 */
export function matrixColumns(endpoint: EndpointCapabilities): MatrixColumn[] {
  const specNames = new Set(endpoint.spec.params.map((p) => p.name));
  const nested = new Map<string, string[]>();
  const orphans: string[] = [];
  for (const { name: key, param: parent, child } of ruleKeys(endpoint)) {
    if (specNames.has(key)) continue;
    // Split once by the capability model: only `parent.child` sits under its parent; an item kind (`tools[].type`) does not.
    if (child !== undefined && specNames.has(parent)) nested.set(parent, [...(nested.get(parent) ?? []), key]);
    else orphans.push(key);
  }
  const columns: MatrixColumn[] = [];
  for (const param of endpoint.spec.params) {
    if (param.name === "model") continue;
    columns.push({ key: param.name, param });
    for (const key of nested.get(param.name) ?? []) columns.push({ key });
  }
  for (const key of orphans) columns.push({ key });
  return columns;
}

/** The split path of every parameter key of every profile's rules, once, sorted by key. */
function ruleKeys(endpoint: EndpointCapabilities): ParamPath[] {
  const paths = new Map(endpoint.profiles.flatMap((profile) => Object.values(profile.params).map((v) => [v.path.name, v.path] as const)));
  return [...paths.values()].sort((a, b) => compareStrings(a.name, b.name));
}
