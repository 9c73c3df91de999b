import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { EndpointKey } from "../spec/endpoints.js";
import type { JsonObject, JsonValue } from "../spec/spec-types.js";

/**
 * How strong a rule's support is: `confirmed` (a recorded API answer or an OpenAI statement about the API's
 * behaviour), `spec` (only the spec's or an SDK's description says so), `inferred` (no direct source: a neighbouring
 * model, a library's table).
 */
export const evidenceLevels = ["confirmed", "spec", "inferred"] as const;
export type Evidence = (typeof evidenceLevels)[number];

/** What every fact carries: why, in our words, and where it comes from. */
export interface Provenance {
  reason: string;
  sources: string[];
  note?: string;
  evidence?: Evidence;
  location: SourceLocation;
}

export type ParamRule =
  /** `moved`: the key is not a parameter of this endpoint; the value belongs in `rename` (e.g. `reasoning.effort`). */
  | ({ kind: "reject"; rename?: string; moved?: true } & Provenance)
  | ({ kind: "accept" } & Provenance)
  | ({ kind: "constrain"; constraint: ParamConstraint } & Provenance);

export interface ParamConstraint {
  /** Only these values are accepted. */
  values?: JsonValue[];
  /** `false`: the key may be given but never as null. */
  nullable?: false;
  /** Accepted only while another parameter has one of these values. */
  requires?: { param: string; values: JsonValue[] };
  /** The model's real default for this parameter (decides `requires` when the key is absent). */
  default?: { value: JsonValue };
  /** `true`: the model must receive this parameter (a request without it fails). */
  required?: true;
  /**
   * `required: { any-of: { <path>: [values], … } }`: every request must meet at least one alternative (a path such as
   * `modalities` or `messages[].content[].type` holding one of its values); a request that meets none fails.
   */
  requiredAnyOf?: RequiredAlternative[];
}

/** One alternative of `required: { any-of }`: the values found at `path` (arrays walked through) include one of `values`. */
export interface RequiredAlternative {
  path: string;
  values: JsonValue[];
  location: SourceLocation;
}

export interface RoleRule extends Provenance {
  kind: "reject";
}

export interface ServedRule extends Provenance {
  served: false;
}

export interface EndpointBlock {
  served?: ServedRule;
  params: Map<string, ParamRule>;
  roles: Map<string, RoleRule>;
  location: SourceLocation;
}

/** `added:` on a model entry: the model is served on these endpoints although the spec does not list it there (yet). */
export interface AddedRule extends Provenance {
  endpoints: EndpointKey[];
}

/** `aliases:` at the top level (or a config's `deployments:`): a name requests send, standing for a model the overlay knows. */
export interface AliasRule {
  name: string;
  /** The model id whose rules the alias gets. */
  target: string;
  /** Where the alias is defined (its key). */
  location: SourceLocation;
}

/**
 * A model's announced shutdown (models only): retired when `date` is on or before the overlay's `as-of`, deprecated
 * before that. Dates are ISO `YYYY-MM-DD` strings, compared as text: never against the clock.
 */
export interface Shutdown {
  date: string;
  /** The model OpenAI names as the replacement, as of the source. */
  replacement?: string;
  sources: string[];
  note?: string;
  location: SourceLocation;
}

export interface OverlayEntry {
  name: string;
  kind: "family" | "model";
  extends?: { name: string; location: SourceLocation };
  label?: string;
  summary?: string;
  /** Models only: endpoints the overlay adds the model to (ids the spec does not list yet). */
  added?: AddedRule;
  /** Set for the model entries made from `aliases:` (they extend their target and add no rules). */
  aliasOf?: string;
  shutdown?: Shutdown;
  endpoints: Map<EndpointKey, EndpointBlock>;
  location: SourceLocation;
}

export interface OverlaySource {
  key: string;
  title: string;
  url: string;
  date?: string;
  /** The pin that lets the claim be re-checked as it was read (docs/overlay.md, "Pinned sources"). */
  pin?: SourcePin;
  location: SourceLocation;
}

/** The kinds of pin a source may carry; `lines` narrows a `commit`. */
export const pinKinds = ["commit", "snapshot", "archived", "posted"] as const;
export type PinKind = (typeof pinKinds)[number];

/**
 * How a source is pinned: `commit` (a repository file or change at that commit, `lines` within it), `snapshot` (the
 * dated snapshot of the OpenAPI spec), `archived` (the URL of an archived copy of a page that changes), `posted` (the
 * date of the post in an issue, pull request or forum thread that carries the quote; later posts do not change it).
 */
export interface SourcePin {
  commit?: string;
  lines?: string;
  snapshot?: string;
  archived?: string;
  posted?: string;
}

/**
 * A spec node widened by the overlay, at `pointer` (a JSON pointer into the spec), for what the API and its SDK accept
 * before (or beyond) what the spec says: `add` joins values to the closed `enum` there; `optional` drops property names
 * from the object schema's `required` list; `any` makes the node take any JSON value (the SDK types it `unknown`);
 * `member` adds an object schema to the `oneOf`/`anyOf` union there, a kind the union lacks (its `kind`: the one
 * property the member fixes to a single value, as `type: configuration_update`).
 */
export type SpecWidening = { pointer: string } & Provenance & WideningChange;

export type WideningChange =
  | { kind: "add"; add: JsonValue[] }
  | { kind: "optional"; optional: string[] }
  | { kind: "any" }
  | { kind: "member"; member: UnionMember };

/** A new member of a spec union: its schema, and the property and value that tell it from the other members. */
export interface UnionMember {
  schema: JsonObject;
  key: { property: string; value: JsonValue };
}

export interface Overlay {
  file: string;
  sha256: string;
  missingInSpec: "error" | "skip";
  /** `as-of: YYYY-MM-DD`: the date shutdowns are judged against (a later layer overrides it). */
  asOf?: string;
  /** Layered overlays: each layer's own `missing-in-spec`, by file (a name the spec lacks is judged by its layer's). */
  missingInSpecByFile?: Map<string, "error" | "skip">;
  sources: Map<string, OverlaySource>;
  families: Map<string, OverlayEntry>;
  models: Map<string, OverlayEntry>;
  /** Names requests send → the model whose rules they get (later layers win per name). */
  aliases?: Map<string, AliasRule>;
  /** Layered overlays: the files in order, the built-in overlay first (absent for a single overlay). */
  layers?: string[];
  /** `widen:` entries, in file order (layers in order). */
  widen?: SpecWidening[];
  /**
   * Set by validateOverlay: models the spec lacks (left out of `models` by `missing-in-spec: skip`). Not served,
   * not classified; kept only so that `extends` through them resolves as written.
   */
  skippedModels?: Map<string, OverlayEntry>;
}
