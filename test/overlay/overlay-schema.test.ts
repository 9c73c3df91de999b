import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../support/compilers.js";
import { overlayFixturesDir, parseOverlayText } from "./overlay-fixtures.js";

/**
 * The overlay's JSON Schema (shipped as overlays/overlay.schema.json, for editors) and the loader cannot drift: the
 * default overlay and every clean fixture pass both; the fields each level allows are the same in both (read from
 * the loader's own "allowed here" help); and shapes the loader refuses, the schema refuses.
 */
const schema = JSON.parse(readFileSync(join(repoRoot, "overlays", "overlay.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const schemaErrors = (value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);

describe("overlay schema", () => {
  test("the default overlay passes the schema", () => {
    const text = readFileSync(join(repoRoot, "overlays", "openai.yaml"), "utf8");
    expect(schemaErrors(parse(text))).toStrictEqual([]);
  });

  test("every overlay fixture the loader reads without a shape error passes the schema", () => {
    const names = readdirSync(overlayFixturesDir).filter((n) => n.endsWith(".yaml"));
    expect(names.length).toBeGreaterThan(2);
    for (const name of names) {
      const text = readFileSync(join(overlayFixturesDir, name), "utf8");
      const shapeErrors = parseOverlayText(text, name).diagnostics.items.filter((d) => d.code === "MG_OVERLAY_SHAPE");
      if (shapeErrors.length === 0) expect(schemaErrors(parse(text)), name).toStrictEqual([]);
    }
  });

  /** Each level of the format: a document with an unknown field there, and where that level sits in the schema. */
  const levels: [string, string, string[]][] = [
    ["top level", "overlay: 1\nzz-probe: 1\n", ["properties"]],
    ["a source", "overlay: 1\nsources:\n  S: { title: t, url: u, zz-probe: 1 }\n", ["definitions", "source", "properties"]],
    [
      "a source's pin",
      "overlay: 1\nsources:\n  S: { title: t, url: u, pin: { posted: 2025-01-01, zz-probe: 1 } }\n",
      ["definitions", "pin", "properties"],
    ],
    ["an entry", "overlay: 1\nfamilies:\n  f: { zz-probe: 1 }\n", ["definitions", "entry", "properties"]],
    [
      "a model's `added`",
      "overlay: 1\nmodels:\n  m: { extends: o1, added: { endpoints: [responses], reason: r, source: S, zz-probe: 1 } }\n",
      ["definitions", "added", "properties"],
    ],
    [
      "an endpoint block",
      "overlay: 1\nfamilies:\n  f:\n    chat.completions: { served: false, reason: r, source: S, zz-probe: 1 }\n",
      ["definitions", "endpointBlock", "properties"],
    ],
    [
      "a parameter rule",
      "overlay: 1\nfamilies:\n  f:\n    chat.completions:\n      params:\n        seed: { reject: true, reason: r, source: S, zz-probe: 1 }\n",
      ["definitions", "paramRule", "properties"],
    ],
    [
      "a widening",
      "overlay: 1\nwiden:\n  /components/schemas/X/properties/y: { add: [z], reason: r, source: S, zz-probe: 1 }\n",
      ["definitions", "widening", "properties"],
    ],
    [
      "a role rule",
      "overlay: 1\nfamilies:\n  f:\n    chat.completions:\n      roles:\n        system: { reject: true, reason: r, source: S, zz-probe: 1 }\n",
      ["definitions", "roleRule", "properties"],
    ],
  ];

  test.each(levels)("%s allows the same fields in the loader and the schema, and both refuse an unknown one", (_level, text, path) => {
    const help = parseOverlayText(text).diagnostics.items.find((d) => d.message.includes("zz-probe"))?.help ?? "";
    const loaderFields = help
      .replace(/^allowed here: /, "")
      .split(", ")
      .sort();
    const node = path.reduce((at, key) => at[key], schema);
    expect(loaderFields.length).toBeGreaterThan(1);
    expect(Object.keys(node).sort()).toStrictEqual(loaderFields);
    expect(schemaErrors(parse(text)).length).toBeGreaterThan(0);
  });

  test.each([
    ["`overlay: 2`", "overlay: 2\n"],
    ["`missing-in-spec: warn`", "overlay: 1\nmissing-in-spec: warn\n"],
    ["a source without a url", "overlay: 1\nsources:\n  T: { title: t }\n"],
    ["a pin of two kinds", "overlay: 1\nsources:\n  T: { title: t, url: u, pin: { posted: 2025-01-01, snapshot: 2025-01-01 } }\n"],
    ["a pin with lines but no commit", "overlay: 1\nsources:\n  T: { title: t, url: u, pin: { lines: L1-L2 } }\n"],
    ["a pin whose commit is not hex", "overlay: 1\nsources:\n  T: { title: t, url: u, pin: { commit: main } }\n"],
    ["an empty pin", "overlay: 1\nsources:\n  T: { title: t, url: u, pin: {} }\n"],
    ["a rule without a reason", "overlay: 1\nfamilies:\n  f: { chat.completions: { params: { seed: { reject: true, source: S } } } }\n"],
    [
      "`reject: false`",
      "overlay: 1\nfamilies:\n  f: { chat.completions: { params: { seed: { reject: false, reason: r, source: S } } } }\n",
    ],
    [
      "`nullable: true`",
      "overlay: 1\nfamilies:\n  f: { chat.completions: { params: { seed: { nullable: true, reason: r, source: S } } } }\n",
    ],
    ["a rule that says nothing", "overlay: 1\nfamilies:\n  f: { chat.completions: { params: { seed: { reason: r, source: S } } } }\n"],
    [
      "`requires` on two parameters",
      "overlay: 1\nfamilies:\n  f: { chat.completions: { params: { seed: { requires: { a: [1], b: [2] }, reason: r, source: S } } } }\n",
    ],
    [
      "`required: { any-of }` with one alternative",
      "overlay: 1\nfamilies:\n  f: { chat.completions: { params: { seed: { required: { any-of: { seed: [1] } }, reason: r, source: S } } } }\n",
    ],
    [
      "`required` as a mapping without `any-of`",
      "overlay: 1\nfamilies:\n  f: { chat.completions: { params: { seed: { required: { one-of: { a: [1], b: [2] } }, reason: r, source: S } } } }\n",
    ],
    ["an alias that is not a string", "overlay: 1\naliases:\n  mine: [o1]\n"],
    ["`added` without endpoints", "overlay: 1\nmodels:\n  m: { extends: o1, added: { reason: r, source: S } }\n"],
    ["`added` with an unknown endpoint", "overlay: 1\nmodels:\n  m: { extends: o1, added: { endpoints: [chat], reason: r, source: S } }\n"],
    ["a role rule without reject", "overlay: 1\nfamilies:\n  f: { chat.completions: { roles: { system: { reason: r, source: S } } } }\n"],
  ])("%s is refused by the loader and by the schema", (_what, text) => {
    const loader = parseOverlayText(text).diagnostics.items.filter((d) => d.severity === "error");
    expect(loader.length).toBeGreaterThan(0);
    expect(schemaErrors(parse(text)).length).toBeGreaterThan(0);
  });
});
