import { visibleText } from "../util/visible-text.js";
import { type Code, codes } from "./codes.js";

export type Severity = "error" | "warning" | "note";

export interface SourceLocation {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface Diagnostic {
  code: Code;
  severity: Severity;
  message: string;
  location?: SourceLocation;
  /** Overrides the catalog's fix when the problem knows a better one (e.g. "did you mean"). */
  help?: string;
}

/** Collects diagnostics of one run; passed explicitly to every stage. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  add(diagnostic: Diagnostic): void {
    this.items.push(diagnostic);
  }

  error(code: Code, message: string, location?: SourceLocation, help?: string): void {
    this.add({ code, severity: "error", message, ...(location && { location }), ...(help && { help }) });
  }

  warning(code: Code, message: string, location?: SourceLocation, help?: string): void {
    this.add({ code, severity: "warning", message, ...(location && { location }), ...(help && { help }) });
  }

  note(code: Code, message: string, location?: SourceLocation, help?: string): void {
    this.add({ code, severity: "note", message, ...(location && { location }), ...(help && { help }) });
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }

  errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === "error");
  }
}

/** A user error that stops the pipeline: bad spec, bad overlay, bad flag. Never a bug. */
export class UserError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "UserError";
  }
}

/** Throws a UserError when the collector holds an error. */
export function throwIfErrors(diagnostics: Diagnostics): void {
  if (diagnostics.hasErrors()) throw new UserError(diagnostics.errors());
}

export function formatLocation(location: SourceLocation): string {
  return `${visibleText(location.file)}:${location.line}:${location.column}`;
}

/**
 * `overlay.yaml:14:5 error MG_OVERLAY_UNKNOWN_MODEL: model "o9" is not in the spec` + `  help: …`. Always two lines:
 * control characters of the inputs (newlines, ESC sequences, BEL, NUL) show as `\uXXXX`, never raw.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.location ? `${formatLocation(diagnostic.location)} ` : "";
  const help = diagnostic.help ?? codes[diagnostic.code].fix;
  return `${where}${diagnostic.severity} ${diagnostic.code}: ${visibleText(diagnostic.message)}\n  help: ${visibleText(help)}`;
}

export function diagnosticToJson(diagnostic: Diagnostic): Record<string, unknown> {
  return { ...diagnostic, help: diagnostic.help ?? codes[diagnostic.code].fix };
}
