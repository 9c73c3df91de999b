import { createHash } from "node:crypto";
import type { Diagnostics } from "../diagnostics/diagnostic.js";
import { endpointKeys, isEndpointKey } from "../spec/endpoints.js";
import { decodeInputText, lineColumnAt } from "../spec/input-text.js";
import type { EndpointBlock, Overlay, OverlayEntry, OverlaySource } from "./overlay-schema.js";
import { readAdded, readAliases } from "./read-additions.js";
import { isIsoDate, readPin, readProvenance, readShutdown, unknownField } from "./read-provenance.js";
import { readParamRule, readRoleRule } from "./read-rules.js";
import { readWidenings } from "./read-widenings.js";
import { type Field, YamlReader } from "./yaml-reader.js";

/** Parses an overlay file into its model, reporting every shape problem at its line. Pure: no file access. */
export function parseOverlay(options: {
  file: string;
  bytes: Uint8Array;
  diagnostics: Diagnostics;
  /** A layer over other overlays: its models may leave out `extends` (mergeLayers checks them against the layers below). */
  layer?: boolean;
}): Overlay | undefined {
  const { file, bytes, diagnostics } = options;
  const reader = new YamlReader(file, diagnostics);
  const decoded = decodeInputText(bytes);
  if (!decoded.ok) {
    diagnostics.error("MG_OVERLAY_PARSE", decoded.message, { file, ...lineColumnAt(decoded.text, decoded.offset) });
    return undefined;
  }
  const root = reader.parse(decoded.text);
  if (!root) return undefined;
  const overlay: Overlay = {
    file,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    missingInSpec: "error",
    sources: new Map(),
    families: new Map(),
    models: new Map(),
  };
  for (const field of reader.entries(root, "the overlay")) readTopLevel(reader, overlay, field, options.layer === true);
  return overlay;
}

function readTopLevel(reader: YamlReader, overlay: Overlay, field: Field, layer: boolean): void {
  switch (field.key) {
    case "overlay":
      if (reader.json(field.value) !== 1) reader.shape(field.value, "`overlay:` must be 1 (the format version)");
      return;
    case "missing-in-spec": {
      const value = reader.string(field.value, "`missing-in-spec`");
      if (value === "error" || value === "skip") overlay.missingInSpec = value;
      else if (value !== undefined) reader.shape(field.value, "`missing-in-spec` must be `error` or `skip`");
      return;
    }
    case "as-of": {
      const value = reader.string(field.value, "`as-of`");
      if (value !== undefined && isIsoDate(value)) overlay.asOf = value;
      else if (value !== undefined) reader.shape(field.value, "`as-of` must be a date written YYYY-MM-DD");
      return;
    }
    case "sources":
      for (const entry of reader.entries(field.value, "`sources`")) readSource(reader, overlay, entry);
      return;
    case "families":
    case "models": {
      const kind = field.key === "families" ? "family" : "model";
      const target = kind === "family" ? overlay.families : overlay.models;
      // Duplicate keys never get here: the YAML parser reports them (MG_OVERLAY_PARSE at the second key).
      for (const entry of reader.entries(field.value, `\`${field.key}\``)) {
        const parsed = readEntry(reader, entry, kind, layer);
        if (parsed) target.set(entry.key, parsed);
      }
      return;
    }
    case "aliases":
      overlay.aliases = readAliases(reader, field);
      return;
    case "widen":
      overlay.widen = readWidenings(reader, field);
      return;
    default:
      unknownField(reader, field, ["overlay", "missing-in-spec", "as-of", "sources", "widen", "families", "models", "aliases"]);
  }
}

function readSource(reader: YamlReader, overlay: Overlay, entry: Field): void {
  const source: Partial<OverlaySource> = { key: entry.key, location: entry.at };
  for (const field of reader.entries(entry.value, `source "${entry.key}"`)) {
    if (field.key === "title") source.title = reader.string(field.value, "`title`");
    else if (field.key === "url") source.url = reader.string(field.value, "`url`");
    else if (field.key === "date") source.date = reader.string(field.value, "`date`");
    else if (field.key === "pin") source.pin = readPin(reader, field);
    else unknownField(reader, field, ["title", "url", "date", "pin"]);
  }
  if (!source.title || !source.url) {
    reader.shape(entry.value, `source "${entry.key}" needs a \`title\` and a \`url\``);
    return;
  }
  overlay.sources.set(entry.key, source as OverlaySource);
}

