import type { BreakingChange, EndpointDiff, FieldChange, ParamChange, SpecDiff, SpecRef } from "../diff/diff-types.js";
import { showValue } from "../emit/messages.js";
import { assertNever } from "../util/assert-never.js";
import { attr, baseName, escapeHtml, slug } from "./html.js";

/** The "What changed" section: the two specs, the breaking changes, then each endpoint that changed. */
export function renderDiff(diff: SpecDiff): string {
  const changed = diff.endpoints.filter((endpoint) => endpoint.status !== "unchanged");
  const unchanged = diff.endpoints
    .filter((endpoint) => endpoint.status === "unchanged")
    .map((e) => `<code>${escapeHtml(e.endpoint)}</code>`);
  return [
    `<section class="diff" id="what-changed">`,
    `<h2>What changed</h2>`,
    `<p>From ${specRef(diff.old)} to ${specRef(diff.new)}; new model ids classified by ${escapeHtml(baseName(diff.overlay.file))}.</p>`,
    diff.changed ? "" : `<p class="nochange">Nothing changed.</p>`,
    renderBreaking(diff.breaking),
    ...changed.map(renderEndpointDiff),
    unchanged.length > 0 ? `<p class="unchanged">Unchanged: ${unchanged.join(", ")}</p>` : "",
    `</section>`,
  ]
    .filter((part) => part !== "")
    .join("\n");
}

function specRef(ref: SpecRef): string {
  const version = ref.version === undefined ? "" : ` version ${escapeHtml(ref.version)}`;
  return `<code${attr("title", `sha256 ${ref.sha256}`)}>${escapeHtml(baseName(ref.file))}</code>${version}`;
}

function renderBreaking(breaking: BreakingChange[]): string {
  if (breaking.length === 0)
    return `<h3>Breaking changes</h3>\n<p class="nobreak">None: code written against the old output still compiles.</p>`;
  const rows = breaking.map(
    (b) =>
      `<tr><td><code>${escapeHtml(b.endpoint)}</code></td><td><code>${escapeHtml(b.symbol)}</code></td>` +
      `<td>${optionalCode(b.model)}</td><td>${optionalCode(b.param)}</td><td>${escapeHtml(b.message)}</td></tr>`,
  );
  return [
    `<h3>Breaking changes (${breaking.length})</h3>`,
    `<table class="breaking"><thead><tr><th scope="col">endpoint</th><th scope="col">symbol</th><th scope="col">model</th><th scope="col">parameter</th><th scope="col">why</th></tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody></table>`,
  ].join("\n");
}

function optionalCode(text: string | undefined): string {
  return text === undefined ? "" : `<code>${escapeHtml(text)}</code>`;
}

function renderEndpointDiff(endpoint: EndpointDiff): string {
  const schema = endpoint.requestSchema;
  const schemaText =
    schema.old === undefined || schema.new === undefined || schema.old === schema.new
      ? (schema.new ?? schema.old ?? "")
      : `${schema.old} → ${schema.new}`;
  const items = [
    idList("models added", endpoint.modelsAdded, "added"),
    idList("models removed", endpoint.modelsRemoved, "removed"),
    ...endpoint.params.map(paramItem),
    idList("not classified by the overlay", endpoint.unclassified, "unclassified"),
  ].filter((item) => item !== "");
  return [
    `<div class="ep-diff"${attr("id", `diff-${slug(endpoint.endpoint)}`)}${attr("data-endpoint", endpoint.endpoint)}>`,
    `<h3><code>${escapeHtml(endpoint.endpoint)}</code> <span${attr("class", `status ${endpoint.status}`)}>${endpoint.status}</span> <span class="path">${escapeHtml(schemaText)}</span></h3>`,
    items.length > 0 ? `<ul>\n${items.join("\n")}\n</ul>` : "",
    `</div>`,
  ]
    .filter((part) => part !== "")
    .join("\n");
}

function idList(label: string, ids: string[], kind: string): string {
  if (ids.length === 0) return "";
  const shown = ids.map((id) => `<code>${escapeHtml(id)}</code>`).join(", ");
  return `<li${attr("class", kind)}>${escapeHtml(label)} (${ids.length}): ${shown}</li>`;
}

function paramItem(change: ParamChange): string {
  const name = `<code>${escapeHtml(change.param)}</code>`;
  switch (change.change) {
    case "added": {
      const flags = [change.required && "required", change.nullable && "nullable", change.deprecated && "deprecated"].filter(Boolean);
      const extra = flags.length > 0 ? ` (${flags.join(", ")})` : "";
      return `<li class="added">parameter ${name} added: <code>${escapeHtml(change.type)}</code>${extra}</li>`;
    }
    case "removed":
      return `<li class="removed">parameter ${name} removed (was <code>${escapeHtml(change.type)}</code>)</li>`;
    case "changed":
      return `<li class="changed">parameter ${name} changed: ${change.changes.map(fieldChange).join("; ")}</li>`;
    default:
      return assertNever(change);
  }
}

function fieldChange(change: FieldChange): string {
  switch (change.field) {
    case "type":
      return `type <code>${escapeHtml(change.old)}</code> → <code>${escapeHtml(change.new)}</code>`;
    case "enum": {
      const added = change.added.map((v) => `+${showValue(v)}`);
      const removed = change.removed.map((v) => `−${showValue(v)}`);
      return `values ${escapeHtml([...added, ...removed].join(", "))}`;
    }
    case "nullable":
    case "required":
    case "deprecated":
      return `${change.field} ${change.old} → ${change.new}`;
    default:
      return assertNever(change);
  }
}
