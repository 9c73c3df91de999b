import { readFileSync } from "node:fs";
import { test } from "vitest";
import { Diagnostics, formatDiagnostic } from "../../src/diagnostics/diagnostic.js";
import { parseOverlay } from "../../src/overlay/load-overlay.js";
import { validateOverlay } from "../../src/overlay/validate-overlay.js";
import { resolveCapabilities } from "../../src/capabilities/resolve-capabilities.js";
import { parseSpec } from "../../src/spec/load-spec.js";
import { indexSpec } from "../../src/spec/spec-index.js";

for (const name of ["2026-08-21.yaml", "2024-08-30.yaml"]) {
  test(`probe ${name}`, () => {
    const diagnostics = new Diagnostics();
    const spec = parseSpec({ file: name, bytes: readFileSync(`../shared/openai-openapi/${name}`), diagnostics });
    if (!spec) throw new Error("no spec");
    const index = indexSpec({ spec, diagnostics });
    const parsed = parseOverlay({ file: "overlays/openai.yaml", bytes: readFileSync("overlays/openai.yaml"), diagnostics });
    if (!parsed) throw new Error("no overlay");
    const overlay = validateOverlay({ overlay: parsed, index, diagnostics });
    const model = resolveCapabilities({ index, overlay, diagnostics });
    for (const d of diagnostics.items) console.log(formatDiagnostic(d));
    for (const e of model.endpoints) {
      console.log(e.spec.key, e.models.length, e.unserved.length, e.unclassified, e.profiles.map((p) => `${p.name}:${p.label}:${p.models.join(",")}`));
      console.log(JSON.stringify(e.unserved));
      console.log(JSON.stringify(e.models.filter((m) => m.profile === "")));
    }
  });
}
