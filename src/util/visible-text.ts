/**
 * Input text made safe to print where a raw control character would do harm: in a `//` comment (a line or paragraph
 * separator ends it), in a string literal (JSON leaves U+2028/U+2029 and C1 controls raw), in the terminal (ESC and
 * OSC sequences, BEL, NUL) and in the HTML report. Each such character becomes a visible `\uXXXX`; so do the bidi
 * controls that make text read differently from how it runs ("Trojan Source").
 */

/** C0 controls but the tab, C1 controls, DEL, line and paragraph separators, and the bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const invisible = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same but the line feed: for text that keeps its line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const invisibleButNewline = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeCode = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** One line of text: every control character but the tab (line breaks too) as `\uXXXX`. */
export function visibleText(text: string): string {
  return text.replace(invisible, escapeCode);
}

/** Like `visibleText` but keeping line feeds (a CR, a CRLF's CR, or U+2028 is still escaped). */
export function visibleLines(text: string): string {
  return text.replace(invisibleButNewline, escapeCode);
}

/** `JSON.stringify` with U+2028/U+2029, C1 controls and bidi controls escaped as well, so the text is ASCII-safe JS. */
export function jsonText(value: unknown, space?: number): string {
  const text = JSON.stringify(value, null, space);
  return text.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeCode);
}

/** A copy of a JSON-like value with every string (keys too) passed through `visibleText`: for text printed to a terminal. */
export function visibleStrings<T>(value: T): T {
  if (typeof value === "string") return visibleText(value) as T;
  if (Array.isArray(value)) return value.map(visibleStrings) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [visibleText(key), visibleStrings(inner)])) as T;
}
