import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Code } from "../diagnostics/codes.js";
import type { Diagnostics, SourceLocation } from "../diagnostics/diagnostic.js";
import type { JsonValue } from "../spec/spec-types.js";

/**
 * A thin reader over `yaml`'s document model that keeps the position of every node, so that each overlay
 * problem can be reported at its file:line:column.
 */
export class YamlReader {
  private readonly lineCounter = new LineCounter();

  constructor(
    readonly file: string,
    private readonly diagnostics: Diagnostics,
  ) {}

  /** Parses the text; reports syntax errors and returns undefined when there are any. */
  parse(text: string): Node | undefined {
    const document = parseDocument(text, { lineCounter: this.lineCounter, uniqueKeys: true, prettyErrors: false });
    for (const error of document.errors) {
      const [offset] = error.pos;
      this.diagnostics.error("MG_OVERLAY_PARSE", error.message.split("\n")[0] ?? error.message, this.at(offset));
    }
    if (document.errors.length > 0) return undefined;
    if (!document.contents) this.shape(null, "the file is empty: expected a mapping");
    return document.contents ?? undefined;
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, column: col };
  }

  locate(node: Node | null | undefined): SourceLocation {
    return this.at(node?.range?.[0] ?? 0);
  }

  /** The entries of a mapping, keys as strings, each with the key's location; reports a non-mapping. */
  entries(node: Node | null | undefined, what: string): { key: string; value: Node | null; at: SourceLocation }[] {
    if (!isMap(node)) {
      this.shape(node, `${what} must be a mapping`);
      return [];
    }
    return node.items.map((pair) => {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : "";
      return { key, value: (pair.value as Node | null) ?? null, at: this.locate(keyNode) };
    });
  }

  string(node: Node | null | undefined, what: string): string | undefined {
    if (isScalar(node) && typeof node.value === "string" && node.value.trim() !== "") return node.value;
    if (isScalar(node) && node.value instanceof Date) return node.value.toISOString().slice(0, 10);
    this.shape(node, `${what} must be a non-empty string`);
    return undefined;
  }

  /** A string, or a list of strings (e.g. `source: A` or `source: [A, B]`). */
  strings(node: Node | null | undefined, what: string): string[] | undefined {
    if (isSeq(node)) {
      if (node.items.length === 0) this.shape(node, `${what} must not be an empty list`);
      const values = node.items.map((item) => this.string(item as Node, what));
      return values.every((v) => v !== undefined) && values.length > 0 ? (values as string[]) : undefined;
    }
    const single = this.string(node, what);
    return single === undefined ? undefined : [single];
  }

  boolean(node: Node | null | undefined, what: string): boolean | undefined {
    if (isScalar(node) && typeof node.value === "boolean") return node.value;
    this.shape(node, `${what} must be true or false`);
    return undefined;
  }

  /** Any plain JSON value (scalars, lists, maps). */
  json(node: Node | null | undefined): JsonValue {
    if (isScalar(node)) {
      const value = node.value;
      if (value === null || typeof value === "boolean" || typeof value === "number" || typeof value === "string") {
        return value;
      }
      return String(value);
    }
    if (isSeq(node)) return node.items.map((item) => this.json(item as Node));
    if (isMap(node)) {
      return Object.fromEntries(this.entries(node, "value").map((e) => [e.key, this.json(e.value)]));
    }
    return null;
  }

  list(node: Node | null | undefined, what: string): JsonValue[] | undefined {
    if (isSeq(node) && node.items.length > 0) return node.items.map((item) => this.json(item as Node));
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
