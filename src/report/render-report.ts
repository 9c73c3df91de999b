import { createHash } from "node:crypto";
import type { CapabilityModel } from "../capabilities/capability-model.js";
import type { SpecDiff } from "../diff/diff-types.js";
import type { EndpointKey } from "../spec/endpoints.js";
import { attr, baseName, escapeHtml } from "./html.js";
import { renderDiff } from "./render-diff.js";
import { renderEndpoint } from "./render-matrix.js";
import { filterScript, reportCss } from "./report-style.js";
import { sourceLink } from "./why-list.js";

export interface RenderReportOptions {
  model: CapabilityModel;
  /** modelgate's version, shown in the header (the renderer reads no files). */
  generatorVersion: string;
  /** What changed between an older spec and this one; adds the "What changed" section and marks added models. */
  diff?: SpecDiff;
}

/**
 * The capability report as one self-contained HTML page: inline style and a tiny inline filter script, no external
 * resources (a Content-Security-Policy forbids any), every string escaped. Pure and deterministic: no dates.
 */
export function renderReport(options: RenderReportOptions): string {
  const { model, diff } = options;
  const added = addedModels(diff);
  const endpoints = model.endpoints.map((endpoint) =>
    renderEndpoint({ model, endpoint, added: added.get(endpoint.spec.key) ?? new Set() }),
  );
  const none = `<p>The overlay covers no endpoint of this spec.</p>`;
  return [
    "<!DOCTYPE html>",
    `<html lang="en">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy"${attr("content", contentSecurityPolicy())}>`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator"${attr("content", `modelgate ${options.generatorVersion}`)}>`,
    `<title>modelgate capability report: ${escapeHtml(baseName(model.spec.file))}</title>`,
    `<style>${reportCss}</style>`,
    "</head>",
    "<body>",
    `<h1>Model capabilities</h1>`,
    renderMeta(options),
    renderToolbar(),
    diff ? renderDiff(diff) : "",
    ...(endpoints.length > 0 ? endpoints : [none]),
    renderSources(model),
    `<script>${filterScript}</script>`,
    "</body>",
    "</html>",
    "",
  ]
    .filter((part) => part !== "")
    .join("\n");
}

function contentSecurityPolicy(): string {
  const hash = createHash("sha256").update(filterScript).digest("base64");
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

function renderMeta({ model, generatorVersion }: RenderReportOptions): string {
  const info = model.spec.document.info;
  const version =
    typeof info === "object" && info !== null && !Array.isArray(info) && typeof info.version === "string" ? info.version : undefined;
  const rows: [string, string][] = [
    ["spec", `<code>${escapeHtml(baseName(model.spec.file))}</code>${version === undefined ? "" : ` version ${escapeHtml(version)}`}`],
    ["spec sha256", `<code>${escapeHtml(model.spec.sha256)}</code>`],
    ["overlay", `<code>${escapeHtml(baseName(model.overlay.file))}</code>`],
    ["overlay sha256", `<code>${escapeHtml(model.overlay.sha256)}</code>`],
    ["generator", `modelgate ${escapeHtml(generatorVersion)}`],
  ];
  return `<dl class="meta">\n${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("\n")}\n</dl>`;
}

function renderToolbar(): string {
  const legend = [
    ["k-accepted", "✓ accepted as the spec allows"],
    ["k-rejected", "✗ rejected"],
    ["k-renamed", "→ renamed: send the other parameter"],
    ["k-narrowed", "narrowed: only these values"],
    ["k-conditional", "conditional: requires another parameter's value"],
    ["k-unserved", "not served on this endpoint"],
    ["k-unclassified", "not classified by the overlay"],
  ];
  const items = legend.map(([cls, text]) => `<li${attr("class", cls)}>${escapeHtml(text ?? "")}</li>`).join("");
  return [
    `<div class="toolbar">`,
    `<label>Filter models <input id="filter" type="search" placeholder="model id, e.g. gpt-5" autocomplete="off"></label>`,
    `<ul class="legend" aria-label="legend">${items}</ul>`,
    `</div>`,
    `<p class="summary">Hover a cell for the reason, or follow its link to the numbered reasons and sources below each table.</p>`,
  ].join("\n");
}

function renderSources(model: CapabilityModel): string {
  const keys = Object.keys(model.sources);
  if (keys.length === 0) return "";
  const rows = keys.map((key) => {
    const source = model.sources[key];
    return `<tr><td>${sourceLink(model, key)}</td><td>${escapeHtml(source?.title ?? "")}</td><td>${escapeHtml(source?.date ?? "")}</td></tr>`;
  });
  return [
    `<h2 id="sources">Sources</h2>`,
    `<table class="sources"><thead><tr><th scope="col">key</th><th scope="col">title</th><th scope="col">date</th></tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody></table>`,
  ].join("\n");
}

/** Per endpoint, the model ids the diff reports as added. */
function addedModels(diff: SpecDiff | undefined): Map<EndpointKey, Set<string>> {
  return new Map((diff?.endpoints ?? []).map((endpoint) => [endpoint.endpoint, new Set(endpoint.modelsAdded)]));
}
