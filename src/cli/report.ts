import { type Diagnostic, diagnosticToJson, formatDiagnostic } from "../diagnostics/diagnostic.js";

/** The only module that writes to the console. */
export interface Reporter {
  out(text: string): void;
  err(text: string): void;
}

export const consoleReporter: Reporter = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** Errors and warnings to stderr; notes too (they say what was skipped). JSON when asked. */
export function reportDiagnostics(reporter: Reporter, diagnostics: Diagnostic[], json = false): void {
  if (json) {
    if (diagnostics.length > 0) reporter.err(JSON.stringify({ diagnostics: diagnostics.map(diagnosticToJson) }, null, 2));
    return;
  }
  for (const d of diagnostics) reporter.err(formatDiagnostic(d));
}

/** Groups the unclassified-model warnings into one line per endpoint, so a new spec does not flood the log. */
export function summarizeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const unclassified = diagnostics.filter((d) => d.code === "MG_COVERAGE_UNCLASSIFIED");
  if (unclassified.length <= 3) return diagnostics;
  const rest = diagnostics.filter((d) => d.code !== "MG_COVERAGE_UNCLASSIFIED");
  const ids = unclassified.map((d) => /model "([^"]+)"/.exec(d.message)?.[1] ?? "?");
  const severity = unclassified.some((d) => d.severity === "error") ? "error" : "warning";
  const message = `${ids.length} model ids of the spec are not classified by the overlay: ${ids.join(", ")}`;
  return [...rest, { code: "MG_COVERAGE_UNCLASSIFIED", severity, message }];
}

export function reportBug(reporter: Reporter, error: unknown): void {
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  reporter.err(`modelgate: internal error (a bug in modelgate, not in your input). Please report it with this trace:\n${stack}`);
}
