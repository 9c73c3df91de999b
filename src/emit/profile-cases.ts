/** A profile's `requires` groups as If/Unless variants, and the endpoint union's members for its models. */
import { type DependentGroup, ruleOf } from "../capabilities/capability-model.js";
import type { JsonValue, RequestParam } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";
import { profileDefault, showValues } from "./messages.js";
import { pascalName, propertyKey, stringLiteral } from "./names.js";
import { type Ctx, deprecated, docsWith, literal, param, type Statement, uniqueDocs, unsupported } from "./profile-context.js";
import { constrainedProp, propertyPlan } from "./profile-params.js";
import { messageOf, uncheckedRequirements } from "./rule-kinds.js";
import type { InterfaceDeclaration, PropertySignature } from "./structures.js";

/**
 * Two variants for one `requires` group: the condition holds (`If…`), or it does not (`Unless…`). The names sort
 * `If` before `Unless` on purpose: where the controller is nested (`reasoning.effort`) TypeScript cannot discriminate
 * the variants and reports against the last member on a tie, which must be the one that names the dependency (TS 5/6
 * order union members by creation, TS 7 by name).
 */
export interface EmittedGroup {
  holds: InterfaceDeclaration;
  fails: InterfaceDeclaration;
  extra: Statement[];
}

export function emitGroup(ctx: Ctx, group: DependentGroup): EmittedGroup {
  const name = group.controller.name;
  const controller = param(ctx, name);
  const notNull = ruleOf(ctx.profile.params[name], "notNull") !== undefined;
  const defaultValue = profileDefault(ctx.profile, name);
  const extra: Statement[] = [];
  const nestedController = (typeName: string, allowed: DependentGroup["holds"]): PropertySignature => {
    const { values, absent } = allowed;
    const child = group.controller.child;
    // The controller's own unverified rules (inferred evidence) refuse nothing here; their notes go on its property.
    const notes = ctx.unverified.get(name);
    const withNotes = (prop: PropertySignature): PropertySignature => (notes ? { ...prop, docs: notes } : prop);
    if (child === undefined) return withNotes(controllerProp(ctx, controller, notNull, values, absent, name));
    const parent = param(ctx, group.controller.param);
    const prop = withNotes(controllerProp(ctx, controller, notNull, values, absent, child));
    extra.push({ kind: "interface", name: typeName, isExported: true, properties: [prop] });
    const type = absent && parent.nullable ? `${typeName} | null` : typeName;
    return { name: propertyKey(group.controller.param), hasQuestionToken: absent, type };
  };
  const holds = nestedController(`${ctx.prefix}${pascalName(name)}If${suffixOf(group)}`, group.holds);
  const fails = nestedController(`${ctx.prefix}${pascalName(name)}Unless${suffixOf(group)}`, group.fails);
  const whenHolds = group.dependents.flatMap((d) => dependentProp(ctx, d, true, defaultValue));
  const whenFails = group.dependents.flatMap((d) => dependentProp(ctx, d, false, defaultValue));
  const condition = `${name} is ${showValues(group.values)}`;
  const dependents = group.dependents.join(", ");
  const make = (typeName: string, doc: string, props: PropertySignature[]): InterfaceDeclaration => ({
    docs: [doc],
    kind: "interface",
    name: typeName,
    isExported: true,
    properties: props.sort((a, b) => compareStrings(a.name, b.name)),
  });
  const named = variantNames(ctx.prefix, group);
  return {
    holds: make(named.holds, `${ctx.profile.label} when ${condition}: ${dependents} accepted.`, [holds, ...whenHolds]),
    fails: make(named.fails, `${ctx.profile.label} unless ${condition}: ${dependents} refused.`, [fails, ...whenFails]),
    extra,
  };
}

const suffixOf = (group: DependentGroup): string => group.values.map((v) => pascalName(String(v))).join("Or");

/** The names of a group's two variants for a profile whose types start with `prefix` (`Gpt4oChatCompletions`). */
export function variantNames(prefix: string, group: DependentGroup): { holds: string; fails: string } {
  const suffix = `${pascalName(group.controller.name)}${suffixOf(group)}`;
  return { holds: `${prefix}If${suffix}`, fails: `${prefix}Unless${suffix}` };
}

function controllerProp(
  ctx: Ctx,
  p: RequestParam,
  notNull: boolean,
  values: JsonValue[] | undefined,
  absentAllowed: boolean,
  key: string,
): PropertySignature {
  // Plain literals only: a branded branch here stops TypeScript 7 from discriminating the variants, and the
  // dependency's message (the more useful one) would then be lost. Invalid values still fail, listing the valid ones.
  const branches = values ? values.map(literal) : [ctx.types.nonNull(p)];
  if (absentAllowed && p.nullable && !notNull) branches.push("null");
  const type = branches.length === 0 ? "never" : branches.join(" | ");
  return { name: propertyKey(key), hasQuestionToken: absentAllowed, type };
}

