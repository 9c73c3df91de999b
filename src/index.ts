import type { CapabilityModel } from "./capabilities/capability-model.js";
import { coveredEndpoints, resolveCapabilities } from "./capabilities/resolve-capabilities.js";
import { type Diagnostic, Diagnostics, type SourceLocation, throwIfErrors, UserError } from "./diagnostics/diagnostic.js";
import { diffSpecs } from "./diff/diff-specs.js";
import type { SpecDiff } from "./diff/diff-types.js";
import { emitOutput, type OutputFile } from "./emit/emit-output.js";
import type { OutputFormat } from "./emit/output-format.js";
import { explainModel } from "./explain/explain-model.js";
import type { ModelExplanation } from "./explain/explanation.js";
import { defaultOverlayDisplayPath, defaultOverlayPath, generatorVersion, readTemplate } from "./input/assets.js";
import { type InputFile, readInput } from "./input/read-input.js";
import { readApiError } from "./learn/api-error.js";
import { type Learned, learnFromError } from "./learn/learn-rule.js";
import { addModelIds } from "./overlay/add-model-ids.js";
import { parseOverlay } from "./overlay/load-overlay.js";
import { mergeLayers } from "./overlay/merge-layers.js";
import type { AliasRule, Overlay } from "./overlay/overlay-schema.js";
import { validateOverlay } from "./overlay/validate-overlay.js";
import { renderReport } from "./report/render-report.js";
import { parseSpec } from "./spec/load-spec.js";
import { indexSpec } from "./spec/spec-index.js";
import type { SpecIndex } from "./spec/spec-types.js";
import { widenSpec } from "./spec/widen-spec.js";

export type { Problem } from "../templates/runtime.js";
export type * from "./capabilities/capability-model.js";
export type { Code as DiagnosticCode } from "./diagnostics/codes.js";
export {
  type Diagnostic,
  Diagnostics,
  formatDiagnostic,
  type Severity,
  type SourceLocation,
  UserError,
} from "./diagnostics/diagnostic.js";
export type * from "./diff/diff-types.js";
export { formatDiff, specDiffToJson } from "./diff/format-diff.js";
export type { OutputFile } from "./emit/emit-output.js";
export type { OutputFormat } from "./emit/output-format.js";
export { type ExplainModelOptions, explainModel } from "./explain/explain-model.js";
export type * from "./explain/explanation.js";
export { explanationToJson, formatExplanation } from "./explain/format-explanation.js";
export { type InputFile, readInput } from "./input/read-input.js";
export { type ApiError, type ClassifiedError, classifyApiError, type ErrorKind, readApiError } from "./learn/api-error.js";
export { formatLearned, learnedToJson } from "./learn/format-learned.js";
export { type Learned, type LearnOptions, type LearnVerdict, learnFromError } from "./learn/learn-rule.js";
export type { ProposedRule } from "./learn/propose-rule.js";
export type * from "./overlay/overlay-schema.js";
export { type RenderReportOptions, renderReport } from "./report/render-report.js";
export type * from "./spec/spec-types.js";
export { type PlanOptions, type Probe, type ProbePlan, planProbes } from "./verify/probe-plan.js";
export { type ProbeOutcome, type ProbeVerdict, type RunOptions, runProbes, VerifyAuthError } from "./verify/run-probes.js";
export { type VerifyOptions, verifyOverlay } from "./verify/verify.js";
export {
  disagreementsLayer,
  formatPlan,
  formatVerifyReport,
  type VerifyReport,
  verifyReportToJson,
} from "./verify/verify-report.js";

import type { EndpointKey } from "./spec/endpoints.js";

export { type EndpointKey, endpointKeys } from "./spec/endpoints.js";

