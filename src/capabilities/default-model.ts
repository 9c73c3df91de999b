import type { EndpointCapabilities } from "./capability-model.js";

/**
 * The model a request that leaves `model` out is checked against. The spec names a default model for some endpoints;
 * its rules apply only while the overlay has it served there. A default the overlay has retired (or does not serve on
 * the endpoint) stands for nothing known: the API's current default is not in the spec, so such a request is checked
 * against the spec alone, by the types and the runtime alike, and `stale` says which default it was and why.
 */
export interface DefaultModel {
  /** The served default model and its profile ("" = no rules). */
  served?: { id: string; profile: string };
  /** The spec's default when the overlay does not serve it here. */
  stale?: EndpointCapabilities["unserved"][number];
}

export function defaultModelOf(endpoint: EndpointCapabilities): DefaultModel {
  const id = endpoint.spec.modelDefault;
  if (endpoint.spec.modelRequired !== false || id === undefined) return {};
  const served = endpoint.models.find((m) => m.id === id);
  if (served) return { served: { id, profile: served.profile } };
  const stale = endpoint.unserved.find((u) => u.id === id);
  return stale ? { stale } : {};
}
