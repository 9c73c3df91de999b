import { expect, test } from "vitest";
import type { Overlay } from "../../src/overlay/overlay-schema.js";
import { briefs, parseOverlayFixture, parseOverlayText, validateAgainstSmallChat } from "./overlay-fixtures.js";

const file = "unknown-names.yaml";

function parsed(text: string): Overlay {
  const { overlay, diagnostics } = parseOverlayText(text);
  if (!overlay || diagnostics.hasErrors()) throw new Error(`did not parse: ${briefs(diagnostics).join("; ")}`);
  return overlay;
}

test("validate > names the spec lacks, with `missing-in-spec: error` > reports each at its line with the right code", () => {
  const { diagnostics } = validateAgainstSmallChat(parseOverlayFixture(file));
  expect(briefs(diagnostics)).toStrictEqual([
    '21:3 error MG_OVERLAY_UNKNOWN_MODEL: model "alpah-2025-01-01" is not in the spec',
    '12:9 error MG_OVERLAY_UNKNOWN_PARAM: parameter "temprature" is not in CreateChatCompletionRequest (chat.completions)',
    '13:9 error MG_OVERLAY_UNKNOWN_PARAM: parameter "max_output_tokens" is not in CreateChatCompletionRequest (chat.completions)',
    '14:9 error MG_OVERLAY_UNKNOWN_PARAM: parameter "logprob" is not in CreateChatCompletionRequest (chat.completions)',
    '15:9 error MG_OVERLAY_UNKNOWN_VALUE: value "minimal" is not allowed for "reasoning_effort" by the spec ("low", "medium", "high")',
    '17:9 error MG_OVERLAY_UNKNOWN_ROLE: role "developer" is not a message role of chat.completions',
  ]);
});

test("validate > names the spec lacks > the help names the nearest known name when one is close", () => {
  const { diagnostics } = validateAgainstSmallChat(parseOverlayFixture(file));
  expect(diagnostics.items.map((d) => [d.code, d.help])).toStrictEqual([
    ["MG_OVERLAY_UNKNOWN_MODEL", 'did you mean "alpha-2025-01-01"?'],
    ["MG_OVERLAY_UNKNOWN_PARAM", 'did you mean "temperature"?'],
    ["MG_OVERLAY_UNKNOWN_PARAM", undefined],
    ["MG_OVERLAY_UNKNOWN_PARAM", 'did you mean "logprobs"?'],
    ["MG_OVERLAY_UNKNOWN_VALUE", undefined],
    ["MG_OVERLAY_UNKNOWN_ROLE", undefined],
  ]);
});

test("validate > names the spec lacks, with `missing-in-spec: skip` > reports no error and one note listing them", () => {
  const { diagnostics } = validateAgainstSmallChat({ ...parseOverlayFixture(file), missingInSpec: "skip" });
  expect(diagnostics.items).toStrictEqual([
    {
      code: "MG_OVERLAY_SKIPPED",
      severity: "note",
      message:
        "6 overlay names are not in this spec and were skipped: " +
        'unknown-names.yaml:21:3 model "alpah-2025-01-01" is not in the spec; ' +
        'unknown-names.yaml:12:9 parameter "temprature" is not in CreateChatCompletionRequest (chat.completions); ' +
        'unknown-names.yaml:13:9 parameter "max_output_tokens" is not in CreateChatCompletionRequest (chat.completions); ' +
        'unknown-names.yaml:14:9 parameter "logprob" is not in CreateChatCompletionRequest (chat.completions); ' +
        'unknown-names.yaml:15:9 value "minimal" is not allowed for "reasoning_effort" by the spec ("low", "medium", "high"); ' +
        "and 1 more",
    },
  ]);
});

test("validate > names the spec lacks, with `missing-in-spec: skip` > leaves them out of the returned overlay", () => {
  const { overlay } = validateAgainstSmallChat({ ...parseOverlayFixture(file), missingInSpec: "skip" });
  const chat = overlay.families.get("reasoning")?.endpoints.get("chat.completions");
  expect({
    models: [...overlay.models.keys()],
    params: [...(chat?.params.keys() ?? [])],
    reasoningEffort: chat?.params.get("reasoning_effort"),
    roles: [...(chat?.roles.keys() ?? [])],
  }).toStrictEqual({
    models: ["alpha"],
    params: ["logprobs", "reasoning_effort"],
    reasoningEffort: {
      kind: "constrain",
      constraint: { values: ["low"] },
      reason: "two levels",
      sources: ["T"],
      location: { file, line: 15, column: 9 },
    },
    roles: ["system"],
  });
});

test("validate > an overlay of known names > returns it with no diagnostics", () => {
  const text = `overlay: 1
sources:
  T: { title: t, url: "https://example.org/t" }
families:
  f:
    chat.completions:
      params:
        temperature: { values: [1], reason: r, source: T }
        reasoning_effort: { values: [low], default: low, reason: r, source: T }
        top_logprobs: { requires: { logprobs: [true] }, reason: r, source: T }
models:
  alpha: { extends: f }
  embed-small: { extends: f }
`;
  const { overlay, diagnostics } = validateAgainstSmallChat(parsed(text));
  expect([briefs(diagnostics), [...overlay.models.keys()]]).toStrictEqual([[], ["alpha", "embed-small"]]);
});

for (const { what, rule, expected } of [
  {
    what: "a `requires` value outside the spec enum",
    rule: "{ requires: { reasoning_effort: [none] }, reason: r, source: T }",
    expected:
      '8:9 error MG_OVERLAY_UNKNOWN_VALUE: value "none" is not allowed for "reasoning_effort" by the spec ("low", "medium", "high")',
  },
  {
    what: "a `default` outside the spec enum",
    rule: "{ values: [low], default: minimal, reason: r, source: T }",
    expected:
      '8:9 error MG_OVERLAY_UNKNOWN_VALUE: value "minimal" is not allowed for "reasoning_effort" by the spec ("low", "medium", "high")',
  },
]) {
  test(`validate > ${what} > reports MG_OVERLAY_UNKNOWN_VALUE at the rule`, () => {
    const text = `overlay: 1\nsources:\n  T: { title: t, url: "https://example.org/t" }\nfamilies:\n  f:\n    chat.completions:\n      params:\n        reasoning_effort: ${rule}\n`;
    expect(briefs(validateAgainstSmallChat(parsed(text)).diagnostics)).toStrictEqual([expected]);
  });
}

test("validate > `values: [null]` on a parameter the spec does not make nullable > reports MG_OVERLAY_UNKNOWN_VALUE", () => {
  const text = `overlay: 1\nsources:\n  T: { title: t, url: "https://example.org/t" }\nfamilies:\n  f:\n    chat.completions:\n      params:\n        reasoning_effort: { values: [null], reason: r, source: T }\n`;
  expect(briefs(validateAgainstSmallChat(parsed(text)).diagnostics)).toStrictEqual([
    '8:9 error MG_OVERLAY_UNKNOWN_VALUE: value null is not allowed for "reasoning_effort" by the spec ("low", "medium", "high")',
  ]);
});

test("validate > a block for an endpoint the spec lacks > is dropped without a diagnostic of its own", () => {
  const text = `overlay: 1\nsources:\n  T: { title: t, url: "https://example.org/t" }\nfamilies:\n  f:\n    responses:\n      params:\n        store: { reject: true, reason: r, source: T }\n`;
  const { overlay, diagnostics } = validateAgainstSmallChat(parsed(text));
  expect([briefs(diagnostics), [...(overlay.families.get("f")?.endpoints.keys() ?? [])]]).toStrictEqual([[], []]);
});
