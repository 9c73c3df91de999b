import { showValue, showValues } from "../emit/messages.js";
import { assertNever } from "../util/assert-never.js";
import { compareStrings } from "../util/closest.js";
import { jsonText, visibleStrings } from "../util/visible-text.js";
import type {
  Cited,
  DependentParam,
  EndpointExplanation,
  ModelExplanation,
  NarrowedParam,
  RejectedParam,
  ServedExplanation,
  SourceRef,
} from "./explanation.js";

const width = 120;

/**
 * The explanation as text for a terminal: per endpoint a heading, then the sections "rejected", "narrowed",
 * "depends on", "roles" and "accepted" (empty ones left out), one line per rule with its source keys; the sources
 * once at the end with their addresses. Pure; the CLI hands the text to the reporter.
 */
export function formatExplanation(input: ModelExplanation): string {
  // Ids, reasons, notes and titles come from the inputs: control characters never reach the terminal raw.
  const explanation = visibleStrings(input);
  const blocks = explanation.endpoints.map((endpoint) => formatEndpoint(explanation.id, endpoint));
  if (explanation.sources.length > 0) blocks.push(formatSources(explanation.sources));
  return `${blocks.join("\n\n")}\n`;
}

/** The explanation as a stable JSON document: object keys sorted, arrays in the explanation's order. */
export function explanationToJson(explanation: ModelExplanation): string {
  return `${jsonText(sortKeys(explanation), 2)}\n`;
}

function formatEndpoint(id: string, endpoint: EndpointExplanation): string {
  const on = `on ${endpoint.endpoint} (POST ${endpoint.path})`;
  const about = id === endpoint.resolvedId ? [] : [`fine-tune of ${endpoint.resolvedId}`];
  switch (endpoint.status) {
    case "served":
      return formatServed(`${id} (${[...about, profileText(endpoint)].join("; ")}) ${on}`, endpoint);
    case "not-served":
      return [
        `${heading(id, about)} ${on}: ${endpoint.retired ? `retired on ${endpoint.retired.date}` : "not served"}`,
        ...citedLines("", endpoint),
      ].join("\n");
    case "unchecked":
      return [`${heading(id, about)} ${on}: no rules`, ...wrap(endpoint.reason, "  ")].join("\n");
    default:
      return assertNever(endpoint);
  }
}

function heading(id: string, about: string[]): string {
  return about.length === 0 ? id : `${id} (${about.join("; ")})`;
}

function profileText(endpoint: ServedExplanation): string {
  const profile = endpoint.profile;
  return profile ? `profile ${profile.name}, label "${profile.label.replaceAll('"', '\\"')}"` : "no rules: the spec's type applies";
}

function formatServed(title: string, endpoint: ServedExplanation): string {
  const lines = [title];
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push(title, ...body);
  };
  const shutdown = endpoint.shutdown;
  if (shutdown)
    section(
      "deprecated",
      citedLines("", { reason: shutdown.message, sources: shutdown.sources, ...(shutdown.layer && { layer: shutdown.layer }) }),
    );
  section(`rejected (${endpoint.rejected.length})`, endpoint.rejected.flatMap(rejectedLines));
  section(`narrowed (${endpoint.narrowed.length})`, endpoint.narrowed.flatMap(narrowedLines));
  section(`depends on (${endpoint.dependsOn.length})`, endpoint.dependsOn.flatMap(dependentLines));
  const roles = endpoint.roles.flatMap((r) => citedLines(`${r.role} messages`, r));
  if (endpoint.acceptedRoles.length > 0) roles.push(...wrap(`accepted: ${endpoint.acceptedRoles.join(", ")}`, "  "));
  section("roles", roles);
  section(`accepted as the spec types them (${endpoint.accepted.length})`, wrap(endpoint.accepted.join(", "), "  "));
  return lines.join("\n");
}

function rejectedLines(p: RejectedParam): string[] {
  return citedLines(p.rename ? `${p.param} (use ${p.rename} instead)` : p.param, p);
}

function narrowedLines(p: NarrowedParam): string[] {
  const parts: string[] = [];
  if (p.values) parts.push(`only ${showValues(p.values)}`);
  if (p.nullable === false) parts.push("never null");
  if (p.default !== undefined) parts.push(`default ${showValue(p.default)}`);
  parts.push(...(p.more ?? []));
  return citedLines(`${p.param} — ${parts.join("; ")}`, p, ":");
}

function dependentLines(p: DependentParam): string[] {
  const { param, values, default: fallback } = p.requires;
  const when = `only when ${param} is ${showValues(values)}${fallback === undefined ? "" : ` (default ${showValue(fallback)})`}`;
  return citedLines(`${p.param} — ${when}`, p, ":");
}

/** `  <what> — <reason> [KEYS; evidence: …; set in <layer file>:<line>]`, then the note indented below it. */
function citedLines(
  what: string,
  cited: Pick<Cited, "reason" | "sources" | "note" | "evidence" | "layer" | "specAt">,
  separator = " —",
): string[] {
  const evidence = cited.evidence ? `; evidence: ${evidenceText(cited.evidence)}` : "";
  const layer = cited.layer ? `; set in ${cited.layer}` : "";
  const keys = cited.sources.map((s) => s.key).join(", ") + evidence + layer;
  const head = what === "" ? cited.reason : `${what}${separator} ${cited.reason}`;
  const lines = wrap(`${head} [${keys}]`, "  ", "    ");
  for (const at of cited.specAt ?? []) lines.push(...wrap(`spec: ${at}`, "      ", "        "));
  if (cited.note) lines.push(...wrap(`note: ${cited.note}`, "      ", "        "));
  return lines;
}

/** An evidence level as explain prints it: an inferred rule warns only (docs/overlay.md, "Evidence levels"). */
function evidenceText(evidence: NonNullable<Cited["evidence"]>): string {
  return evidence === "inferred" ? `${evidence}, warning only (not verified)` : evidence;
}

function formatSources(sources: SourceRef[]): string {
  const lines = ["sources"];
  for (const source of sources) {
    const date = source.date ? ` (${source.date})` : "";
    lines.push(...wrap(`${source.key} — ${source.title}${date}`, "  ", "    "));
    if (source.url !== "") lines.push(`    ${source.url}`);
  }
  return lines.join("\n");
}

/** Word-wraps `text` to the page width; the first line gets `first`, the others `rest` as indentation. */
function wrap(text: string, first: string, rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(" ")) {
    const indent = lines.length === 0 ? first : rest;
    if (line.length + word.length + 1 > width && line.length > indent.length) {
      lines.push(line);
      line = `${rest}${word}`;
    } else {
      line = line.length === indent.length ? `${line}${word}` : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => compareStrings(a, b));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}
