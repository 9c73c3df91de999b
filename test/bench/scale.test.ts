import { describe, expect, test } from "vitest";
// @ts-expect-error -- bench/ is plain JavaScript without declarations
import { scaledPerRequest } from "../../bench/scale.mjs";

/** A fake type-check result: per program id, its check time (seconds) in each round. */
function fakeResult(rounds: Record<string, number[]>) {
  const programs = Object.entries(rounds).map(([id, times]) => {
    const [input, file = ""] = id.split(":");
    const first = file.endsWith("-first");
    const style = file.replace(/-first$/, "");
    const requests = style === "ours-baseline" ? 0 : first ? 1 : 50;
    return {
      id,
      input,
      style,
      first,
      short: style.replace("ours-", ""),
      requests,
      baseline: requests ? `${input}:ours-baseline` : undefined,
      rounds: times.map((t) => ({ "Check time": t })),
    };
  });
  return { version: "7.0.2", compiler: "tsc7", programs };
}

describe("bench scale: what a request costs, split into the first and the further ones", () => {
  // The first request resolves the union once (0.02 s real, 0.05 s with 10× the ids); each further one costs 1 ms in
  // both, so the further cost does not grow while the cost spread over all 50 does.
  const result = fakeResult({
    "real:ours-baseline": [0.01, 0.01, 0.02],
    "real:ours-annotation-first": [0.03, 0.03, 0.04],
    "real:ours-annotation": [0.079, 0.079, 0.089],
    "synthetic:ours-baseline": [0.01, 0.01, 0.02],
    "synthetic:ours-annotation-first": [0.06, 0.06, 0.07],
    "synthetic:ours-annotation": [0.109, 0.109, 0.119],
  });
  const [annotation] = scaledPerRequest(result, "Check time");

  test("one row per style, from the programs with all the requests", () => {
    expect(scaledPerRequest(result, "Check time").map((r: { style: string }) => r.style)).toEqual(["ours-annotation"]);
    expect(annotation.firstComparable).toBe(true);
  });

  test("further: (program − first-request program) / 49, paired by round", () => {
    expect(annotation.real.further.median).toBeCloseTo(0.001, 6);
    expect(annotation.synthetic.further.median).toBeCloseTo(0.001, 6);
  });

  test("first: (first-request program − baseline), paired by round", () => {
    expect(annotation.real.first.median).toBeCloseTo(0.02, 6);
    expect(annotation.synthetic.first.median).toBeCloseTo(0.05, 6);
  });

  test("amortized: (program − baseline) / 50, both together", () => {
    expect(annotation.real.amortized.median).toBeCloseTo(0.069 / 50, 6);
    expect(annotation.synthetic.amortized.median).toBeCloseTo(0.099 / 50, 6);
  });
});
