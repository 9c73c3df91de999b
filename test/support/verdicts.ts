import type { ParamVerdict, Rule } from "../../src/capabilities/capability-model.js";
import { splitParamPath } from "../../src/spec/nested-params.js";

type RuleInput = Rule extends infer R ? (R extends Rule ? Omit<R, "path" | "reason" | "sources" | "note"> : never) : never;

/** A verdict on `name` made of `rules`, all with the same reason and sources (what the overlay's one entry gives). */
export function verdictOn(name: string, why: { reason: string; sources: string[] }, ...rules: RuleInput[]): ParamVerdict {
  const path = splitParamPath(name);
  return { path, rules: rules.map((rule) => ({ ...rule, path, ...why }) as Rule), ...why };
}
