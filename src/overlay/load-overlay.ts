import { createHash } from "node:crypto";
import type { Diagnostics, SourceLocation } from "../diagnostics/diagnostic.js";
import { endpointKeys, isEndpointKey } from "../spec/endpoints.js";
import { decodeInputText, lineColumnAt } from "../spec/input-text.js";
import type {
  EndpointBlock,
  Overlay,
  OverlayEntry,
  OverlaySource,
  ParamConstraint,
  ParamRule,
  Provenance,
  RequiredAlternative,
  RoleRule,
  Shutdown,
  SourcePin,
  SpecWidening,
  WideningChange,
} from "./overlay-schema.js";
import { type Evidence, evidenceLevels, pinKinds } from "./overlay-schema.js";
import { readAdded, readAliases } from "./read-additions.js";
import { readUnionMember } from "./read-union-member.js";
import { type Node, YamlReader } from "./yaml-reader.js";

type Field = { key: string; value: Node | null; at: SourceLocation };

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

const ruleFields = [
  "reject",
  "accept",
  "rename",
  "moved",
  "values",
  "nullable",
  "requires",
  "default",
  "required",
  "reason",
  "source",
  "note",
  "evidence",
];

function readParamRule(reader: YamlReader, param: Field): ParamRule | undefined {
  const fields = reader.entries(param.value, `rule for "${param.key}"`);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const f of fields) if (!ruleFields.includes(f.key)) unknownField(reader, f, ruleFields);
  const provenance = readProvenance(
    reader,
    param,
    fields.filter((f) => ["reason", "source", "note", "evidence"].includes(f.key)),
  );
  if (!provenance) return undefined;
  const reject = byKey.get("reject");
  const accept = byKey.get("accept");
  const constraintKeys = ["values", "nullable", "requires", "default", "required"].filter((k) => byKey.has(k));
  const moved = byKey.get("moved");
  if (moved) {
    if (reject || accept || byKey.has("rename") || constraintKeys.length > 0) {
      reader.shape(param.value, `rule for "${param.key}": \`moved\` stands alone`);
      return undefined;
    }
    const target = reader.string(moved.value, "`moved`");
    return target === undefined ? undefined : { kind: "reject", rename: target, moved: true, ...provenance };
  }
  if (reject && (accept || constraintKeys.length > 0)) {
    reader.shape(param.value, `rule for "${param.key}": \`reject\` stands alone (with \`rename\`)`);
    return undefined;
  }
  if (reject) return readReject(reader, param, reject, byKey.get("rename"), provenance);
  if (byKey.has("rename")) reader.shape(byKey.get("rename")?.value, "`rename` goes with `reject: true`");
  if (accept) {
    if (constraintKeys.length > 0) reader.shape(param.value, `rule for "${param.key}": \`accept\` stands alone`);
    if (reader.boolean(accept.value, "`accept`") !== true) reader.shape(accept.value, "`accept` only takes `true`");
    return { kind: "accept", ...provenance };
  }
  if (constraintKeys.length === 0) {
    reader.shape(param.value, `rule for "${param.key}" says nothing: use reject, accept, values, nullable, requires, default or required`);
    return undefined;
  }
  return { kind: "constrain", constraint: readConstraint(reader, byKey), ...provenance };
}

function readReject(
  reader: YamlReader,
  param: Field,
  reject: Field,
  rename: Field | undefined,
  provenance: Provenance,
): ParamRule | undefined {
  if (reader.boolean(reject.value, "`reject`") !== true) {
    reader.shape(reject.value, `\`reject\` only takes \`true\` (to cancel an inherited rule use \`accept: true\`)`);
    return undefined;
  }
  const target = rename ? reader.string(rename.value, "`rename`") : undefined;
  if (target === param.key) reader.shape(rename?.value, "`rename` must name another parameter");
  return { kind: "reject", ...(target && { rename: target }), ...provenance };
}

function readConstraint(reader: YamlReader, byKey: Map<string, Field>): ParamConstraint {
  const constraint: ParamConstraint = {};
  const values = byKey.get("values");
  if (values) constraint.values = reader.list(values.value, "`values`");
  const nullable = byKey.get("nullable");
  if (nullable) {
    if (reader.boolean(nullable.value, "`nullable`") === false) constraint.nullable = false;
    else reader.shape(nullable.value, "`nullable` only takes `false` (params are nullable as the spec says)");
  }
  const requires = byKey.get("requires");
  if (requires) {
    const [first, ...rest] = reader.entries(requires.value, "`requires`");
    if (!first || rest.length > 0) reader.shape(requires.value, "`requires` names exactly one parameter: { param: [values] }");
    const list = first ? reader.list(first.value, `\`requires.${first.key}\``) : undefined;
    if (first && list) constraint.requires = { param: first.key, values: list };
  }
  const required = byKey.get("required");
  if (required && typeof required.value?.value === "object" && required.value?.value !== null) {
    const anyOf = readRequiredAnyOf(reader, required);
    if (anyOf) constraint.requiredAnyOf = anyOf;
  } else if (required) {
    if (reader.boolean(required.value, "`required`") === true) constraint.required = true;
    else reader.shape(required.value, "`required` takes `true` (a parameter the model must receive) or `{ any-of: { <path>: [values] } }`");
  }
  const defaultField = byKey.get("default");
  if (defaultField) constraint.default = { value: reader.json(defaultField.value) };
  return constraint;
}

