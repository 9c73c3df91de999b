import type { Evidence, Provenance, Shutdown, SourcePin } from "./overlay-schema.js";
import { evidenceLevels, pinKinds } from "./overlay-schema.js";
import type { Field, YamlReader } from "./yaml-reader.js";

export function readProvenance(reader: YamlReader, owner: Field, fields: Field[]): Provenance | undefined {
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
export function readShutdown(reader: YamlReader, owner: Field): Shutdown | undefined {
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
export function readPin(reader: YamlReader, field: Field): SourcePin | undefined {
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

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

export function unknownField(reader: YamlReader, field: Field, allowed: string[]): void {
  reader.error("MG_OVERLAY_SHAPE", `unknown field "${field.key}"`, field.at, `allowed here: ${allowed.join(", ")}`);
}
