import type { EndpointSpec, JsonObject, JsonValue } from "../spec/spec-types.js";

/**
 * The one intermediate model both the types and the runtime adapter are printed from:
 * endpoint × model → accepted parameters, narrowed values, rejected parameters and why.
 */
/**
 * The source key of facts modelgate reads from the spec itself (e.g. "not listed for this endpoint"). An overlay
 * may define it under `sources:` to give it a title and URL; where it does not, it names the spec file.
 */
export const specSource = "SPEC";

export interface CapabilityModel {
  /** The spec's file, hash and parsed document (the emitter prints the reachable schemas from it). */
  spec: { file: string; sha256: string; document: JsonObject };
  overlay: { file: string; sha256: string };
  /** The overlay's `as-of` date: shutdowns on or before it are retirements. */
  asOf?: string;
  /** `snapshot`: the spec snapshot a `SPEC` source names (its pin), so a citation can say which one. */
  sources: Record<string, { title: string; url: string; date?: string; snapshot?: string }>;
  endpoints: EndpointCapabilities[];
}

export interface EndpointCapabilities {
  spec: EndpointSpec;
  /** Profiles with at least one rule, sorted by name. Models without rules use the endpoint's base type. */
  profiles: Profile[];
  /** Model ids served on this endpoint, in spec order, with their profile name ("" = no rules) and announced shutdown. */
  models: { id: string; profile: string; shutdown?: ShutdownNotice }[];
  /** Ids the overlay knows that are not served here, sorted by id; `retired` when a shutdown put them there. */
  unserved: ({ id: string; retired?: ShutdownNotice } & Why)[];
  /** Ids of the spec's enum for this endpoint that the overlay does not classify, in spec order. */
  unclassified: string[];
}

export interface Profile {
  /** The overlay entry that defines the rules (unique per endpoint). */
  name: string;
  /** How compile errors and `explain` name the model. */
  label: string;
  models: string[];
  params: Record<string, ParamVerdict>;
  roles: Record<string, RoleVerdict>;
  /**
   * The `requires` groups, sorted, with both cases of each worked out (capabilities/dependent-cases.ts). Only
   * enforced rules make groups: an unverified `requires` (or controller `values`) refuses nothing in the types.
   */
  groups: DependentGroup[];
  /**
   * The combinations of the groups' cases that some request can be (`[holds?]` per group, in `groups` order): two
   * groups on one controller may meet in cases no request fits, which are left out.
   */
  cases: boolean[][];
}

/** A model's shutdown: its date, the suggested replacement, and the sources. */
export interface ShutdownNotice {
  date: string;
  replacement?: string;
  sources: string[];
  /** Layered overlays only: where the shutdown was set (see Why). */
  layer?: { file: string; line: number };
}

export interface Why {
  reason: string;
  sources: string[];
  note?: string;
  /** The overlay's evidence level for the rule, when it states one. */
  evidence?: "confirmed" | "spec" | "inferred";
  /** Layered overlays only: the file and line of the layer that set the rule (what `explain` shows). */
  layer?: { file: string; line: number };
}

/**
 * A parameter key of the overlay, split once: `reasoning.effort` is `{ param: "reasoning", child: "effort" }`,
 * `input[].type` is `{ param: "input", item: "type" }`, `temperature` is `{ param: "temperature" }`. `name` is the key
 * as the overlay and the messages spell it.
 */
export interface ParamPath {
  name: string;
  param: string;
  child?: string;
  item?: string;
}

/**
 * One rule of a model on one parameter. A discriminated union: every consumer switches on `kind` and ends in
 * `assertNever`, so a new kind is a compile error wherever it must be handled (docs/overlay.md, "Adding a rule kind").
 */
export type Rule =
  /** The model refuses the parameter; `rename`: its value belongs in that parameter instead. */
  | ({ kind: "reject"; path: ParamPath; rename?: string } & Why)
  /** The key is not a parameter of the endpoint at all; its value belongs in `to` (`reasoning_effort` → `reasoning.effort`). */
  | ({ kind: "moved"; path: ParamPath; to: string } & Why)
  /** Only these values are accepted (an item kind: only items of these kinds). */
  | ({ kind: "values"; path: ParamPath; values: JsonValue[] } & Why)
  /** The key may be given, never as null. */
  | ({ kind: "notNull"; path: ParamPath } & Why)
  /** The model's real default for the parameter (decides `requires` when the key is absent). Refuses nothing. */
  | ({ kind: "default"; path: ParamPath; value: JsonValue } & Why)
  /** Accepted only while `on` has one of `values`. */
  | ({ kind: "requires"; path: ParamPath; on: ParamPath; values: JsonValue[] } & Why)
  /** The model must receive the parameter: a request without it fails, and adaptRequest cannot fix that. */
  | ({ kind: "present"; path: ParamPath } & Why)
  /**
   * Every request must meet one of the alternatives (`modalities` including "audio", or an item of
   * `messages[].content[]` of type "input_audio"); the types cannot demand that, the runtime reports it, and
   * adaptRequest cannot fix it. Written under the parameter `path`, where the runtime reports it.
   */
  | ({ kind: "presentAny"; path: ParamPath; alternatives: PresenceAlternative[] } & Why);

