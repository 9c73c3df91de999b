import type { Diagnostics } from "../diagnostics/diagnostic.js";
import { retiredReason } from "../emit/messages.js";
import type { EndpointBlock, Overlay, OverlayEntry, ParamRule, Provenance, ServedRule, Shutdown } from "../overlay/overlay-schema.js";
import { parentOf } from "../overlay/validate-overlay.js";
import type { EndpointKey } from "../spec/endpoints.js";
import { splitParamPath } from "../spec/nested-params.js";
import { requestPathKeys } from "../spec/path-values.js";
import type { EndpointSpec, JsonValue, SpecIndex } from "../spec/spec-types.js";
import { assertNever } from "../util/assert-never.js";
import { compareStrings } from "../util/closest.js";
import {
  type CapabilityModel,
  compareRules,
  type EndpointCapabilities,
  type ParamVerdict,
  type PresenceAlternative,
  type Profile,
  type RoleVerdict,
  type Rule,
  refusesParam,
  type ShutdownNotice,
  specSource,
  type Why,
} from "./capability-model.js";
import { dependentGroups, possibleCases } from "./dependent-cases.js";

/**
 * Resolves the validated overlay against the indexed spec into the capability model. Pure. Expects an overlay
 * without `extends` cycles (validateOverlay reports them).
 */
export function resolveCapabilities(options: { index: SpecIndex; overlay: Overlay; diagnostics: Diagnostics }): CapabilityModel {
  const { index, overlay, diagnostics } = options;
  const covered = coveredEndpoints(overlay);
  const endpoints = index.endpoints
    .filter((endpoint) => covered.has(endpoint.key))
    .map((endpoint) => resolveEndpoint(endpoint, overlay, diagnostics));
  return {
    spec: { file: index.spec.file, sha256: index.spec.sha256, document: index.spec.document },
    overlay: { file: overlay.file, sha256: overlay.sha256 },
    ...(overlay.asOf !== undefined && { asOf: overlay.asOf }),
    sources: Object.fromEntries(
      [...overlay.sources.values()]
        .sort((a, b) => compareStrings(a.key, b.key))
        .map((s) => [
          s.key,
          { title: s.title, url: s.url, ...(s.date && { date: s.date }), ...(s.pin?.snapshot && { snapshot: s.pin.snapshot }) },
        ]),
    ),
    endpoints,
  };
}

/** The endpoints the overlay has rules for; only these are emitted (DESIGN: "every endpoint the spec and overlay cover"). */
export function coveredEndpoints(overlay: Overlay): Set<EndpointKey> {
  const entries = [...overlay.families.values(), ...overlay.models.values()];
  return new Set(entries.flatMap((entry) => [...entry.endpoints.keys()]));
}

interface Resolved {
  /** The nearest entry of the chain that adds rules or a label: models that share it share one profile. */
  defining?: OverlayEntry;
  /** The nearest label of the chain: how messages name the model. */
  label?: string;
  served?: ServedRule;
  params: Map<string, ParamRule>;
  roles: Map<string, RoleVerdict>;
  /** The overlay is layered: each Why names the layer that set it. */
  layered: boolean;
}

function resolveEndpoint(endpoint: EndpointSpec, overlay: Overlay, diagnostics: Diagnostics): EndpointCapabilities {
  const profiles = new Map<string, Profile>();
  const models: EndpointCapabilities["models"] = [];
  const unserved: EndpointCapabilities["unserved"] = [];
  const listed = new Set(endpoint.modelIds);
  for (const id of endpoint.modelIds) {
    const entry = overlay.models.get(id);
    if (!entry) continue;
    const resolved = resolveChain(overlay, entry, endpoint.key);
    const shutdown = entry.shutdown && shutdownNotice(entry.shutdown, overlay.layers !== undefined);
    if (shutdown && isRetired(shutdown, overlay.asOf)) {
      const layer = shutdown.layer && { layer: shutdown.layer };
      unserved.push({ id, reason: retiredReason(shutdown), sources: [...shutdown.sources], retired: shutdown, ...layer });
      continue;
    }
    if (resolved.served) {
      unserved.push({ id, ...why(resolved.served, resolved.layered) });
      continue;
    }
    const profile = profileFor(resolved, profiles, endpoint);
    profile?.models.push(id);
    models.push({ id, profile: profile?.name ?? "", ...(shutdown && { shutdown }) });
  }
  for (const id of overlay.models.keys()) {
    if (listed.has(id)) continue;
    const reason = `the spec does not list it for POST ${endpoint.path}`;
    unserved.push({ id, reason, sources: [specSource] });
  }
  const unclassified = endpoint.modelIds.filter((id) => !overlay.models.has(id));
  for (const id of unclassified) {
    diagnostics.warning(
      "MG_COVERAGE_UNCLASSIFIED",
      `model "${id}" of ${endpoint.key} is not classified by the overlay (${overlay.file}); it is checked only against the spec`,
    );
  }
  return {
    spec: endpoint,
    profiles: [...profiles.values()].sort((a, b) => compareStrings(a.name, b.name)),
    models,
    unserved: unserved.sort((a, b) => compareStrings(a.id, b.id)),
    unclassified,
  };
}

