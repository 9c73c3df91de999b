import type { EndpointKey } from "../spec/endpoints.js";
import type { JsonValue } from "../spec/spec-types.js";

/**
 * What changed between two spec snapshots, as `modelgate diff --json` prints it and the HTML report shows it.
 * The shape is a contract for tools: fields may be added, never renamed or removed. Every list is sorted (models and
 * parameters by name; endpoints in the order of the contract table), so the same inputs give the same bytes.
 */
export interface SpecDiff {
  /** Format version of this JSON. */
  diff: 1;
  old: SpecRef;
  new: SpecRef;
  /** The overlay that classified the new spec's model ids. */
  overlay: { file: string; sha256: string };
  /** True when anything below changed (drives `--exit-code`). */
  changed: boolean;
  /** One entry per endpoint of the contract table that either spec has. */
  endpoints: EndpointDiff[];
  /** Changes that can make consumer code written against the old output stop compiling. */
  breaking: BreakingChange[];
}

export interface SpecRef {
  file: string;
  sha256: string;
  /** The spec's `info.version`, when it has one. */
  version?: string;
}

export interface EndpointDiff {
  endpoint: EndpointKey;
  /** `added`/`removed`: only one spec has the endpoint. */
  status: "added" | "removed" | "changed" | "unchanged";
  /** The request schema's name in each spec (absent where the spec lacks the endpoint). */
  requestSchema: { old?: string; new?: string };
  modelsAdded: string[];
  modelsRemoved: string[];
  params: ParamChange[];
  /** Model ids of the new spec on this endpoint that the overlay does not classify. */
  unclassified: string[];
  /**
   * Whether the overlay has rules for this endpoint (only such endpoints are generated). Where it has none,
   * `unclassified` stays empty: every id would be listed.
   */
  overlayCovers?: boolean;
}

export type ParamChange =
  | { param: string; change: "added"; type: string; required: boolean; nullable: boolean; deprecated: boolean }
  | { param: string; change: "removed"; type: string }
  | { param: string; change: "changed"; changes: FieldChange[] };

export type FieldChange =
  /**
   * The TypeScript type modelgate prints for the parameter (not the spec's raw schema). `widens`: the new type accepts
   * every value of the old one (an added optional property, a new union member), so the change breaks nothing.
   */
  | { field: "type"; old: string; new: string; widens?: boolean }
  | { field: "enum"; added: JsonValue[]; removed: JsonValue[] }
  | { field: "nullable" | "required" | "deprecated"; old: boolean; new: boolean };

/** One exported name of the generated output whose consumers may stop compiling, and why. */
export interface BreakingChange {
  endpoint: EndpointKey;
  /** The exported builder or type, e.g. `o1PreviewRequest` or `CreateChatCompletionRequest`. */
  symbol: string;
  /** The model or parameter concerned, when there is one. */
  model?: string;
  param?: string;
  /** One line, e.g. "model o1-preview was removed from the spec". */
  message: string;
}
