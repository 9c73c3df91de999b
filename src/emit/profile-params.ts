/** A profile's parameters outside `requires` groups: top-level, nested (`reasoning.effort`) and item kinds (`input[].type`). */
import { type ParamVerdict, type RuleOf, ruleOf } from "../capabilities/capability-model.js";
import type { RequestParam } from "../spec/spec-types.js";
import { assertNever } from "../util/assert-never.js";
import { compareStrings } from "../util/closest.js";
import { pascalName, propertyKey, stringLiteral } from "./names.js";
import { type Ctx, deprecated, docsWith, literal, param, type Statement, unsupported } from "./profile-context.js";
import { messageOf } from "./rule-kinds.js";
import type { PropertySignature, TypeAliasDeclaration } from "./structures.js";
import { printType, referenceTo, type TypeExpr } from "./type-expr.js";

/**
 * Rules on nested parameters (`reasoning.effort`), one object type per parent: the spec's type of the parent with
 * the ruled properties replaced. The parent's property then takes that type.
 */
export function nestedObjects(ctx: Ctx, names: string[]): { statements: Statement[]; properties: PropertySignature[] } {
  const byParent = new Map<string, string[]>();
  for (const name of names) {
    const parent = ctx.profile.params[name]?.path.param ?? name;
    byParent.set(parent, [...(byParent.get(parent) ?? []), name]);
  }
  const statements: Statement[] = [];
  const properties: PropertySignature[] = [];
  for (const [parentName, children] of [...byParent].sort(([a], [b]) => compareStrings(a, b))) {
    const parent = param(ctx, parentName);
    const childProps = children.flatMap((name) => verdictProp(ctx, name, ctx.profile.params[name]?.path.child ?? name));
    const typeName = `${ctx.prefix}${pascalName(parentName)}`;
    statements.push(objectWith(ctx, typeName, parent, childProps));
    properties.push({
      name: propertyKey(parentName),
      hasQuestionToken: !parent.required,
      type: parent.nullable ? `${typeName} | null` : typeName,
      ...(ctx.unverified.has(parentName) && { docs: ctx.unverified.get(parentName) }),
    });
  }
  return { statements, properties };
}

/**
 * Rules on item kinds (`input[].type: { values: [text] }`): the parameter's spec type with every array item of a
 * refused kind replaced by a named alias `item & Unsupported<reason>` (named, so compilers print the reason in full).
 */
export function itemKinds(ctx: Ctx, names: string[]): { statements: Statement[]; properties: PropertySignature[] } {
  const statements: Statement[] = [];
  const properties: PropertySignature[] = [];
  for (const name of names.sort(compareStrings)) {
    const verdict = ctx.profile.params[name];
    const values = ruleOf(verdict, "values");
    const split = verdict?.path;
    if (split?.item === undefined || !values) continue;
    const p = param(ctx, split.param);
    const message = messageOf(ctx.profile.label, values);
    const brand: TypeExpr = referenceTo(`Unsupported<${stringLiteral(message)}>`);
    const allowed = values.values.map(String);
    const itemName = (value: string) => `${ctx.prefix}${pascalName(split.param)}${pascalName(value)}Item`;
    const { type, aliases } = ctx.types.narrowItems(p, { property: split.item, allowed, brand, name: itemName });
    statements.push(...aliases.map((a): TypeAliasDeclaration => ({ kind: "typeAlias", name: a.name, isExported: true, type: a.type })));
    // A `required: true` on the array itself (deep research needs `tools`) makes the narrowed property required.
    const present = presentOnly(ctx, split.param);
    properties.push({
      name: propertyKey(split.param),
      hasQuestionToken: !p.required && !present,
      type: p.nullable ? `${type} | null` : type,
      ...(present && { docs: docsWith(ctx, p, [messageOf(ctx.profile.label, present)]) }),
    });
  }
  return { statements, properties };
}

/**
 * The `present` rule of a top-level parameter whose only rule it is (`tools: { required: true }` beside
 * `tools[].type: { values }`): its item-kind property carries the requirement, so the parameter needs no property of its own.
 */
export function presentOnly(ctx: Ctx, name: string): RuleOf<"present"> | undefined {
  const verdict = ctx.profile.params[name];
  if (!verdict || verdict.path.item !== undefined || verdict.path.child !== undefined) return undefined;
  const plan = propertyPlan(verdict);
  return plan.refuse || plan.values || plan.notNull ? undefined : plan.present;
}

/** `<parent's type>` with `props` replacing its properties of the same names, as a named declaration. */
function objectWith(ctx: Ctx, name: string, parent: RequestParam, props: PropertySignature[]): Statement {
  const base = ctx.types.nonNull(parent);
  // A property name is already a string literal when it is quoted (see `propertyKey`): quoting it again would escape twice.
  // A quoted property name (see `propertyKey`) is unquoted first, so the key is escaped once.
  const keys = props.map((p) => (p.name.startsWith('"') ? (JSON.parse(p.name) as string) : p.name));
  const omitted = printType({ kind: "omit", type: referenceTo(base), keys });
  const sorted = props.sort((a, b) => compareStrings(a.name, b.name));
  // An interface can extend only an object type with known members: a named schema is one, a union is not.
  if (/^[A-Za-z_$][\w$]*$/.test(base)) return { kind: "interface", name, isExported: true, extends: [omitted], properties: sorted };
  const members = sorted.map((p) => `${p.name}${p.hasQuestionToken ? "?" : ""}: ${p.type}`).join("; ");
  return { kind: "typeAlias", name, isExported: true, type: `${omitted} & { ${members} }` };
}

