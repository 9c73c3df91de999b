/**
 * How the builders check the rules that depend on another parameter: one type parameter per controller, inferred from
 * the request, picks each rule's If… or Unless… case with a conditional type (instead of relating the request to the
 * union of every combination), constrained to the values the model's cases take so that an invalid value is reported
 * with them.
 */
import type { EndpointCapabilities, Profile } from "../capabilities/capability-model.js";
import type { EndpointNames } from "./emit-endpoint.js";
import { coreTypeName, type ProfileNames } from "./emit-profile.js";
import { pascalName, propertyKey, stringLiteral } from "./names.js";
import { variantNames } from "./profile-cases.js";
import { literal } from "./profile-context.js";
import type { InterfaceDeclaration, Statement, TypeAliasDeclaration } from "./structures.js";

/** A `requires` rule's controller, and the type parameter a builder infers its value into (S for `stream`). */
export interface Controller {
  name: string;
  param: string;
  child?: string;
  typeParam: string;
}

/** The controllers of an endpoint's (or one profile's) `requires` rules, each once, sorted by name. */
export function controllersOf(endpoint: EndpointCapabilities | { profiles: Profile[] }, streams: boolean): Controller[] {
  const byName = new Map<string, Controller>();
  for (const profile of endpoint.profiles)
    for (const group of profile.groups) {
      const { name, param, child } = group.controller;
      const typeParam = streams && name === "stream" ? "S" : `C${pascalName(name)}`;
      if (!byName.has(name)) byName.set(name, { name, param, ...(child !== undefined && { child }), typeParam });
    }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
function caseValues(names: ProfileNames, profile: Profile, core: string, c: Controller): string {
  const prefix = names.params(profile).replace(/Params$/, "");
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
export function carriersOf(controllers: Controller[], streams: boolean): string[] {
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
 * value (`value(controllerName)` names that value's type). The case holds when the value is one of those that satisfy
 * the condition (or absent, where absent counts); any other value, a literal or one known only at run time
 * (`stream: flag`), picks Unless…, as the union of every combination does. One intersection, which TypeScript checks a
 * request against once, instead of a union of up to 16 that it tries in turn (`npm run bench`, section 2b).
 */
function pickedCases(names: ProfileNames, profile: Profile, value: (controller: string) => string): string[] {
  const prefix = names.params(profile).replace(/Params$/, "");
  return profile.groups.map((group) => {
    const { holds, fails } = variantNames(prefix, group);
    const values = [...(group.holds.values ?? []).map(literal), ...(group.holds.absent ? ["undefined", "null"] : [])];
    return `([${value(group.controller.name)}] extends [${values.length ? values.join(" | ") : "never"}] ? ${holds} : ${fails})`;
  });
}

/** A per-model builder's parameter: the core, the carriers that infer the controllers, the cases they pick. */
export function controlledInput(
  names: ProfileNames,
  profile: Profile,
  core: string,
  streams: boolean,
): { typeParameters: Array<{ name: string; constraint: string; isConst: boolean; default: string }>; input: string } {
  const controllers = controllersOf({ profiles: [profile] }, streams);
  const typeParam = new Map(controllers.map((c) => [c.name, c.typeParam]));
  const conditions = pickedCases(names, profile, (name) => typeParam.get(name) ?? "never");
  const typeParameters = controllers
    .filter((c) => c.typeParam !== "S")
    .map((c) => ({ name: c.typeParam, constraint: caseValues(names, profile, core, c), isConst: true, default: "undefined" }));
  return { typeParameters, input: [core, ...carriersOf(controllers, streams), ...conditions].join(" & ") };
}

/**
 * The generic builder's lookup with the cases picked: `<Endpoint>Controls` (the controllers' names), each profile's
 * `<Params>When<C>`, the model map over them and `<Endpoint>ParamsWhen<M, C>`, which resolves M as ParamsFor does.
 */
export function emitWhen(options: {
  endpoint: EndpointCapabilities;
  names: EndpointNames;
  controllers: Controller[];
  /** The endpoint's model map and ParamsFor, which the When and ControlValues lookups follow. */
  map: InterfaceDeclaration;
  paramsFor: TypeAliasDeclaration;
}): Statement[] {
  const { endpoint, names, controllers, map, paramsFor } = options;
  const controls: InterfaceDeclaration = {
    kind: "interface",
    name: names.controls,
    isExported: true,
    docs: ["The values of the parameters that other parameters depend on, as a builder inferred them from a request."],
    properties: controllers.map((c) => ({ name: propertyKey(c.name), type: "unknown" })),
  };
  const whenOf = (profile: Profile): string => `${names.profile.params(profile)}When`;
  const cased = endpoint.profiles.filter((p) => p.groups.length > 0);
  const perProfile: TypeAliasDeclaration[] = cased.map((profile) => ({
    kind: "typeAlias",
    name: whenOf(profile),
    isExported: true,
    typeParameters: [{ name: "C", constraint: names.controls }],
    type: [coreTypeName(names.profile, profile), ...pickedCases(names.profile, profile, (name) => `C[${stringLiteral(name)}]`)].join(" & "),
  }));
  const whenMap: InterfaceDeclaration = {
    ...map,
    name: names.whenMap,
    typeParameters: [{ name: "C", constraint: names.controls }],
    properties: (map.properties ?? []).map((prop) => {
      const profile = cased.find((p) => names.profile.params(p) === prop.type);
      return profile ? { ...prop, type: `${whenOf(profile)}<C>` } : prop;
    }),
  };
  const paramsWhen: TypeAliasDeclaration = {
    kind: "typeAlias",
    name: names.paramsWhen,
    isExported: true,
    typeParameters: [...(paramsFor.typeParameters ?? []), { name: "C", constraint: names.controls }],
    type: String(paramsFor.type).replace(`${names.lookup}[`, `(${names.whenMap}<C> & { [id: string]: ${names.profile.base} })[`),
  };
  // What each model's cases take for each controller, looked up by M as ParamsFor does: the generic builder's
  // controller type parameters are constrained to it (see caseValues).
  const valuesOf = (profile: Profile): string => `${names.profile.params(profile)}ControlValues`;
  const baseValues = `${names.noun}BaseControlValues`;
  const valuesByProfile: InterfaceDeclaration[] = endpoint.profiles.map((profile) => ({
    kind: "interface",
    name: valuesOf(profile),
    isExported: true,
    properties: controllers.map((c) => ({
      name: propertyKey(c.name),
      type: caseValues(names.profile, profile, coreTypeName(names.profile, profile), c),
    })),
  }));
  const base: InterfaceDeclaration = {
    kind: "interface",
    name: baseValues,
    isExported: true,
    properties: controllers.map((c) => ({ name: propertyKey(c.name), type: keyType(names.profile.base, c) })),
  };
  const valuesMap: InterfaceDeclaration = {
    kind: "interface",
    name: `${names.noun}ModelControlValues`,
    isExported: true,
    properties: (map.properties ?? []).map((prop) => {
      const profile = endpoint.profiles.find((p) => names.profile.params(p) === prop.type);
      return { name: prop.name, type: profile ? valuesOf(profile) : baseValues };
    }),
  };
  const valuesFor: TypeAliasDeclaration = {
    kind: "typeAlias",
    name: `${names.noun}ControlValuesFor`,
    isExported: true,
    typeParameters: paramsFor.typeParameters ?? [],
    type: String(paramsFor.type).replace(`${names.lookup}[`, `(${valuesMap.name} & { [id: string]: ${baseValues} })[`),
  };
  return [controls, ...perProfile, whenMap, paramsWhen, ...valuesByProfile, base, valuesMap, valuesFor];
}
