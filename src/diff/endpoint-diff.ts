import type { EndpointCapabilities } from "../capabilities/capability-model.js";
import type { EndpointKey } from "../spec/endpoints.js";
import type { EndpointSpec } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";
import type { EndpointDiff } from "./diff-types.js";
import { diffParams, type SpecTypes } from "./param-changes.js";

export interface EndpointSide {
  spec?: EndpointSpec;
  types: SpecTypes;
}

/**
 * One endpoint of the contract table compared across two specs. `unclassified` lists the new spec's ids the overlay
 * does not classify, only where the overlay covers the endpoint and the new spec has it (`capabilities` given): on an
 * endpoint the overlay has no rules for, every id would be listed, which says nothing.
 */
export function diffEndpoint(options: {
  key: EndpointKey;
  old: EndpointSide;
  new: EndpointSide;
  capabilities?: EndpointCapabilities;
  overlayCovers: boolean;
}): EndpointDiff {
  const { key, capabilities } = options;
  const before = options.old.spec;
  const after = options.new.spec;
  const oldIds = new Set(before?.modelIds ?? []);
  const newIds = new Set(after?.modelIds ?? []);
  const modelsAdded = [...newIds].filter((id) => !oldIds.has(id)).sort(compareStrings);
  const modelsRemoved = [...oldIds].filter((id) => !newIds.has(id)).sort(compareStrings);
  const params = diffParams({
    old: { params: before?.params ?? [], types: options.old.types },
    new: { params: after?.params ?? [], types: options.new.types },
  });
  const changed = modelsAdded.length > 0 || modelsRemoved.length > 0 || params.length > 0;
  return {
    endpoint: key,
    status: endpointStatus(before !== undefined, after !== undefined, changed),
    requestSchema: { ...(before && { old: before.requestSchema }), ...(after && { new: after.requestSchema }) },
    modelsAdded,
    modelsRemoved,
    params,
    unclassified: capabilities ? [...capabilities.unclassified].sort(compareStrings) : [],
    overlayCovers: options.overlayCovers,
  };
}

function endpointStatus(inOld: boolean, inNew: boolean, changed: boolean): EndpointDiff["status"] {
  if (!inOld) return "added";
  if (!inNew) return "removed";
  return changed ? "changed" : "unchanged";
}