function readEntry(reader: YamlReader, entry: Field, kind: "family" | "model", layer: boolean): OverlayEntry | undefined {
  const result: OverlayEntry = { name: entry.key, kind, endpoints: new Map(), location: entry.at };
  for (const field of reader.entries(entry.value, `${kind} "${entry.key}"`)) {
    if (field.key === "extends") {
      const name = reader.string(field.value, "`extends`");
      if (name) result.extends = { name, location: reader.locate(field.value) };
    } else if (field.key === "label") {
      result.label = reader.string(field.value, "`label`");
    } else if (field.key === "summary") {
      result.summary = reader.string(field.value, "`summary`");
    } else if (field.key === "added" && kind === "model") {
      const added = readAdded(reader, field, (owner, fields) => readProvenance(reader, owner, fields));
      if (added) result.added = added;
    } else if (field.key === "shutdown" && kind === "model") {
      const shutdown = readShutdown(reader, field);
      if (shutdown) result.shutdown = shutdown;
    } else if (isEndpointKey(field.key)) {
      result.endpoints.set(field.key, readEndpointBlock(reader, field));
    } else {
      unknownEntryField(reader, field);
    }
  }
  if (kind === "model" && !result.extends && !layer) {
    reader.shape(entry.value, `model "${entry.key}" needs \`extends: <family>\``);
  }
  return result;
}

function unknownEntryField(reader: YamlReader, field: Field): void {
  if (field.key === "added") {
    reader.error("MG_OVERLAY_SHAPE", "`added` is for models, not families", field.at, "move it to the model entry under `models:`");
    return;
  }
  if (field.key.includes(".") || field.key.includes("/")) {
    reader.error("MG_OVERLAY_UNKNOWN_ENDPOINT", `unknown endpoint key "${field.key}"`, field.at, `use one of: ${endpointKeys.join(", ")}`);
    return;
  }
  reader.error(
    "MG_OVERLAY_SHAPE",
    `unknown field "${field.key}": an entry takes extends, label, summary, added and shutdown (models) and endpoint keys`,
    field.at,
    `allowed here: ${["extends", "label", "summary", "added", "shutdown", ...endpointKeys].join(", ")}`,
  );
}

function readEndpointBlock(reader: YamlReader, field: Field): EndpointBlock {
  const block: EndpointBlock = { params: new Map(), roles: new Map(), location: field.at };
  const loose: Field[] = [];
  for (const inner of reader.entries(field.value, `\`${field.key}\``)) {
    if (inner.key === "params") {
      for (const param of reader.entries(inner.value, "`params`")) {
        const rule = readParamRule(reader, param);
        if (rule) block.params.set(param.key, rule);
      }
    } else if (inner.key === "roles") {
      for (const role of reader.entries(inner.value, "`roles`")) {
        const rule = readRoleRule(reader, role);
        if (rule) block.roles.set(role.key, rule);
      }
    } else {
      loose.push(inner);
    }
  }
  if (loose.length > 0) readServed(reader, field, loose, block);
  return block;
}

function readServed(reader: YamlReader, field: Field, fields: Field[], block: EndpointBlock): void {
  const served = fields.find((f) => f.key === "served");
  if (!served) {
    for (const f of fields) unknownField(reader, f, ["served", "reason", "source", "note", "params", "roles"]);
    return;
  }
  const provenanceFields = ["served", "reason", "source", "note", "evidence"];
  for (const f of fields) if (!provenanceFields.includes(f.key)) unknownField(reader, f, [...provenanceFields, "params", "roles"]);
  if (reader.boolean(served.value, "`served`") !== false) {
    reader.shape(served.value, "`served` only takes `false` (a model the spec lists is served by default)");
    return;
  }
  const provenance = readProvenance(
    reader,
    field,
    fields.filter((f) => f !== served),
  );
  if (provenance) block.served = { served: false, ...provenance };
}
