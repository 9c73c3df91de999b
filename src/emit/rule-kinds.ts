import type { ParamVerdict, PresenceAlternative, Profile, RuleKind, RuleOf } from "../capabilities/capability-model.js";
import { isUnverified, ruleOf } from "../capabilities/capability-model.js";
import { nestedSeparator } from "../spec/nested-params.js";
import type { JsonValue } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";
import { nullMessage, requiresMessage, showValue, unverifiedWarning, valuesMessage } from "./messages.js";

/**
 * What every rule kind means in words, in one table: the compile error's and runtime's message, where `explain` and
 * the report file it, its short form, and how a diff tells that it got stricter. Typed as a record over every kind,
 * so a new kind does not compile until it is described here (docs/overlay.md, "Adding a rule kind").
 */
export interface KindText<K extends RuleKind> {
  /** The compile error's and runtime's text; undefined for a kind that refuses nothing. */
  message(label: string, rule: RuleOf<K>, controllerDefault?: JsonValue): string | undefined;
  /** `explain`'s section and the report's mark: refused outright, narrowed, depends on another parameter, or neither. */
  section: "rejected" | "narrowed" | "dependsOn" | "none";
  /** The short form in a report cell (`not null`) and, for kinds explain has no field for, in its narrowed line. */
  short(rule: RuleOf<K>): string;
  /** How the rule is stricter than the old verdict, as the end of a sentence; undefined when it is not. */
  tightening(rule: RuleOf<K>, before: ParamVerdict | undefined, o: TighteningContext): string | undefined;
}

export interface TighteningContext {
  param: string;
  /** Whether the spec lets the parameter be null (a `nullable: false` rule only tightens then). */
  nullable: boolean;
  /** The new spec's enum for the parameter: values it dropped are reported once, for the parameter. */
  specValues?: readonly JsonValue[] | undefined;
}

/** The values of `before` that `after` lacks, once each, sorted by their JSON text (as the diff lists values). */
function removedValues(before: readonly JsonValue[], after: readonly JsonValue[]): JsonValue[] {
  const kept = new Set(after.map((v) => JSON.stringify(v)));
  const removed = new Map(before.filter((v) => !kept.has(JSON.stringify(v))).map((v) => [JSON.stringify(v), v]));
  return [...removed].sort(([a], [b]) => compareStrings(a, b)).map(([, v]) => v);
}

const list = (values: readonly JsonValue[]): string => values.map((v) => JSON.stringify(v)).join(", ");
const refusedMessage = (label: string, name: string, reason: string, rename: string | undefined): string =>
  `${label} does not support ${name}: ${reason}${rename ? `; use ${rename} instead` : ""}`;

