import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { parseSpec } from "../../src/spec/load-spec.js";
import { indexSpec } from "../../src/spec/spec-index.js";
import type { LoadedSpec, SpecIndex } from "../../src/spec/spec-types.js";

export const specFixturesDir = fileURLToPath(new URL("../fixtures/specs/", import.meta.url));

/** Parses a spec from text or bytes under a display name; the name decides JSON vs YAML like a real path. */
export function parseSpecText(file: string, text: string | Uint8Array): { spec: LoadedSpec | undefined; diagnostics: Diagnostics } {
  const diagnostics = new Diagnostics();
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  return { spec: parseSpec({ file, bytes, diagnostics }), diagnostics };
}

/** Parses `test/fixtures/specs/<name>`, reported under the name alone. */
export function parseFixtureSpec(name: string): { spec: LoadedSpec | undefined; diagnostics: Diagnostics } {
  return parseSpecText(name, readFileSync(`${specFixturesDir}${name}`));
}

/** Parses and indexes a fixture spec that is expected to parse. */
export function indexFixtureSpec(name: string): { index: SpecIndex; diagnostics: Diagnostics } {
  return indexParsed(parseFixtureSpec(name));
}

export function indexParsed({ spec, diagnostics }: { spec: LoadedSpec | undefined; diagnostics: Diagnostics }): {
  index: SpecIndex;
  diagnostics: Diagnostics;
} {
  if (!spec) throw new Error(`fixture did not parse: ${diagnostics.items.map((d) => d.message).join("; ")}`);
  return { index: indexSpec({ spec, diagnostics }), diagnostics };
}

/** The index without its `spec` (which holds a function and a hash), for comparing two indexes. */
export function indexData(index: SpecIndex): { endpoints: SpecIndex["endpoints"]; allModelIds: string[] } {
  return { endpoints: index.endpoints, allModelIds: [...index.allModelIds] };
}
