import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import type { SourceLocation } from "../../src/diagnostics/diagnostic.js";
import type { Overlay } from "../../src/overlay/overlay-schema.js";
import { briefs, overlayFixturesDir, parseOverlayFixture, parseOverlayText } from "./overlay-fixtures.js";

const file = "every-rule-kind.yaml";
const at = (line: number, column: number): SourceLocation => ({ file, line, column });

test("overlay > a valid file with every rule kind > parses into the expected sources, families and models", () => {
  const overlay = parseOverlayFixture(file);
  const expected: Overlay = {
    file,
    sha256: createHash("sha256")
      .update(readFileSync(`${overlayFixturesDir}${file}`))
      .digest("hex"),
    missingInSpec: "skip",
    sources: new Map([
      ["SPEC", { key: "SPEC", title: "the spec", url: "https://example.org/spec", location: at(7, 3) }],
      ["T", { key: "T", title: "a test source", url: "https://example.org/t", date: "2025-01-21", location: at(8, 3) }],
    ]),
    families: new Map([
      [
        "reasoning",
        {
          name: "reasoning",
          kind: "family",
          summary: "models that think before they answer",
          endpoints: new Map([
            [
              "chat.completions",
              {
                params: new Map([
                  ["logprobs", { kind: "reject", reason: "no token log probabilities", sources: ["T"], location: at(14, 9) }],
                  [
                    "max_tokens",
                    {
                      kind: "reject",
                      rename: "max_completion_tokens",
                      reason: "hidden reasoning tokens",
                      sources: ["T", "SPEC"],
                      location: at(15, 9),
                    },
                  ],
                  [
                    "temperature",
                    {
                      kind: "constrain",
                      constraint: { values: [1], nullable: false },
                      reason: "only the default temperature",
                      sources: ["T"],
                      note: "T tested 1.0",
                      location: at(16, 9),
                    },
                  ],
                  [
                    "top_logprobs",
                    {
                      kind: "constrain",
                      constraint: { requires: { param: "logprobs", values: [true] }, default: { value: 0 } },
                      reason: "needs logprobs on",
                      sources: ["SPEC"],
                      location: at(17, 9),
                    },
                  ],
                ]),
                roles: new Map([
                  ["system", { kind: "reject", reason: "send instructions as a user message", sources: ["T"], location: at(23, 9) }],
                ]),
                location: at(12, 5),
              },
            ],
          ]),
          location: at(10, 3),
        },
      ],
      [
        "alpha",
        {
          name: "alpha",
          kind: "family",
          extends: { name: "reasoning", location: at(25, 14) },
          label: "Alpha",
          endpoints: new Map([
            [
              "chat.completions",
              {
                params: new Map([
                  ["logprobs", { kind: "accept", reason: "alpha returns log probabilities", sources: ["T"], location: at(29, 9) }],
                ]),
                roles: new Map(),
                location: at(27, 5),
              },
            ],
          ]),
          location: at(24, 3),
        },
      ],
    ]),
    models: new Map([
      [
        "alpha",
        { name: "alpha", kind: "model", extends: { name: "alpha", location: at(31, 21) }, endpoints: new Map(), location: at(31, 3) },
      ],
      [
        "gamma",
        {
          name: "gamma",
          kind: "model",
          extends: { name: "reasoning", location: at(33, 14) },
          endpoints: new Map([
            [
              "chat.completions",
              {
                served: { served: false, reason: "served only on another endpoint", sources: ["SPEC"], location: at(34, 5) },
                params: new Map(),
                roles: new Map(),
                location: at(34, 5),
              },
            ],
          ]),
          location: at(32, 3),
        },
      ],
    ]),
  };
  expect(overlay).toStrictEqual(expected);
});

test("overlay > no `missing-in-spec` > defaults to error", () => {
  const { overlay, diagnostics } = parseOverlayText("overlay: 1\n");
  expect([overlay?.missingInSpec, briefs(diagnostics)]).toStrictEqual(["error", []]);
});

for (const { what, text, expected } of [
  {
    what: "an unclosed flow mapping",
    text: "overlay: 1\nmodels:\n  alpha: { extends: reasoning\n  beta: { extends: reasoning }\n",
    expected: "4:3 error MG_OVERLAY_PARSE: Flow map in block collection must be sufficiently indented and end with a }",
  },
  {
    what: "a nested compact mapping",
    text: "overlay: 1\nmodels:\n  alpha: extends: reasoning\n",
    expected: "3:10 error MG_OVERLAY_PARSE: Nested mappings are not allowed in compact mappings",
  },
  {
    what: "a model key given twice",
    text: "overlay: 1\nmodels:\n  alpha: { extends: f }\n  beta: { extends: f }\n  alpha: { extends: g }\n",
    expected: "5:3 error MG_OVERLAY_PARSE: Map keys must be unique",
  },
  {
    what: "a tag that `yaml` only warns about (js-yaml refuses it)",
    text: "overlay: 1\nmodels: !custom\n  alpha: { extends: f }\n",
    expected: "2:9 error MG_OVERLAY_PARSE: Unresolved tag: !custom",
  },
  {
    what: "a tag that only js-yaml refuses",
    text: "overlay: 1\nsources: !!binary aGVsbG8=\n",
    expected: "2:27 error MG_OVERLAY_PARSE: unknown tag !<tag:yaml.org,2002:binary>",
  },
  { what: "an empty file", text: "", expected: "1:1 error MG_OVERLAY_SHAPE: the file is empty: expected a mapping" },
  { what: "a file of comments", text: "# nothing yet\n", expected: "1:1 error MG_OVERLAY_SHAPE: the file is empty: expected a mapping" },
]) {
  test(`overlay > ${what} > reports one error at its line:column and returns no overlay`, () => {
    const { overlay, diagnostics } = parseOverlayText(text);
    expect([overlay, briefs(diagnostics)]).toStrictEqual([undefined, [expected]]);
  });
}