const ruleKinds: { [K in RuleKind]: KindText<K> } = {
  reject: {
    message: (label, rule) => refusedMessage(label, rule.path.name, rule.reason, rule.rename),
    section: "rejected",
    short: (rule) => (rule.rename ? `→ ${rule.rename}` : "✗"),
    tightening: (rule, _before, o) => `no longer accepts ${o.param} (${rule.reason})`,
  },
  moved: {
    message: (label, rule) => refusedMessage(label, rule.path.name, rule.reason, rule.to),
    section: "rejected",
    short: (rule) => `→ ${rule.to}`,
    tightening: (rule, _before, o) => `no longer accepts ${o.param} (${rule.reason})`,
  },
  values: {
    message: (label, rule) => valuesMessage(label, rule.path.name, rule.values, rule.reason),
    section: "narrowed",
    short: (rule) => rule.values.map(showValue).join(", "),
    tightening: (rule, before, o) => {
      const had = ruleOf(before, "values");
      if (!had) return `accepts only ${list(rule.values)} for ${o.param}`;
      const inSpec = (v: JsonValue): boolean => !o.specValues || o.specValues.some((s) => JSON.stringify(s) === JSON.stringify(v));
      const removed = removedValues(had.values, rule.values).filter(inSpec);
      return removed.length > 0 ? `no longer accepts ${list(removed)} for ${o.param}` : undefined;
    },
  },
  notNull: {
    message: (label, rule) => nullMessage(label, rule.path.name, rule.reason),
    section: "narrowed",
    short: () => "not null",
    tightening: (_rule, before, o) => (!o.nullable || ruleOf(before, "notNull") ? undefined : `no longer accepts null for ${o.param}`),
  },
  default: {
    message: () => undefined,
    section: "none",
    short: (rule) => `default ${showValue(rule.value)}`,
    tightening: () => undefined,
  },
  requires: {
    message: (label, rule, controllerDefault) =>
      requiresMessage(label, rule.path.name, { param: rule.on.name, values: rule.values }, rule.reason, controllerDefault),
    section: "dependsOn",
    short: (rule) => `requires ${rule.on.name}=${rule.values.map(showValue).join("|")}`,
    tightening: (rule, before, o) => {
      const had = ruleOf(before, "requires");
      const notStricter = had?.on.name === rule.on.name && removedValues(had.values, rule.values).length === 0;
      return notStricter ? undefined : `accepts ${o.param} only when ${rule.on.name} is ${list(rule.values)}`;
    },
  },
  present: {
    message: (label, rule) => `${label} needs ${rule.path.name}: ${rule.reason}`,
    section: "narrowed",
    short: () => "must be sent",
    tightening: (_rule, before, o) => (ruleOf(before, "present") ? undefined : `needs ${o.param} in every request`),
  },
  presentAny: {
    message: (label, rule) => `${label} needs ${alternativesText(rule.alternatives)}: ${rule.reason}`,
    section: "narrowed",
    short: (rule) => `needs ${alternativesText(rule.alternatives)}`,
    tightening: (rule, before, o) => {
      const had = ruleOf(before, "presentAny");
      const same = had !== undefined && alternativesText(had.alternatives) === alternativesText(rule.alternatives);
      return same ? undefined : `needs ${alternativesText(rule.alternatives)} in every request (rule under ${o.param})`;
    },
  },
};

/**
 * The alternatives of a `presentAny` rule in words: `modalities holding "audio" or an item of messages[].content[]
 * with type "input_audio"` (a path ending in an item's property reads as that item).
 */
export function alternativesText(alternatives: readonly PresenceAlternative[]): string {
  const one = (a: PresenceAlternative): string => {
    const values = a.values.map((v) => JSON.stringify(v)).join(" or ");
    const at = a.name.lastIndexOf(`[]${nestedSeparator}`);
    if (at < 0) return `${a.name} holding ${values}`;
    return `an item of ${a.name.slice(0, at + 2)} with ${a.name.slice(at + 3)} ${values}`;
  };
  return alternatives.map(one).join(" or ");
}

/** The table's entry for a rule, typed for that rule's kind. */
export function kindText<K extends RuleKind>(rule: RuleOf<K>): KindText<K> {
  return ruleKinds[rule.kind as K];
}

/**
 * The text a compile error and the runtime adapter show for one rule (explain and the report too); undefined for a
 * rule that refuses nothing (`default`). `controllerDefault`: the model's default for a `requires` rule's controller.
 */
export function ruleMessage(label: string, rule: RuleOf<RuleKind>, controllerDefault?: JsonValue): string | undefined {
  return kindText(rule).message(label, rule, controllerDefault);
}

/** `ruleMessage` for a rule the caller knows has one (every kind but `default`). */
export function messageOf(label: string, rule: RuleOf<RuleKind>, controllerDefault?: JsonValue): string {
  return ruleMessage(label, rule, controllerDefault) ?? "";
}

/**
 * One doc line per requirement the types cannot check (`presentAny`: TypeScript cannot demand that an array hold some
 * item), for the model's builder and union members: what it needs, why, the sources, and who reports it instead.
 */
export function uncheckedRequirements(profile: Profile): string[] {
  return Object.values(profile.params).flatMap((verdict) =>
    verdict.rules.flatMap((rule) => {
      if (rule.kind !== "presentAny") return [];
      const message = messageOf(profile.label, rule);
      const said = isUnverified(rule) ? unverifiedWarning(message) : message;
      return [
        `Not checked by the types: ${said} (sources: ${rule.sources.join(", ")}). validateRequest reports a request that meets none of these, and adaptRequest cannot fix it.`,
      ];
    }),
  );
}
