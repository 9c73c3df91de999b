import { relative, resolve } from "node:path";
import type { CompilerDiagnostic } from "./compilers.js";
import { repoRoot } from "./compilers.js";

/** A fixture file: its absolute path and its text. */
export interface FixtureFile {
  readonly path: string;
  readonly text: string;
}

/** `// @expect-error TS2322 "o1" "logprobs"` on `markerLine`, claiming `targetLine` (both 1-based). */
export interface ExpectMarker {
  readonly file: string;
  readonly markerLine: number;
  readonly targetLine: number;
  readonly code: number;
  readonly fragments: readonly string[];
}

export interface ParsedMarkers {
  readonly markers: ExpectMarker[];
  /** Malformed or misplaced markers and suppression comments, as failure texts without the compiler prefix. */
  readonly problems: string[];
}

const MARKER = /^\s*\/\/\s*@expect-error\b(.*)$/;
const MARKER_BODY = /^\s+TS(\d+)((?:\s+"(?:[^"\\]|\\.)*")+)\s*$/;
const FRAGMENT = /"((?:[^"\\]|\\.)*)"/g;
const SUPPRESSION = /@ts-(expect-error|ignore|nocheck)\b/;

const where = (file: string, line: number): string => `${relative(repoRoot, file) || file}:${line}`;

const unescapeFragment = (fragment: string): string => fragment.replace(/\\(.)/g, "$1");

function targetOf(lines: readonly string[], markerIndex: number): number | undefined {
  for (let index = markerIndex + 1; index < lines.length; index += 1) {
    const trimmed = (lines[index] ?? "").trim();
    if (trimmed !== "" && !trimmed.startsWith("//")) return index + 1;
  }
  return undefined;
}

function parseMarkerLine(file: string, lines: readonly string[], index: number): ExpectMarker | string {
  const line = lines[index] ?? "";
  const at = where(file, index + 1);
  const body = MARKER_BODY.exec(MARKER.exec(line)?.[1] ?? "");
  if (body === null) {
    return `${at}: malformed marker ${JSON.stringify(line.trim())}; write // @expect-error TS2322 "fragment" …`;
  }
  const fragments = [...(body[2] ?? "").matchAll(FRAGMENT)].map((match) => unescapeFragment(match[1] ?? ""));
  if (fragments.includes("")) return `${at}: marker has an empty fragment, which matches any diagnostic`;
  const targetLine = targetOf(lines, index);
  if (targetLine === undefined) return `${at}: marker has no code line after it`;
  return { file, markerLine: index + 1, targetLine, code: Number(body[1]), fragments };
}

/** Finds every `@expect-error` marker; reports malformed ones, two markers on one line and `@ts-*` suppressions. */
export function parseMarkers(file: FixtureFile): ParsedMarkers {
  const markers: ExpectMarker[] = [];
  const problems: string[] = [];
  const path = resolve(file.path);
  const lines = file.text.replace(/\r\n/g, "\n").split("\n");
  lines.forEach((line, index) => {
    const suppression = SUPPRESSION.exec(line);
    if (suppression !== null) {
      problems.push(`${where(path, index + 1)}: @ts-${suppression[1]} hides which error occurs; use @expect-error`);
    }
    if (!line.includes("@expect-error")) return;
    const parsed = parseMarkerLine(path, lines, index);
    if (typeof parsed === "string") {
      problems.push(parsed);
    } else if (markers.some((marker) => marker.targetLine === parsed.targetLine)) {
      problems.push(`${where(path, parsed.markerLine)}: second marker for line ${parsed.targetLine}; one per line`);
    } else {
      markers.push(parsed);
    }
  });
  return { markers, problems };
}

export function formatDiagnostic(diagnostic: CompilerDiagnostic): string {
  const place = diagnostic.file === undefined ? "(global)" : `${where(diagnostic.file, diagnostic.line)}:${diagnostic.column}`;
  const code = diagnostic.code === 0 ? "unparsed output" : `TS${diagnostic.code}`;
  return `${place} ${code}: ${diagnostic.text}`;
}

const describeMarker = (marker: ExpectMarker): string =>
  `TS${marker.code} containing ${marker.fragments.map((fragment) => JSON.stringify(fragment)).join(", ")}`;

const satisfies = (marker: ExpectMarker, diagnostic: CompilerDiagnostic): boolean =>
  diagnostic.code === marker.code && marker.fragments.every((fragment) => diagnostic.text.includes(fragment));

function checkMarker(marker: ExpectMarker, onLine: readonly CompilerDiagnostic[]): string | undefined {
  const at = `${where(marker.file, marker.targetLine)}: expected ${describeMarker(marker)}`;
  const [only] = onLine;
  if (only === undefined) return `${at}, got no diagnostic`;
  if (onLine.length > 1) {
    return `${at}, got ${onLine.length} diagnostics (exactly one per marker):\n${onLine.map(formatDiagnostic).join("\n")}`;
  }
  return satisfies(marker, only) ? undefined : `${at}, got ${formatDiagnostic(only)}`;
}

/**
 * Compares one compiler's diagnostics with the markers in `files`: each marker needs exactly one
 * diagnostic on its target line with its code and every fragment (case-sensitive substrings of the
 * full text); every other diagnostic, in any file or global, is a failure.
 */
export function checkExpectations({
  compiler,
  files,
  diagnostics,
}: {
  compiler: string;
  files: readonly FixtureFile[];
  diagnostics: readonly CompilerDiagnostic[];
}): string[] {
  const failures: string[] = [];
  const claimed = new Set<CompilerDiagnostic>();
  for (const file of files) {
    const { markers, problems } = parseMarkers(file);
    failures.push(...problems);
    for (const marker of markers) {
      const onLine = diagnostics.filter((d) => d.file === marker.file && d.line === marker.targetLine);
      for (const diagnostic of onLine) claimed.add(diagnostic);
      const failure = checkMarker(marker, onLine);
      if (failure !== undefined) failures.push(failure);
    }
  }
  for (const diagnostic of diagnostics) {
    if (!claimed.has(diagnostic)) failures.push(`unexpected diagnostic ${formatDiagnostic(diagnostic)}`);
  }
  return failures.map((failure) => `[${compiler}] ${failure}`);
}
