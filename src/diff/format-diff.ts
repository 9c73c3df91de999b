import type { JsonValue } from "../spec/spec-types.js";
import { jsonText, visibleStrings } from "../util/visible-text.js";
import type { BreakingChange, EndpointDiff, FieldChange, ParamChange, SpecDiff } from "./diff-types.js";

/** `--json`: the SpecDiff with its keys in one fixed order (the order of diff-types.ts), two-space indented. */
export function specDiffToJson(diff: SpecDiff): string {
  const ordered = {
    diff: diff.diff,
    old: specRefJson(diff.old),
    new: specRefJson(diff.new),
    overlay: { file: diff.overlay.file, sha256: diff.overlay.sha256 },
    changed: diff.changed,
    endpoints: diff.endpoints.map(endpointJson),
    breaking: diff.breaking.map(breakingJson),
  };
  return `${jsonText(ordered, 2)}\n`;
}

function specRefJson(ref: SpecDiff["old"]): SpecDiff["old"] {
  return { file: ref.file, sha256: ref.sha256, ...(ref.version !== undefined && { version: ref.version }) };
}

function endpointJson(e: EndpointDiff): EndpointDiff {
  const requestSchema = {
    ...(e.requestSchema.old !== undefined && { old: e.requestSchema.old }),
    ...(e.requestSchema.new !== undefined && { new: e.requestSchema.new }),
  };
  return {
    endpoint: e.endpoint,
    status: e.status,
    requestSchema,
    modelsAdded: e.modelsAdded,
    modelsRemoved: e.modelsRemoved,
    params: e.params.map(paramJson),
    unclassified: e.unclassified,
    ...(e.overlayCovers !== undefined && { overlayCovers: e.overlayCovers }),
  };
}

function paramJson(p: ParamChange): ParamChange {
  switch (p.change) {
    case "added":
      return { param: p.param, change: p.change, type: p.type, required: p.required, nullable: p.nullable, deprecated: p.deprecated };
    case "removed":
      return { param: p.param, change: p.change, type: p.type };
    case "changed":
      return { param: p.param, change: p.change, changes: p.changes.map(fieldJson) };
  }
}

function fieldJson(f: FieldChange): FieldChange {
  switch (f.field) {
    case "type":
      return { field: f.field, old: f.old, new: f.new, ...(f.widens !== undefined && { widens: f.widens }) };
    case "enum":
      return { field: f.field, added: f.added, removed: f.removed };
    default:
      return { field: f.field, old: f.old, new: f.new };
  }
}

function breakingJson(b: BreakingChange): BreakingChange {
  return {
    endpoint: b.endpoint,
    symbol: b.symbol,
    ...(b.model !== undefined && { model: b.model }),
    ...(b.param !== undefined && { param: b.param }),
    message: b.message,
  };
}

/** The human report: one block per endpoint that changed, the quiet ones on one line, then the breaking changes. */
export function formatDiff(input: SpecDiff): string {
  const diff = visibleStrings(input);
  const lines = [`${diff.old.file} → ${diff.new.file} (overlay ${diff.overlay.file})`, ""];
  for (const endpoint of diff.endpoints)
    if (endpoint.status !== "unchanged" || endpoint.unclassified.length > 0) lines.push(...endpointLines(endpoint));
  const unchanged = diff.endpoints.filter((e) => e.status === "unchanged" && e.unclassified.length === 0).map((e) => e.endpoint);
  if (unchanged.length > 0) lines.push(`unchanged: ${unchanged.join(", ")}`);
  const uncovered = diff.endpoints.filter((e) => e.overlayCovers === false).map((e) => e.endpoint);
  if (uncovered.length > 0) lines.push(`not covered by the overlay (not generated; model ids not checked): ${uncovered.join(", ")}`);
  lines.push("", ...breakingLines(diff.breaking));
  return `${lines.join("\n")}\n`;
}

function endpointLines(e: EndpointDiff): string[] {
  if (e.status === "added") {
    return [
      `${e.endpoint}: new endpoint (${e.requestSchema.new}), ${count(e.modelsAdded.length, "model")}`,
      ...e.unclassified.map(unclassifiedLine),
    ];
  }
  if (e.status === "removed") return [`${e.endpoint}: removed (${e.requestSchema.old} is gone)`];
  const renamed = e.requestSchema.old !== e.requestSchema.new ? [`  ~ request schema ${e.requestSchema.old} → ${e.requestSchema.new}`] : [];
  return [
    `${e.endpoint}: ${summary(e)}`,
    ...renamed,
    ...e.modelsAdded.map((id) => `  + model ${id}`),
    ...e.modelsRemoved.map((id) => `  - model ${id}`),
    ...e.params.map(paramLine),
    ...e.unclassified.map(unclassifiedLine),
  ];
}

function summary(e: EndpointDiff): string {
  const byKind = (kind: ParamChange["change"]): number => e.params.filter((p) => p.change === kind).length;
  const parts = [
    e.modelsAdded.length > 0 ? `+${count(e.modelsAdded.length, "model")}` : "",
    e.modelsRemoved.length > 0 ? `-${count(e.modelsRemoved.length, "model")}` : "",
    byKind("added") > 0 ? `+${count(byKind("added"), "param")}` : "",
    byKind("removed") > 0 ? `-${count(byKind("removed"), "param")}` : "",
    byKind("changed") > 0 ? `~${count(byKind("changed"), "param")}` : "",
    e.unclassified.length > 0 ? `${e.unclassified.length} unclassified` : "",
  ];
  return parts.filter((p) => p !== "").join(", ");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function unclassifiedLine(id: string): string {
  return `  ? model ${id} is not classified by the overlay`;
}

function paramLine(p: ParamChange): string {
  switch (p.change) {
    case "added": {
      const flags = (["required", "nullable", "deprecated"] as const).filter((flag) => p[flag]);
      return `  + param ${p.param}: ${p.type}${flags.length > 0 ? ` (${flags.join(", ")})` : ""}`;
    }
    case "removed":
      return `  - param ${p.param}`;
    case "changed":
      return `  ~ param ${p.param}: ${p.changes.map(fieldText).join("; ")}`;
  }
}

function fieldText(f: FieldChange): string {
  switch (f.field) {
    case "type":
      return `type ${f.old} → ${f.new}${f.widens ? " (wider)" : ""}`;
    case "enum":
      return `enum ${[...f.added.map((v) => `+${valueText(v)}`), ...f.removed.map((v) => `-${valueText(v)}`)].join(" ")}`;
    default:
      return `${f.new ? "now" : "no longer"} ${f.field}`;
  }
}

/** Plain words bare (`xhigh`), anything else as JSON (`"a b"`, `1`, `null`). */
function valueText(value: JsonValue): string {
  return typeof value === "string" && /^[A-Za-z0-9_.:/-]+$/.test(value) ? value : JSON.stringify(value);
}

function breakingLines(breaking: BreakingChange[]): string[] {
  const title = "Breaking for code generated from the old spec";
  if (breaking.length === 0) return [`${title}: none`];
  return [`${title} (${breaking.length}):`, ...breaking.map((b) => `  ${b.endpoint}  ${b.symbol}: ${b.message}`)];
}
