import type { ParamVerdict, Profile } from "../capabilities/capability-model.js";
import { findParam, splitItem, splitNested } from "../spec/nested-params.js";
import type { EndpointSpec, JsonValue, RequestParam } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";
import { nullMessage, profileDefault, rejectMessage, requiresMessage, roleMessage, valuesMessage } from "./messages.js";
import { literalType, pascalName, propertyKey, stringLiteral } from "./names.js";
import type { InterfaceDeclaration, JsDoc, PropertySignature, TypeAliasDeclaration } from "./structures.js";
import type { TypeExpr } from "./type-expr.js";

/** A rule value as a literal type; overlay values are scalars (validated against the spec). */
const literal = (value: JsonValue): string => (value === null || typeof value !== "object" ? literalType(value) : "never");

/** How the emitter gets the TypeScript text of a parameter's spec type. */
export interface ParamTypes {
  spec(param: RequestParam): string;
  nonNull(param: RequestParam): string;
  /** The non-null type split into its scalar members and its object members (`VoiceIdsShared` | `{ id: string }`). */
  nonNullParts(param: RequestParam): { scalars: string; objects: string };
  /**
   * The non-null type with array items whose `property` is none of `allowed` replaced by named aliases of
   * `item & brand` (`name(value)` names them).
   */
  narrowItems(
    param: RequestParam,
    narrowing: { property: string; allowed: string[]; brand: TypeExpr; name(value: string): string },
  ): { type: string; aliases: { name: string; type: string }[] };
}

export interface ProfileNames {
  base: string;
  params(profile: Profile): string;
}

type Statement = InterfaceDeclaration | TypeAliasDeclaration;

interface Ctx {
  endpoint: EndpointSpec;
  profile: Profile;
  types: ParamTypes;
  prefix: string;
  /** A parameter's doc comment (the spec's description), repeated where a profile declares the parameter anew. */
  docsOf: (param: RequestParam) => JsDoc[];
}

interface Group {
  controller: string;
  values: JsonValue[];
  dependents: string[];
}

