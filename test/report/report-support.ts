import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CapabilityModel } from "../../src/capabilities/capability-model.js";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { loadCapabilities } from "../../src/index.js";
import type { InputFile } from "../../src/input/read-input.js";
import { repoRoot } from "../support/compilers.js";
import { specFixturesDir } from "../support/spec-fixtures.js";

export const reportFixture = (name: string): string => join(repoRoot, "test", "report", "fixtures", name);
export const smallChatPath = join(specFixturesDir, "small-chat.yaml");
export const newestSpec = join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml");

export function inputFile(file: string): InputFile {
  return { file, bytes: readFileSync(file) };
}

/** small-chat.yaml with a report fixture overlay, as `report()` takes them. */
export function smallChatInputs(overlay: string): { spec: InputFile; overlay: InputFile } {
  return { spec: inputFile(smallChatPath), overlay: inputFile(reportFixture(overlay)) };
}

/** The capability model the report is rendered from, for comparing the page with it. */
export function capabilitiesOf(inputs: { spec: InputFile; overlay?: InputFile }): CapabilityModel {
  return loadCapabilities({ ...inputs, diagnostics: new Diagnostics() });
}

export interface Row {
  model: string;
  status: string;
  /** Each `<td>`: its class and its text (tags removed, entities decoded). */
  cells: { kind: string; text: string }[];
  line: string;
}

/** The rows of one endpoint's matrix; the renderer prints one `<tr>` per line. */
export function matrixRows(html: string, endpoint: string): Row[] {
  const start = html.indexOf(`<table data-endpoint="${endpoint}">`);
  if (start < 0) throw new Error(`no matrix for ${endpoint}`);
  const table = html.slice(start, html.indexOf("</table>", start));
  return table
    .split("\n")
    .filter((line) => line.startsWith("<tr data-model="))
    .map((line) => {
      const [, model = "", status = ""] = /^<tr data-model="([^"]*)" data-status="([^"]*)">/.exec(line) ?? [];
      const cells = [...line.matchAll(/<td class="([^"]*)"[^>]*>(.*?)<\/td>/g)].map(([, kind = "", inner = ""]) => ({
        kind,
        text: textOf(inner),
      }));
      return { model: decode(model), status, cells, line };
    });
}

/** One row by model id; throws when absent. */
export function rowOf(rows: Row[], model: string): Row {
  const row = rows.find((r) => r.model === model);
  if (!row) throw new Error(`no row for ${model}`);
  return row;
}

/** Text content of an HTML fragment: tags dropped, `<br>` as " | ", entities decoded. */
export function textOf(fragment: string): string {
  return decode(fragment.replace(/<br>/g, " | ").replace(/<[^>]*>/g, ""));
}

export function decode(text: string): string {
  return text
    .replace(/&#10;/g, "\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The decoded value of the first ` name="…"` in an HTML fragment. */
export function attributeOf(element: string, name: string): string | undefined {
  const match = new RegExp(` ${name}="([^"]*)"`).exec(element);
  return match ? decode(match[1] ?? "") : undefined;
}
