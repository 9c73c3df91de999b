import type { EndpointKey } from "../spec/endpoints.js";
import type { JsonValue } from "../spec/spec-types.js";

/**
 * What `modelgate explain <model>` shows: per covered endpoint, whether the model is served there and, if so, which
 * parameters it rejects, narrows, makes depend on another one, or accepts as the spec types them. Plain data, so the
 * text and the JSON output are printed from the same value.
 */
export interface ModelExplanation {
  /** The id as asked (may be a fine-tune id). */
  id: string;
  endpoints: EndpointExplanation[];
  /** Every source cited anywhere above, once, sorted by key. */
  sources: SourceRef[];
}

/** A source key of the overlay, expanded. */
export interface SourceRef {
  key: string;
  title: string;
  /** Empty when the source has no address (only the implicit SPEC of a spec without an overlay entry for it). */
  url: string;
  date?: string;
}

/** Why a rule exists, in the overlay's words, plus the text the compile error and the runtime adapter show. */
export interface Cited {
  reason: string;
  sources: SourceRef[];
  note?: string;
  /** The rule's evidence level (confirmed, spec, inferred), when the overlay states one. */
  evidence?: "confirmed" | "spec" | "inferred";
  /** Layered overlays only: `file:line` of the layer that set the rule. */
  layer?: string;
  /**
   * Where a cited spec source says it: the snapshot and the schema path of the parameter
   * (`openai-openapi 2026-08-21, components.schemas.CreateImageRequest.properties.output_compression`).
   */
  specAt?: string[];
  /** The same text as the compile error and the runtime adapter's problem. */
  message: string;
}

export interface RejectedParam extends Cited {
  param: string;
  /** What to send instead (`max_tokens` → `max_completion_tokens`). */
  rename?: string;
}

export interface NarrowedParam extends Cited {
  param: string;
  /** Only these values are accepted. */
  values?: JsonValue[];
  /** May be given, never as `null`. */
  nullable?: false;
  /** What the model uses when the key is absent, when the overlay states it. */
  default?: JsonValue;
  /** What other rules say, in short (`must be sent`), for kinds without a field of their own. */
  more?: string[];
}

export interface DependentParam extends Cited {
  param: string;
  /** Accepted only while `param` has one of `values`; when it is absent, the model's `default` for it decides. */
  requires: { param: string; values: JsonValue[]; default?: JsonValue };
}

export interface RejectedRole extends Cited {
  role: string;
}

interface EndpointHead {
  endpoint: EndpointKey;
  /** `POST <path>` of the spec. */
  path: string;
  /** The id whose rules apply: the id itself, or the base model of a fine-tune (`ft:<base>:…`). */
  resolvedId: string;
}

/** The model is served here; `profile` is absent when the overlay has no rules for it (the spec's type applies). */
export interface ServedExplanation extends EndpointHead {
  status: "served";
  profile?: { name: string; label: string };
  rejected: RejectedParam[];
  narrowed: NarrowedParam[];
  dependsOn: DependentParam[];
  /** Message roles the model refuses (`messages[].role`). */
  roles: RejectedRole[];
  /** Message roles of the spec that are not refused, in spec order. */
  acceptedRoles: string[];
  /** Parameters of the spec without a rule (except `model`), sorted. */
  accepted: string[];
  /** An announced shutdown after the overlay's `as-of`: the model works, its builder and union member are deprecated. */
  shutdown?: ShutdownExplanation;
}

export interface ShutdownExplanation {
  date: string;
  replacement?: string;
  sources: SourceRef[];
  /** Layered overlays only: `file:line` of the layer that set the shutdown. */
  layer?: string;
  /** The `@deprecated` text (announced) or the compile error's text (retired). */
  message: string;
}

export interface NotServedExplanation extends EndpointHead, Cited {
  status: "not-served";
  /** Set when the model is not served because OpenAI shut it down on or before the overlay's `as-of`. */
  retired?: { date: string; replacement?: string };
}

/** The spec lists the id here but the overlay does not classify it, or the id is unknown here: spec checks only. */
export interface UncheckedExplanation extends EndpointHead {
  status: "unchecked";
  reason: string;
}

export type EndpointExplanation = ServedExplanation | NotServedExplanation | UncheckedExplanation;
