import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { type CapabilityModel, capabilities, type InputFile } from "../../src/index.js";
import { adaptWith, type EndpointTable, validateWith } from "../../templates/runtime.js";
import { repoRoot } from "../support/compilers.js";
import { errorsOf } from "../support/thrown.js";

/** Aliases and added models over the built-in overlay, on real specs, as a user writes them. */
const specFile = (name: string): InputFile => ({
  file: name,
  bytes: readFileSync(join(repoRoot, "..", "shared", "openai-openapi", name)),
});
const spec = specFile("2026-08-21.yaml");
const layer = (text: string, file = "mine.yaml"): InputFile => ({ file, bytes: Buffer.from(text, "utf8") });
const header = `overlay: 1\nsources:\n  OURS: { title: "our probe", url: "https://example.com/probe" }\n`;

const chatOf = (model: CapabilityModel) => model.endpoints.find((e) => e.spec.key === "chat.completions");
const tableOf = (model: CapabilityModel, key = "chat.completions") => {
  const endpoint = model.endpoints.find((e) => e.spec.key === key);
  if (!endpoint) throw new Error(`no ${key}`);
  return runtimeTable(endpoint) as EndpointTable;
};
const profileOf = (model: CapabilityModel, id: string, key = "chat.completions") =>
  model.endpoints.find((e) => e.spec.key === key)?.models.find((m) => m.id === id)?.profile;

describe("aliases", () => {
  const mine = layer(`${header}aliases:\n  my-reasoning-deployment: o3\n  gpt-4o: gpt-4o\n`);
  const { model, diagnostics } = capabilities({
    spec,
    overlays: [mine],
    aliases: { "azure-4o": "gpt-4o" },
    aliasLocations: { "azure-4o": { file: "modelgate.config.yaml", line: 4, column: 3 } },
  });

  test("an alias is served wherever its model is, with its model's profile (overlay `aliases:` and the aliases option)", () => {
    expect(profileOf(model, "my-reasoning-deployment")).toBe(profileOf(model, "o3"));
    expect(profileOf(model, "my-reasoning-deployment", "responses")).toBe(profileOf(model, "o3", "responses"));
    expect(profileOf(model, "azure-4o")).toBe(profileOf(model, "gpt-4o"));
    expect(profileOf(model, "my-reasoning-deployment")).toBe("o3-o4-mini");
    // Where its model is not served, neither is the alias.
    const completions = model.endpoints.find((e) => e.spec.key === "completions");
    expect(completions?.models.some((m) => m.id === "my-reasoning-deployment")).toBe(false);
  });

  test("a deployment named after its model is no alias: nothing is added, nothing reported", () => {
    expect(chatOf(model)?.models.filter((m) => m.id === "gpt-4o")).toHaveLength(1);
    expect(diagnostics.filter((d) => d.code.startsWith("MG_ALIAS"))).toStrictEqual([]);
  });

  test("at run time an alias gets its model's rules and is not marked unchecked", () => {
    const table = tableOf(model);
    const messages = [{ role: "user", content: "hi" }];
    const checked = validateWith(table, "chat.completions", { model: "my-reasoning-deployment", messages, logprobs: true });
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.problems.map((p) => [p.param, p.model])).toStrictEqual([["logprobs", "my-reasoning-deployment"]]);
    expect(validateWith(table, "chat.completions", { model: "azure-4o", messages, logprobs: true })).toStrictEqual({ ok: true });
    const adapted = adaptWith(table, "chat.completions", { model: "my-reasoning-deployment", messages, max_tokens: 5 });
    expect(adapted.request).toStrictEqual({ model: "my-reasoning-deployment", messages, max_completion_tokens: 5 });
    expect(adapted.unchecked).toBeUndefined();
    expect(validateWith(table, "chat.completions", { model: "other-deployment", messages })).toStrictEqual({ ok: true, unchecked: true });
  });

  test("a later layer's alias replaces an earlier one's of the same name", () => {
    const second = layer("overlay: 1\naliases:\n  my-reasoning-deployment: gpt-5.4\n", "second.yaml");
    const layered = capabilities({ spec, overlays: [mine, second] }).model;
    expect(profileOf(layered, "my-reasoning-deployment")).toBe(profileOf(layered, "gpt-5.4"));
  });

  test("a chain of aliases is an error at the alias that points at another alias", () => {
    const chain = layer("overlay: 1\naliases:\n  a: b\n  b: o1\n");
    expect(errorsOf(() => capabilities({ spec, overlays: [chain] }))).toStrictEqual(["mine.yaml:3:3 MG_ALIAS_CHAIN"]);
  });

  test("a cycle of aliases is an error at each of its members, also across the overlay and the aliases option", () => {
    const cycle = layer("overlay: 1\naliases:\n  a: b\n  b: a\n");
    expect(errorsOf(() => capabilities({ spec, overlays: [cycle] }))).toStrictEqual([
      "mine.yaml:3:3 MG_ALIAS_CYCLE",
      "mine.yaml:4:3 MG_ALIAS_CYCLE",
    ]);
    const half = layer("overlay: 1\naliases:\n  a: b\n");
    const at = { file: "modelgate.config.json", line: 3, column: 5 };
    expect(errorsOf(() => capabilities({ spec, overlays: [half], aliases: { b: "a" }, aliasLocations: { b: at } }))).toStrictEqual([
      "mine.yaml:3:3 MG_ALIAS_CYCLE",
      "modelgate.config.json:3:5 MG_ALIAS_CYCLE",
    ]);
  });

  test("an alias of an unknown model, or named like a model or a family, is an error at its line", () => {
    const typo = layer("overlay: 1\naliases:\n  mine: o1-preveiw\n  o3: o1\n  reasoning: o1\n");
    expect(errorsOf(() => capabilities({ spec, overlays: [typo] }))).toStrictEqual([
      "mine.yaml:3:3 MG_ALIAS_UNKNOWN_TARGET",
      "mine.yaml:4:3 MG_ALIAS_SHADOWS",
      "mine.yaml:5:3 MG_ALIAS_SHADOWS",
    ]);
  });

  test("a config's `deployments:` feed the same aliases, and their errors point into the config", () => {
    const text = "strict: false\ndeployments:\n  prod-reasoning: o3\n  staging: prod-reasoning\n";
    const config = parseConfig({ file: "modelgate.config.yaml", text, diagnostics: new Diagnostics() });
    const fromConfig = { aliases: config?.deployments ?? {}, aliasLocations: config?.deploymentLocations ?? {} };
    expect(errorsOf(() => capabilities({ spec, ...fromConfig }))).toStrictEqual(["modelgate.config.yaml:4:3 MG_ALIAS_CHAIN"]);
    const fixed = { ...fromConfig, aliases: { ...fromConfig.aliases, staging: "o3" } };
    expect(profileOf(capabilities({ spec, ...fixed }).model, "staging")).toBe("o3-o4-mini");
  });

  test("aliases given beside the overlays (a config's deployments) change the overlay hash of the output's header", () => {
    const plain = capabilities({ spec }).model.overlay.sha256;
    expect(capabilities({ spec, aliases: { x: "o1" } }).model.overlay.sha256).not.toBe(plain);
    expect(capabilities({ spec, aliases: { x: "o3" } }).model.overlay.sha256).not.toBe(
      capabilities({ spec, aliases: { x: "o1" } }).model.overlay.sha256,
    );
    expect(capabilities({ spec, aliases: {} }).model.overlay.sha256).toBe(plain);
  });

  test("`aliases` must map names to strings", () => {
    const wrong = layer("overlay: 1\naliases:\n  mine: [o1]\n");
    expect(errorsOf(() => capabilities({ spec, overlays: [wrong] }))).toStrictEqual(["mine.yaml:3:9 MG_OVERLAY_SHAPE"]);
  });
});

