import { createHash } from "node:crypto";
import type { Diagnostics } from "../diagnostics/diagnostic.js";
import type { EndpointKey } from "../spec/endpoints.js";
import type { EndpointBlock, Overlay, OverlayEntry } from "./overlay-schema.js";

/**
 * Several overlays as one: each layer over the ones before it (the built-in overlay first, then every `--overlay` in
 * order). Later wins per rule: a layer's rule for a parameter or a role replaces the one below for that entry and
 * endpoint; its `extends`, `label`, `summary`, `added` and `served` replace the ones below when it sets them, and its
 * `aliases` replace the ones below name by name. A layer's entry
 * for a family or model a lower layer defines needs no `extends`; a new model does. Every rule keeps the file and
 * line of the layer that set it, so diagnostics point there. One overlay is returned as it is (the first is read as
 * a whole overlay, the others as layers: `parseOverlay({ layer: true })`).
 */
export function mergeLayers(layers: readonly Overlay[], diagnostics: Diagnostics): Overlay | undefined {
  const [first, ...rest] = layers;
  if (!first) return undefined;
  if (rest.length === 0) return first;
  const merged: Overlay = {
    file: layers.map((l) => l.file).join(" + "),
    sha256: createHash("sha256")
      .update(layers.map((l) => l.sha256).join("\n"))
      .digest("hex"),
    missingInSpec: "error",
    missingInSpecByFile: new Map(layers.map((l) => [l.file, l.missingInSpec])),
    sources: new Map(),
    families: new Map(),
    models: new Map(),
    widen: layers.flatMap((l) => l.widen ?? []),
    layers: layers.map((l) => l.file),
  };
  for (const layer of layers) {
    if (layer.asOf !== undefined) merged.asOf = layer.asOf;
    for (const [key, source] of layer.sources) merged.sources.set(key, source);
    if (layer.aliases) merged.aliases = new Map([...(merged.aliases ?? []), ...layer.aliases]);
    mergeEntries(merged.families, layer.families);
    if (layer !== first) requireExtends(layer, merged.models, diagnostics);
    mergeEntries(merged.models, layer.models);
  }
  return merged;
}

function mergeEntries(into: Map<string, OverlayEntry>, from: Map<string, OverlayEntry>): void {
  for (const [name, entry] of from) {
    const below = into.get(name);
    into.set(name, below ? mergeEntry(below, entry) : entry);
  }
}

function mergeEntry(below: OverlayEntry, above: OverlayEntry): OverlayEntry {
  const endpoints = new Map<EndpointKey, EndpointBlock>(below.endpoints);
  for (const [key, block] of above.endpoints) {
    const under = endpoints.get(key);
    endpoints.set(key, under ? mergeBlock(under, block) : block);
  }
  const pick = <K extends "extends" | "label" | "summary" | "added">(key: K) => above[key] ?? below[key];
  const extendsEntry = pick("extends");
  const added = pick("added");
  const label = pick("label");
  const summary = pick("summary");
  const shutdown = above.shutdown ?? below.shutdown;
  return {
    ...below,
    ...(shutdown && { shutdown }),
    ...(extendsEntry && { extends: extendsEntry }),
    ...(label !== undefined && { label }),
    ...(summary !== undefined && { summary }),
    ...(added && { added }),
    endpoints,
  };
}

function mergeBlock(below: EndpointBlock, above: EndpointBlock): EndpointBlock {
  const served = above.served ?? below.served;
  return {
    ...below,
    ...(served && { served }),
    params: new Map([...below.params, ...above.params]),
    roles: new Map([...below.roles, ...above.roles]),
  };
}

/** A model a layer adds (no layer below defines it) must say which family it extends. */
function requireExtends(layer: Overlay, below: Map<string, OverlayEntry>, diagnostics: Diagnostics): void {
  for (const [id, entry] of layer.models) {
    if (entry.extends || below.has(id)) continue;
    diagnostics.error(
      "MG_OVERLAY_SHAPE",
      `model "${id}" needs \`extends: <family>\`: no overlay below ${layer.file} defines it`,
      entry.location,
      "add `extends:` with the family (or model) whose rules it starts from",
    );
  }
}
