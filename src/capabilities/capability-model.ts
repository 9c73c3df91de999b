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
  sources: Record<string, { title: string; url: string; date?: string }>;
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
}

/** A model's shutdown: its date, the suggested replacement, and the sources. */
export interface ShutdownNotice {
  date: string;
  replacement?: string;
  sources: string[];
}

export interface Why {
  reason: string;
  sources: string[];
  note?: string;
  /** The overlay's evidence level for the rule, when it states one. */
  evidence?: "confirmed" | "spec" | "inferred";
}

export type ParamVerdict =
  /** `moved`: the key is not a parameter of the endpoint at all; its value belongs in `rename`. */
  | ({ kind: "reject"; rename?: string; moved?: true } & Why)
  | ({
      kind: "constrain";
      values?: JsonValue[];
      nullable?: false;
      requires?: { param: string; values: JsonValue[] };
      default?: { value: JsonValue };
    } & Why);

export type RoleVerdict = { kind: "reject" } & Why;
