import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, expect, test, vi } from "vitest";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { parseOverlay } from "../../src/overlay/load-overlay.js";
import { validateOverlay } from "../../src/overlay/validate-overlay.js";
import { parseSpec } from "../../src/spec/load-spec.js";
import { indexSpec } from "../../src/spec/spec-index.js";
import { repoRoot } from "../support/compilers.js";

// Counts the parses of the slow, position-keeping `yaml` package (loaded on first use); values come from js-yaml.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/util/lazy-yaml.js", async (importOriginal) => {
  const lazy = await importOriginal<typeof import("../../src/util/lazy-yaml.js")>();
  return {
    yamlPackage: () => {
      const yaml = lazy.yamlPackage();
      const parseDocument = (...args: Parameters<typeof yaml.parseDocument>) => {
        parses.count++;
        return yaml.parseDocument(...args);
      };
      return { ...yaml, parseDocument };
    },
  };
});

beforeEach(() => {
  parses.count = 0;
});

const overlayPath = join(repoRoot, "overlays", "openai.yaml");
const specPath = join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml");

function parseAndValidate(text: string): Diagnostics {
  const diagnostics = new Diagnostics();
  const overlay = parseOverlay({ file: "openai.yaml", bytes: Buffer.from(text), diagnostics });
  const spec = parseSpec({ file: "2026-08-21.yaml", bytes: readFileSync(specPath), diagnostics });
  if (!overlay || !spec) throw new Error("the inputs did not parse");
  validateOverlay({ overlay, index: indexSpec({ spec, diagnostics }), diagnostics });
  return diagnostics;
}

test("overlay positions > the default overlay, valid, is parsed once: `yaml` never runs", () => {
  const diagnostics = parseAndValidate(readFileSync(overlayPath, "utf8"));
  expect([diagnostics.items.filter((d) => d.severity === "error"), parses.count]).toStrictEqual([[], 0]);
});

test("overlay positions > a diagnostic's line and column come from one `yaml` parse, made when first read", () => {
  const text = readFileSync(overlayPath, "utf8").replace("\n    label: o1\n", "\n    label: 7\n");
  const diagnostics = new Diagnostics();
  parseOverlay({ file: "openai.yaml", bytes: Buffer.from(text), diagnostics });
  expect(parses.count).toBe(0);
  const [first] = diagnostics.items;
  const line = text.split("\n").indexOf("    label: 7") + 1;
  expect([first?.code, first?.location?.line, first?.location?.column, parses.count]).toStrictEqual(["MG_OVERLAY_SHAPE", line, 12, 1]);
  expect(line).toBeGreaterThan(1);
  expect(first?.location?.line).toBe(line);
  expect(parses.count).toBe(1);
});