/** `required: { any-of: { <path>: [values], … } }`: at least two alternatives, each a path and its values. */
function readRequiredAnyOf(reader: YamlReader, required: Field): RequiredAlternative[] | undefined {
  const [first, ...rest] = reader.entries(required.value, "`required`");
  if (first?.key !== "any-of" || rest.length > 0) {
    reader.shape(required.value, "`required` as a mapping takes exactly `any-of: { <path>: [values], … }`");
    return undefined;
  }
  const entries = reader.entries(first.value, "`required.any-of`");
  if (entries.length < 2) {
    reader.shape(first.value, "`required.any-of` names at least two alternatives (one is `required: true` or `values`)");
    return undefined;
  }
  const alternatives: RequiredAlternative[] = [];
  for (const entry of entries) {
    const values = reader.list(entry.value, `\`required.any-of.${entry.key}\``);
    if (values) alternatives.push({ path: entry.key, values, location: entry.at });
  }
  return alternatives.length === entries.length ? alternatives : undefined;
}

function readRoleRule(reader: YamlReader, role: Field): RoleRule | undefined {
  const fields = reader.entries(role.value, `rule for role "${role.key}"`);
  const reject = fields.find((f) => f.key === "reject");
  for (const f of fields)
    if (!["reject", "reason", "source", "note", "evidence"].includes(f.key))
      unknownField(reader, f, ["reject", "reason", "source", "note", "evidence"]);
  if (!reject || reader.boolean(reject.value, "`reject`") !== true) {
    reader.shape(role.value, `rule for role "${role.key}" needs \`reject: true\``);
    return undefined;
  }
  const provenance = readProvenance(
    reader,
    role,
    fields.filter((f) => f !== reject),
  );
  return provenance && { kind: "reject", ...provenance };
}

/**
 * `widen:` maps a JSON pointer into the spec to one change, with a reason and source: `add` (values joining the closed
 * enum there), `optional` (property names the object schema there stops requiring), `any: true` (any JSON value) or
 * `member` (an object schema joining the union there).
 */
function readWidenings(reader: YamlReader, field: Field): SpecWidening[] {
  const widenings: SpecWidening[] = [];
  const changes = ["add", "optional", "any", "member"];
  const known = [...changes, "reason", "source", "note", "evidence"];
  for (const entry of reader.entries(field.value, "`widen`")) {
    const fields = reader.entries(entry.value, `widening "${entry.key}"`);
    for (const f of fields.filter((f) => !known.includes(f.key))) unknownField(reader, f, known);
    const given = fields.filter((f) => changes.includes(f.key));
    if (!entry.key.startsWith("/")) reader.shape(entry.value, `widening "${entry.key}" must be keyed by a JSON pointer (/components/...)`);
    const change = given.length === 1 && given[0] ? readChange(reader, given[0]) : undefined;
    if (given.length !== 1)
      reader.shape(
        entry.value,
        `widening "${entry.key}" needs exactly one of \`add: [values]\`, \`optional: [names]\`, \`any: true\` or \`member: {schema}\``,
      );
    const provenance = readProvenance(
      reader,
      entry,
      fields.filter((f) => !changes.includes(f.key)),
    );
    if (provenance && change && entry.key.startsWith("/")) widenings.push({ pointer: entry.key, ...change, ...provenance });
  }
  return widenings;
}

function readChange(reader: YamlReader, field: Field): WideningChange | undefined {
  if (field.key === "any") {
    if (reader.boolean(field.value, "`any`") === true) return { kind: "any" };
    reader.shape(field.value, "`any` only takes `true`");
    return undefined;
  }
  if (field.key === "member") {
    const member = readUnionMember(reader, field.value);
    return member && { kind: "member", member };
  }
  const list = reader.list(field.value, `\`${field.key}\``);
  if (!list) return undefined; // reported: not a non-empty list
  if (field.key === "add") return { kind: "add", add: list };
  if (list.every((name) => typeof name === "string")) return { kind: "optional", optional: list as string[] };
  reader.shape(field.value, "`optional` lists property names (strings)");
  return undefined;
}