/** Which overlays to read: a base (by default modelgate's own) and layers over it. */
export interface OverlayInputs {
  /** The base overlay; defaults to modelgate's own overlays/openai.yaml (unless `defaultOverlay: false`). */
  overlay?: InputFile;
  /** Layers over the base, in order: each may change single rules of the ones before it (later wins per rule). */
  overlays?: InputFile[];
  /** `false`: no built-in base; without `overlay`, the first of `overlays` is the base. */
  defaultOverlay?: boolean;
  /**
   * Names requests send → the model id whose rules they get (a config's `deployments:`, Azure deployment names, a
   * proxy's model names), read over the overlays' own `aliases:`. A name equal to its model is ignored.
   */
  aliases?: Record<string, string>;
  /** Where each of `aliases` is written (the config's lines), so its diagnostics point there. */
  aliasLocations?: Record<string, SourceLocation>;
}

export interface GenerateOptions extends OverlayInputs {
  spec: InputFile;
  /** Unclassified model ids become errors. */
  strict?: boolean;
  /** How modules with code are written: "ts" (default), "ts-imports" (Deno) or "js" (see README, "Using the output"). */
  format?: OutputFormat;
  /** The spec's description of each parameter as its doc comment (default true). */
  docs?: boolean;
}

export interface GenerateResult {
  files: OutputFile[];
  model: CapabilityModel;
  diagnostics: Diagnostic[];
}

/**
 * Runs the pipeline in memory: spec + overlay → capability model → output files. Throws a UserError for bad
 * input; returns warnings and notes in `diagnostics`. Never writes, never exits.
 */
export function generate(options: GenerateOptions): GenerateResult {
  const diagnostics = new Diagnostics();
  const model = loadCapabilities({ ...options, diagnostics });
  if (options.strict) strictCoverage(diagnostics);
  const templates = { brand: readTemplate("brand"), runtime: readTemplate("runtime") };
  const files = emitOutput({
    model,
    diagnostics,
    templates,
    generatorVersion: generatorVersion(),
    format: options.format ?? "ts",
    docs: options.docs ?? true,
  });
  throwIfErrors(diagnostics);
  return { files, model, diagnostics: diagnostics.items };
}

export interface ExplainOptions extends OverlayInputs {
  spec: InputFile;
  /** A model id as the spec spells it, or a fine-tune id `ft:<base>:…`. */
  id: string;
  /** Only this endpoint key; every endpoint the overlay covers otherwise. */
  endpoint?: string;
}

export interface ExplainResult {
  explanation: ModelExplanation;
  model: CapabilityModel;
  diagnostics: Diagnostic[];
}

/**
 * What one model accepts, narrows and rejects on each covered endpoint, with reasons and sources. Throws a UserError
 * for bad input, an unknown model id (naming the closest known ids) or an endpoint key the overlay does not cover.
 */
export function explain(options: ExplainOptions): ExplainResult {
  const diagnostics = new Diagnostics();
  const model = loadCapabilities({ spec: options.spec, ...overlayInputs(options), diagnostics });
  const explanation = explainModel({ model, id: options.id, ...(options.endpoint !== undefined && { endpoint: options.endpoint }) });
  return { explanation, model, diagnostics: diagnostics.items };
}

export interface ReportOptions extends OverlayInputs {
  spec: InputFile;
  /** What changed from an older spec to this one (from `diff()`); adds the "What changed" section. */
  diff?: SpecDiff;
}

export interface ReportResult {
  /** One self-contained HTML page: the capability matrix per covered endpoint, and what changed when given a diff. */
  html: string;
  diagnostics: Diagnostic[];
}

/** The capability report as HTML. Throws a UserError for bad input. Never writes. */
export function report(options: ReportOptions): ReportResult {
  const diagnostics = new Diagnostics();
  const model = loadCapabilities({ spec: options.spec, ...overlayInputs(options), diagnostics });
  const html = renderReport({ model, generatorVersion: generatorVersion(), ...(options.diff && { diff: options.diff }) });
  return { html, diagnostics: diagnostics.items };
}

export interface LearnFromFilesOptions extends OverlayInputs {
  spec: InputFile;
  /** The API's error body (`{ "error": { message, type, param, code } }`) or its `error` object. */
  error: unknown;
  /** The file the error body was read from: a body without a message is reported there. */
  errorFile?: string;
  /** The request that got the error. */
  request?: unknown;
  endpoint?: string;
  modelId?: string;
  date?: string;
  sourceUrl?: string;
}