/** Merges the rules of an entry's `extends` chain, root first; a child's rule replaces its parent's. */
function resolveChain(overlay: Overlay, entry: OverlayEntry, key: EndpointKey): Resolved {
  const chain: OverlayEntry[] = [];
  for (let at: OverlayEntry | undefined = entry; at; at = parentOf(overlay, at)) chain.unshift(at);
  const resolved: Resolved = { params: new Map(), roles: new Map(), layered: overlay.layers !== undefined };
  for (const link of chain) {
    if (link.label !== undefined) {
      resolved.defining = link;
      resolved.label = link.label;
    }
    const block = link.endpoints.get(key);
    if (!block || isEmpty(block)) continue;
    resolved.defining = link;
    if (block.served) resolved.served = block.served;
    for (const [name, rule] of block.params) resolved.params.set(name, rule);
    for (const [role, rule] of block.roles) resolved.roles.set(role, { kind: "reject", ...why(rule, resolved.layered) });
  }
  return resolved;
}

function isEmpty(block: EndpointBlock): boolean {
  return !block.served && block.params.size === 0 && block.roles.size === 0;
}

function profileFor(resolved: Resolved, profiles: Map<string, Profile>, endpoint: EndpointSpec): Profile | undefined {
  const defining = resolved.defining;
  if (!defining) return undefined;
  const existing = profiles.get(defining.name);
  if (existing) return existing;
  const params: Record<string, ParamVerdict> = {};
  for (const [name, rule] of [...resolved.params].sort(([a], [b]) => compareStrings(a, b))) {
    const verdict = toVerdict(name, rule, resolved.layered);
    if (verdict) params[name] = verdict;
  }
  // A rule inside a parameter the model rejects as a whole says nothing more (`reasoning.effort` under a rejected
  // `reasoning`, `input[].type` under a rejected `input`), and the types could not carry both.
  for (const [name, verdict] of Object.entries(params)) {
    const nested = verdict.path.child !== undefined || verdict.path.item !== undefined;
    if (nested && refusesParam(params[verdict.path.param])) delete params[name];
  }
  const roles = Object.fromEntries([...resolved.roles].sort(([a], [b]) => compareStrings(a, b)));
  if (Object.keys(params).length === 0 && Object.keys(roles).length === 0) return undefined;
  const groups = dependentGroups(endpoint, params);
  const label = resolved.label ?? defining.name;
  const profile: Profile = { name: defining.name, label, models: [], params, roles, groups, cases: possibleCases(groups) };
  profiles.set(defining.name, profile);
  return profile;
}

/** The overlay's rule for one key as the model's rules, each with the key's path split once. */
function toVerdict(name: string, rule: ParamRule, layered: boolean): ParamVerdict | undefined {
  const path = splitParamPath(name);
  const rules = toRules(path, rule, layered).sort(compareRules);
  return rules.length === 0 ? undefined : { path, rules, ...why(rule, layered) };
}

function toRules(path: ParamVerdict["path"], rule: ParamRule, layered: boolean): Rule[] {
  const w = why(rule, layered);
  switch (rule.kind) {
    case "accept":
      return [];
    case "reject":
      if (rule.moved && rule.rename) return [{ kind: "moved", path, to: rule.rename, ...w }];
      return [{ kind: "reject", path, ...(rule.rename && { rename: rule.rename }), ...w }];
    case "constrain": {
      const { values, nullable, requires, required, requiredAnyOf } = rule.constraint;
      const fallback = rule.constraint.default;
      return [
        ...(values ? [{ kind: "values" as const, path, values, ...w }] : []),
        ...(nullable === false ? [{ kind: "notNull" as const, path, ...w }] : []),
        ...(fallback ? [{ kind: "default" as const, path, value: fallback.value, ...w }] : []),
        ...(requires ? [{ kind: "requires" as const, path, on: splitParamPath(requires.param), values: requires.values, ...w }] : []),
        ...(required ? [{ kind: "present" as const, path, ...w }] : []),
        ...(requiredAnyOf ? [{ kind: "presentAny" as const, path, alternatives: requiredAnyOf.map(toAlternative), ...w }] : []),
      ];
    }
    default:
      return assertNever(rule);
  }
}

function toAlternative(alternative: { path: string; values: JsonValue[] }): PresenceAlternative {
  return { name: alternative.path, keys: requestPathKeys(alternative.path), values: alternative.values };
}

function shutdownNotice(s: Shutdown, layered: boolean): ShutdownNotice {
  const layer = layered && { layer: { file: s.location.file, line: s.location.line } };
  return { date: s.date, ...(s.replacement && { replacement: s.replacement }), sources: [...s.sources], ...layer };
}

/** Retired: the shutdown date is on or before the overlay's `as-of` (ISO dates compare as text; no clock is read). */
function isRetired(shutdown: ShutdownNotice, asOf: string | undefined): boolean {
  return asOf !== undefined && shutdown.date <= asOf;
}

/** A rule's Why; with layered overlays it also names the layer file and line that set the rule. */
function why(p: Provenance, layered: boolean): Why {
  return {
    reason: p.reason,
    sources: [...p.sources],
    ...(p.note && { note: p.note }),
    ...(p.evidence && { evidence: p.evidence }),
    ...(layered && { layer: { file: p.location.file, line: p.location.line } }),
  };
}
