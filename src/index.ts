import type { CapabilityModel } from "./capabilities/capability-model.js";
import { resolveCapabilities } from "./capabilities/resolve-capabilities.js";
import { type Diagnostic, Diagnostics, throwIfErrors, UserError } from "./diagnostics/diagnostic.js";
import { emitOutput, type OutputFile } from "./emit/emit-output.js";
import { parseOverlay } from "./overlay/load-overlay.js";
import { validateOverlay } from "./overlay/validate-overlay.js";
import { parseSpec } from "./spec/load-spec.js";
import { indexSpec } from "./spec/spec-index.js";
import type { SpecIndex } from "./spec/spec-types.js";
import { defaultOverlayPath } from "./write/assets.js";
import { type InputFile, readInput } from "./write/read-input.js";

export type { CapabilityModel } from "./capabilities/capability-model.js";
export { type Diagnostic, formatDiagnostic, UserError } from "./diagnostics/diagnostic.js";
export type { OutputFile } from "./emit/emit-output.js";
export { type EndpointKey, endpointKeys } from "./spec/endpoints.js";

export interface GenerateOptions {
  spec: InputFile;
  /** Defaults to modelgate's own overlays/openai.yaml. */
  overlay?: InputFile;
  /** Unclassified model ids become errors. */
  strict?: boolean;
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
  const files = emitOutput({ model, diagnostics });
  throwIfErrors(diagnostics);
  return { files, model, diagnostics: diagnostics.items };
}

/** Spec and overlay in, capability model out (shared by generate, explain and diff). */
export function loadCapabilities(options: GenerateOptions & { diagnostics: Diagnostics }): CapabilityModel {
  const { diagnostics } = options;
  const index = loadSpecIndex(options.spec, diagnostics);
  const overlayInput = options.overlay ?? readInput(defaultOverlayPath, "MG_OVERLAY_UNREADABLE");
  const parsed = parseOverlay({ ...overlayInput, diagnostics });
  throwIfErrors(diagnostics);
  if (!parsed) throw new UserError(diagnostics.errors());
  const overlay = validateOverlay({ overlay: parsed, index, diagnostics });
  throwIfErrors(diagnostics);
  return resolveCapabilities({ index, overlay, diagnostics });
}

export function loadSpecIndex(input: InputFile, diagnostics: Diagnostics): SpecIndex {
  const spec = parseSpec({ ...input, diagnostics });
  throwIfErrors(diagnostics);
  if (!spec) throw new UserError(diagnostics.errors());
  const index = indexSpec({ spec, diagnostics });
  throwIfErrors(diagnostics);
  return index;
}

function strictCoverage(diagnostics: Diagnostics): void {
  for (const d of diagnostics.items) if (d.code === "MG_COVERAGE_UNCLASSIFIED") d.severity = "error";
}