function readProvenance(reader: YamlReader, owner: Field, fields: Field[]): Provenance | undefined {
  const reasonField = fields.find((f) => f.key === "reason");
  const sourceField = fields.find((f) => f.key === "source");
  const noteField = fields.find((f) => f.key === "note");
  const evidenceField = fields.find((f) => f.key === "evidence");
  const evidence = evidenceField && reader.string(evidenceField.value, "`evidence`");
  if (evidence !== undefined && !isEvidence(evidence))
    reader.shape(evidenceField?.value, '`evidence` must be confirmed, spec or inferred (docs/overlay.md, "Evidence levels")');
  if (!reasonField) reader.error("MG_OVERLAY_MISSING_REASON", `"${owner.key}" has no \`reason\``, owner.at);
  if (!sourceField) reader.error("MG_OVERLAY_MISSING_SOURCE", `"${owner.key}" has no \`source\``, owner.at);
  const reason = reasonField && reader.string(reasonField.value, "`reason`");
  const sources = sourceField && reader.strings(sourceField.value, "`source`");
  const note = noteField && reader.string(noteField.value, "`note`");
  if (!reason || !sources) return undefined;
  return {
    reason,
    sources,
    ...(note && { note }),
    ...(evidence !== undefined && isEvidence(evidence) && { evidence }),
    location: owner.at,
  };
}

function isEvidence(value: string): value is Evidence {
  return (evidenceLevels as readonly string[]).includes(value);
}

/** `shutdown: { date, replacement, source, note }` on a model. */
function readShutdown(reader: YamlReader, owner: Field): Shutdown | undefined {
  const fields = reader.entries(owner.value, "`shutdown`");
  for (const f of fields)
    if (!["date", "replacement", "source", "note"].includes(f.key)) unknownField(reader, f, ["date", "replacement", "source", "note"]);
  const get = (key: string) => fields.find((f) => f.key === key);
  const dateField = get("date");
  const date = dateField && reader.string(dateField.value, "`date`");
  if (date === undefined || !isIsoDate(date)) {
    reader.shape(dateField?.value ?? owner.value, "`shutdown` needs a `date` written YYYY-MM-DD");
    return undefined;
  }
  const sourceField = get("source");
  if (!sourceField) reader.error("MG_OVERLAY_MISSING_SOURCE", `"${owner.key}" has no \`source\``, owner.at);
  const sources = sourceField && reader.strings(sourceField.value, "`source`");
  const replacementField = get("replacement");
  const replacement = replacementField && reader.string(replacementField.value, "`replacement`");
  const noteField = get("note");
  const note = noteField && reader.string(noteField.value, "`note`");
  if (!sources) return undefined;
  return { date, ...(replacement && { replacement }), sources, ...(note && { note }), location: owner.at };
}

/** `pin: { commit, lines } | { snapshot } | { archived } | { posted }` on a source (docs/overlay.md, "Pinned sources"). */
function readPin(reader: YamlReader, field: Field): SourcePin | undefined {
  const pin: SourcePin = {};
  const kinds = ["commit", "lines", "snapshot", "archived", "posted"];
  for (const f of reader.entries(field.value, "`pin`")) {
    if (!kinds.includes(f.key)) {
      unknownField(reader, f, kinds);
      continue;
    }
    const value = reader.string(f.value, `\`${f.key}\``);
    if (value === undefined) continue;
    if (f.key === "commit" && /^[0-9a-f]{7,40}$/.test(value)) pin.commit = value;
    else if (f.key === "lines" && /^L\d+(-L\d+)?$/.test(value)) pin.lines = value;
    else if ((f.key === "snapshot" || f.key === "posted") && isIsoDate(value)) pin[f.key] = value;
    else if (f.key === "archived" && /^https?:\/\//.test(value)) pin.archived = value;
    else reader.shape(f.value, pinShapeHelp);
  }
  const chosen = pinKinds.filter((k) => pin[k] !== undefined);
  if (chosen.length !== 1 || (pin.lines !== undefined && pin.commit === undefined)) {
    reader.shape(field.value, pinShapeHelp);
    return undefined;
  }
  return pin;
}

const pinShapeHelp =
  "`pin` takes one of `commit` (a hex commit id, with `lines: L1-L9` if wanted), `snapshot` or `posted` (a date written YYYY-MM-DD), `archived` (the URL of an archived copy)";

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function unknownField(reader: YamlReader, field: Field, allowed: string[]): void {
  reader.error("MG_OVERLAY_SHAPE", `unknown field "${field.key}"`, field.at, `allowed here: ${allowed.join(", ")}`);
}