/** One way to meet a `presentAny` rule: the values found at `keys` (arrays walked through) include one of `values`. */
export interface PresenceAlternative {
  /** The path as the overlay and the messages spell it: `messages[].content[].type`. */
  name: string;
  /** The property names it walks, split once: `["messages", "content", "type"]`. */
  keys: string[];
  values: JsonValue[];
}

export type RuleKind = Rule["kind"];

/** A rule of one kind. */
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;

/** Every rule a profile has for one parameter key (one per kind at most, in `ruleOrder`), and why. */
export type ParamVerdict = { path: ParamPath; rules: Rule[] } & Why;

/** The order of a parameter's rules (`reject` and `moved` stand alone). Typed as a record: a new kind must be placed. */
const ruleRank: Record<RuleKind, number> = {
  reject: 0,
  moved: 1,
  values: 2,
  notNull: 3,
  default: 4,
  requires: 5,
  present: 6,
  presentAny: 7,
};

export function compareRules(a: Rule, b: Rule): number {
  return ruleRank[a.kind] - ruleRank[b.kind];
}

/** The verdict's rule of one kind, if it has one. */
export function ruleOf<K extends RuleKind>(verdict: ParamVerdict | undefined, kind: K): RuleOf<K> | undefined {
  return verdict?.rules.find((rule): rule is RuleOf<K> => rule.kind === kind);
}

/**
 * Whether a rule only warns: its evidence is `inferred` (docs/overlay.md, "Evidence levels"). Such a rule refuses
 * nothing at compile time (the property is the spec's, `@deprecated` with the reason and "not verified"), and the
 * runtime reports it as a warning. A `moved` key is not the spec's at all, and a `default` refuses nothing: neither
 * is ever unverified.
 */
export function isUnverified(rule: Rule): boolean {
  return rule.evidence === "inferred" && rule.kind !== "moved" && rule.kind !== "default";
}

/** The verdict's rules the types enforce: all but the unverified ones (see isUnverified). */
export function enforcedRules(verdict: ParamVerdict): Rule[] {
  return verdict.rules.filter((rule) => !isUnverified(rule));
}

/** The verdict as the types enforce it (only its enforced rules); undefined when it has none. */
export function enforcedVerdict(verdict: ParamVerdict | undefined): ParamVerdict | undefined {
  const rules = verdict && enforcedRules(verdict);
  return verdict && rules && rules.length > 0 ? { ...verdict, rules } : undefined;
}

/** Whether the verdict refuses the parameter whatever its value (`reject` or `moved`) with more than inferred evidence. */
export function refusesParam(verdict: ParamVerdict | undefined): boolean {
  return verdict?.rules.some((rule) => (rule.kind === "reject" || rule.kind === "moved") && !isUnverified(rule)) === true;
}

/**
 * One `requires` group of a profile: the dependents that need `controller` to be one of `values`, and the two cases
 * every request falls in. `holds`: the condition holds, so the dependents are accepted; what it lets the controller be
 * (values undefined: any the spec allows) and whether it may be absent (the model's default decides). `fails`: the
 * condition is not known to hold, so the dependents are refused; the controller may be anything the model takes, or
 * absent. Not only the values that fail: a controller known only at run time (`stream: flag` with a `boolean` flag)
 * must fit one case as a whole, since TypeScript relates a non-literal discriminant to a union of several groups'
 * combinations only if every member its values pick fits.
 */
export interface DependentGroup {
  controller: ParamPath;
  values: JsonValue[];
  dependents: string[];
  holds: ControllerCase;
  fails: ControllerCase;
}

export interface ControllerCase {
  values: JsonValue[] | undefined;
  absent: boolean;
}

export type RoleVerdict = { kind: "reject" } & Why;
