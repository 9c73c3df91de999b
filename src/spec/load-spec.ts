import { createHash } from "node:crypto";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import type { Diagnostics, SourceLocation } from "../diagnostics/diagnostic.js";
import { YamlPositions } from "../util/yaml-positions.js";
import { checkAliasExpansion } from "./alias-expansion.js";
import { decodeInputText, lineColumnAt, multipleDocumentsMessage, secondDocumentOffset } from "./input-text.js";
import { findJsonSyntaxError } from "./json-syntax-error.js";
import { isJsonObject, splitPointer } from "./resolve-ref.js";
import type { JsonObject, LoadedSpec } from "./spec-types.js";

export { lineColumnAt } from "./input-text.js";

export interface ParseSpecOptions {
  /** Display path, used in diagnostics only. */
  file: string;
  bytes: Uint8Array;
  diagnostics: Diagnostics;
}

/**
 * Parses an OpenAPI 3.x spec from its bytes (no file system access). JSON when the name ends in `.json` or the text
 * starts with `{`, else YAML. UTF-8, or UTF-16 with a byte order mark. Returns undefined after reporting
 * MG_SPEC_PARSE (also for several YAML documents in one file, or text with NUL characters), MG_SPEC_NOT_OPENAPI or
 * MG_SPEC_ALIAS_EXPANSION.
 */
export function parseSpec({ file, bytes, diagnostics }: ParseSpecOptions): LoadedSpec | undefined {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const decoded = decodeInputText(bytes);
  const text = decoded.text;
  if (!decoded.ok) {
    diagnostics.error("MG_SPEC_PARSE", decoded.message, { file, ...lineColumnAt(text, decoded.offset) });
    return undefined;
  }
  const parsed = looksLikeJson(file, text) ? parseJson({ file, text, diagnostics }) : parseYaml({ file, text, diagnostics });
  if (!parsed) return undefined;
  const locate = createLocator({ file, text });
  const document = checkOpenApi({ value: parsed.value, locate, diagnostics });
  if (!document || !checkAliasExpansion({ document, locate, diagnostics })) return undefined;
  return { file, sha256, document, locate };
}

function looksLikeJson(file: string, text: string): boolean {
  return file.toLowerCase().endsWith(".json") || text.trimStart().startsWith("{");
}

interface ParseInput {
  file: string;
  text: string;
  diagnostics: Diagnostics;
}

function parseJson({ file, text, diagnostics }: ParseInput): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const found = findJsonSyntaxError(text) ?? { offset: text.length, message: error.message };
    const location = { file, ...lineColumnAt(text, found.offset) };
    diagnostics.error("MG_SPEC_PARSE", `invalid JSON: ${found.message}`, location);
    return undefined;
  }
}

function parseYaml({ file, text, diagnostics }: ParseInput): { value: unknown } | undefined {
  try {
    // CORE_SCHEMA: YAML 1.2 scalars only, so `2024-10-01` stays a string (the default schema makes a Date of it).
    return { value: load(text, { filename: file, schema: CORE_SCHEMA }) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const documents = secondDocumentOffset(text);
    if (documents) {
      const location = { file, ...lineColumnAt(text, documents.offset) };
      diagnostics.error("MG_SPEC_PARSE", multipleDocumentsMessage(documents.count, "spec"), location);
      return undefined;
    }
    // js-yaml gives a mark with every syntax error; 1:1 should a future one lack it.
    const location = { file, line: (error.mark?.line ?? 0) + 1, column: (error.mark?.column ?? 0) + 1 };
    diagnostics.error("MG_SPEC_PARSE", `invalid YAML: ${error.reason}`, location);
    return undefined;
  }
}

interface CheckInput {
  value: unknown;
  locate: (pointer: string) => SourceLocation;
  diagnostics: Diagnostics;
}

/** The document when it has `openapi: "3.x"`, `paths` and `components` objects; else reports each problem. */
function checkOpenApi({ value, locate, diagnostics }: CheckInput): JsonObject | undefined {
  if (!isJsonObject(value)) {
    diagnostics.error("MG_SPEC_NOT_OPENAPI", "the document is not a mapping", locate(""));
    return undefined;
  }
  const problems: [pointer: string, message: string][] = [];
  const version = value.openapi;
  if (typeof version !== "string" || !/^3\.\d+(\.\d+)?$/.test(version)) {
    const found = version === undefined ? "missing" : JSON.stringify(version);
    const swagger = value.swagger === undefined ? "" : ` (this is a Swagger ${String(value.swagger)} document)`;
    problems.push(["/openapi", `\`openapi\` is ${found}, expected a version string "3.x"${swagger}`]);
  }
  for (const key of ["paths", "components"]) {
    if (!isJsonObject(value[key])) problems.push([`/${key}`, `\`${key}\` is ${value[key] === undefined ? "missing" : "not an object"}`]);
  }
  for (const [pointer, message] of problems) diagnostics.error("MG_SPEC_NOT_OPENAPI", message, locate(pointer));
  return problems.length === 0 ? value : undefined;
}

/**
 * `locate(pointer)` for diagnostics: the key of a mapping entry, else the node. The first call parses the text again
 * with the `yaml` package (which keeps source ranges, for JSON too); a pointer that is not found gives line 1, column 1.
 */
function createLocator({ file, text }: { file: string; text: string }): (pointer: string) => SourceLocation {
  const positions = new YamlPositions(text, { uniqueKeys: false });
  return (pointer) => ({ file, ...(positions.locate(splitPointer(pointer), "key") ?? { line: 1, column: 1 }) });
}
