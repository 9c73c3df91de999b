import { findParam } from "../spec/nested-params.js";
import type { EndpointSpec, JsonValue, RequestParam } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";
import { type DependentGroup, enforcedVerdict, type ParamVerdict, type RuleOf, ruleOf } from "./capability-model.js";

/**
 * The `requires` groups of a profile's rules, worked out once for the types and the runtime: per controller and
 * value set, the dependents, and what the controller may be when the condition holds or fails. Sorted by
 * `<controller>=<values>`. Unverified rules (inferred evidence) are left out: the types do not enforce them.
 */
export function dependentGroups(endpoint: EndpointSpec, params: Record<string, ParamVerdict>): DependentGroup[] {
  const byKey = new Map<string, { requires: RuleOf<"requires">; dependents: string[] }>();
  for (const [name, verdict] of Object.entries(params)) {
    const requires = ruleOf(enforcedVerdict(verdict), "requires");
    if (!requires) continue;
    const key = `${requires.on.name}=${JSON.stringify(requires.values)}`;
    const group = byKey.get(key) ?? { requires, dependents: [] };
    group.dependents.push(name);
    byKey.set(key, group);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([, { requires, dependents }]) => groupCases(endpoint, params, requires, dependents));
}

function groupCases(
  endpoint: EndpointSpec,
  params: Record<string, ParamVerdict>,
  requires: RuleOf<"requires">,
  dependents: string[],
): DependentGroup {
  const controller = findParam(endpoint, requires.on.name);
  if (!controller) throw new Error(`bug: parameter ${requires.on.name} is not in ${endpoint.requestSchema}`);
  const verdict = enforcedVerdict(params[requires.on.name]);
  const candidates = ruleOf(verdict, "values")?.values ?? controller.enumValues ?? booleanValues(controller);
  const inValues = (v: JsonValue): boolean => requires.values.some((s) => JSON.stringify(s) === JSON.stringify(v));
  const defaultHolds = holdsWhenAbsent(params, requires);
  return {
    controller: requires.on,
    values: requires.values,
    dependents,
    holds: { values: candidates ? candidates.filter(inValues) : requires.values, absent: defaultHolds },
    // Not known to hold: any value the model takes (a run-time value may be any of them), or none.
    fails: { values: candidates, absent: true },
  };
}

/**
 * Whether a `requires` rule holds when its controller is absent (or null, or refused): the model's default for the
 * controller decides; without a default it fails. The types' cases and the runtime table both read it from here.
 */
export function holdsWhenAbsent(params: Record<string, ParamVerdict>, requires: RuleOf<"requires">): boolean {
  const fallback = ruleOf(params[requires.on.name], "default");
  return fallback !== undefined && requires.values.some((v) => JSON.stringify(v) === JSON.stringify(fallback.value));
}

/** A plain boolean parameter (`type: boolean`, possibly nullable) has the values true and false. */
function booleanValues(p: RequestParam): JsonValue[] | undefined {
  const type = p.schema.type;
  const branches = Array.isArray(p.schema.anyOf) ? p.schema.anyOf : [];
  const isBoolean =
    type === "boolean" ||
    (Array.isArray(type) && type.includes("boolean")) ||
    branches.some((b) => typeof b === "object" && b !== null && !Array.isArray(b) && b.type === "boolean");
  return isBoolean ? [true, false] : undefined;
}

/**
 * Every combination of the groups' cases (`true`: the condition holds) that some request can be. Two groups on one
 * controller (`stream: [false]` and `stream: [true]`) meet in cases no request can be: the controller would need a
 * value both refuse. Those are left out. In order: holds before fails, the first group varying slowest.
 */
export function possibleCases(groups: DependentGroup[]): boolean[][] {
  let combinations: boolean[][] = [[]];
  for (const _ of groups) combinations = combinations.flatMap((chosen) => [true, false].map((holds) => [...chosen, holds]));
  return combinations.filter((chosen) => possible(chosen.map((holds, i) => ({ group: groups[i] as DependentGroup, holds }))));
}

/** Whether some request fits every choice: per controller, a value all of them allow, or all allow it absent. */
function possible(chosen: { group: DependentGroup; holds: boolean }[]): boolean {
  const byController = new Map<string, DependentGroup["holds"][]>();
  for (const { group, holds } of chosen) {
    const name = group.controller.name;
    byController.set(name, [...(byController.get(name) ?? []), holds ? group.holds : group.fails]);
  }
  return [...byController.values()].every((all) => {
    if (all.every((a) => a.absent)) return true;
    if (all.some((a) => a.values === undefined)) return true;
    const [first, ...rest] = all.map((a) => new Set((a.values ?? []).map((v) => JSON.stringify(v))));
    return [...(first ?? [])].some((v) => rest.every((set) => set.has(v)));
  });
}
