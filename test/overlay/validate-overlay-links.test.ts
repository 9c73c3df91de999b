import { expect, test } from "vitest";
import type { Overlay } from "../../src/overlay/overlay-schema.js";
import { briefs, parseOverlayText, validateAgainstSmallChat } from "./overlay-fixtures.js";

/** Parses text that has no shape errors; validation is what these tests look at. */
function parsed(text: string): Overlay {
  const { overlay, diagnostics } = parseOverlayText(text);
  if (!overlay || diagnostics.hasErrors()) throw new Error(`did not parse: ${briefs(diagnostics).join("; ")}`);
  return overlay;
}

const sources = 'sources:\n  SPEC: { title: s, url: "https://example.org/s" }\n  T: { title: t, url: "https://example.org/t" }\n';

test("validate > a rule citing an undefined source > reports MG_OVERLAY_UNKNOWN_SOURCE at the rule with a did-you-mean help", () => {
  const text = `overlay: 1
${sources}families:
  f:
    chat.completions:
      params:
        temperature: { values: [1], reason: r, source: [T, SPECS] }
`;
  expect(validateAgainstSmallChat(parsed(text)).diagnostics.items).toStrictEqual([
    {
      code: "MG_OVERLAY_UNKNOWN_SOURCE",
      severity: "error",
      message: 'source "SPECS" is not defined under `sources:`',
      location: { file: "overlay.yaml", line: 9, column: 9 },
      help: 'did you mean "SPEC"?',
    },
  ]);
});

test("validate > undefined sources of a served rule and a role rule > are reported too, even with `missing-in-spec: skip`", () => {
  const text = `overlay: 1
missing-in-spec: skip
${sources}families:
  f:
    chat.completions:
      roles:
        system: { reject: true, reason: r, source: NOPE }
models:
  alpha:
    extends: f
    chat.completions: { served: false, reason: r, source: ELSEWHERE }
`;
  const { diagnostics } = validateAgainstSmallChat(parsed(text));
  expect(diagnostics.items.map((d) => [d.code, d.location?.line, d.location?.column, d.help])).toStrictEqual([
    ["MG_OVERLAY_UNKNOWN_SOURCE", 10, 9, "define it under `sources:`"],
    ["MG_OVERLAY_UNKNOWN_SOURCE", 14, 5, "define it under `sources:`"],
  ]);
});

test("validate > `extends` naming nothing > reports MG_OVERLAY_UNKNOWN_PARENT at the name with a did-you-mean help", () => {
  const text = "overlay: 1\nfamilies:\n  reasoning: {}\nmodels:\n  alpha: { extends: reasonin }\n";
  expect(validateAgainstSmallChat(parsed(text)).diagnostics.items).toStrictEqual([
    {
      code: "MG_OVERLAY_UNKNOWN_PARENT",
      severity: "error",
      message: '"alpha" extends "reasonin", which is not defined',
      location: { file: "overlay.yaml", line: 5, column: 21 },
      help: 'did you mean "reasoning"?',
    },
  ]);
});

test("validate > two families extending each other > each reports MG_OVERLAY_CYCLE; an entry extending into the cycle does not", () => {
  const text = `overlay: 1
families:
  a: { extends: b }
  b: { extends: a }
models:
  alpha: { extends: a }
`;
  expect(briefs(validateAgainstSmallChat(parsed(text)).diagnostics)).toStrictEqual([
    '3:3 error MG_OVERLAY_CYCLE: "a" extends itself: a → b → a',
    '4:3 error MG_OVERLAY_CYCLE: "b" extends itself: b → a → b',
  ]);
});

test("validate > a family extending itself > reports MG_OVERLAY_CYCLE at its `extends`, saying so plainly", () => {
  const text = "overlay: 1\nfamilies:\n  a: { extends: a }\n";
  expect(briefs(validateAgainstSmallChat(parsed(text)).diagnostics)).toStrictEqual([
    '3:17 error MG_OVERLAY_CYCLE: family "a" extends itself',
  ]);
});

test("validate > a model extending itself (no family of its name) > MG_OVERLAY_CYCLE, no `did you mean` itself", () => {
  const text = "overlay: 1\nmodels:\n  alpha: { extends: alpha }\n";
  const { diagnostics } = validateAgainstSmallChat(parsed(text));
  expect(briefs(diagnostics)).toStrictEqual(['3:21 error MG_OVERLAY_CYCLE: model "alpha" extends itself']);
  expect(diagnostics.items[0]?.help).toBe('define a family "alpha" under `families:` for it to extend, or extend another family or model');
});

test("validate > a model extending the family of its own name > is no cycle", () => {
  const text = "overlay: 1\nfamilies:\n  alpha: {}\nmodels:\n  alpha: { extends: alpha }\n  alpha-2025-01-01: { extends: alpha }\n";
  expect(briefs(validateAgainstSmallChat(parsed(text)).diagnostics)).toStrictEqual([]);
});
