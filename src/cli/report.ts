import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { jsonText, visibleLines } from "../util/visible-text.js";

/** The only module that writes to the console. */
export interface Reporter {
  out(text: string): void;
  err(text: string): void;
}

/** Control characters (ESC and OSC sequences, BEL, NUL, CR) never reach the terminal raw, whoever formatted the text. */
const terminalLine = (text: string): string => visibleLines(text.endsWith("\n") ? text : `${text}\n`);

export const consoleReporter: Reporter = {
  out: (text) => process.stdout.write(terminalLine(text)),
  err: (text) => process.stderr.write(terminalLine(text)),
};

/** How many ids a summary line lists before "and N more". */
export const summaryIdLimit = 20;

/** The id and endpoint of an MG_COVERAGE_UNCLASSIFIED message: `model "<id>" of <endpoint> is not classified …`. */
const unclassifiedMessage = /^model "(.*)" of (\S+) is not classified by the overlay/s;

/**
 * Groups the unclassified-model diagnostics into one line per endpoint, so a new spec does not flood the log: each id
 * quoted as a JSON string (an empty id or one with quotes stays recognisable), at most `summaryIdLimit` of them.
 */
export function summarizeDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const unclassified = diagnostics.filter((d) => d.code === "MG_COVERAGE_UNCLASSIFIED");
  if (unclassified.length <= 3) return diagnostics;
  const byEndpoint = new Map<string, { ids: string[]; severity: Diagnostic["severity"] }>();
  for (const d of unclassified) {
    const [, id = "?", endpoint = "?"] = unclassifiedMessage.exec(d.message) ?? [];
    const group = byEndpoint.get(endpoint) ?? { ids: [], severity: "warning" };
    group.ids.push(id);
    if (d.severity === "error") group.severity = "error";
    byEndpoint.set(endpoint, group);
  }
  const grouped = [...byEndpoint].map(
    ([endpoint, { ids, severity }]): Diagnostic => ({
      code: "MG_COVERAGE_UNCLASSIFIED",
      severity,
      message: `${ids.length} model ids of ${endpoint} are not classified by the overlay: ${listIds(ids)}`,
    }),
  );
  return [...diagnostics.filter((d) => d.code !== "MG_COVERAGE_UNCLASSIFIED"), ...grouped];
}

function listIds(ids: string[]): string {
  const shown = ids.slice(0, summaryIdLimit).map((id) => jsonText(id));
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

export function reportBug(reporter: Reporter, error: unknown): void {
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  reporter.err(`modelgate: internal error (a bug in modelgate, not in your input). Please report it with this trace:\n${stack}`);
}