const unsupported = (type: string, message: string): string => `(${type}) & Unsupported<${stringLiteral(message)}>`;
const deprecated = (message: string): PropertySignature["docs"] => [{ tags: [{ tagName: "deprecated", text: message }] }];

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
  docsOf?: (param: RequestParam) => JsDoc[];
}): { statements: Statement[]; requests: string[] } {
  const { endpoint, profile, types, names, models = [], docsOf = () => [] } = options;
  const ctx: Ctx = { endpoint, profile, types, prefix: names.params(profile).replace(/Params$/, ""), docsOf };
  const groups = variantGroups(profile);
  const inGroups = new Set(groups.flatMap((g) => [g.controller, ...g.dependents]));
  const free = Object.keys(profile.params).filter((name) => !inGroups.has(name));
  const nested = nestedObjects(
    ctx,
    free.filter((name) => splitNested(name)),
  );
  const items = itemKinds(
    ctx,
    free.filter((name) => splitItem(name)),
  );
  const properties = free
    .filter((name) => !splitNested(name) && !splitItem(name))
    .flatMap((name) => verdictProp(ctx, name, name))
    .concat(nested.properties, items.properties)
    .concat(messagesProp(ctx));
  const paramsName = names.params(profile);
  const coreName = groups.length === 0 ? paramsName : `${ctx.prefix}ParamsCore`;
  const core: InterfaceDeclaration = {
    kind: "interface",
    name: coreName,
    isExported: true,
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
  const parents = groups.flatMap((g) => [g.controller, ...g.dependents]).flatMap((name) => splitNested(name)?.parent ?? []);
  const inherited = new Map(parents.map((parent) => [propertyKey(parent), `${names.base}[${stringLiteral(parent)}]`]));
  const requests = requestMembers({ ctx, models, core, groups: emitted, inherited });
  return {
    statements: [...before, core, ...variants, alias, ...requests, ...roleMessageTypes(ctx)],
    requests: requests.map((r) => r.name),
  };
}

/**
 * The union's members for a profile: one interface per combination of its variants (each `requires` group holds or
 * fails), extending the core params with `model` and the variants' properties written out. That is the same set of
 * requests as `{ model } & Core & (If | Unless) & …`, but as plain interfaces that share the core's properties:
 * TypeScript resolves an intersection's properties anew for every member of the union, and an interface's inherited
 * ones once (a consumer's check time, measured with `npm run bench`). Without `models`, none.
 */
function requestMembers(options: {
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
  type Choice = { variant: InterfaceDeclaration; controller: string; allows: Allowed };
  let combinations: Choice[][] = [[]];
  for (const group of groups) {
    const choices: Choice[] = [
      { variant: group.holds, controller: group.controller, allows: group.holdsAllows },
      { variant: group.fails, controller: group.controller, allows: group.failsAllows },
    ];
    combinations = combinations.flatMap((chosen) => choices.map((choice) => [...chosen, choice]));
  }
  // Two groups on one controller (`stream: [false]` and `stream: [true]`) meet in cases no request can be: the
  // controller would need a value both refuse. The intersection form reduces those to never; here they are left out.
  const cases = combinations.filter(possible).map((chosen) => chosen.map((c) => c.variant));
  return cases.map((chosen) => {
    const suffix = chosen.map((variant) => variant.name.slice(ctx.prefix.length)).join("");
    return {
      kind: "interface",
      name: `${base}${suffix}`,
      isExported: true,
      extends: [core.name],
      properties: [
        model,
        ...mergeProperties(
          core,
          chosen.flatMap((variant) => variant.properties ?? []),
          inherited,
        ),
      ],
    };
  });
}

/** Whether some request fits every choice: per controller, a value all of them allow, or all allow it absent. */
function possible(chosen: { controller: string; allows: Allowed }[]): boolean {
  const byController = new Map<string, Allowed[]>();
  for (const c of chosen) byController.set(c.controller, [...(byController.get(c.controller) ?? []), c.allows]);
  return [...byController.values()].every((all) => {
    if (all.every((a) => a.absent)) return true;
    if (all.some((a) => a.values === undefined)) return true;
    const [first, ...rest] = all.map((a) => new Set((a.values ?? []).map((v) => JSON.stringify(v))));
    return [...(first ?? [])].some((v) => rest.every((set) => set.has(v)));
  });
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

/**
 * Rules on nested parameters (`reasoning.effort`), one object type per parent: the spec's type of the parent with
 * the ruled properties replaced. The parent's property then takes that type.
 */
function nestedObjects(ctx: Ctx, names: string[]): { statements: Statement[]; properties: PropertySignature[] } {
  const byParent = new Map<string, string[]>();
  for (const name of names) {
    const parent = splitNested(name)?.parent ?? name;
    byParent.set(parent, [...(byParent.get(parent) ?? []), name]);
  }
  const statements: Statement[] = [];
  const properties: PropertySignature[] = [];
  for (const [parentName, children] of [...byParent].sort(([a], [b]) => compareStrings(a, b))) {
    const parent = param(ctx, parentName);
    const childProps = children.flatMap((name) => verdictProp(ctx, name, splitNested(name)?.child ?? name));
    const typeName = `${ctx.prefix}${pascalName(parentName)}`;
    statements.push(objectWith(ctx, typeName, parent, childProps));
    properties.push({
      name: propertyKey(parentName),
      hasQuestionToken: !parent.required,
      type: parent.nullable ? `${typeName} | null` : typeName,
    });
  }
  return { statements, properties };
}

/**
 * Rules on item kinds (`input[].type: { values: [text] }`): the parameter's spec type with every array item of a
 * refused kind replaced by a named alias `item & Unsupported<reason>` (named, so compilers print the reason in full).
 */
function itemKinds(ctx: Ctx, names: string[]): { statements: Statement[]; properties: PropertySignature[] } {
  const statements: Statement[] = [];
  const properties: PropertySignature[] = [];
  for (const name of names.sort(compareStrings)) {
    const split = splitItem(name);
    const verdict = ctx.profile.params[name];
    if (!split || verdict?.kind !== "constrain" || !verdict.values) continue;
    const p = param(ctx, split.param);
    const message = valuesMessage(ctx.profile.label, name, verdict.values, verdict.reason);
    const brand: TypeExpr = { kind: "reference", name: `Unsupported<${stringLiteral(message)}>`, stringOnly: false };
    const allowed = verdict.values.map(String);
    const itemName = (value: string) => `${ctx.prefix}${pascalName(split.param)}${pascalName(value)}Item`;
    const { type, aliases } = ctx.types.narrowItems(p, { property: split.property, allowed, brand, name: itemName });
    statements.push(...aliases.map((a): TypeAliasDeclaration => ({ kind: "typeAlias", name: a.name, isExported: true, type: a.type })));
    properties.push({ name: propertyKey(split.param), hasQuestionToken: !p.required, type: p.nullable ? `${type} | null` : type });
  }
  return { statements, properties };
}

/** `<parent's type>` with `props` replacing its properties of the same names, as a named declaration. */
function objectWith(ctx: Ctx, name: string, parent: RequestParam, props: PropertySignature[]): Statement {
  const base = ctx.types.nonNull(parent);
  // A property name is already a string literal when it is quoted (see `propertyKey`): quoting it again would escape twice.
  const keys = props.map((p) => (p.name.startsWith('"') ? p.name : stringLiteral(p.name))).join(" | ");
  const omitted = `Omit<${base}, ${keys}>`;
  const sorted = props.sort((a, b) => compareStrings(a.name, b.name));
  // An interface can extend only an object type with known members: a named schema is one, a union is not.
  if (/^[A-Za-z_$][\w$]*$/.test(base)) return { kind: "interface", name, isExported: true, extends: [omitted], properties: sorted };
  const members = sorted.map((p) => `${p.name}${p.hasQuestionToken ? "?" : ""}: ${p.type}`).join("; ");
  return { kind: "typeAlias", name, isExported: true, type: `${omitted} & { ${members} }` };
}

function variantGroups(profile: Profile): Group[] {
  const groups = new Map<string, Group>();
  for (const [name, verdict] of Object.entries(profile.params)) {
    if (verdict.kind !== "constrain" || !verdict.requires) continue;
    const key = `${verdict.requires.param}=${JSON.stringify(verdict.requires.values)}`;
    const group = groups.get(key) ?? { controller: verdict.requires.param, values: verdict.requires.values, dependents: [] };
    group.dependents.push(name);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, g]) => g);
}

/** `{ docs }` with the parameter's description, or nothing when it has none. */
function docsOf(ctx: Ctx, p: RequestParam): { docs?: JsDoc[] } {
  const docs = ctx.docsOf(p);
  return docs.length > 0 ? { docs } : {};
}

/** The parameter's description, then `more` (a rejected parameter's `@deprecated` reason). */
function docsWith(ctx: Ctx, p: RequestParam, more: JsDoc[] = []): JsDoc[] {
  return [...ctx.docsOf(p), ...more];
}

/** Each doc once, in order (variants merged into one union member may repeat a parameter's description). */
function uniqueDocs(docs: JsDoc[]): JsDoc[] {
  const seen = new Set<string>();
  return docs.filter((doc) => {
    const key = JSON.stringify(doc);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function param(ctx: Ctx, name: string): RequestParam {
  const found = findParam(ctx.endpoint, name);
  if (!found) throw new Error(`bug: parameter ${name} is not in ${ctx.endpoint.requestSchema}`);
  return found;
}

/** The property (named `key`: the child's name for a nested one) for a verdict that is not part of a variant group. */
function verdictProp(ctx: Ctx, name: string, key: string): PropertySignature[] {
  const verdict = ctx.profile.params[name];
  if (!verdict) return [];
  if (verdict.kind === "reject" && verdict.moved) {
    // Not a parameter of the spec at all: any value is refused, and the message says where it belongs.
    const message = rejectMessage(ctx.profile.label, name, verdict);
    return [{ name: propertyKey(key), hasQuestionToken: true, type: `Unsupported<${stringLiteral(message)}>`, docs: deprecated(message) }];
  }
  const p = param(ctx, name);
  if (verdict.kind === "reject") {
    const message = rejectMessage(ctx.profile.label, name, verdict);
    return [
      {
        name: propertyKey(key),
        hasQuestionToken: true,
        type: unsupported(ctx.types.nonNull(p), message),
        docs: docsWith(ctx, p, deprecated(message)),
      },
    ];
  }
  return [{ name: propertyKey(key), hasQuestionToken: !p.required, type: constrainedType(ctx, p, verdict), ...docsOf(ctx, p) }];
}

/** `values` and `nullable: false` as a type that keeps the reason in the message. */
function constrainedType(ctx: Ctx, p: RequestParam, verdict: Extract<ParamVerdict, { kind: "constrain" }>): string {
  const label = ctx.profile.label;
  const nullable = p.nullable && verdict.nullable !== false;
  const branches: string[] = [];
  if (verdict.values && p.scalarOrObject) {
    // The rule narrows the scalars; the object form (a custom voice `{ id }`) stays as the spec types it.
    const { scalars, objects } = ctx.types.nonNullParts(p);
    branches.push(...verdict.values.map(literal));
    branches.push(unsupported(scalars, valuesMessage(label, p.name, verdict.values, verdict.reason)), objects);
  } else if (verdict.values) {
    branches.push(...verdict.values.map(literal));
    branches.push(unsupported(ctx.types.nonNull(p), valuesMessage(label, p.name, verdict.values, verdict.reason)));
  } else {
    branches.push(ctx.types.nonNull(p));
    if (p.nullable && verdict.nullable === false)
      branches.push(unsupported(ctx.types.nonNull(p), nullMessage(label, p.name, verdict.reason)));
  }
  if (nullable) branches.push("null");
  return branches.length === 0 ? "never" : branches.join(" | ");
}

/**
 * Two variants for one `requires` group: the condition holds (`If…`), or it does not (`Unless…`). The names sort
 * `If` before `Unless` on purpose: where the controller is nested (`reasoning.effort`) TypeScript cannot discriminate
 * the variants and reports against the last member on a tie, which must be the one that names the dependency (TS 5/6
 * order union members by creation, TS 7 by name).
 */
/** What a variant lets its controller be: these values (undefined: any the spec allows), or absent. */
interface Allowed {
  values: JsonValue[] | undefined;
  absent: boolean;
}

interface EmittedGroup {
  controller: string;
  holds: InterfaceDeclaration;
  fails: InterfaceDeclaration;
  holdsAllows: Allowed;
  failsAllows: Allowed;
  extra: Statement[];
}

function emitGroup(ctx: Ctx, group: Group): EmittedGroup {
  const controller = param(ctx, group.controller);
  const verdict = ctx.profile.params[group.controller];
  const constrain = verdict?.kind === "constrain" ? verdict : undefined;
  const candidates = constrain?.values ?? controller.enumValues ?? booleanValues(controller);
  const inS = (v: JsonValue): boolean => group.values.some((s) => JSON.stringify(s) === JSON.stringify(v));
  const defaultValue = profileDefault(ctx.profile, group.controller);
  const defaultInS = defaultValue !== undefined && inS(defaultValue);
  const suffix = `${pascalName(group.controller)}${suffixOf(group)}`;
  const holdsValues = candidates ? candidates.filter(inS) : group.values;
  const failsValues = candidates?.filter((v) => !inS(v));
  const extra: Statement[] = [];
  const nestedController = (name: string, values: JsonValue[] | undefined, absentAllowed: boolean): PropertySignature => {
    const split = splitNested(group.controller);
    if (!split) return controllerProp(ctx, controller, constrain, values, absentAllowed, group.controller);
    const parent = param(ctx, split.parent);
    const child = controllerProp(ctx, controller, constrain, values, absentAllowed, split.child);
    extra.push({ kind: "interface", name, isExported: true, properties: [child] });
    const type = absentAllowed && parent.nullable ? `${name} | null` : name;
    return { name: propertyKey(split.parent), hasQuestionToken: absentAllowed, type };
  };
  const holds = nestedController(`${ctx.prefix}${pascalName(group.controller)}If${suffixOf(group)}`, holdsValues, defaultInS);
  const fails = nestedController(`${ctx.prefix}${pascalName(group.controller)}Unless${suffixOf(group)}`, failsValues, !defaultInS);
  const whenHolds = group.dependents.flatMap((d) => dependentProp(ctx, d, true, group, defaultValue));
  const whenFails = group.dependents.flatMap((d) => dependentProp(ctx, d, false, group, defaultValue));
  const make = (name: string, props: PropertySignature[]): InterfaceDeclaration => ({
    kind: "interface",
    name,
    isExported: true,
    properties: props.sort((a, b) => compareStrings(a.name, b.name)),
  });
  return {
    controller: group.controller,
    holds: make(`${ctx.prefix}If${suffix}`, [holds, ...whenHolds]),
    fails: make(`${ctx.prefix}Unless${suffix}`, [fails, ...whenFails]),
    holdsAllows: { values: holdsValues, absent: defaultInS },
    failsAllows: { values: failsValues, absent: !defaultInS },
    extra,
  };
}

const suffixOf = (group: Group): string => group.values.map((v) => pascalName(String(v))).join("Or");

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

function controllerProp(
  ctx: Ctx,
  p: RequestParam,
  constrain: Extract<ParamVerdict, { kind: "constrain" }> | undefined,
  values: JsonValue[] | undefined,
  absentAllowed: boolean,
  key: string,
): PropertySignature {
  // Plain literals only: a branded branch here stops TypeScript 7 from discriminating the variants, and the
  // dependency's message (the more useful one) would then be lost. Invalid values still fail, listing the valid ones.
  const branches = values ? values.map(literal) : [ctx.types.nonNull(p)];
  if (absentAllowed && p.nullable && constrain?.nullable !== false) branches.push("null");
  const type = branches.length === 0 ? "never" : branches.join(" | ");
  return { name: propertyKey(key), hasQuestionToken: absentAllowed, type };
}

function dependentProp(
  ctx: Ctx,
  name: string,
  holds: boolean,
  group: Group,
  controllerDefault: JsonValue | undefined,
): PropertySignature[] {
  const verdict = ctx.profile.params[name];
  if (verdict?.kind !== "constrain") return [];
  const p = param(ctx, name);
  if (holds) {
    const plain = { ...verdict, requires: undefined };
    return [{ name: propertyKey(name), hasQuestionToken: !p.required, type: constrainedType(ctx, p, plain), ...docsOf(ctx, p) }];
  }
  const message = requiresMessage(
    ctx.profile.label,
    name,
    { param: group.controller, values: group.values },
    verdict.reason,
    controllerDefault,
  );
  return [
    {
      name: propertyKey(name),
      hasQuestionToken: true,
      type: unsupported(ctx.types.nonNull(p), message),
      docs: docsWith(ctx, p, deprecated(message)),
    },
  ];
}

/** `messages` narrowed to the roles the model accepts, when the profile rejects some. */
function messagesProp(ctx: Ctx): PropertySignature[] {
  if (Object.keys(ctx.profile.roles).length === 0) return [];
  const messages = ctx.endpoint.params.find((p) => p.name === "messages");
  if (!messages) return [];
  return [{ name: "messages", hasQuestionToken: !messages.required, type: `${ctx.prefix}Message[]` }];
}

/**
 * The message union narrowed per profile: a rejected role becomes a named interface whose `content` only a cast can
 * produce. Named and short, so compilers print the reason instead of truncating it to `Unsupported<...>`.
 */
function roleMessageTypes(ctx: Ctx): Statement[] {
  const roles = ctx.endpoint.messageRoles ?? [];
  if (Object.keys(ctx.profile.roles).length === 0 || roles.length === 0) return [];
  const rejected: InterfaceDeclaration[] = [];
  const members = roles.map(({ role, schema }) => {
    const verdict = ctx.profile.roles[role];
    if (!verdict) return schema;
    const message = roleMessage(ctx.profile.label, role, verdict);
    const name = `${ctx.prefix}${pascalName(role)}Message`;
    rejected.push({
      kind: "interface",
      name,
      isExported: true,
      extends: [schema],
      docs: [{ tags: [{ tagName: "deprecated", text: message }] }],
      properties: [{ name: "content", type: `string & Unsupported<${stringLiteral(message)}>` }],
    });
    return name;
  });
  const union: TypeAliasDeclaration = {
    kind: "typeAlias",
    name: `${ctx.prefix}Message`,
    isExported: true,
    type: members.join(" | "),
  };
  return [...rejected, union];
}
