import type { Diagnostics } from "../diagnostics/diagnostic.js";
import type { JsonObject, JsonValue, LoadedSpec, SchemaObject } from "./spec-types.js";

/** A schema together with the JSON pointer where the spec declares it. */
export interface SchemaAt {
  schema: SchemaObject;
  pointer: string;
}

/** A schema after following its `$ref` chain. */
export interface ResolvedSchema extends SchemaAt {
  /** Last segment of the final ref's target (`Foo` for `#/components/schemas/Foo`); absent when no ref was followed. */
  name?: string;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
function escapePointerSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** RFC 6901, in this order: `~1` → `/`, then `~0` → `~`. */
function unescapePointerSegment(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** `joinPointer("/paths", "/chat/completions", "post")` → `/paths/~1chat~1completions/post`. */
export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => `/${escapePointerSegment(String(s))}`).join("");
}

/** `"/a~1b/c"` → `["a/b", "c"]`; `""` → `[]`. */
export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map(unescapePointerSegment);
}

/** The value at a JSON pointer, or undefined when any segment is missing. */
export function getAtPointer(root: JsonValue, pointer: string): JsonValue | undefined {
  let current: JsonValue | undefined = root;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(current)) {
      current = /^(0|[1-9]\d*)$/.test(segment) ? current[Number(segment)] : undefined;
    } else if (isJsonObject(current) && Object.hasOwn(current, segment)) {
      current = current[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

/** `/components/schemas/Foo` → `Foo`; any other pointer → undefined. */
export function componentSchemaName(pointer: string): string | undefined {
  const segments = splitPointer(pointer);
  return segments.length === 3 && segments[0] === "components" && segments[1] === "schemas" ? segments[2] : undefined;
}

/** The subschemas of an `anyOf`/`oneOf`/`allOf` keyword, each with its pointer, in spec order. */
export function subschemas(node: SchemaAt, keyword: "anyOf" | "oneOf" | "allOf"): SchemaAt[] {
  const list = node.schema[keyword];
  if (!Array.isArray(list)) return [];
  const result: SchemaAt[] = [];
  list.forEach((schema, index) => {
    if (isJsonObject(schema)) result.push({ schema, pointer: joinPointer(node.pointer, keyword, index) });
  });
  return result;
}

/**
 * Follows local `$ref`s (`#/components/schemas/X`, JSON-pointer escaped). A ref that points nowhere, is not local or
 * loops is reported once per place as MG_SPEC_BAD_REF, at the `$ref` itself.
 */
export class RefResolver {
  private readonly reported = new Set<string>();
  /** Successful resolutions by `$ref` string: a local ref's target does not depend on where the ref is written. */
  private readonly resolved = new Map<string, ResolvedSchema>();
  private readonly memos = new Map<string, WeakMap<object, unknown>>();
  private readonly spec: LoadedSpec;
  private readonly diagnostics: Diagnostics;

  constructor(options: { spec: LoadedSpec; diagnostics: Diagnostics }) {
    this.spec = options.spec;
    this.diagnostics = options.diagnostics;
  }

  /** The schema at `pointer` after following its `$ref` chain; undefined when a ref is bad or the target is no object. */
  resolve(schema: JsonValue | undefined, pointer: string): ResolvedSchema | undefined {
    if (!isJsonObject(schema)) return undefined;
    if (typeof schema.$ref !== "string") return { schema, pointer };
    const known = this.resolved.get(schema.$ref);
    if (known) return known;
    const result = this.follow(schema, pointer);
    if (result) this.resolved.set(schema.$ref, result);
    return result;
  }

  /**
   * `compute(key)` once per key object and `kind` (the walks of spec/ memoise their answers by schema object, so a
   * schema reached by many refs or YAML aliases is walked once). A key met again while its answer is being computed
   * (a cycle) gets `whileComputing`.
   */
  memoise<T>(kind: string, key: object, whileComputing: T, compute: () => T): T {
    let memo = this.memos.get(kind);
    if (!memo) {
      memo = new WeakMap();
      this.memos.set(kind, memo);
    }
    if (memo.has(key)) return memo.get(key) as T;
    memo.set(key, whileComputing);
    const value = compute();
    memo.set(key, value);
    return value;
  }

  private follow(schema: JsonObject, pointer: string): ResolvedSchema | undefined {
    let current: JsonValue | undefined = schema;
    let at = pointer;
    let name: string | undefined;
    const seen = new Set<string>([pointer]);
    while (isJsonObject(current) && typeof current.$ref === "string") {
      const ref = current.$ref;
      const refAt = joinPointer(at, "$ref");
      const target = this.targetPointer(ref, refAt);
      if (target === undefined) return undefined;
      if (seen.has(target)) return this.report(refAt, `$ref "${ref}" leads back to itself`);
      seen.add(target);
      current = getAtPointer(this.spec.document, target);
      if (current === undefined) return this.report(refAt, `$ref "${ref}" points nowhere`);
      at = target;
      name = splitPointer(target).at(-1);
    }
    if (!isJsonObject(current)) return undefined;
    return name === undefined ? { schema: current, pointer: at } : { schema: current, pointer: at, name };
  }

  /** Resolves a node given with its pointer (shorthand for `resolve(node.schema, node.pointer)`). */
  resolveAt(node: SchemaAt): ResolvedSchema | undefined {
    return this.resolve(node.schema, node.pointer);
  }

  private targetPointer(ref: string, refAt: string): string | undefined {
    if (!ref.startsWith("#")) return this.report(refAt, `$ref "${ref}" is not local; only refs starting with "#/" are supported`);
    let fragment: string;
    try {
      fragment = decodeURIComponent(ref.slice(1));
    } catch {
      return this.report(refAt, `$ref "${ref}" is not a valid URI fragment`);
    }
    if (fragment !== "" && !fragment.startsWith("/")) return this.report(refAt, `$ref "${ref}" is not a JSON pointer`);
    return fragment;
  }

  private report(refAt: string, message: string): undefined {
    if (this.reported.has(refAt)) return undefined;
    this.reported.add(refAt);
    this.diagnostics.error("MG_SPEC_BAD_REF", message, this.spec.locate(refAt));
    return undefined;
  }
}
