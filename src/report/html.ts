/**
 * Escaping for the HTML report. Every string that reaches the page goes through `escapeHtml` (text) or `attr`
 * (attributes); reasons, notes, titles and URLs come from a user's overlay, so none of them is trusted.
 */

import { visibleLines } from "../util/visible-text.js";

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and for quoted attribute values alike; control characters show as `\uXXXX`. */
export function escapeHtml(text: string): string {
  return visibleLines(text).replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** ` name="value"` with the value escaped (line breaks as `&#10;`, so one element stays on one line); nothing when undefined. */
export function attr(name: string, value: string | undefined): string {
  return value === undefined ? "" : ` ${name}="${escapeHtml(value).replace(/\r?\n/g, "&#10;")}"`;
}

/** The URL when it is an absolute http(s) URL, else undefined: an overlay's `javascript:` URL never becomes a link. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\/[^\s]+$/i.test(url.trim()) ? url.trim() : undefined;
}

/** A link when the URL is safe, else the text alone. */
export function link(text: string, url: string, title?: string): string {
  const href = safeHref(url);
  const label = escapeHtml(text);
  return href === undefined
    ? `<span${attr("title", title)}>${label}</span>`
    : `<a${attr("href", href)}${attr("title", title)}>${label}</a>`;
}

/** An id fragment safe in `id` and `href="#…"`: letters, digits and `-` only. */
export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** The last segment of a path written with `/` or `\`, so the page never shows an absolute path. */
export function baseName(file: string): string {
  const segments = file.split(/[\\/]/).filter((segment) => segment !== "");
  return segments.at(-1) ?? file;
}
