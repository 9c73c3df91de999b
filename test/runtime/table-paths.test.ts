import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { capabilities, type InputFile } from "../../src/index.js";
import { adaptWith, type EndpointTable, type RuleTable, validateWith } from "../../templates/runtime.js";
import { repoRoot } from "../support/compilers.js";

// The runtime table carries what the generator worked out once: split parameter paths and, for each `requires`
// rule, whether it holds when its controller is absent. The runtime parses no path and looks up no default.

const rule = (extra: Partial<RuleTable>): RuleTable => ({
  kind: "constrain",
  messages: { values: "v", requires: "r" },
  sources: ["S"],
  ...extra,
});
const table = (extra: Partial<EndpointTable>): EndpointTable => ({
  schema: "Req",
  params: ["model", "reasoning", "effort", "logprobs", "top_logprobs", "tools"],
  paths: {},
  models: { m: "p" },
  profiles: { p: { label: "m", params: {}, roles: {} } },
  unserved: {},
  ...extra,
});
const withRules = (params: Record<string, RuleTable>, paths: EndpointTable["paths"] = {}): EndpointTable =>
  table({ paths, profiles: { p: { label: "m", params, roles: {} } } });

describe("runtime table > paths come from the table", () => {
  test("a rule key is found where its path says, not by splitting the name", () => {
    const params = { effort: rule({ values: ["low"] }) };
    const request = { model: "m", reasoning: { effort: "high" } };
    // The same key without a path is the top-level `effort`, absent here: nothing to report.
    expect(validateWith(withRules(params), "e", request)).toStrictEqual({ ok: true });
    const nested = withRules(params, { effort: { param: "reasoning", child: "effort" } });
    expect(validateWith(nested, "e", request)).toMatchObject({ ok: false, problems: [{ param: "effort", message: "v" }] });
    // adaptRequest drops it inside a copy of `reasoning`, by the same path.
    const adapted = adaptWith(nested, "e", request);
    expect(adapted.request).toStrictEqual({ model: "m", reasoning: {} });
    expect(request.reasoning).toStrictEqual({ effort: "high" });
  });

  test("a dotted name without a table path is a top-level key (the template splits nothing)", () => {
    const params = { "reasoning.effort": rule({ values: ["low"] }) };
    const request = { model: "m", reasoning: { effort: "low" }, "reasoning.effort": "high" };
    const result = validateWith(withRules(params), "e", request);
    expect(result).toMatchObject({ ok: false, problems: [{ param: "reasoning.effort" }] });
  });

  test("an item kind is an item kind because its path has `item`", () => {
    const params = { kinds: rule({ values: ["function"] }) };
    const request = { model: "m", tools: [{ type: "function" }, { type: "custom" }] };
    const itemized = withRules(params, { kinds: { param: "tools", item: "type" } });
    expect(validateWith(itemized, "e", request)).toMatchObject({ ok: false, problems: [{ param: "tools[1].type" }] });
  });
});

describe("runtime table > requires decides an absent controller by the table's `absent`", () => {
  const requires = (absent: boolean) =>
    withRules({
      top_logprobs: rule({ requires: { param: "logprobs", values: [true], absent } }),
      logprobs: rule({ values: [true, false] }),
    });
  const request = { model: "m", top_logprobs: 2 };

  test("absent: true holds without the controller, absent: false does not (no default is looked up)", () => {
    expect(validateWith(requires(true), "e", request)).toStrictEqual({ ok: true });
    expect(validateWith(requires(false), "e", request)).toMatchObject({ ok: false, problems: [{ param: "top_logprobs" }] });
  });

  test("a null or refused controller counts as absent; a sent one decides by its value", () => {
    expect(validateWith(requires(true), "e", { ...request, logprobs: null })).toStrictEqual({ ok: true });
    expect(validateWith(requires(true), "e", { ...request, logprobs: "yes" })).toMatchObject({
      ok: false,
      problems: [{ param: "logprobs" }],
    });
    expect(validateWith(requires(true), "e", { ...request, logprobs: false })).toMatchObject({
      ok: false,
      problems: [{ param: "top_logprobs" }],
    });
    expect(validateWith(requires(false), "e", { ...request, logprobs: true })).toStrictEqual({ ok: true });
  });
});

