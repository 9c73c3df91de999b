import type { Code } from "../diagnostics/codes.js";
import { Diagnostics, formatLocation, type SourceLocation } from "../diagnostics/diagnostic.js";
import type { EndpointKey } from "../spec/endpoints.js";
import { findParam, splitItem, splitNested } from "../spec/nested-params.js";
import { requestPathValues } from "../spec/path-values.js";
import { RefResolver } from "../spec/resolve-ref.js";
import type { EndpointSpec, JsonValue, SpecIndex } from "../spec/spec-types.js";
import { didYouMean } from "../util/closest.js";
import { checkValueTypes } from "./check-value-types.js";
import type { EndpointBlock, Overlay, OverlayEntry, ParamConstraint, ParamRule, Provenance } from "./overlay-schema.js";

/**
 * Checks the overlay against itself (sources, `extends`) and against the spec (model ids, parameters, values,
 * roles). Returns the overlay with every name the spec lacks left out when `missing-in-spec: skip`; with
 * `error`, each such name is an error at its line.
 */
export function validateOverlay(options: { overlay: Overlay; index: SpecIndex; diagnostics: Diagnostics }): Overlay {
  const { overlay, index, diagnostics } = options;
  const skipped: string[] = [];
  const missing = (code: Code, message: string, location: SourceLocation, help?: string): void => {
    const mode = overlay.missingInSpec === "skip" ? "skip" : (overlay.missingInSpecByFile?.get(location.file) ?? "error");
    if (mode === "skip") skipped.push(`${formatLocation(location)} ${message}`);
    else diagnostics.error(code, message, location, help);
  };
  checkSources(overlay, diagnostics);
  checkParents(overlay, diagnostics);
  // Bad refs are reported by indexSpec already; this resolver's own reports are not wanted.
  const resolver = new RefResolver({ spec: index.spec, diagnostics: new Diagnostics() });
  const models = new Map<string, OverlayEntry>();
  for (const [id, entry] of overlay.models) {
    if (index.allModelIds.has(id)) models.set(id, entry);
    else missing("MG_OVERLAY_UNKNOWN_MODEL", `model "${id}" is not in the spec`, entry.location, didYouMean(id, index.allModelIds));
  }
  const endpoints = new Map(index.endpoints.map((e) => [e.key, e]));
  const filterEntry = (entry: OverlayEntry): OverlayEntry => ({
    ...entry,
    endpoints: filterBlocks({ entry, endpoints, resolver, missing, diagnostics }),
  });
  // A skipped model stays reachable through `extends` (an alias the spec lacks, its snapshot listed), its rules
  // checked silently: the model itself is already reported.
  const skippedModels = new Map(
    [...overlay.models]
      .filter(([id]) => !models.has(id))
      .map(([id, entry]) => [id, { ...entry, endpoints: filterBlocks({ entry, endpoints, resolver, missing: () => {} }) }]),
  );
  const result: Overlay = {
    ...overlay,
    families: new Map([...overlay.families].map(([name, entry]) => [name, filterEntry(entry)])),
    models: new Map([...models].map(([name, entry]) => [name, filterEntry(entry)])),
    ...(skippedModels.size > 0 && { skippedModels }),
  };
  checkValueTypes({ overlay: result, index, diagnostics });
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 5).join("; ");
    const more = skipped.length > 5 ? `; and ${skipped.length - 5} more` : "";
    diagnostics.note("MG_OVERLAY_SKIPPED", `${skipped.length} overlay names are not in this spec and were skipped: ${shown}${more}`);
  }
  return result;
}

type Missing = (code: Code, message: string, location: SourceLocation, help?: string) => void;

interface BlockCheck {
  entry: OverlayEntry;
  endpoints: Map<EndpointKey, EndpointSpec>;
  resolver: RefResolver;
  missing: Missing;
  diagnostics?: Diagnostics;
}

function filterBlocks(check: BlockCheck): Map<EndpointKey, EndpointBlock> {
  const result = new Map<EndpointKey, EndpointBlock>();
  for (const [key, block] of check.entry.endpoints) {
    const endpoint = check.endpoints.get(key);
    if (!endpoint) continue; // the spec lacks the endpoint: indexSpec already said so
    result.set(key, filterBlock(block, endpoint, check));
  }
  return result;
}

function filterBlock(block: EndpointBlock, endpoint: EndpointSpec, check: BlockCheck): EndpointBlock {
  const { missing, diagnostics } = check;
  const params = new Map<string, ParamRule>();
  for (const [name, rule] of block.params) {
    if (diagnostics && !nestedRuleAllowed(name, rule, diagnostics)) continue;
    const checked = checkParamRule(name, rule, endpoint, missing);
    const alternatives = checked && checkAlternatives(checked, endpoint, check);
    if (alternatives) params.set(name, alternatives);
  }
  const roles = new Map(block.roles);
  const knownRoles = (endpoint.messageRoles ?? []).map((r) => r.role);
  for (const [role, rule] of block.roles) {
    if (knownRoles.includes(role)) continue;
    roles.delete(role);
    const code = "MG_OVERLAY_UNKNOWN_ROLE";
    missing(code, `role "${role}" is not a message role of ${endpoint.key}`, rule.location, didYouMean(role, knownRoles));
  }
  return { ...block, params, roles };
}

