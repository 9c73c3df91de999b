import type { Diagnostics, SourceLocation } from "../diagnostics/diagnostic.js";
import { joinPointer } from "./resolve-ref.js";
import type { JsonValue } from "./spec-types.js";

/**
 * How many objects and arrays YAML aliases may add to a spec when it is read as a tree. An alias shares its anchor's
 * node, so a few hundred bytes of aliases of aliases ("billion laughs") stand for millions of schemas, and any schema
 * printed inline would be printed that many times. Documented in docs/overlay.md ("Limits").
 */
const maxAliasExpansion = 100_000;

interface ExpansionInput {
  document: JsonValue;
  locate: (pointer: string) => SourceLocation;
  diagnostics: Diagnostics;
  limit?: number;
}

/**
 * Reports MG_SPEC_ALIAS_EXPANSION when aliases add more than `limit` nodes, at the smallest subtree that alone
 * exceeds it (where the fan-out is written). Linear in the document's own size: each shared node is sized once.
 */
export function checkAliasExpansion({ document, locate, diagnostics, limit = maxAliasExpansion }: ExpansionInput): boolean {
  const sizes = new Map<object, number>();
  const expanded = expandedSize(document, sizes);
  const added = expanded - sizes.size;
  if (added <= limit) return true;
  const { pointer, size } = smallestOver(document, sizes, limit);
  const count = (n: number) => n.toLocaleString("en-US");
  const message = `YAML aliases expand the spec by ${count(added)} objects and arrays, over the limit of ${count(limit)}; the aliases here alone expand to ${count(size)}`;
  diagnostics.error("MG_SPEC_ALIAS_EXPANSION", message, locate(pointer));
  return false;
}

function children(value: JsonValue): [key: string, child: JsonValue][] {
  if (Array.isArray(value)) return value.map((child, index) => [String(index), child]);
  if (typeof value === "object" && value !== null) return Object.entries(value);
  return [];
}

/** Objects and arrays of the tree as if every alias were a copy; `sizes` gets one entry per distinct node. */
function expandedSize(value: JsonValue, sizes: Map<object, number>): number {
  if (typeof value !== "object" || value === null) return 0;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  sizes.set(value, 1); // a node that contains itself (not possible in YAML, cheap to guard) counts once
  let size = 1;
  for (const [, child] of children(value)) size += expandedSize(child, sizes);
  sizes.set(value, size);
  return size;
}

/** The deepest node, following the first child over `limit` at each step, whose expanded size exceeds `limit`. */
function smallestOver(document: JsonValue, sizes: Map<object, number>, limit: number): { pointer: string; size: number } {
  let pointer = "";
  let node = document;
  for (;;) {
    const next = children(node).find(([, child]) => typeof child === "object" && child !== null && (sizes.get(child) ?? 0) > limit);
    if (!next) return { pointer, size: typeof node === "object" && node !== null ? (sizes.get(node) ?? 0) : 0 };
    pointer = joinPointer(pointer, next[0]);
    node = next[1];
  }
}