/** What a parameter's rules make of its property, sorted by kind. Every rule kind is placed here. */
export interface PropertyPlan {
  refuse?: RuleOf<"reject"> | RuleOf<"moved">;
  values?: RuleOf<"values">;
  notNull?: RuleOf<"notNull">;
  present?: RuleOf<"present">;
  /** No type effect (TypeScript cannot demand an item of an array): only the property's doc comment names it. */
  presentAny?: RuleOf<"presentAny">;
}

export function propertyPlan(verdict: ParamVerdict): PropertyPlan {
  const plan: PropertyPlan = {};
  for (const rule of verdict.rules) {
    switch (rule.kind) {
      case "reject":
      case "moved":
        plan.refuse = rule;
        break;
      case "values":
        plan.values = rule;
        break;
      case "notNull":
        plan.notNull = rule;
        break;
      case "present":
        plan.present = rule;
        break;
      case "presentAny":
        plan.presentAny = rule;
        break;
      case "default": // refuses nothing; decides a `requires` group's cases (Profile.groups)
      case "requires": // a dependent of a group: emitGroup
        break;
      default:
        assertNever(rule);
    }
  }
  return plan;
}

/** The property (named `key`: the child's name for a nested one) for a verdict that is not part of a variant group. */
export function verdictProp(ctx: Ctx, name: string, key: string): PropertySignature[] {
  const verdict = ctx.profile.params[name];
  if (!verdict) return [];
  const plan = propertyPlan(verdict);
  if (plan.refuse?.kind === "moved") {
    // Not a parameter of the spec at all: any value is refused, and the message says where it belongs.
    const message = messageOf(ctx.profile.label, plan.refuse);
    return [{ name: propertyKey(key), hasQuestionToken: true, type: `Unsupported<${stringLiteral(message)}>`, docs: deprecated(message) }];
  }
  const p = param(ctx, name);
  if (plan.refuse) {
    const message = messageOf(ctx.profile.label, plan.refuse);
    return [
      {
        name: propertyKey(key),
        hasQuestionToken: true,
        type: unsupported(ctx.types.nonNull(p), message),
        docs: docsWith(ctx, p, deprecated(message)),
      },
    ];
  }
  return [constrainedProp(ctx, p, plan, { key, name })];
}

/**
 * A property the model takes: required when the spec or a `present` rule says so, typed by constrainedType. `key` is
 * the property's name (a nested one's child), `name` the parameter's key, whose unverified rules' notes it carries.
 */
export function constrainedProp(ctx: Ctx, p: RequestParam, plan: PropertyPlan, at: { key: string; name: string }): PropertySignature {
  const present = plan.present;
  // `values: [null]` takes no value at all, only an explicit null: struck through in editors like a refused key.
  const nullOnly = plan.values?.values.every((v) => v === null) === true;
  const refused = nullOnly && plan.values ? deprecated(messageOf(ctx.profile.label, plan.values)) : [];
  const notes = ctx.unverified.get(at.name) ?? [];
  const needs = [present, plan.presentAny].flatMap((rule) => (rule ? [messageOf(ctx.profile.label, rule)] : []));
  const docs = docsWith(ctx, p, [...needs, ...(refused ?? []), ...notes]);
  return {
    name: propertyKey(at.key),
    hasQuestionToken: !p.required && !present,
    type: constrainedType(ctx, p, plan),
    ...(docs.length > 0 && { docs }),
  };
}

/** `values` and `nullable: false` as a type that keeps the reason in the message. */
function constrainedType(ctx: Ctx, p: RequestParam, plan: PropertyPlan): string {
  const label = ctx.profile.label;
  const { values, notNull } = plan;
  const nullable = p.nullable && !notNull;
  const branches: string[] = [];
  if (values && p.scalarOrObject) {
    // The rule narrows the scalars; the object form (a custom voice `{ id }`) stays as the spec types it.
    const { scalars, objects } = ctx.types.nonNullParts(p);
    branches.push(...values.values.map(literal));
    branches.push(unsupported(scalars, messageOf(label, values)), objects);
  } else if (values) {
    branches.push(...values.values.map(literal));
    branches.push(unsupported(ctx.types.nonNull(p), messageOf(label, values)));
  } else {
    branches.push(ctx.types.nonNull(p));
    if (p.nullable && notNull) branches.push(unsupported(ctx.types.nonNull(p), messageOf(label, notNull)));
  }
  // `values: [null]` (only an explicit null) has put it there already.
  if (nullable && !branches.includes("null")) branches.push("null");
  return branches.length === 0 ? "never" : branches.join(" | ");
}
