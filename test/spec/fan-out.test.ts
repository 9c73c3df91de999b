import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { Diagnostics, UserError } from "../../src/diagnostics/diagnostic.js";
import { generate } from "../../src/index.js";
import { readInput } from "../../src/input/read-input.js";
import { checkAliasExpansion } from "../../src/spec/alias-expansion.js";
import { overlayFixturesDir } from "../overlay/overlay-fixtures.js";
import { fanOutAliasSpec, fanOutRefSpec } from "../support/hostile-specs.js";
import { parseSpecText } from "../support/spec-fixtures.js";
import { tempDir } from "../support/temp-dir.js";

/** Writes the spec to a temp dir and generates from it with minimal-chat.yaml, as `modelgate generate` would. */
function generateFrom(name: string, text: string): ReturnType<typeof generate> {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  const overlay = readInput(`${overlayFixturesDir}minimal-chat.yaml`, "MG_OVERLAY_UNREADABLE");
  return generate({ spec: readInput(file, "MG_SPEC_UNREADABLE"), overlay });
}

function userErrorOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

// Before memoisation these took 10^depth steps: depth 7 ran 70 s (refs) and 104 s (aliases), depth 9 never ended.
describe("spec > fan-out schemas", { timeout: 60_000 }, () => {
  test("$ref fan-out of depth 9 (ten refs per level) > generates, each schema once, `deep` a closed enum of the leaves", () => {
    const { files, model } = generateFrom("fan-out-refs.yaml", fanOutRefSpec(9));
    const schemas = files.find((f) => f.path === "schemas.gen.d.ts")?.contents ?? "";
    expect(schemas.match(/^export type L\d_\d+ =/gm)).toHaveLength(91); // L0_0, then all ten of levels 1 to 9
    expect(schemas).toContain("export type L8_9 = L9_0 | L9_1 | L9_2 | L9_3 | L9_4 | L9_5 | L9_6 | L9_7 | L9_8 | L9_9;");
    const deep = model.endpoints[0]?.spec.params.find((p) => p.name === "deep");
    expect(deep?.enumValues).toStrictEqual(["v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9"]);
  });

  for (const kind of ["object", "anyOf"] as const) {
    test(`YAML alias fan-out of depth 9 (${kind}) > MG_SPEC_ALIAS_EXPANSION at the aliases, nothing generated`, () => {
      const error = userErrorOf(() => generateFrom("alias-bomb.yaml", fanOutAliasSpec(9, kind)));
      expect(error.diagnostics.map((d) => [d.code, d.location?.file.endsWith("alias-bomb.yaml")])).toStrictEqual([
        ["MG_SPEC_ALIAS_EXPANSION", true],
      ]);
      expect(error.diagnostics[0]?.location?.line).toBe(16); // the anchor `&a5`, the first level over the limit
      expect(error.diagnostics[0]?.message).toContain("over the limit of 100,000");
    });
  }

  test("YAML alias fan-out under the limit (depth 3) > generates, the aliased object printed inline", () => {
    const { files } = generateFrom("aliases.yaml", fanOutAliasSpec(3));
    const types = files.find((f) => f.path === "chat-completions.types.gen.d.ts")?.contents ?? "";
    expect(types.split('"leaf"').length - 1).toBe(1000);
  });
});

describe("spec > alias expansion check", () => {
  test("a document without aliases passes whatever its size", () => {
    const { spec, diagnostics } = parseSpecText("refs.yaml", fanOutRefSpec(3));
    expect(spec && checkAliasExpansion({ document: spec.document, locate: spec.locate, diagnostics, limit: 1 })).toBe(true);
    expect(diagnostics.items).toStrictEqual([]);
  });

  test("aliases adding one node more than the limit > error at the smallest subtree over it", () => {
    // `a: &x [1]`, `b: { c: [*x, *x, *x] }`: 4 distinct objects and arrays, 7 as a tree, so the aliases add 3.
    const shared = [1];
    const document = { a: shared, b: { c: [shared, shared, shared] } };
    const diagnostics = new Diagnostics();
    const locate = (pointer: string) => ({ file: pointer, line: 1, column: 1 });
    expect(checkAliasExpansion({ document, locate, diagnostics, limit: 3 })).toBe(true);
    expect(checkAliasExpansion({ document, locate, diagnostics, limit: 2 })).toBe(false);
    expect(diagnostics.items.map((d) => [d.code, d.location?.file])).toStrictEqual([["MG_SPEC_ALIAS_EXPANSION", "/b/c"]]);
  });
});
