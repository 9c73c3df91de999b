import type { Diagnostics } from "../diagnostics/diagnostic.js";
import type { Overlay, SpecWidening } from "../overlay/overlay-schema.js";
import { assertNever } from "../util/assert-never.js";
import { getAtPointer, isJsonObject } from "./resolve-ref.js";
import type { JsonObject, LoadedSpec } from "./spec-types.js";
import { addUnionMember, type MemberProblem } from "./widen-union.js";

/**
 * Applies each `widen:` entry to the parsed spec before it is indexed: values join the closed enum its pointer names,
 * property names leave the object schema's `required` list, the node takes any value, or a member joins its union. The generated types then take
 * what the API (and the SDK) accept before or beyond what the spec says. A pointer the spec lacks is an error, or a
 * warning under `missing-in-spec: skip` (an older spec snapshot); a node of the wrong shape is always an error. Values
 * already listed are left as they are, so the entry keeps working once the spec catches up.
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
  const problem = isJsonObject(node) ? widenNode(spec.document, node, widening) : { text: "is not a schema object" };
  if (!problem) return;
  // A property an older snapshot does not define yet is missing from the spec, like a pointer it lacks.
  const report = problem.missing && skip ? diagnostics.warning.bind(diagnostics) : diagnostics.error.bind(diagnostics);
  report("MG_OVERLAY_WIDEN_TARGET", `widen: ${widening.pointer} ${problem.text}`, widening.location);
}

/** Applies one widening to its node; returns what is wrong with the node for it, if anything (`missing`: a name it lacks). */
function widenNode(document: JsonObject, node: JsonObject, widening: SpecWidening): MemberProblem | undefined {
  switch (widening.kind) {
    case "add": {
      const values = node.enum;
      if (!Array.isArray(values)) return { text: "has no `enum` list to widen" };
      const listed = new Set(values.map((v) => JSON.stringify(v)));
      node.enum = [...values, ...widening.add.filter((v) => !listed.has(JSON.stringify(v)))];
      return undefined;
    }
    case "optional": {
      // Names the spec no longer requires are fine (the entry keeps working once the spec catches up); names it does
      // not define at all are a mistake.
      const properties = isJsonObject(node.properties) ? node.properties : {};
      const unknown = widening.optional.filter((name) => !Object.hasOwn(properties, name));
      if (unknown.length > 0)
        return { text: `has no ${unknown.map((n) => `\`${n}\``).join(", ")} property to make optional`, missing: true };
      const required = Array.isArray(node.required) ? node.required : [];
      node.required = required.filter((name) => !widening.optional.includes(String(name)));
      return undefined;
    }
    case "any":
      // Any JSON value: the schema's own keys go (its description stays, for the doc comment).
      for (const key of Object.keys(node)) if (key !== "description") delete node[key];
      return undefined;
    case "member":
      return addUnionMember(document, node, widening.member);
    default:
      return assertNever(widening);
  }
}
