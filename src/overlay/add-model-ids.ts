import { createHash } from "node:crypto";
import type { Diagnostics } from "../diagnostics/diagnostic.js";
import type { EndpointKey } from "../spec/endpoints.js";
import type { EndpointSpec, SpecIndex } from "../spec/spec-types.js";
import { compareStrings, didYouMean } from "../util/closest.js";
import type { AliasRule, Overlay, OverlayEntry } from "./overlay-schema.js";

/**
 * The model ids the overlay brings beside the spec's, made ordinary ids before validation so that every later stage
 * (the union, the builders, the runtime tables, explain) sees them as it sees the spec's:
 * - a model entry with `added: { endpoints }` joins those endpoints' model lists (a note says it came from the
 *   overlay; once the spec lists it there, another note says the entry is an ordinary one);
 * - an alias joins the model lists of every endpoint that lists its target, as a model entry that extends the
 *   target and adds no rules, so it gets exactly the target's rules. An alias of an alias (a chain, or a cycle) is
 *   an error at its line. `aliases` (a config's `deployments:`) are read over the overlay's own `aliases:`.
 * Pure: returns a new index and overlay.
 */
export function addModelIds(options: { index: SpecIndex; overlay: Overlay; aliases?: Map<string, AliasRule>; diagnostics: Diagnostics }): {
  index: SpecIndex;
  overlay: Overlay;
} {
  const { index, overlay, diagnostics } = options;
  const aliases = new Map([...(overlay.aliases ?? []), ...(options.aliases ?? [])]);
  if (aliases.size === 0 && ![...overlay.models.values()].some((m) => m.added)) return { index, overlay };
  const endpoints = index.endpoints.map((e): EndpointSpec => ({ ...e, modelIds: [...e.modelIds] }));
  const ids = { all: new Set(index.allModelIds), endpoints: new Map(endpoints.map((e) => [e.key, e])) };
  for (const entry of overlay.models.values()) if (entry.added) addModel(entry, ids, diagnostics);
  const models = new Map(overlay.models);
  for (const alias of [...aliases.values()].sort((a, b) => compareStrings(a.name, b.name))) {
    const taken = { models, families: overlay.families, specIds: index.allModelIds };
    if (!aliasAllowed({ alias, aliases, taken, ids, diagnostics })) continue;
    for (const endpoint of endpoints) if (endpoint.modelIds.includes(alias.target)) endpoint.modelIds.push(alias.name);
    ids.all.add(alias.name);
    if (models.has(alias.target)) models.set(alias.name, aliasEntry(alias));
  }
  return {
    index: { ...index, endpoints, allModelIds: ids.all },
    overlay: { ...overlay, sha256: hashWith(overlay, options.aliases), models },
  };
}

/** The overlay's hash, with the aliases given beside it (a config's deployments) folded in: they change the output too. */
function hashWith(overlay: Overlay, aliases: Map<string, AliasRule> | undefined): string {
  if (!aliases || aliases.size === 0) return overlay.sha256;
  const lines = [...aliases.values()].map((a) => `${a.name}\t${a.target}`).sort(compareStrings);
  return createHash("sha256")
    .update([overlay.sha256, ...lines].join("\n"))
    .digest("hex");
}

interface Ids {
  all: Set<string>;
  endpoints: Map<EndpointKey, EndpointSpec>;
}

function addModel(entry: OverlayEntry, ids: Ids, diagnostics: Diagnostics): void {
  const added = entry.added;
  if (!added) return;
  const joined: EndpointKey[] = [];
  const listed: EndpointKey[] = [];
  for (const key of added.endpoints) {
    const endpoint = ids.endpoints.get(key);
    if (!endpoint) continue; // the spec lacks the endpoint (indexSpec said so), or the overlay does not cover it
    if (endpoint.modelIds.includes(entry.name)) listed.push(key);
    else {
      endpoint.modelIds.push(entry.name);
      joined.push(key);
    }
  }
  if (joined.length > 0) {
    ids.all.add(entry.name);
    const message = `model "${entry.name}" of ${joined.join(", ")} comes from the overlay, not from the spec: ${added.reason}`;
    diagnostics.note("MG_OVERLAY_ADDED_MODEL", message, added.location);
  }
  if (listed.length > 0) {
    const message = `the spec now lists model "${entry.name}" for ${listed.join(", ")}: there its entry is an ordinary one`;
    diagnostics.note("MG_OVERLAY_ADDED_LISTED", message, added.location);
  }
}

/** A model entry for an alias: its target's rules, none of its own. */
function aliasEntry(alias: AliasRule): OverlayEntry {
  return {
    name: alias.name,
    kind: "model",
    extends: { name: alias.target, location: alias.location },
    endpoints: new Map(),
    location: alias.location,
    aliasOf: alias.target,
  };
}

/**
 * Whether an alias can stand for its target: the target is a model (not another alias), known to the spec or the
 * overlay, and the alias does not take the name of a model. An alias of itself (a deployment named after its model)
 * is no alias and is skipped silently.
 */
function aliasAllowed(options: {
  alias: AliasRule;
  aliases: Map<string, AliasRule>;
  /** The names an alias may not take (`extends` would find the alias instead of a family of that name). */
  taken: { models: Map<string, OverlayEntry>; families: Map<string, OverlayEntry>; specIds: Set<string> };
  ids: Ids;
  diagnostics: Diagnostics;
}): boolean {
  const { alias, aliases, taken, ids, diagnostics } = options;
  const { models } = taken;
  const { name, target, location } = alias;
  if (name === target) return false;
  const path = aliasPath(alias, aliases);
  if (path.length > 2) {
    const cycle = path.at(-1) === name;
    const shown = path.map((p) => `"${p}"`).join(" → ");
    if (cycle) diagnostics.error("MG_ALIAS_CYCLE", `alias "${name}" leads back to itself: ${shown}`, location);
    else {
      const end = path.at(-1) ?? target;
      const help = `point "${name}" at "${end}" itself: \`${name}: ${end}\``;
      diagnostics.error("MG_ALIAS_CHAIN", `alias "${name}" points at "${target}", which is itself an alias: ${shown}`, location, help);
    }
    return false;
  }
  const what = takenBy(name, taken);
  if (what) {
    diagnostics.error("MG_ALIAS_SHADOWS", `alias "${name}" has the name of ${what}; it cannot also stand for "${target}"`, location);
    return false;
  }
  if (!models.has(target) && !ids.all.has(target)) {
    const help = didYouMean(target, models.keys());
    diagnostics.error(
      "MG_ALIAS_UNKNOWN_TARGET",
      `alias "${name}" points at "${target}", which is not a model of the spec or the overlay`,
      location,
      help,
    );
    return false;
  }
  return true;
}

/** What already has the name, if anything. */
function takenBy(name: string, taken: { models: Map<string, unknown>; families: Map<string, unknown>; specIds: Set<string> }) {
  if (taken.models.has(name)) return "a model the overlay defines";
  if (taken.families.has(name)) return "a family of the overlay";
  if (taken.specIds.has(name)) return "a model id of the spec";
  return undefined;
}

/** The names an alias leads through: [name, target, …] until a name that is no alias, or one seen before. */
function aliasPath(alias: AliasRule, aliases: Map<string, AliasRule>): string[] {
  const path = [alias.name];
  const seen = new Set(path);
  for (let at: AliasRule | undefined = alias; at; at = aliases.get(at.target)) {
    if (at.target === at.name) break;
    path.push(at.target);
    if (seen.has(at.target)) break;
    seen.add(at.target);
  }
  return path;
}
