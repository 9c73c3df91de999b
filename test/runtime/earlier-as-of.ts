import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { capabilities } from "../../src/index.js";
import type { EndpointTable } from "../../templates/runtime.js";
import { repoRoot } from "../support/compilers.js";

/**
 * The runtime table of an endpoint under a layer with an earlier `as-of` (the escape hatch for a retired id): the rules
 * of models shut down since (dall-e, the /completions models, the text moderation models) apply there, so they are
 * tested through such a table. One overlay read per as-of.
 */
export function earlierTable(endpointKey: string, asOf = "2025-10-01"): EndpointTable {
  const key = `${asOf} ${endpointKey}`;
  const cached = tables.get(key);
  if (cached) return cached;
  const spec = join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml");
  const layer = { file: "earlier.yaml", bytes: Buffer.from(`overlay: 1\nas-of: ${asOf}\n`) };
  const { model } = capabilities({ spec: { file: spec, bytes: readFileSync(spec) }, overlays: [layer] });
  for (const endpoint of model.endpoints) tables.set(`${asOf} ${endpoint.spec.key}`, runtimeTable(endpoint));
  const table = tables.get(key);
  if (!table) throw new Error(`no endpoint ${endpointKey}`);
  return table;
}

const tables = new Map<string, EndpointTable>();
