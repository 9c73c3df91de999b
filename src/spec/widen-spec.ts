import type { Diagnostics } from "../diagnostics/diagnostic.js";
import type { Overlay, SpecWidening } from "../overlay/overlay-schema.js";
import { getAtPointer, isJsonObject } from "./resolve-ref.js";
import type { LoadedSpec } from "./spec-types.js";

/**
 * Adds each `widen:` entry's values to the closed enum its pointer names, in the parsed spec, before it is indexed:
 * the generated types then take the values the API (and the SDK) accept before the spec lists them. A pointer the spec
 * lacks is an error, or a warning under `missing-in-spec: skip` (an older spec snapshot); a node with no `enum` list
 * is always an error. Values already listed are left as they are, so the entry keeps working once the spec catches up.
 */
export function widenSpec(options: { spec: LoadedSpec; overlay: Overlay; diagnostics: Diagnostics }): void {
  const { spec, overlay, diagnostics } = options;
  for (const widening of overlay.widen ?? []) widenOne(spec, widening, skipsMissing(overlay, widening), diagnostics);
}

function skipsMissing(overlay: Overlay, widening: SpecWidening): boolean {
  return (overlay.missingInSpecByFile?.get(widening.location.file) ?? overlay.missingInSpec) === "skip";
}

function widenOne(spec: LoadedSpec, widening: SpecWidening, skip: boolean, diagnostics: Diagnostics): void {
  const node = getAtPointer(spec.document, widening.pointer);
  if (node === undefined) {
    const report = skip ? diagnostics.warning.bind(diagnostics) : diagnostics.error.bind(diagnostics);
    report("MG_OVERLAY_WIDEN_TARGET", `widen: the spec has nothing at ${widening.pointer}`, widening.location);
    return;
  }
  const values = isJsonObject(node) ? node.enum : undefined;
  if (!isJsonObject(node) || !Array.isArray(values)) {
    diagnostics.error("MG_OVERLAY_WIDEN_TARGET", `widen: ${widening.pointer} has no \`enum\` list to widen`, widening.location);
    return;
  }
  const listed = new Set(values.map((v) => JSON.stringify(v)));
  node.enum = [...values, ...widening.add.filter((v) => !listed.has(JSON.stringify(v)))];
}
