import { dirname, resolve } from "node:path";
import type { Node } from "yaml";
import type { Diagnostics, SourceLocation } from "../diagnostics/diagnostic.js";
import { yamlPackage } from "../util/lazy-yaml.js";

/**
 * modelgate's config file: what the command line's flags hold, so `modelgate generate` runs with none. Read from
 * `modelgate.config.json`, `modelgate.config.yaml` or the `"modelgate"` key of package.json; paths in it are relative
 * to the file. Flags override it.
 */
export interface ModelgateConfig {
  /** The file it came from (package.json for the key). */
  file: string;
  spec?: string;
  out?: string;
  /** Overlay layers over the built-in one, in order. */
  overlays?: string[];
  /** `false`: no built-in overlay (the first of `overlays` is the base). */
  defaultOverlay?: boolean;
  strict?: boolean;
  /** Azure deployment names (or any name your proxy sends) → the model whose rules they get. */
  deployments?: Record<string, string>;
  /** Where each deployment is written: pass as `aliasLocations` with `aliases: deployments`, so alias errors point there. */
  deploymentLocations?: Record<string, SourceLocation>;
}

type Kind = "path" | "paths" | "boolean" | "names";

/** Every key the config takes, its kind, and what it means (the config's JSON Schema says the same; a test checks). */
export const configKeys = {
  spec: { kind: "path", help: "OpenAI's openapi.yaml or .json" },
  out: { kind: "path", help: "the output folder" },
  overlays: { kind: "paths", help: "overlay layers over the built-in overlay, in order" },
  defaultOverlay: { kind: "boolean", help: "false: leave out the built-in overlay" },
  strict: { kind: "boolean", help: "model ids the overlay does not classify are errors" },
  deployments: { kind: "names", help: "deployment name → model id whose rules it gets (Azure, proxies)" },
} as const satisfies Record<string, { kind: Kind; help: string }>;

type Key = keyof typeof configKeys;

/** Parses a config file's text (JSON or YAML); `key` picks one key of it (`modelgate` in package.json). Pure. */
export function parseConfig(options: { file: string; text: string; key?: string; diagnostics: Diagnostics }): ModelgateConfig | undefined {
  const { file, diagnostics } = options;
  if (options.key !== undefined && !mayHaveKey(options.text, options.key)) return undefined;
  const { isMap, isScalar, LineCounter, parseDocument } = yamlPackage();
  const lineCounter = new LineCounter();
  const document = parseDocument(options.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: Node | null | undefined): SourceLocation => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { file, line, column: col };
  };
  for (const error of document.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    diagnostics.error("MG_CONFIG", error.message.split("\n")[0] ?? error.message, { file, line, column: col });
  }
  if (document.errors.length > 0) return undefined;
  let root: unknown = document.contents;
  if (options.key !== undefined) {
    root = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === options.key)?.value : undefined;
    if (root === undefined) return undefined;
  }
  if (!isMap(root)) {
    diagnostics.error("MG_CONFIG", "the config must be a mapping of keys to values", at(root as Node | null));
    return undefined;
  }
  const config: ModelgateConfig = { file };
  const base = dirname(file);
  for (const pair of root.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = pair.value as Node | null;
    if (!Object.hasOwn(configKeys, name)) {
      diagnostics.error("MG_CONFIG", `unknown key "${name}"`, at(pair.key as Node), `allowed: ${Object.keys(configKeys).join(", ")}`);
      continue;
    }
    readKey(name as Key, value, { config, base, at, diagnostics });
  }
  return config;
}

/**
 * False when `text` is a JSON object without `key` (every app's package.json), so the YAML parser, which keeps
 * positions for diagnostics, is neither loaded nor run; anything else goes to it, broken JSON included.
 */
function mayHaveKey(text: string, key: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value !== "object" || value === null || Array.isArray(value) || Object.hasOwn(value, key);
  } catch {
    return true;
  }
}

function readKey(
  key: Key,
  value: Node | null,
  ctx: { config: ModelgateConfig; base: string; at: (n: Node | null) => SourceLocation; diagnostics: Diagnostics },
): void {
  const { config, base, at, diagnostics } = ctx;
  const { isMap, isScalar, isSeq } = yamlPackage();
  const wrong = (expected: string) => diagnostics.error("MG_CONFIG", `"${key}" must be ${expected}`, at(value));
  const text = (node: unknown): string | undefined =>
    isScalar(node) && typeof node.value === "string" && node.value !== "" ? node.value : undefined;
  switch (configKeys[key].kind) {
    case "path": {
      const path = text(value);
      if (path === undefined) {
        wrong("a path (a non-empty string)");
        return;
      }
      (config as unknown as Record<string, unknown>)[key] = resolve(base, path);
      return;
    }
    case "paths": {
      const paths = isSeq(value) ? value.items.map(text) : undefined;
      if (!paths || paths.some((p) => p === undefined)) {
        wrong("a list of paths");
        return;
      }
      config.overlays = paths.map((p) => resolve(base, p ?? ""));
      return;
    }
    case "boolean":
      if (!isScalar(value) || typeof value.value !== "boolean") {
        wrong("true or false");
        return;
      }
      (config as unknown as Record<string, unknown>)[key] = value.value;
      return;
    case "names": {
      const entries = isMap(value)
        ? value.items.map((p) => [isScalar(p.key) ? String(p.key.value) : "", text(p.value), at(p.key as Node)] as const)
        : undefined;
      if (!entries || entries.some(([name, id]) => name === "" || id === undefined)) {
        wrong("a mapping of names to model ids");
        return;
      }
      config.deployments = Object.fromEntries(entries.map(([name, id]) => [name, id ?? ""]));
      config.deploymentLocations = Object.fromEntries(entries.map(([name, , location]) => [name, location]));
      return;
    }
  }
}
