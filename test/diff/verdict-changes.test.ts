import { describe, expect, test } from "vitest";
import type { ParamVerdict } from "../../src/capabilities/capability-model.js";
import { verdictTightening } from "../../src/diff/verdict-changes.js";
import { splitParamPath } from "../../src/spec/nested-params.js";
import { verdictOn } from "../support/verdicts.js";

const why = { reason: "because", sources: ["T"] };
const reject: ParamVerdict = verdictOn("p", why, { kind: "reject" });
const only = (...values: (string | number)[]): ParamVerdict => verdictOn("p", why, { kind: "values", values });
const noNull: ParamVerdict = verdictOn("p", why, { kind: "notNull" });
const needs = (param: string, ...values: string[]): ParamVerdict =>
  verdictOn("p", why, { kind: "requires", on: splitParamPath(param), values });
const present: ParamVerdict = verdictOn("p", why, { kind: "present" });

const tightening = (before: ParamVerdict | undefined, after: ParamVerdict | undefined, nullable = true): string | undefined =>
  verdictTightening({ ...(before && { before }), ...(after && { after }), nullable, param: "p" });

describe("verdict changes > stricter", () => {
  test.each([
    ["accepted → rejected", undefined, reject, "no longer accepts p (because)"],
    ["accepted → some values", undefined, only(1), "accepts only 1 for p"],
    ["values → fewer values", only("a", "b"), only("a"), 'no longer accepts "b" for p'],
    ["accepted → never null", undefined, noNull, "no longer accepts null for p"],
    ["accepted → needs another parameter", undefined, needs("q", "x"), 'accepts p only when q is "x"'],
    ["needs q: x or y → needs q: x", needs("q", "x", "y"), needs("q", "x"), 'accepts p only when q is "x"'],
    ["values → rejected", only("a"), reject, "no longer accepts p (because)"],
    ["accepted → must be sent", undefined, present, "needs p in every request"],
  ])("%s", (_name, before, after, expected) => {
    expect(tightening(before, after)).toBe(expected);
  });
});

describe("verdict changes > not stricter", () => {
  test.each([
    ["accepted → accepted", undefined, undefined],
    ["rejected → accepted", reject, undefined],
    ["rejected → some values", reject, only(1)],
    ["values → more values", only("a"), only("a", "b")],
    ["never null → never null", noNull, noNull],
    ["needs q: x → needs q: x or y", needs("q", "x"), needs("q", "x", "y")],
    ["values → accepted", only("a"), undefined],
  ])("%s", (_name, before, after) => {
    expect(tightening(before, after)).toBeUndefined();
  });

  test("never null on a parameter the spec does not let be null > not stricter", () => {
    expect(tightening(undefined, noNull, false)).toBeUndefined();
  });
});

describe("verdict changes > values the new spec itself dropped", () => {
  test("are left to the parameter's own enum change, not repeated per model", () => {
    const specValues = ["a", "c"];
    const base = { before: only("a", "b", "c"), nullable: true, param: "p" };
    expect(verdictTightening({ ...base, after: only("a", "c"), specValues: ["a", "c"] })).toBeUndefined();
    expect(verdictTightening({ ...base, after: only("a"), specValues })).toBe('no longer accepts "c" for p');
    expect(verdictTightening({ ...base, after: only("a", "c") })).toBe('no longer accepts "b" for p');
  });
});

describe("verdict changes > rules resting on inferred evidence only (they warn, they do not refuse)", () => {
  const guess = { ...why, evidence: "inferred" as const };
  const guessedReject: ParamVerdict = verdictOn("p", guess, { kind: "reject" });
  const guessedValues: ParamVerdict = verdictOn("p", guess, { kind: "values", values: ["a"] });

  test("the same unverified rule before and after is no change", () => {
    expect(tightening(guessedReject, guessedReject)).toBeUndefined();
    expect(tightening(guessedValues, guessedValues)).toBeUndefined();
  });

  test("accepted → unverified refusal is not stricter: the types still accept it", () => {
    expect(tightening(undefined, guessedReject)).toBeUndefined();
  });

  test("unverified → confirmed refusal is stricter: it now fails to compile", () => {
    expect(tightening(guessedReject, reject)).toBe("no longer accepts p (because)");
    expect(tightening(guessedValues, only("a"))).toBe('accepts only "a" for p');
  });
});
