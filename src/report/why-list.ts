import { type CapabilityModel, specSource, type Why } from "../capabilities/capability-model.js";
import { attr, baseName, escapeHtml, link } from "./html.js";

/**
 * The numbered reasons below an endpoint's matrix. Cells link to them, so each reason, note and source is readable
 * without hovering; equal reasons (same text, note and sources) share one entry. Numbered in order of first use.
 */
export class WhyList {
  private readonly entries = new Map<string, { id: string; why: Why }>();

  constructor(private readonly prefix: string) {}

  /** The element id of this reason's entry, adding it when new. */
  idOf(why: Why): string {
    const key = JSON.stringify([why.reason, why.note ?? "", why.sources, why.evidence ?? ""]);
    const found = this.entries.get(key);
    if (found) return found.id;
    const id = `${this.prefix}-${this.entries.size + 1}`;
    this.entries.set(key, { id, why });
    return id;
  }

  render(model: CapabilityModel): string {
    if (this.entries.size === 0) return "";
    const items = [...this.entries.values()].map(({ id, why }) => {
      const note = why.note ? ` <span class="note">Note: ${escapeHtml(why.note)}</span>` : "";
      const level = why.evidence === "inferred" ? "inferred, warning only (not verified)" : why.evidence;
      const evidence = level ? ` <span class="evidence">evidence: ${escapeHtml(level)}</span>` : "";
      const sources = why.sources.map((s) => sourceLink(model, s)).join(" ");
      return `<li${attr("id", id)}>${escapeHtml(why.reason)}${note} <span class="src">${sources}</span>${evidence}</li>`;
    });
    return `<ol class="why">\n${items.join("\n")}\n</ol>`;
  }
}

/** A source key as a link to its URL, titled with the source's title and date. */
export function sourceLink(model: CapabilityModel, key: string): string {
  const source = model.sources[key];
  if (source) return link(key, source.url, sourceTitle(model, key));
  return `<span class="nolink"${attr("title", sourceTitle(model, key))}>${escapeHtml(key)}</span>`;
}

/** "title (date)"; the spec itself when the overlay does not define the SPEC source. */
export function sourceTitle(model: CapabilityModel, key: string): string {
  const source = model.sources[key];
  if (source) return source.date ? `${source.title} (${source.date})` : source.title;
  return key === specSource ? `the OpenAPI spec (${baseName(model.spec.file)})` : key;
}