test("overlay > a YAML syntax error > is reported in the overlay's file with the catalog's help", () => {
  const { diagnostics } = parseOverlayText("overlay: 1\nmodels:\n  alpha: extends: reasoning\n", "my-overlay.yaml");
  expect(diagnostics.items).toStrictEqual([
    {
      code: "MG_OVERLAY_PARSE",
      severity: "error",
      message: "Nested mappings are not allowed in compact mappings",
      location: { file: "my-overlay.yaml", line: 3, column: 10 },
    },
  ]);
});

const allowedTopLevel = "allowed here: overlay, missing-in-spec, as-of, sources, widen, families, models, aliases";
const allowedInEntry =
  "allowed here: extends, label, summary, added, shutdown, chat.completions, responses, completions, embeddings, images.generate, images.edit, audio.speech, audio.transcriptions, moderations";

for (const { what, text, expected } of [
  {
    what: "an unknown top-level field",
    text: "overlay: 1\nfamiles:\n  f: {}\n",
    expected: { code: "MG_OVERLAY_SHAPE", message: 'unknown field "familes"', line: 2, column: 1, help: allowedTopLevel },
  },
  {
    what: "an unknown entry field",
    text: "overlay: 1\nfamilies:\n  f:\n    lable: F\n",
    expected: {
      code: "MG_OVERLAY_SHAPE",
      message: 'unknown field "lable": an entry takes extends, label, summary, added and shutdown (models) and endpoint keys',
      line: 4,
      column: 5,
      help: allowedInEntry,
    },
  },
  {
    what: "an unknown field of a source",
    text: 'overlay: 1\nsources:\n  T: { title: t, url: "https://example.org/t", year: 2025 }\n',
    expected: {
      code: "MG_OVERLAY_SHAPE",
      message: 'unknown field "year"',
      line: 3,
      column: 48,
      help: "allowed here: title, url, date, pin",
    },
  },
  {
    what: "an endpoint key with a typo",
    text: "overlay: 1\nfamilies:\n  f:\n    chat.completion: {}\n",
    expected: {
      code: "MG_OVERLAY_UNKNOWN_ENDPOINT",
      message: 'unknown endpoint key "chat.completion"',
      line: 4,
      column: 5,
      help: "use one of: chat.completions, responses, completions, embeddings, images.generate, images.edit, audio.speech, audio.transcriptions, moderations",
    },
  },
]) {
  const { code, message, line, column, help } = expected;
  test(`overlay > ${what} > reports ${code} at the key's line:column with the allowed keys`, () => {
    const { diagnostics } = parseOverlayText(text);
    expect(diagnostics.items).toStrictEqual([{ code, severity: "error", message, location: { file: "overlay.yaml", line, column }, help }]);
  });
}

for (const { what, text, expected } of [
  { what: "`overlay: 2`", text: "overlay: 2\n", expected: "1:10 error MG_OVERLAY_SHAPE: `overlay:` must be 1 (the format version)" },
  {
    what: "`missing-in-spec: warn`",
    text: "overlay: 1\nmissing-in-spec: warn\n",
    expected: "2:18 error MG_OVERLAY_SHAPE: `missing-in-spec` must be `error` or `skip`",
  },
  {
    what: "a source without a url",
    text: "overlay: 1\nsources:\n  T: { title: t }\n",
    expected: '3:6 error MG_OVERLAY_SHAPE: source "T" needs a `title` and a `url`',
  },
  {
    what: "a model without `extends`",
    text: "overlay: 1\nmodels:\n  alpha: { label: Alpha }\n",
    expected: '3:10 error MG_OVERLAY_SHAPE: model "alpha" needs `extends: <family>`',
  },
  {
    what: "`models:` as a list",
    text: "overlay: 1\nmodels:\n  - alpha\n",
    expected: "3:3 error MG_OVERLAY_SHAPE: `models` must be a mapping",
  },
]) {
  test(`overlay > ${what} > is a shape error at its line:column`, () => {
    expect(briefs(parseOverlayText(text).diagnostics)).toStrictEqual([expected]);
  });
}

test("overlay > a model without `extends` > is still listed, so later stages can name it", () => {
  const { overlay } = parseOverlayText("overlay: 1\nmodels:\n  alpha: { label: Alpha }\n");
  expect([...(overlay?.models.keys() ?? [])]).toStrictEqual(["alpha"]);
});
