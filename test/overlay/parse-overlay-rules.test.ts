import { expect, test } from "vitest";
import type { EndpointBlock, ParamRule } from "../../src/overlay/overlay-schema.js";
import { briefs, parseOverlayText } from "./overlay-fixtures.js";

const prelude = 'overlay: 1\nsources:\n  T: { title: t, url: "https://example.org/t" }\nfamilies:\n  f:\n';

/** The rule is written after `temperature: ` on line 8: its key is at 8:9, its value starts at 8:22. */
function withRule(rule: string): string {
  return `${prelude}    chat.completions:\n      params:\n        temperature: ${rule}\n`;
}

/** The block is written after `chat.completions: ` on line 6: its key is at 6:5, its value starts at 6:23. */
function withBlock(block: string): string {
  return `${prelude}    chat.completions: ${block}\n`;
}

function chatBlock(text: string): EndpointBlock | undefined {
  return parseOverlayText(text).overlay?.families.get("f")?.endpoints.get("chat.completions");
}

function temperatureRule(text: string): ParamRule | undefined {
  return chatBlock(text)?.params.get("temperature");
}

const file = "overlay.yaml";

/** "MG_A and MG_B" from brief diagnostics, for test names. */
const codesOf = (expected: string[]): string => expected.map((e) => e.split(" ")[2]?.replace(/:$/, "")).join(" and ");

test("overlay > `accept: true` > parses as an accept rule with its provenance", () => {
  const text = withRule("{ accept: true, reason: r, source: T }");
  expect(temperatureRule(text)).toStrictEqual({ kind: "accept", reason: "r", sources: ["T"], location: { file, line: 8, column: 9 } });
  expect(briefs(parseOverlayText(text).diagnostics)).toStrictEqual([]);
});

test("overlay > `required: true` > parses as a constraint the model must receive, beside its values", () => {
  const text = withRule("{ required: true, values: [1], reason: r, source: T }");
  expect(temperatureRule(text)).toStrictEqual({
    kind: "constrain",
    constraint: { values: [1], required: true },
    reason: "r",
    sources: ["T"],
    location: { file, line: 8, column: 9 },
  });
  expect(briefs(parseOverlayText(text).diagnostics)).toStrictEqual([]);
});

test("overlay > `served: false` with reason and source > parses as the block's served rule", () => {
  const block = chatBlock(withBlock("{ served: false, reason: r, source: T, note: n }"));
  expect(block?.served).toStrictEqual({ served: false, reason: "r", sources: ["T"], note: "n", location: { file, line: 6, column: 5 } });
});