/**
 * Reads an API error against the overlay: `known` (modelgate already refuses the request), `new` (with a proposed
 * rule for a user overlay) or `cannot-tell`. Throws a UserError for bad input, or an error body without a message.
 */
export function learn(options: LearnFromFilesOptions): { learned: Learned; diagnostics: Diagnostic[] } {
  const error = readApiError(options.error);
  if (!error)
    throw new UserError([
      {
        code: "MG_LEARN_INPUT",
        severity: "error",
        message: "the error body has no `error.message`: is it an OpenAI error response?",
        ...(options.errorFile !== undefined && { location: { file: options.errorFile, line: 1, column: 1 } }),
      },
    ]);
  const diagnostics = new Diagnostics();
  const model = loadCapabilities({ spec: options.spec, ...overlayInputs(options), diagnostics });
  const {
    spec: _spec,
    overlay: _overlay,
    overlays: _overlays,
    defaultOverlay: _default,
    error: _error,
    errorFile: _file,
    ...withAliases
  } = options;
  const { aliases: _aliases, aliasLocations: _locations, ...rest } = withAliases;
  return { learned: learnFromError({ ...rest, model, error }), diagnostics: diagnostics.items };
}

/** The capability model of a spec and an overlay (what `verify`, `learnFromError` and `explainModel` work on). */
export function capabilities(options: GenerateOptions): { model: CapabilityModel; diagnostics: Diagnostic[] } {
  const diagnostics = new Diagnostics();
  const model = loadCapabilities({ ...options, diagnostics });
  if (options.strict) strictCoverage(diagnostics);
  throwIfErrors(diagnostics);
  return { model, diagnostics: diagnostics.items };
}

export interface LoadCapabilitiesOptions extends GenerateOptions {
  diagnostics: Diagnostics;
  /** The spec already indexed (any superset of the covered endpoints); `spec` is not read again then. */
  index?: SpecIndex;
  /** Overrides the overlay's own `missing-in-spec` (diff reads an older spec with `skip`). */
  missingInSpec?: "skip";
}

/** The overlays classify the new spec's model ids and decide what is generated. */
export interface DiffOptions extends OverlayInputs {
  old: InputFile;
  new: InputFile;
}

/**
 * What changed between two specs over every endpoint of the contract table, and which names of the output generated
 * from the old one may break. Throws a UserError for bad input; never writes. The overlay is read with
 * `missing-in-spec: skip` for the old spec, which it may well be newer than.
 */
export function diff(options: DiffOptions): { diff: SpecDiff; diagnostics: Diagnostic[] } {
  const overlay = overlayInputs(options);
  const oldDiagnostics = new Diagnostics();
  const oldIndex = loadSpecIndex(options.old, oldDiagnostics);
  const oldModel = loadCapabilities({
    spec: options.old,
    ...overlay,
    index: oldIndex,
    missingInSpec: "skip",
    diagnostics: new Diagnostics(),
  });
  const newDiagnostics = new Diagnostics();
  const newIndex = loadSpecIndex(options.new, newDiagnostics);
  const newModel = loadCapabilities({ spec: options.new, ...overlay, index: newIndex, diagnostics: newDiagnostics });
  const result = diffSpecs({ old: { index: oldIndex, model: oldModel }, new: { index: newIndex, model: newModel } });
  // Unclassified ids are part of the diff itself; the old spec's overlay notes concern output nobody asked for.
  const diagnostics = [...named(oldDiagnostics, options.old), ...named(newDiagnostics, options.new)];
  return { diff: result, diagnostics: diagnostics.filter((d) => d.code !== "MG_COVERAGE_UNCLASSIFIED") };
}

