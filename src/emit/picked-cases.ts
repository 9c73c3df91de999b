/**
 * How a per-model builder checks the rules that depend on another parameter: one type parameter per controller,
 * inferred from the request, picks each rule's If… or Unless… case with a conditional type (instead of relating the
 * request to the union of every combination), constrained to the values the model's cases take so that an invalid
 * value is reported with them.
 */
import type { Profile } from "../capabilities/capability-model.js";
import { compareStrings } from "../util/closest.js";
import { type ProfileNames, profilePrefix } from "./emit-profile.js";
import { pascalName, stringLiteral } from "./names.js";
import { variantNames } from "./profile-cases.js";
import { literal } from "./profile-context.js";

/** A `requires` rule's controller, and the type parameter a builder infers its value into (S for `stream`). */
interface Controller {
  name: string;
  param: string;
  child?: string;
  typeParam: string;
}

/** The controllers of a profile's `requires` rules, each once, sorted by name. */
function controllersOf(profile: Profile | undefined, streams: boolean): Controller[] {
  const byName = new Map<string, Controller>();
  for (const group of profile?.groups ?? []) {
    const { name, param, child } = group.controller;
    const typeParam = streams && name === "stream" ? "S" : `C${pascalName(name)}`;
    if (!byName.has(name)) byName.set(name, { name, param, ...(child !== undefined && { child }), typeParam });
  }
  return [...byName.values()].sort((a, b) => compareStrings(a.name, b.name));
}

/**
 * A controller's type within `type`: `T["store"]`, or `NonNullable<T["reasoning"]>["effort"]` for a nested one.
 */
function keyType(type: string, c: Controller): string {
  return c.child === undefined
    ? `${type}[${stringLiteral(c.name)}]`
    : `NonNullable<${type}[${stringLiteral(c.param)}]>[${stringLiteral(c.child)}]`;
}

/**
 * The values a profile's cases take for a controller: its If… and Unless… types for the key together, or where no
 * rule of the profile depends on it, the profile's own type of the key (`core`). A builder's type parameter for the
 * controller is constrained to them: a value outside them (an unknown effort, an explicit null the model refuses) is
 * then not inferred, TypeScript takes the constraint instead, and the error lists the values the model takes, as the
 * union of cases did, rather than "not assignable to type 'undefined'" (the parameter's default).
 */
function caseValues(prefix: string, profile: Profile, core: string, c: Controller): string {
  const variants = profile.groups
    .filter((g) => g.controller.name === c.name)
    .flatMap((g) => Object.values(variantNames(prefix, g)).map((v) => keyType(v, c)));
  return variants.length > 0 ? [...new Set(variants)].join(" | ") : keyType(core, c);
}

/**
 * Where each controller's type parameter is inferred from: `{ [K in "stream"]?: S }`, `{ [K in "reasoning"]?: { [J in
 * "effort"]?: CReasoningEffort } | null }`. Mapped types, not `{ stream?: S }`: their properties have no declaration,
 * so an editor reads a key's modifiers and docs from the model's params alone (a refused controller stays struck through
 * in the completion list; a declared `{ logprobs?: … }` would add a declaration that is not deprecated, and TypeScript
 * then drops the strike-through).
 */
function carriersOf(controllers: Controller[], streams: boolean): string[] {
  const top = new Map<string, string>();
  const nested = new Map<string, Array<[string, string]>>();
  for (const c of controllers) {
    if (c.child === undefined) top.set(c.name, `{ [K in ${stringLiteral(c.name)}]?: ${c.typeParam} }`);
    else nested.set(c.param, [...(nested.get(c.param) ?? []), [c.child, c.typeParam]]);
  }
  if (streams && !top.has("stream")) top.set("stream", `{ [K in "stream"]?: S }`);
  const inner = (children: Array<[string, string]>): string =>
    children.map(([child, t]) => `{ [J in ${stringLiteral(child)}]?: ${t} }`).join(" & ");
  return [...top.values(), ...[...nested].map(([parent, children]) => `{ [K in ${stringLiteral(parent)}]?: (${inner(children)}) | null }`)];
}

/**
 * A profile's params with each `requires` rule's If… or Unless… case picked by a conditional type on its controller's
 * value (`typeParam`: the type parameter that holds it). The case holds when the value is one of those that satisfy
 * the condition (or absent, where absent counts); any other value, a literal or one known only at run time
 * (`stream: flag`), picks Unless…, as the union of every combination does. One intersection, which TypeScript checks a
 * request against once, instead of a union of up to 16 that it tries in turn (`npm run bench`, section 2b).
 */
function pickedCases(prefix: string, profile: Profile, typeParam: Map<string, string>): string[] {
  return profile.groups.map((group) => {
    const { holds, fails } = variantNames(prefix, group);
    const values = [...(group.holds.values ?? []).map(literal), ...(group.holds.absent ? ["undefined", "null"] : [])];
    return `([${typeParam.get(group.controller.name)}] extends [${values.length ? values.join(" | ") : "never"}] ? ${holds} : ${fails})`;
  });
}

/**
 * A per-model builder's parameter and the type parameters it adds to S: the model's params (`core`), the carriers
 * that infer the controllers, the cases they pick. A model without `requires` rules (or without a profile) has its
 * params and the `stream` carrier only.
 */
export function controlledInput(
  names: ProfileNames,
  profile: Profile | undefined,
  core: string,
  streams: boolean,
): { typeParameters: Array<{ name: string; constraint: string; isConst: boolean; default: string }>; input: string } {
  const controllers = controllersOf(profile, streams);
  const carriers = carriersOf(controllers, streams);
  if (!profile || controllers.length === 0) return { typeParameters: [], input: [core, ...carriers].join(" & ") };
  const prefix = profilePrefix(names, profile);
  const conditions = pickedCases(prefix, profile, new Map(controllers.map((c) => [c.name, c.typeParam])));
  const typeParameters = controllers
    .filter((c) => c.typeParam !== "S")
    .map((c) => ({ name: c.typeParam, constraint: caseValues(prefix, profile, core, c), isConst: true, default: "undefined" }));
  return { typeParameters, input: [core, ...carriers, ...conditions].join(" & ") };
}