/**
 * A nested parameter (`reasoning.effort`) takes reject, values, nullable and default, not rename or requires; an item
 * kind (`input[].type`) takes only values (and accept).
 */
/** What a nested parameter (`reasoning.effort`) cannot take: a dependency, or a presence the parent could not carry. */
function nestedRefused(constraint: ParamConstraint): "requires" | "required" | undefined {
  if (constraint.requires) return "requires";
  return constraint.required || constraint.requiredAnyOf ? "required" : undefined;
}

function nestedRuleAllowed(name: string, rule: ParamRule, diagnostics: Diagnostics): boolean {
  const refuse = (what: string, kind: string): false => {
    diagnostics.error("MG_OVERLAY_NESTED_RULE", `"${name}" is ${what} and cannot take \`${kind}\``, rule.location);
    return false;
  };
  if (splitItem(name)) {
    if (rule.kind === "reject") return refuse("an item kind", "reject");
    if (rule.kind === "accept") return true;
    const extra = (["nullable", "requires", "default", "required", "requiredAnyOf"] as const).find(
      (key) => rule.constraint[key] !== undefined,
    );
    return extra ? refuse("an item kind", extra === "requiredAnyOf" ? "required" : extra) : true;
  }
  if (!splitNested(name)) return true;
  const kind = rule.kind === "reject" && rule.rename ? "rename" : rule.kind === "constrain" ? nestedRefused(rule.constraint) : undefined;
  return kind ? refuse("a nested parameter", kind) : true;
}

function checkParamRule(name: string, rule: ParamRule, endpoint: EndpointSpec, missing: Missing): ParamRule | undefined {
  const names = [...endpoint.params, ...(endpoint.nestedParams ?? [])].map((p) => p.name);
  const unknownParam = (param: string): undefined => {
    const message = `parameter "${param}" is not in ${endpoint.requestSchema} (${endpoint.key})`;
    missing("MG_OVERLAY_UNKNOWN_PARAM", message, rule.location, didYouMean(param, names));
    return undefined;
  };
  if (rule.kind === "reject" && rule.moved) {
    // A key the endpoint lacks, whose value belongs elsewhere (top-level reasoning_effort → reasoning.effort).
    if (findParam(endpoint, name)) {
      const message = `"${name}" is a parameter of ${endpoint.requestSchema} (${endpoint.key}); \`moved\` is for keys it lacks`;
      missing("MG_OVERLAY_MOVED_PARAM", message, rule.location);
      return undefined;
    }
    return rule.rename && findParam(endpoint, rule.rename) ? rule : unknownParam(rule.rename ?? name);
  }
  if (!findParam(endpoint, name)) return unknownParam(name);
  if (rule.kind === "reject") {
    if (rule.rename && !endpoint.params.some((p) => p.name === rule.rename)) return unknownParam(rule.rename);
    return rule;
  }
  if (rule.kind === "accept") return rule;
  const { values, requires } = rule.constraint;
  const constraint = { ...rule.constraint };
  if (values) {
    constraint.values = knownValues(name, values, endpoint, rule, missing, { nullOk: true });
    if (constraint.values.length === 0) return undefined;
  }
  if (requires) {
    if (!findParam(endpoint, requires.param)) return unknownParam(requires.param);
    const known = knownValues(requires.param, requires.values, endpoint, rule, missing);
    if (known.length === 0) return undefined;
    constraint.requires = { param: requires.param, values: known };
  }
  if (constraint.default && knownValues(name, [constraint.default.value], endpoint, rule, missing).length === 0) {
    delete constraint.default;
  }
  return { ...rule, constraint };
}

/**
 * The alternatives of `required: { any-of }`, each a path the spec's request has (`messages[].content[].type`) with
 * values its closed enum allows; a path or value it lacks is reported at the alternative's line. The rule is left
 * out when an alternative is: a requirement missing one of its ways out would refuse requests the API takes.
 */
function checkAlternatives(rule: ParamRule, endpoint: EndpointSpec, check: BlockCheck): ParamRule | undefined {
  const anyOf = rule.kind === "constrain" ? rule.constraint.requiredAnyOf : undefined;
  if (!anyOf) return rule;
  for (const alternative of anyOf) {
    const allowed = requestPathValues(check.resolver, endpoint, alternative.path);
    if (!allowed) {
      const message = `path "${alternative.path}" of \`required.any-of\` leads to no closed set of values in ${endpoint.requestSchema} (${endpoint.key})`;
      const help = "name a parameter (`modalities`) or a path through its arrays (`messages[].content[].type`)";
      check.missing("MG_OVERLAY_UNKNOWN_PARAM", message, alternative.location, help);
      return undefined;
    }
    for (const value of alternative.values.filter((v) => !allowed.some((a) => JSON.stringify(a) === JSON.stringify(v)))) {
      const message = `value ${JSON.stringify(value)} is not allowed for "${alternative.path}" by the spec (${allowed.map((a) => JSON.stringify(a)).join(", ")})`;
      check.missing("MG_OVERLAY_UNKNOWN_VALUE", message, alternative.location);
      return undefined;
    }
  }
  return rule;
}

