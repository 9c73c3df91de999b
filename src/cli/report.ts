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

/** Groups the unclassified-model diagnostics into one line per endpoint, so a new spec does not flood the log. */
export function summarizeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const unclassified = diagnostics.filter((d) => d.code === "MG_COVERAGE_UNCLASSIFIED");
  if (unclassified.length <= 3) return diagnostics;
  const byEndpoint = new Map<string, { ids: string[]; severity: Diagnostic["severity"] }>();
  for (const d of unclassified) {
    const [, id = "?", endpoint = "?"] = /model "([^"]+)" of (\S+)/.exec(d.message) ?? [];
    const group = byEndpoint.get(endpoint) ?? { ids: [], severity: "warning" };
    group.ids.push(id);
    if (d.severity === "error") group.severity = "error";
    byEndpoint.set(endpoint, group);
  }
  const grouped = [...byEndpoint].map(
    ([endpoint, { ids, severity }]): Diagnostic => ({
      code: "MG_COVERAGE_UNCLASSIFIED",
      severity,
      message: `${ids.length} model ids of ${endpoint} are not classified by the overlay: ${ids.map((id) => `"${id}"`).join(", ")}`,
    }),
  );
  return [...diagnostics.filter((d) => d.code !== "MG_COVERAGE_UNCLASSIFIED"), ...grouped];
}

export function reportBug(reporter: Reporter, error: unknown): void {
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  reporter.err(`modelgate: internal error (a bug in modelgate, not in your input). Please report it with this trace:\n${stack}`);
}
