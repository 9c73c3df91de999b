import type { CapabilityModel, EndpointCapabilities, Profile } from "../capabilities/capability-model.js";
import { type Mark, paramMarks, roleMarks } from "./cell-marks.js";
import { attr, escapeHtml, slug } from "./html.js";
import { type MatrixColumn, matrixColumns } from "./matrix-columns.js";
import { sourceTitle, WhyList } from "./why-list.js";

export interface RenderEndpointOptions {
  model: CapabilityModel;
  endpoint: EndpointCapabilities;
  /** Model ids a diff reports as added on this endpoint, marked "new". */
  added?: ReadonlySet<string>;
}

interface RowContext {
  model: CapabilityModel;
  columns: MatrixColumn[];
  whys: WhyList;
  added: ReadonlySet<string>;
}

/**
 * One endpoint's section: a summary line, the matrix (a row per model id: served, unclassified, not served; a column
 * per request parameter) and the numbered reasons the cells link to.
 */
export function renderEndpoint(options: RenderEndpointOptions): string {
  const { model, endpoint } = options;
  const key = endpoint.spec.key;
  const columns = matrixColumns(endpoint);
  const context: RowContext = { model, columns, whys: new WhyList(`why-${slug(key)}`), added: options.added ?? new Set() };
  const profiles = new Map(endpoint.profiles.map((profile) => [profile.name, profile]));
  const rows = [
    ...endpoint.models.map(({ id, profile, shutdown }) => servedRow(context, id, profiles.get(profile), shutdown)),
    ...endpoint.unclassified.map((id) => unclassifiedRow(context, id)),
    ...endpoint.unserved.map((unserved) => unservedRow(context, unserved)),
  ];
  const head = columns.map(columnHeader).join("");
  return [
    `<section class="endpoint"${attr("id", `ep-${slug(key)}`)}>`,
    `<h2><code>${escapeHtml(key)}</code> <span class="path">POST ${escapeHtml(endpoint.spec.path)}</span></h2>`,
    `<p class="summary">${summary(endpoint, columns)}</p>`,
    `<div class="matrix" tabindex="0"><table${attr("data-endpoint", key)}>`,
    `<thead><tr><th scope="col" class="corner">model</th>${head}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody></table></div>`,
    `<h3>Reasons and sources</h3>`,
    context.whys.render(model),
    `</section>`,
  ].join("\n");
}

function summary(endpoint: EndpointCapabilities, columns: MatrixColumn[]): string {
  const parts = [
    `${endpoint.models.length} models served (${endpoint.profiles.length} rule profiles)`,
    `${endpoint.unclassified.length} not classified by the overlay`,
    `${endpoint.unserved.length} known ids not served here`,
    `${columns.length} parameters of <code>${escapeHtml(endpoint.spec.requestSchema)}</code>`,
  ];
  return parts.join(" · ");
}

function columnHeader(column: MatrixColumn): string {
  const param = column.param;
  const facts = param
    ? [param.required && "required", param.nullable && "nullable", param.deprecated && "deprecated"].filter((f) => typeof f === "string")
    : ["nested key (not a top-level parameter of the spec)"];
  const title = [column.key, ...facts].join(": ");
  const classes = [param?.deprecated && "deprecated", !param && "nested"].filter((c) => typeof c === "string").join(" ");
  return `<th scope="col"${attr("class", classes || undefined)}${attr("title", title)}><span>${escapeHtml(column.key)}</span></th>`;
}

function rowHead(context: RowContext, id: string, label: string, status: string): string {
  const badge = context.added.has(id) ? ` <span class="new">new</span>` : "";
  const open = `<tr${attr("data-model", id)}${attr("data-status", status)}>`;
  return `${open}<th scope="row"><code>${escapeHtml(id)}</code>${badge}<small>${escapeHtml(label)}</small></th>`;
}

function servedRow(context: RowContext, id: string, profile: Profile | undefined, shutdown?: { date: string }): string {
  const cells = context.columns.map((column) => {
    const marks = paramMarks(profile, column.key);
    if (column.key === "messages") marks.push(...roleMarks(profile));
    return cell(context, marks);
  });
  const label = `${profile ? profile.label : "no rules"}${shutdown ? `; shuts down ${shutdown.date}` : ""}`;
  return `${rowHead(context, id, label, "served")}${cells.join("")}</tr>`;
}

function unclassifiedRow(context: RowContext, id: string): string {
  const text = "not classified by the overlay: requests are checked only against the spec";
  return `${rowHead(context, id, "unclassified", "unclassified")}<td class="k-unclassified"${span(context)}><span class="pin">${text}</span></td></tr>`;
}

function unservedRow(context: RowContext, unserved: EndpointCapabilities["unserved"][number]): string {
  const text = unserved.retired ? `retired on ${unserved.retired.date}: ${unserved.reason}` : `not served here: ${unserved.reason}`;
  const mark: Mark = { kind: "rejected", text, message: unserved.reason, why: unserved };
  const target = context.whys.idOf(unserved);
  const content = `<a class="pin"${attr("href", `#${target}`)}${attr("aria-describedby", target)}>${escapeHtml(mark.text)}</a>`;
  const title = hoverText(context, [mark]);
  return `${rowHead(context, unserved.id, unserved.retired ? "retired" : "not served", "unserved")}<td class="k-unserved"${span(context)}${attr("title", title)}>${content}</td></tr>`;
}

function span(context: RowContext): string {
  return attr("colspan", String(Math.max(1, context.columns.length)));
}

/** An accepted cell is a quiet ✓; otherwise each mark links to its reason, and the title holds the full text. */
function cell(context: RowContext, marks: Mark[]): string {
  const first = marks[0];
  if (!first) return `<td class="k-accepted">✓</td>`;
  const content = marks.map((mark) => {
    const target = context.whys.idOf(mark.why);
    return `<a${attr("href", `#${target}`)}${attr("aria-describedby", target)}>${escapeHtml(mark.text)}</a>`;
  });
  return `<td${attr("class", `k-${first.kind}`)}${attr("title", hoverText(context, marks))}>${content.join("<br>")}</td>`;
}

/** The hover text: each mark's message, its note and its sources by title. */
function hoverText(context: RowContext, marks: Mark[]): string {
  return marks
    .map(({ message, why }) => {
      const note = why.note ? `\nNote: ${why.note}` : "";
      const sources = why.sources.map((key) => `${key}: ${sourceTitle(context.model, key)}`).join("; ");
      return `${message}${note}\nSources: ${sources}`;
    })
    .join("\n\n");
}
