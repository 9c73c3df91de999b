import { codes } from "./codes.js";

/**
 * A catalog text as a Markdown table cell: a `|` would end the cell, a line break the row, and a `<file>` outside a
 * code span would be read as HTML (inside one it prints as written).
 */
function tableCell(text: string): string {
  const spans = text.replaceAll("|", "\\|").replaceAll("\n", " ").split("`");
  return spans.map((span, i) => (i % 2 === 0 ? span.replaceAll("<", "&lt;") : span)).join("`");
}

/**
 * docs/diagnostics.md: every MG_ code of the catalog, in catalog order, with its title and fix. `npm run
 * docs:diagnostics` writes it; a test fails when the committed file and the catalog drift apart.
 */
export function diagnosticsDoc(): string {
  const rows = Object.entries(codes).map(([code, { title, fix }]) => `| \`${code}\` | ${tableCell(title)} | ${tableCell(fix)} |`);
  return [
    "# Diagnostics",
    "",
    "<!-- Generated from src/diagnostics/codes.ts by `npm run docs:diagnostics`; do not edit by hand. -->",
    "",
    "Every problem modelgate reports has a code from this catalog. On the command line a diagnostic prints as",
    "`file:line:column error MG_CODE: message` (the location where one is known) followed by a `help:` line; with",
    "`--json` it is an object with `code`, `severity`, `message`, `help` and `location`. An error on bad input stops the",
    "run with exit code 2 (`MG_OUTPUT_STALE` under `--check` exits 1); a warning or a note does not stop it. The `help:`",
    "line is often more specific than the fix below, naming the ids, keys or values involved.",
    "",
    "| Code | What it means | What fixes it |",
    "| --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
