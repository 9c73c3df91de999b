import type { Document, LineCounter } from "yaml";
import { yamlPackage } from "./lazy-yaml.js";

/**
 * Where things are in a YAML (or JSON) text, for diagnostics. The text is parsed with the `yaml` package, which keeps
 * source ranges, on the first question only.
 */
export class YamlPositions {
  private parsed: { root: unknown; document: Document; lineCounter: LineCounter } | undefined;

  constructor(
    private readonly text: string,
    private readonly options: { uniqueKeys: boolean },
  ) {}

  /**
   * The 1-based line and column of the node at `path` (mapping keys and array indexes), or of its key when
   * `part` is "key" and the node is a mapping entry; undefined when the path leads nowhere.
   */
  locate(path: readonly (string | number)[], part: "key" | "value"): { line: number; column: number } | undefined {
    if (!this.parsed) {
      const { LineCounter, parseDocument } = yamlPackage();
      const lineCounter = new LineCounter();
      const document = parseDocument(this.text, { lineCounter, uniqueKeys: this.options.uniqueKeys, prettyErrors: false });
      this.parsed = { root: document.contents, document, lineCounter };
    }
    const offset = offsetOf(this.parsed, path, part);
    if (offset === undefined) return undefined;
    const { line, col } = this.parsed.lineCounter.linePos(offset);
    return { line, column: col };
  }
}

/** A path through an alias (`*name`) continues in the anchored node, where that part of the text is written. */
function offsetOf(
  parsed: { root: unknown; document: Document },
  path: readonly (string | number)[],
  part: "key" | "value",
): number | undefined {
  const { isAlias, isMap, isScalar, isSeq } = yamlPackage();
  let node = parsed.root;
  let keyOffset: number | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(parsed.document);
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair || !isScalar(pair.key)) return undefined;
      keyOffset = pair.key.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && /^(0|[1-9]\d*)$/.test(String(segment))) {
      node = node.items[Number(segment)];
      keyOffset = undefined;
    } else {
      return undefined;
    }
  }
  const nodeOffset = isMap(node) || isSeq(node) || isScalar(node) ? node.range?.[0] : undefined;
  return part === "key" && keyOffset !== undefined ? keyOffset : nodeOffset;
}