describe("runtime table > what the generator writes for the real spec", () => {
  const spec: InputFile = { file: "spec.yaml", bytes: readFileSync(join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml")) };
  const { model } = capabilities({ spec });
  const tables = new Map(model.endpoints.map((e) => [e.spec.key, runtimeTable(e)]));

  test("every nested or item name the rules use has a split path; top-level names have none", () => {
    for (const [key, t] of tables) {
      for (const profile of Object.values(t.profiles)) {
        for (const [name, r] of Object.entries(profile.params)) {
          const nested = name.includes(".") || name.includes("[]");
          expect(Object.hasOwn(t.paths, name), `${key} ${name}`).toBe(nested);
          if (r.rename?.includes(".")) expect(Object.hasOwn(t.paths, r.rename), `${key} → ${r.rename}`).toBe(true);
        }
      }
      for (const name of t.notNull ?? []) if (name.includes(".")) expect(Object.hasOwn(t.paths, name), `${key} notNull ${name}`).toBe(true);
    }
    expect(tables.get("responses")?.paths["reasoning.effort"]).toStrictEqual({ param: "reasoning", child: "effort" });
    expect(tables.get("chat.completions")?.paths["tools[].type"]).toStrictEqual({ param: "tools", item: "type" });
  });

  test("each requires rule's `absent` is the profile's dependent group's (the same cases the types use)", () => {
    let seen = 0;
    for (const endpoint of model.endpoints) {
      const t = tables.get(endpoint.spec.key);
      for (const profile of endpoint.profiles) {
        for (const [name, r] of Object.entries(t?.profiles[profile.name]?.params ?? {})) {
          if (!r.requires) continue;
          const group = profile.groups.find((g) => g.dependents.includes(name) && g.controller.name === r.requires?.param);
          expect(r.requires.absent, `${profile.name} ${name}`).toBe(group?.holds.absent);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe("runtime table > the code that reads it splits no names and looks up no defaults", () => {
  // Comments may mention `reasoning.effort`; only the code counts.
  const code = (file: string): string =>
    readFileSync(join(repoRoot, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
  const splitting: [string, RegExp][] = [
    ["an item-kind regex", /\\\[\\\]/],
    ["indexOf/lastIndexOf of a dot", /indexOf\(\s*["']\.["']\s*\)/],
    ["split on a dot or []", /\.split\(\s*["'](\.|\[\])["']/],
    ["includes of a dot or []", /\.includes\(\s*["'](\.|\[\])["']\s*\)/],
  ];

  for (const file of ["templates/runtime.ts", "src/verify/probe-plan.ts"]) {
    test(`${file} finds every nested or item name in table.paths`, () => {
      const text = code(file);
      for (const [what, pattern] of splitting) expect(pattern.test(text), `${file}: ${what}`).toBe(false);
      expect(text).toContain(".paths");
    });
  }

  // Their consumers read the split path the probe plan or the capability model carries.
  for (const file of ["src/verify/run-probes.ts", "src/verify/verify-report.ts", "src/report/matrix-columns.ts"]) {
    test(`${file} splits no parameter name`, () => {
      const text = code(file);
      for (const [what, pattern] of splitting) expect(pattern.test(text), `${file}: ${what}`).toBe(false);
    });
  }

  test("templates/runtime.ts looks up no other parameter's default: a requires rule's `absent` is data", () => {
    const text = code("templates/runtime.ts");
    // A rule's own `default` (its own default value passes) is data about that rule; a default read through a
    // looked-up rule (`profile.params[x]?.default?.value`, the old effective()) is the case computation the table now carries.
    expect(text).not.toMatch(/\?\.default\?\.value/);
    expect(text).toContain("requires.absent");
  });

  test("the guard sees the old forms (it can fail)", () => {
    const old = 'const item = /^(.*)\\[\\]\\.(.*)$/.exec(param); const dot = param.indexOf("."); return rule?.default?.value;';
    expect(splitting.some(([, pattern]) => pattern.test(old))).toBe(true);
    expect(/indexOf\(\s*["']\.["']\s*\)/.test(old)).toBe(true);
    expect(old).toMatch(/\?\.default\?\.value/);
  });
});
