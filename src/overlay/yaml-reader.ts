import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import type { Code } from "../diagnostics/codes.js";
import type { Diagnostics, SourceLocation } from "../diagnostics/diagnostic.js";
import { lineColumnAt, multipleDocumentsMessage, secondDocumentOffset } from "../spec/input-text.js";
import type { JsonValue } from "../spec/spec-types.js";
import { yamlPackage } from "../util/lazy-yaml.js";
import { YamlPositions } from "../util/yaml-positions.js";

/** A value of the overlay and where it sits: the keys and indexes that lead to it from the root. */
/** One `key: value` of an overlay mapping, with the key's location (what `entries` returns, the value maybe null). */
export type Field = { key: string; value: Node | null; at: SourceLocation };

export interface Node {
  readonly value: unknown;
  readonly path: readonly (string | number)[];
}

/**
 * Reads the overlay's YAML. The values come from js-yaml, which is fast; positions come from the `yaml` package,
 * which keeps the source range of every node but parses several times slower. So the text is parsed a second time,
 * with `yaml`, only when a diagnostic first asks for a line and column: a valid overlay is parsed once.
 */
export class YamlReader {
  private text = "";
  private positions: YamlPositions | undefined;

  constructor(
    readonly file: string,
    private readonly diagnostics: Diagnostics,
  ) {}

  /** Parses the text; reports syntax errors and returns undefined when there are any. */
  parse(text: string): Node | undefined {
    this.text = text;
    let value: unknown;
    try {
      // CORE_SCHEMA: YAML 1.2 scalars, so `2024-10-01` stays a string. Duplicate keys are an error.
      value = load(text, { filename: this.file, schema: CORE_SCHEMA });
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      this.reportSyntaxErrors(error);
      return undefined;
    }
    if (value === undefined || value === null) {
      this.shape({ value: null, path: [] }, "the file is empty: expected a mapping");
      return undefined;
    }
    return { value, path: [] };
  }

  /**
   * The `yaml` package's messages, which name the problem more plainly than js-yaml's. Where `yaml` finds no error
   * but js-yaml refused the text (an unknown tag, which `yaml` only warns about), `yaml`'s warnings are the errors,
   * and failing those, js-yaml's own message.
   */
  private reportSyntaxErrors(error: YAMLException): void {
    const documents = secondDocumentOffset(this.text);
    if (documents) {
      const location = { file: this.file, ...lineColumnAt(this.text, documents.offset) };
      this.diagnostics.error("MG_OVERLAY_PARSE", multipleDocumentsMessage(documents.count, "overlay"), location);
      return;
    }
    const { LineCounter, parseDocument } = yamlPackage();
    const lineCounter = new LineCounter();
    const document = parseDocument(this.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const problems = document.errors.length > 0 ? document.errors : document.warnings;
    for (const found of problems) {
      const { line, col } = lineCounter.linePos(found.pos[0]);
      this.diagnostics.error("MG_OVERLAY_PARSE", found.message.split("\n")[0] ?? found.message, { file: this.file, line, column: col });
    }
    if (problems.length === 0) {
      const location = { file: this.file, line: (error.mark?.line ?? 0) + 1, column: (error.mark?.column ?? 0) + 1 };
      this.diagnostics.error("MG_OVERLAY_PARSE", error.reason, location);
    }
  }

  /** Where the value at `path` starts (or its key, for `part: "key"`); computed when first read. */
  private lazyLocation(path: readonly (string | number)[], part: "key" | "value"): SourceLocation {
    const file = this.file;
    let resolved: { line: number; column: number } | undefined;
    const resolve = (): { line: number; column: number } => {
      resolved ??= this.lineColumn(path, part);
      return resolved;
    };
    return {
      file,
      get line() {
        return resolve().line;
      },
      get column() {
        return resolve().column;
      },
    };
  }

  private lineColumn(path: readonly (string | number)[], part: "key" | "value"): { line: number; column: number } {
    this.positions ??= new YamlPositions(this.text, { uniqueKeys: true });
    return this.positions.locate(path, part) ?? { line: 1, column: 1 };
  }

  locate(node: Node | null | undefined): SourceLocation {
    return this.lazyLocation(node?.path ?? [], "value");
  }

  /**
   * The entries of a mapping, keys as strings, each with the key's location; reports a non-mapping. In file order,
   * except that keys which are canonical array indexes ("0", "42") come first, as in every JavaScript object. No model
   * id or parameter of the spec has that form; for a source named "1", only the order of diagnostics would change.
   */
  entries(node: Node | null | undefined, what: string): { key: string; value: Node; at: SourceLocation }[] {
    if (!isMapping(node?.value)) {
      this.shape(node, `${what} must be a mapping`);
      return [];
    }
    const path = node?.path ?? [];
    return Object.entries(node.value).map(([key, value]) => ({
      key,
      value: { value, path: [...path, key] },
      at: this.lazyLocation([...path, key], "key"),
    }));
  }

  string(node: Node | null | undefined, what: string): string | undefined {
    const value = node?.value;
    if (typeof value === "string" && value.trim() !== "") return value;
    this.shape(node, `${what} must be a non-empty string`);
    return undefined;
  }

  /** A string, or a list of strings (e.g. `source: A` or `source: [A, B]`). */
  strings(node: Node | null | undefined, what: string): string[] | undefined {
    if (node && Array.isArray(node.value)) {
      if (node.value.length === 0) this.shape(node, `${what} must not be an empty list`);
      const values = items(node).map((item) => this.string(item, what));
      return values.every((v) => v !== undefined) && values.length > 0 ? (values as string[]) : undefined;
    }
    const single = this.string(node, what);
    return single === undefined ? undefined : [single];
  }

  boolean(node: Node | null | undefined, what: string): boolean | undefined {
    if (typeof node?.value === "boolean") return node.value;
    this.shape(node, `${what} must be true or false`);
    return undefined;
  }

  /** Any plain JSON value (scalars, lists, maps). */
  json(node: Node | null | undefined): JsonValue {
    return toJson(node?.value);
  }

  list(node: Node | null | undefined, what: string): JsonValue[] | undefined {
    if (node && Array.isArray(node.value) && node.value.length > 0) return node.value.map(toJson);
    this.shape(node, `${what} must be a non-empty list`);
    return undefined;
  }

  shape(node: Node | null | undefined, message: string): void {
    this.diagnostics.error("MG_OVERLAY_SHAPE", message, this.locate(node), "see docs/overlay.md for the format");
  }

  error(code: Code, message: string, location: SourceLocation, help?: string): void {
    this.diagnostics.error(code, message, location, help);
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function items(node: Node): Node[] {
  return Array.isArray(node.value) ? node.value.map((value, index) => ({ value, path: [...node.path, index] })) : [];
}

function toJson(value: unknown): JsonValue {
  if (value === null || typeof value === "boolean" || typeof value === "number" || typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (isMapping(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJson(inner)]));
  return value === undefined ? null : String(value);
}
