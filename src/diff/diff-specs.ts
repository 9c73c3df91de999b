import type { CapabilityModel } from "../capabilities/capability-model.js";
import { endpointKeys } from "../spec/endpoints.js";
import { isJsonObject } from "../spec/resolve-ref.js";
import type { LoadedSpec, SpecIndex } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";
import { findBreakingChanges } from "./breaking-changes.js";
import type { BreakingChange, EndpointDiff, SpecDiff, SpecRef } from "./diff-types.js";
import { diffEndpoint } from "./endpoint-diff.js";
import { specTypes } from "./param-changes.js";

export interface DiffSide {
  /** Every endpoint of the contract table that the spec has. */
  index: SpecIndex;
  /** The spec resolved against the overlay: what `generate` would print from it. */
  model: CapabilityModel;
}

/** Compares two indexed specs over every endpoint of the contract table. Pure. */
export function diffSpecs(options: { old: DiffSide; new: DiffSide }): SpecDiff {
  const { old, new: after } = options;
  const oldTypes = specTypes(old.index.spec.document);
  const newTypes = specTypes(after.index.spec.document);
  const endpoints: EndpointDiff[] = [];
  const breaking: BreakingChange[] = [];
  for (const key of endpointKeys) {
    const before = old.index.endpoints.find((e) => e.key === key);
    const now = after.index.endpoints.find((e) => e.key === key);
    if (!before && !now) continue;
    const oldCapabilities = old.model.endpoints.find((e) => e.spec.key === key);
    const newCapabilities = after.model.endpoints.find((e) => e.spec.key === key);
    const diff = diffEndpoint({
      key,
      old: { ...(before && { spec: before }), types: oldTypes },
      new: { ...(now && { spec: now }), types: newTypes },
      ...(newCapabilities && { capabilities: newCapabilities }),
      overlayCovers: oldCapabilities !== undefined || newCapabilities !== undefined,
    });
    endpoints.push(diff);
    if (oldCapabilities)
      breaking.push(...findBreakingChanges({ diff, old: oldCapabilities, ...(newCapabilities && { new: newCapabilities }) }));
  }
  const changed = breaking.length > 0 || endpoints.some((e) => e.status !== "unchanged");
  return {
    diff: 1,
    old: specRef(old.index.spec),
    new: specRef(after.index.spec),
    overlay: { file: after.model.overlay.file, sha256: after.model.overlay.sha256 },
    changed,
    endpoints,
    breaking: sortBreaking(breaking),
  };
}

function specRef(spec: LoadedSpec): SpecRef {
  const info = spec.document.info;
  const version = isJsonObject(info) && typeof info.version === "string" ? info.version : undefined;
  return { file: spec.file, sha256: spec.sha256, ...(version !== undefined && { version }) };
}

/** Endpoint in table order, then symbol, model, parameter and message. */
function sortBreaking(breaking: BreakingChange[]): BreakingChange[] {
  const rank = (b: BreakingChange): number => endpointKeys.indexOf(b.endpoint);
  const text = (b: BreakingChange): string[] => [b.symbol, b.model ?? "", b.param ?? "", b.message];
  return [...breaking].sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    const [x, y] = [text(a), text(b)];
    for (let i = 0; i < x.length; i++) {
      const order = compareStrings(x[i] ?? "", y[i] ?? "");
      if (order !== 0) return order;
    }
    return 0;
  });
}