for (const { what, rule, expected } of [
  {
    what: "a rule without `source`",
    rule: "{ values: [1], reason: r }",
    expected: ['8:9 error MG_OVERLAY_MISSING_SOURCE: "temperature" has no `source`'],
  },
  {
    what: "a rule without `reason`",
    rule: "{ values: [1], source: T }",
    expected: ['8:9 error MG_OVERLAY_MISSING_REASON: "temperature" has no `reason`'],
  },
  {
    what: "a block-style rule without `reason`",
    rule: "\n          values: [1]\n          source: T",
    expected: ['8:9 error MG_OVERLAY_MISSING_REASON: "temperature" has no `reason`'],
  },
  {
    what: "a rule with neither",
    rule: "{ reject: true }",
    expected: [
      '8:9 error MG_OVERLAY_MISSING_REASON: "temperature" has no `reason`',
      '8:9 error MG_OVERLAY_MISSING_SOURCE: "temperature" has no `source`',
    ],
  },
  {
    what: "`source: []`",
    rule: "{ values: [1], reason: r, source: [] }",
    expected: ["8:56 error MG_OVERLAY_SHAPE: `source` must not be an empty list"],
  },
  {
    what: "`reject` with `values`",
    rule: "{ reject: true, values: [1], reason: r, source: T }",
    expected: ['8:22 error MG_OVERLAY_SHAPE: rule for "temperature": `reject` stands alone (with `rename`)'],
  },
  {
    what: "`reject` with `accept`",
    rule: "{ reject: true, accept: true, reason: r, source: T }",
    expected: ['8:22 error MG_OVERLAY_SHAPE: rule for "temperature": `reject` stands alone (with `rename`)'],
  },
  {
    what: "`accept` with `values`",
    rule: "{ accept: true, values: [1], reason: r, source: T }",
    expected: ['8:22 error MG_OVERLAY_SHAPE: rule for "temperature": `accept` stands alone'],
  },
  {
    what: "`reject: false`",
    rule: "{ reject: false, reason: r, source: T }",
    expected: ["8:32 error MG_OVERLAY_SHAPE: `reject` only takes `true` (to cancel an inherited rule use `accept: true`)"],
  },
  {
    what: "`requires` naming two parameters",
    rule: "{ requires: { logprobs: [true], stream: [true] }, reason: r, source: T }",
    expected: ["8:34 error MG_OVERLAY_SHAPE: `requires` names exactly one parameter: { param: [values] }"],
  },
  {
    what: "`values: []`",
    rule: "{ values: [], reason: r, source: T }",
    expected: ["8:32 error MG_OVERLAY_SHAPE: `values` must be a non-empty list"],
  },
  {
    what: "`nullable: true`",
    rule: "{ nullable: true, reason: r, source: T }",
    expected: ["8:34 error MG_OVERLAY_SHAPE: `nullable` only takes `false` (params are nullable as the spec says)"],
  },
  {
    what: "`required: false`",
    rule: "{ required: false, reason: r, source: T }",
    expected: [
      "8:34 error MG_OVERLAY_SHAPE: `required` takes `true` (a parameter the model must receive) or `{ any-of: { <path>: [values] } }`",
    ],
  },
  {
    what: "`required` with `reject`",
    rule: "{ reject: true, required: true, reason: r, source: T }",
    expected: ['8:22 error MG_OVERLAY_SHAPE: rule for "temperature": `reject` stands alone (with `rename`)'],
  },
  {
    what: "`rename` without `reject`",
    rule: "{ rename: top_p, reason: r, source: T }",
    expected: [
      "8:32 error MG_OVERLAY_SHAPE: `rename` goes with `reject: true`",
      '8:22 error MG_OVERLAY_SHAPE: rule for "temperature" says nothing: use reject, accept, values, nullable, requires, default or required',
    ],
  },
  {
    what: "`rename` to the parameter itself",
    rule: "{ reject: true, rename: temperature, reason: r, source: T }",
    expected: ["8:46 error MG_OVERLAY_SHAPE: `rename` must name another parameter"],
  },
  {
    what: "a misspelt rule field",
    rule: "{ value: [1], reason: r, source: T }",
    expected: [
      '8:24 error MG_OVERLAY_SHAPE: unknown field "value"',
      '8:22 error MG_OVERLAY_SHAPE: rule for "temperature" says nothing: use reject, accept, values, nullable, requires, default or required',
    ],
  },
]) {
  test(`overlay > ${what} > reports ${codesOf(expected)} at its line:column`, () => {
    expect(briefs(parseOverlayText(withRule(rule)).diagnostics)).toStrictEqual(expected);
  });
}

test("overlay > a rule without `source` > is left out of its block", () => {
  expect(chatBlock(withRule("{ values: [1], reason: r }"))?.params).toStrictEqual(new Map());
});

test("overlay > a misspelt rule field > names every allowed rule field in the help", () => {
  const [unknown] = parseOverlayText(withRule("{ value: [1], reason: r, source: T }")).diagnostics.items;
  expect(unknown?.help).toBe(
    "allowed here: reject, accept, rename, moved, values, nullable, requires, default, required, reason, source, note, evidence",
  );
});

for (const { what, block, expected } of [
  {
    what: "`served: true`",
    block: "{ served: true, reason: r, source: T }",
    expected: ["6:33 error MG_OVERLAY_SHAPE: `served` only takes `false` (a model the spec lists is served by default)"],
  },
  {
    what: "`served: false` with a misspelt field",
    block: "{ served: false, reason: r, sources: T }",
    expected: [
      '6:51 error MG_OVERLAY_SHAPE: unknown field "sources"',
      '6:5 error MG_OVERLAY_MISSING_SOURCE: "chat.completions" has no `source`',
    ],
  },
  {
    what: "`served: false` without a reason",
    block: "{ served: false, source: T }",
    expected: ['6:5 error MG_OVERLAY_MISSING_REASON: "chat.completions" has no `reason`'],
  },
  {
    what: "a reason without `served`",
    block: "{ reason: r }",
    expected: ['6:25 error MG_OVERLAY_SHAPE: unknown field "reason"'],
  },
  {
    what: "a role rule without `reject`",
    block: "{ roles: { system: { reason: r, source: T } } }",
    expected: ['6:42 error MG_OVERLAY_SHAPE: rule for role "system" needs `reject: true`'],
  },
  {
    what: "a role rule without `reason`",
    block: "{ roles: { system: { reject: true, source: T } } }",
    expected: ['6:34 error MG_OVERLAY_MISSING_REASON: "system" has no `reason`'],
  },
]) {
  test(`overlay > ${what} > reports ${codesOf(expected)} at its line:column`, () => {
    expect(briefs(parseOverlayText(withBlock(block)).diagnostics)).toStrictEqual(expected);
  });
}