describe("models the spec does not list (`added:`)", () => {
  const added = layer(`${header}models:
  o9-preview:
    extends: o3
    added:
      endpoints: [chat.completions, responses]
      reason: the API serves it before the spec lists it
      source: OURS
`);

  test("an added model joins the endpoints it names with its family's rules, and a note says it came from the overlay", () => {
    const { model, diagnostics } = capabilities({ spec, overlays: [added] });
    expect(profileOf(model, "o9-preview")).toBe("o3-o4-mini");
    expect(profileOf(model, "o9-preview", "responses")).toBe(profileOf(model, "o3", "responses"));
    expect(chatOf(model)?.unclassified).not.toContain("o9-preview");
    const notes = diagnostics.filter((d) => d.code.startsWith("MG_OVERLAY_ADDED"));
    expect(notes.map((d) => [d.severity, d.code, `${d.location?.file}:${d.location?.line}`])).toStrictEqual([
      ["note", "MG_OVERLAY_ADDED_MODEL", "mine.yaml:7"],
    ]);
    expect(notes[0]?.message).toContain('"o9-preview" of chat.completions, responses comes from the overlay');
    const problems = validateWith(tableOf(model), "chat.completions", { model: "o9-preview", messages: [], logprobs: true });
    expect(problems.ok ? [] : problems.problems.map((p) => p.param)).toStrictEqual(["logprobs"]);
  });

  test("once the spec lists the id, the entry is an ordinary one and a note says so", () => {
    const early = layer(`${header}models:
  gpt-5.5:
    added: { endpoints: [chat.completions], reason: "served before the spec listed it", source: OURS }
`);
    const before = capabilities({ spec: specFile("2026-07-15.yaml"), overlays: [early] });
    const after = capabilities({ spec, overlays: [early] });
    const codes = (d: { code: string }[]) => d.map((x) => x.code).filter((c) => c.startsWith("MG_OVERLAY_ADDED"));
    expect(codes(before.diagnostics)).toStrictEqual(["MG_OVERLAY_ADDED_MODEL"]);
    expect(codes(after.diagnostics)).toStrictEqual(["MG_OVERLAY_ADDED_LISTED"]);
    expect(profileOf(before.model, "gpt-5.5")).toBe(profileOf(after.model, "gpt-5.5"));
    expect(chatOf(after.model)?.models.filter((m) => m.id === "gpt-5.5")).toHaveLength(1);
    expect(profileOf(capabilities({ spec: specFile("2026-07-15.yaml") }).model, "gpt-5.5")).toBeUndefined();
  });

  test("`added` on a family, without endpoints, or with an unknown endpoint key is an error at its line", () => {
    const wrong = layer(`${header}families:
  f: { added: { endpoints: [chat.completions], reason: r, source: OURS } }
models:
  m1: { extends: o1, added: { reason: r, source: OURS } }
  m2: { extends: o1, added: { endpoints: [chat.completion], reason: r, source: OURS } }
`);
    expect(errorsOf(() => capabilities({ spec, overlays: [wrong] }))).toStrictEqual([
      "mine.yaml:5:8 MG_OVERLAY_SHAPE",
      "mine.yaml:7:29 MG_OVERLAY_SHAPE",
      "mine.yaml:8:42 MG_OVERLAY_UNKNOWN_ENDPOINT",
    ]);
  });
});
