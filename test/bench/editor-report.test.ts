import { describe, expect, test } from "vitest";
// @ts-expect-error -- bench/ is plain JavaScript without declarations
import { editorFloors, editorSection } from "../../bench/editor-report.mjs";
// @ts-expect-error -- bench/ is plain JavaScript without declarations
import { floorVerdict } from "../../bench/floor.mjs";

const OPEN = "open → diagnostics";
const CPU = "open → diagnostics, CPU";

/** A fake editor result: per file, its per-round ratios against the peer (the same for wall and CPU). */
function fakeResult(rounds: Record<string, number[]>) {
  const stat = (v: number[]) => {
    const s = [...v].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], n: s.length };
  };
  const extra: Record<string, object> = {
    "app-sdk": { scenario: "app", requests: 50, short: "SDK only" },
    "app-per-model": { scenario: "app", requests: 50, short: "per-model" },
    "app-sdk-baseline": { scenario: "app", requests: 0 },
    "app-imports": { scenario: "app", requests: 0, short: "imports only" },
    "floor-per-model": { scenario: "editor-floor", requests: 50, floorOf: "app-per-model" },
    "direct-per-model": { scenario: "editor-floor", requests: 50, direct: "app-per-model" },
  };
  return {
    version: "5.9.3",
    edited: 25,
    peer: "app-sdk",
    load: stat([3, 4, 5]),
    programs: Object.entries(rounds).map(([id, r]) => ({
      id,
      label: id,
      ...extra[id],
      metrics: Object.fromEntries([OPEN, CPU, "edit → completion"].map((k) => [k, stat(r.map((x) => x * 1000))])),
      roundRatios: Object.fromEntries([OPEN, CPU, "edit → completion"].map((k) => [k, stat(r)])),
      ratios: Object.fromEntries([OPEN, CPU, "edit → completion"].map((k) => [k, r])),
    })),
  };
}

describe("bench editor floor", () => {
  // Rounds differ in load: the paired differences (imports − baseline: 0.4, 0.1, 0.1) have the median 0.1, where the
  // difference of the two files' medians (1.3 − 1.0) would say 0.3.
  const ed = fakeResult({
    "app-sdk": [1, 1, 1],
    "app-sdk-baseline": [0.9, 1.4, 1.0],
    "app-imports": [1.3, 1.5, 1.1],
    "floor-per-model": [1.5, 1.7, 1.3],
    "app-per-model": [1.8, 2.0, 1.6],
  });

  test("each part is the median over rounds of a paired difference of ratios", () => {
    const [f] = editorFloors(ed, CPU);
    expect(f.short).toBe("per-model");
    expect(f.sdkOnly).toBeCloseTo(1.0);
    expect(f.sdkCalls).toBeCloseTo(0);
    expect(f.ourDeclarations).toBeCloseTo(0.1);
    expect(f.flatCalls).toBeCloseTo(0.2);
    expect(f.rules).toBeCloseTo(0.3);
    expect(f.floor).toBeCloseTo(1.5);
    expect(f.measured).toBeCloseTo(1.8);
  });

  test("the section says whether the flat floor is above the target", () => {
    const text = editorSection(ed, { editorWarmup: 1, editorRuns: 3 });
    expect(text).toContain("per-model (CPU): with every rule flat the file is 1.50× the SDK-only file's, measured 1.80×");
    expect(text).toContain("the floor is above the 1.25× target, so no cheaper rule types can meet it");
    const rounds = Object.fromEntries(ed.programs.map((p) => [p.id, p.ratios[CPU]]));
    const low = fakeResult({ ...rounds, "floor-per-model": [1.1, 1.2, 1.0] });
    expect(editorSection(low, { editorWarmup: 1, editorRuns: 3 })).toContain(
      "the floor is within the 1.25× target, so the rules' cost (+70%) is what stands between",
    );
  });

  test("one verdict sentence serves the apps and the editor; without a paired share it says it is a difference of medians", () => {
    const base = { subject: "TypeScript 7, per-model through the chat modules", thing: "app", target: 1.1 };
    expect(floorVerdict({ ...base, floor: 1.06, measured: 1.22 })).toBe(
      "TypeScript 7, per-model through the chat modules: with every rule flat the app is 1.06× the SDK-only app's, " +
        "measured 1.22×; the floor is within the 1.10× target, so the rules' cost (+16%, a difference of medians) is what stands between.",
    );
    expect(floorVerdict({ ...base, floor: 1.06, measured: 1.22, rules: 0.14 })).toContain("the rules' cost (+14%) is what");
    expect(floorVerdict({ ...base, floor: 1.13, measured: 1.22 })).toContain("above the 1.10× target, so no cheaper rule types");
  });

  test("the section gives the target's verdict for the styles importing the chat modules", () => {
    const rounds = Object.fromEntries(ed.programs.map((p) => [p.id, p.ratios[CPU]]));
    const text = editorSection(fakeResult({ ...rounds, "direct-per-model": [1.2, 1.3, 1.1] }), { editorWarmup: 1, editorRuns: 3 });
    expect(text).toContain("importing the chat modules: per-model, open → diagnostics **met** (1.20×)");
    const slow = editorSection(fakeResult({ ...rounds, "direct-per-model": [1.3, 1.4, 1.2] }), { editorWarmup: 1, editorRuns: 3 });
    expect(slow).toContain("importing the chat modules: per-model, open → diagnostics **not met** (1.30×)");
  });
});