/**
 * The values the spec's enum allows, reporting the others. `nullOk`: a rule's own `values` may name `null` where the
 * spec lets the parameter be null (`values: [null]`: only an explicit null is accepted); `requires` and `default` may not.
 */
function knownValues(
  param: string,
  values: JsonValue[],
  endpoint: EndpointSpec,
  at: Provenance,
  missing: Missing,
  options: { nullOk?: boolean } = {},
): JsonValue[] {
  const found = findParam(endpoint, param);
  const allowed = found?.enumValues;
  if (!allowed) return values;
  const nullAllowed = options.nullOk === true && found?.nullable === true;
  const isAllowed = (value: JsonValue): boolean =>
    (value === null && nullAllowed) || allowed.some((a) => JSON.stringify(a) === JSON.stringify(value));
  for (const value of values.filter((v) => !isAllowed(v))) {
    const message = `value ${JSON.stringify(value)} is not allowed for "${param}" by the spec (${allowed.map((a) => JSON.stringify(a)).join(", ")})`;
    missing("MG_OVERLAY_UNKNOWN_VALUE", message, at.location);
  }
  return values.filter(isAllowed);
}

function checkSources(overlay: Overlay, diagnostics: Diagnostics): void {
  const visit = (p: Pick<Provenance, "sources" | "location">): void => {
    for (const key of p.sources) {
      if (overlay.sources.has(key)) continue;
      const help = didYouMean(key, overlay.sources.keys()) ?? "define it under `sources:`";
      diagnostics.error("MG_OVERLAY_UNKNOWN_SOURCE", `source "${key}" is not defined under \`sources:\``, p.location, help);
    }
  };
  for (const widening of overlay.widen ?? []) visit(widening);
  for (const entry of [...overlay.families.values(), ...overlay.models.values()]) {
    if (entry.shutdown) visit(entry.shutdown);
    for (const block of entry.endpoints.values()) {
      if (block.served) visit(block.served);
      for (const rule of block.params.values()) visit(rule);
      for (const rule of block.roles.values()) visit(rule);
    }
  }
}

/** `extends` looks first in `models:`, then in `families:`. */
export function parentOf(overlay: Overlay, entry: OverlayEntry): OverlayEntry | undefined {
  if (!entry.extends) return undefined;
  const name = entry.extends.name;
  const model = overlay.models.get(name) ?? overlay.skippedModels?.get(name);
  if (model && model !== entry) return model;
  return overlay.families.get(name);
}

function checkParents(overlay: Overlay, diagnostics: Diagnostics): void {
  const all = [...overlay.families.values(), ...overlay.models.values()];
  for (const entry of all) {
    if (entry.extends && !parentOf(overlay, entry) && entry.extends.name === entry.name) {
      reportSelfExtension(entry, diagnostics);
    } else if (entry.extends && !parentOf(overlay, entry)) {
      const names = [...overlay.families.keys(), ...overlay.models.keys()].filter((name) => name !== entry.name);
      const help = didYouMean(entry.extends.name, names);
      diagnostics.error(
        "MG_OVERLAY_UNKNOWN_PARENT",
        `"${entry.name}" extends "${entry.extends.name}", which is not defined`,
        entry.extends.location,
        help,
      );
    }
    const seen = new Set<OverlayEntry>();
    for (let at: OverlayEntry | undefined = entry; at; at = parentOf(overlay, at)) {
      if (seen.has(at)) {
        // Only the members of a cycle report it; an entry that merely extends into one does not extend itself.
        if (at !== entry) break;
        const path = [...seen, entry].map((e) => e.name).join(" → ");
        if (seen.size === 1) reportSelfExtension(entry, diagnostics);
        else diagnostics.error("MG_OVERLAY_CYCLE", `"${entry.name}" extends itself: ${path}`, entry.location);
        break;
      }
      seen.add(at);
    }
  }
}

/** `o1: { extends: o1 }`: its own message, never "did you mean" itself. */
function reportSelfExtension(entry: OverlayEntry, diagnostics: Diagnostics): void {
  const help =
    entry.kind === "model"
      ? `define a family "${entry.name}" under \`families:\` for it to extend, or extend another family or model`
      : "extend another family, or remove `extends`";
  diagnostics.error("MG_OVERLAY_CYCLE", `${entry.kind} "${entry.name}" extends itself`, entry.extends?.location ?? entry.location, help);
}
