import { enforcedRules, isUnverified, type Profile } from "../capabilities/capability-model.js";
import type { EndpointSpec, RequestParam } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";
import { profileDefault, unverifiedNote } from "./messages.js";
import { propertyKey } from "./names.js";
import { emitGroup, requestMembers } from "./profile-cases.js";
import { type Ctx, deprecated, type ParamTypes, type ProfileNames, type Statement } from "./profile-context.js";
import { itemKinds, nestedObjects, presentOnly, verdictProp } from "./profile-params.js";
import { messagesProp, roleMessageTypes } from "./profile-roles.js";
import { messageOf } from "./rule-kinds.js";
import type { InterfaceDeclaration, JsDoc, TypeAliasDeclaration } from "./structures.js";
import { printType, referenceTo } from "./type-expr.js";

export type { ParamTypes, ProfileNames };

/**
 * The declarations of one profile: its params interface, the variants its `requires` rules need, and, when `models`
 * names the ids the endpoint's union serves with it, the union's members for them (`requests`, see requestMembers).
 */
export function emitProfile(options: {
  endpoint: EndpointSpec;
  profile: Profile;
  types: ParamTypes;
  names: ProfileNames;
  models?: string[];
  /** A parameter's doc comment (the spec's description), repeated where a profile declares the parameter anew. */
  docsOf?: (param: RequestParam) => JsDoc[];
}): { statements: Statement[]; requests: string[] } {
  const { endpoint, types, names, models = [], docsOf = () => [] } = options;
  const profile = enforcedProfile(options.profile);
  const unverified = unverifiedNotes(options.profile);
  const ctx: Ctx = { endpoint, profile, types, prefix: profilePrefix(names, profile), docsOf, unverified };
  const groups = profile.groups;
  const inGroups = new Set(groups.flatMap((g) => [g.controller.name, ...g.dependents]));
  // A parent whose own rules are all unverified gives way to its nested rules' object type (which carries its notes).
  const ruledParents = new Set(Object.values(profile.params).flatMap((v) => (v.path.child === undefined ? [] : [v.path.param])));
  const free = Object.values(profile.params).filter(
    (verdict) => !inGroups.has(verdict.path.name) && !(ruledParents.has(verdict.path.name) && verdict.rules.length === 0),
  );
  const nested = nestedObjects(
    ctx,
    free.filter((v) => v.path.child !== undefined).map((v) => v.path.name),
  );
  const items = itemKinds(
    ctx,
    free.filter((v) => v.path.item !== undefined).map((v) => v.path.name),
  );
  // An array with item-kind rules gets one property, from itemKinds, which also carries a bare `required: true` on it.
  const itemParents = new Set(free.filter((v) => v.path.item !== undefined).map((v) => v.path.param));
  const properties = free
    .filter((v) => v.path.child === undefined && v.path.item === undefined)
    .map((v) => v.path.name)
    .filter((name) => !(itemParents.has(name) && presentOnly(ctx, name)))
    .flatMap((name) => verdictProp(ctx, name, name))
    .concat(nested.properties, items.properties)
    .concat(messagesProp(ctx));
  const paramsName = names.params(profile);
  const coreName = coreTypeName(names, profile);
  const core: InterfaceDeclaration = {
    kind: "interface",
    name: coreName,
    isExported: true,
    ...(groups.length > 0 && {
      docs: [`What ${profile.label} takes in every case; the If… and Unless… types add what depends on another parameter.`],
    }),
    extends: [names.base],
    properties: properties.sort((a, b) => compareStrings(a.name, b.name)),
  };
  const before = [...nested.statements, ...items.statements];
  if (groups.length === 0) {
    const requests = requestMembers({ ctx, models, core, groups: [], inherited: new Map() });
    return { statements: [...before, core, ...requests, ...roleMessageTypes(ctx)], requests: requests.map((r) => r.name) };
  }
  const emitted = groups.map((group) => emitGroup(ctx, group));
  const pairs = emitted.map(({ holds, fails }) => `(${holds.name} | ${fails.name})`);
  const alias: TypeAliasDeclaration = {
    kind: "typeAlias",
    name: paramsName,
    isExported: true,
    type: [coreName, ...pairs].join(" & "),
  };
  const variants = emitted.flatMap(({ holds, fails, extra }) => [...extra, holds, fails]);
  // A nested parent (`reasoning` of `reasoning.effort`) that the core leaves to the spec's params: a case's object
  // type for it holds the ruled children only, so the case keeps the spec's type beside it, as `Core & If…` did.
  const paths = groups.flatMap((g) => [g.controller, ...g.dependents.map((d) => ctx.profile.params[d]?.path)]);
  const parents = paths.flatMap((path) => (path?.child === undefined ? [] : [path.param]));
  const indexed = (parent: string): string => printType({ kind: "indexed", object: referenceTo(names.base), key: parent });
  const inherited = new Map(parents.map((parent) => [propertyKey(parent), indexed(parent)]));
  const requests = requestMembers({ ctx, models, core, groups: emitted, inherited });
  return {
    statements: [...before, core, ...variants, alias, ...requests, ...roleMessageTypes(ctx)],
    requests: requests.map((r) => r.name),
  };
}

/**
 * The name of what a profile takes in every case: its params type itself when no parameter depends on another, else
 * the `…ParamsCore` interface its params type intersects with the If…/Unless… pairs.
 */
export function coreTypeName(names: ProfileNames, profile: Profile): string {
  const paramsName = names.params(profile);
  return profile.groups.length === 0 ? paramsName : `${paramsName.replace(/Params$/, "")}ParamsCore`;
}

/**
 * The profile as the types enforce it: every verdict keeps only its enforced rules (a verdict left with none is kept,
 * so its property is declared anew with the notes of unverified rules). `groups` already leave unverified rules out.
 */
function enforcedProfile(profile: Profile): Profile {
  const params = Object.fromEntries(Object.entries(profile.params).map(([name, v]) => [name, { ...v, rules: enforcedRules(v) }]));
  return { ...profile, params };
}

/** Per parameter key, one `@deprecated` note naming what its unverified rules say (docs/overlay.md, "Evidence levels"). */
function unverifiedNotes(profile: Profile): Map<string, JsDoc[]> {
  const notes = new Map<string, JsDoc[]>();
  for (const [name, verdict] of Object.entries(profile.params)) {
    // An unverified requirement with alternatives refuses nothing in the types either way: no strike-through for it.
    const rules = verdict.rules.filter((rule) => isUnverified(rule) && rule.kind !== "presentAny");
    if (rules.length === 0) continue;
    const messages = rules.map((rule) =>
      messageOf(profile.label, rule, rule.kind === "requires" ? profileDefault(profile, rule.on.name) : undefined),
    );
    notes.set(name, deprecated(unverifiedNote(messages.join("; "), verdict.sources)) ?? []);
  }
  return notes;
}

/** What a profile's type names start with: `Gpt4oChatCompletions` (its params type without `Params`). */
export function profilePrefix(names: ProfileNames, profile: Profile): string {
  return names.params(profile).replace(/Params$/, "");
}