/** Diagnostics without a location (e.g. "the spec has no POST /responses") say which of the two specs they are about. */
function named(diagnostics: Diagnostics, input: InputFile): Diagnostic[] {
  return diagnostics.items.map((d) => (d.location ? d : { ...d, message: `${input.file}: ${d.message}` }));
}

function overlayInputs(options: OverlayInputs): OverlayInputs {
  return {
    ...(options.overlay && { overlay: options.overlay }),
    ...(options.overlays && { overlays: options.overlays }),
    ...(options.defaultOverlay === false && { defaultOverlay: false }),
    ...(options.aliases && { aliases: options.aliases }),
    ...(options.aliasLocations && { aliasLocations: options.aliasLocations }),
  };
}

/** The base overlay and its layers, read and merged into one (later wins per rule). */
function loadOverlays(options: OverlayInputs, diagnostics: Diagnostics): Overlay {
  const builtIn = () => ({ ...readInput(defaultOverlayPath, "MG_OVERLAY_UNREADABLE"), file: defaultOverlayDisplayPath() });
  const base = options.overlay ?? (options.defaultOverlay === false ? undefined : builtIn());
  const inputs = [...(base ? [base] : []), ...(options.overlays ?? [])];
  if (inputs.length === 0)
    throw new UserError([
      { code: "MG_USAGE", severity: "error", message: "no overlay: pass --overlay <file> when leaving out the default one" },
    ]);
  const parsed = inputs.map((input, i) => parseOverlay({ ...input, diagnostics, layer: i > 0 }));
  throwIfErrors(diagnostics);
  const overlays = parsed.filter((o): o is Overlay => o !== undefined);
  const merged = overlays.length === parsed.length ? mergeLayers(overlays, diagnostics) : undefined;
  throwIfErrors(diagnostics);
  if (!merged) throw new UserError(diagnostics.errors());
  return merged;
}

/** Spec and overlay in, capability model out (shared by generate, explain and diff). */
export function loadCapabilities(options: LoadCapabilitiesOptions): CapabilityModel {
  const { diagnostics } = options;
  const parsed = loadOverlays(options, diagnostics);
  const specIndex = options.index ?? loadSpecIndex(options.spec, diagnostics, coveredEndpoints(parsed), parsed);
  const aliases = aliasRules(options);
  const added = addModelIds({ index: specIndex, overlay: parsed, diagnostics, ...(aliases && { aliases }) });
  throwIfErrors(diagnostics);
  const { index } = added;
  const lenient = options.missingInSpec ? { ...added.overlay, missingInSpec: options.missingInSpec } : added.overlay;
  const overlay = validateOverlay({ overlay: lenient, index, diagnostics });
  throwIfErrors(diagnostics);
  return resolveCapabilities({ index, overlay, diagnostics });
}

/** The `aliases` option as alias rules, each at its `aliasLocations` entry (else at the option itself). */
function aliasRules(options: OverlayInputs): Map<string, AliasRule> | undefined {
  if (!options.aliases) return undefined;
  const at = (name: string): SourceLocation => options.aliasLocations?.[name] ?? { file: "the `aliases` option", line: 1, column: 1 };
  return new Map(Object.entries(options.aliases).map(([name, target]) => [name, { name, target, location: at(name) }]));
}

/** The spec, parsed, widened by the overlay's `widen:` entries when one is given, and indexed. */
export function loadSpecIndex(input: InputFile, diagnostics: Diagnostics, only?: ReadonlySet<EndpointKey>, overlay?: Overlay): SpecIndex {
  const spec = parseSpec({ ...input, diagnostics });
  throwIfErrors(diagnostics);
  if (!spec) throw new UserError(diagnostics.errors());
  if (overlay) widenSpec({ spec, overlay, diagnostics });
  throwIfErrors(diagnostics);
  const index = indexSpec({ spec, diagnostics, ...(only && { only }) });
  throwIfErrors(diagnostics);
  return index;
}

function strictCoverage(diagnostics: Diagnostics): void {
  for (const d of diagnostics.items) if (d.code === "MG_COVERAGE_UNCLASSIFIED") d.severity = "error";
}