function dependentProp(ctx: Ctx, name: string, holds: boolean, controllerDefault: JsonValue | undefined): PropertySignature[] {
  const verdict = ctx.profile.params[name];
  const requires = ruleOf(verdict, "requires");
  if (!verdict || !requires) return [];
  const p = param(ctx, name);
  if (holds) return [constrainedProp(ctx, p, propertyPlan(verdict), { key: name, name })];
  const message = messageOf(ctx.profile.label, requires, controllerDefault);
  // The dependent's own default passes whatever the condition: sending it is the same as leaving the key out. So does
  // null where the spec allows it (docs/overlay.md, "Explicit null").
  const own = ruleOf(verdict, "default");
  const refused = unsupported(ctx.types.nonNull(p), message);
  const passes = [...(own ? [literal(own.value)] : []), ...(p.nullable && !ruleOf(verdict, "notNull") ? ["null"] : [])];
  return [
    {
      name: propertyKey(name),
      hasQuestionToken: true,
      type: [...passes, refused].join(" | "),
      docs: docsWith(ctx, p, deprecated(message)),
    },
  ];
}

/**
 * The union's members for a profile: one interface per combination of its variants (each `requires` group holds or
 * fails), extending the core params with `model` and the variants' properties written out. That is the same set of
 * requests as `{ model } & Core & (If | Unless) & …`, but as plain interfaces that share the core's properties:
 * TypeScript resolves an intersection's properties anew for every member of the union, and an interface's inherited
 * ones once (a consumer's check time, measured with `npm run bench`). Without `models`, none.
 */
export function requestMembers(options: {
  ctx: Ctx;
  models: string[];
  core: InterfaceDeclaration;
  groups: EmittedGroup[];
  inherited: Map<string, string>;
}): InterfaceDeclaration[] {
  const { ctx, models, core, groups, inherited } = options;
  if (models.length === 0) return [];
  const model: PropertySignature = { name: "model", type: models.map(stringLiteral).join(" | ") };
  const base = `${ctx.prefix}Request`;
  // The cases no request can be (capabilities/dependent-cases.ts) are left out; the intersection form reduced them to never.
  const cases = groups.length === 0 ? [[]] : ctx.profile.cases.map((chosen) => chosen.map((holds, i) => variantOf(groups[i], holds)));
  const needs = uncheckedRequirements(ctx.profile);
  // A member's properties leave out the spec's description: the spec's base declares every parameter with it, and
  // an editor shows an interface member's inherited doc where its own has none. Written into every member it made up
  // a third of the chat declarations, which every consumer's compiler parses (`npm run bench`, section 2b).
  const descriptions = new Set(ctx.endpoint.params.flatMap((p) => ctx.docsOf(p)).map((doc) => JSON.stringify(doc)));
  const withoutDescription = (prop: PropertySignature): PropertySignature => {
    const docs = (prop.docs ?? []).filter((doc) => !descriptions.has(JSON.stringify(doc)));
    const { docs: _, ...rest } = prop;
    return docs.length > 0 ? { ...rest, docs } : rest;
  };
  return cases.map((chosen) => {
    const suffix = chosen.map((variant) => variant.name.slice(ctx.prefix.length)).join("");
    return {
      kind: "interface",
      name: `${base}${suffix}`,
      isExported: true,
      ...(needs.length > 0 && { docs: [needs.join("\n\n")] }),
      extends: [core.name],
      properties: [
        model,
        ...mergeProperties(
          core,
          chosen.flatMap((variant) => variant.properties ?? []),
          inherited,
        ).map(withoutDescription),
      ],
    };
  });
}

function variantOf(group: EmittedGroup | undefined, holds: boolean): InterfaceDeclaration {
  if (!group) throw new Error("bug: a case names more groups than the profile has");
  return holds ? group.holds : group.fails;
}

/**
 * The properties of several variants as one interface's: a name given more than once gets the intersection of its
 * types, and is optional only when it is optional everywhere; one the core declares too keeps the core's type in the
 * intersection, and one in `inherited` that the core does not declare, the type given there. Sorted by name.
 */
function mergeProperties(core: InterfaceDeclaration, props: PropertySignature[], inherited: Map<string, string>): PropertySignature[] {
  const byName = new Map<string, PropertySignature[]>();
  for (const prop of props) byName.set(prop.name, [...(byName.get(prop.name) ?? []), prop]);
  return [...byName.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, same]) => {
      const own = (core.properties ?? []).filter((p) => p.name === name);
      const all = [...own, ...same];
      const spec = own.length === 0 ? inherited.get(name) : undefined;
      const types = [...new Set([...(spec === undefined ? [] : [spec]), ...all.map((p) => p.type)])];
      const docs = uniqueDocs(all.flatMap((p) => p.docs ?? []));
      return {
        name,
        hasQuestionToken: all.every((p) => p.hasQuestionToken === true),
        type: types.length === 1 ? (types[0] ?? "never") : types.map((t) => `(${t})`).join(" & "),
        ...(docs.length > 0 && { docs }),
      };
    });
}
