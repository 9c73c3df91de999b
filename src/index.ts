import type { CapabilityModel } from "./capabilities/capability-model.js";
import { coveredEndpoints, resolveCapabilities } from "./capabilities/resolve-capabilities.js";
import { type Diagnostic, Diagnostics, throwIfErrors, UserError } from "./diagnostics/diagnostic.js";
import { diffSpecs } from "./diff/diff-specs.js";
import type { SpecDiff } from "./diff/diff-types.js";
import { emitOutput, type OutputFile } from "./emit/emit-output.js";
import type { OutputFormat } from "./emit/output-format.js";
import { explainModel } from "./explain/explain-model.js";
import type { ModelExplanation } from "./explain/explanation.js";
import { parseOverlay } from "./overlay/load-overlay.js";
import { validateOverlay } from "./overlay/validate-overlay.js";
import { renderReport } from "./report/render-report.js";
import { parseSpec } from "./spec/load-spec.js";
import { indexSpec } from "./spec/spec-index.js";
import type { SpecIndex } from "./spec/spec-types.js";
import { defaultOverlayDisplayPath, defaultOverlayPath, generatorVersion } from "./write/assets.js";
import { type InputFile, readInput } from "./write/read-input.js";

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
export { type RenderReportOptions, renderReport } from "./report/render-report.js";
export type * from "./spec/spec-types.js";
export { type InputFile, readInput } from "./write/read-input.js";

import type { EndpointKey } from "./spec/endpoints.js";

export { type EndpointKey, endpointKeys } from "./spec/endpoints.js";

export interface GenerateOptions {
  spec: InputFile;
  /** Defaults to modelgate's own overlays/openai.yaml. */
  overlay?: InputFile;
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
  const files = emitOutput({ model, diagnostics, format: options.format ?? "ts", docs: options.docs ?? true });
  throwIfErrors(diagnostics);
  return { files, model, diagnostics: diagnostics.items };
}

export interface ExplainOptions {
  spec: InputFile;
  /** Defaults to modelgate's own overlays/openai.yaml. */
  overlay?: InputFile;
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
  const model = loadCapabilities({ spec: options.spec, ...(options.overlay && { overlay: options.overlay }), diagnostics });
  const explanation = explainModel({ model, id: options.id, ...(options.endpoint !== undefined && { endpoint: options.endpoint }) });
  return { explanation, model, diagnostics: diagnostics.items };
}

export interface ReportOptions {
  spec: InputFile;
  /** Defaults to modelgate's own overlays/openai.yaml. */
  overlay?: InputFile;
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
  const model = loadCapabilities({ spec: options.spec, ...(options.overlay && { overlay: options.overlay }), diagnostics });
  const html = renderReport({ model, generatorVersion: generatorVersion(), ...(options.diff && { diff: options.diff }) });
  return { html, diagnostics: diagnostics.items };
}

export interface LoadCapabilitiesOptions extends GenerateOptions {
  diagnostics: Diagnostics;
  /** The spec already indexed (any superset of the covered endpoints); `spec` is not read again then. */
  index?: SpecIndex;
  /** Overrides the overlay's own `missing-in-spec` (diff reads an older spec with `skip`). */
  missingInSpec?: "skip";
}

export interface DiffOptions {
  old: InputFile;
  new: InputFile;
  /** Classifies the new spec's model ids and decides what is generated; defaults to modelgate's overlays/openai.yaml. */
  overlay?: InputFile;
}

/**
 * What changed between two specs over every endpoint of the contract table, and which names of the output generated
 * from the old one may break. Throws a UserError for bad input; never writes. The overlay is read with
 * `missing-in-spec: skip` for the old spec, which it may well be newer than.
 */
export function diff(options: DiffOptions): { diff: SpecDiff; diagnostics: Diagnostic[] } {
  const overlay = options.overlay && { overlay: options.overlay };
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

/** Spec and overlay in, capability model out (shared by generate, explain and diff). */
export function loadCapabilities(options: LoadCapabilitiesOptions): CapabilityModel {
  const { diagnostics } = options;
  const overlayInput = options.overlay ?? { ...readInput(defaultOverlayPath, "MG_OVERLAY_UNREADABLE"), file: defaultOverlayDisplayPath() };
  const parsed = parseOverlay({ ...overlayInput, diagnostics });
  throwIfErrors(diagnostics);
  if (!parsed) throw new UserError(diagnostics.errors());
  const index = options.index ?? loadSpecIndex(options.spec, diagnostics, coveredEndpoints(parsed));
  const lenient = options.missingInSpec ? { ...parsed, missingInSpec: options.missingInSpec } : parsed;
  const overlay = validateOverlay({ overlay: lenient, index, diagnostics });
  throwIfErrors(diagnostics);
  return resolveCapabilities({ index, overlay, diagnostics });
}

export function loadSpecIndex(input: InputFile, diagnostics: Diagnostics, only?: ReadonlySet<EndpointKey>): SpecIndex {
  const spec = parseSpec({ ...input, diagnostics });
  throwIfErrors(diagnostics);
  if (!spec) throw new UserError(diagnostics.errors());
  const index = indexSpec({ spec, diagnostics, ...(only && { only }) });
  throwIfErrors(diagnostics);
  return index;
}

function strictCoverage(diagnostics: Diagnostics): void {
  for (const d of diagnostics.items) if (d.code === "MG_COVERAGE_UNCLASSIFIED") d.severity = "error";
}
