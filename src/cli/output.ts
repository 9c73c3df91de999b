import { type Diagnostic, diagnosticToJson, formatDiagnostic } from "../diagnostics/diagnostic.js";
import { jsonText } from "../util/visible-text.js";
import { type Reporter, summarizeDiagnostics } from "./report.js";

/**
 * What a command prints. As text: diagnostics on stderr, results on stdout. With `--json`: nothing until the end,
 * then exactly one JSON document on stdout: the command's result with a `diagnostics` list (only the diagnostics
 * when the command failed on bad input).
 */
export class Output {
  private readonly value: Record<string, unknown> = {};
  private readonly collected: Diagnostic[] = [];

  constructor(
    readonly reporter: Reporter,
    readonly json: boolean,
  ) {}

  diagnostics(list: Diagnostic[]): void {
    const summarized = summarizeDiagnostics(list);
    if (this.json) this.collected.push(...summarized);
    else for (const d of summarized) this.reporter.err(formatDiagnostic(d));
  }

  /** The command's result: `text` for a person, `value` for `--json`. */
  result(text: string, value: Record<string, unknown>): void {
    if (this.json) Object.assign(this.value, value);
    else if (text !== "") this.reporter.out(text);
  }

  /** With `--json`, the one document; called once, whatever happened. */
  finish(): void {
    if (this.json) this.reporter.out(jsonText({ ...this.value, diagnostics: this.collected.map(diagnosticToJson) }, 2));
  }
}
