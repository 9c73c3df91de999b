import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { type CapabilityModel, capabilities, type InputFile } from "../../src/index.js";
import { type EndpointTable, validateWith } from "../../templates/runtime.js";
import { repoRoot } from "../support/compilers.js";

/** docs/customising.md's examples, run: every overlay layer in it loads over the built-in overlay, and does what the page says. */
const page = readFileSync(join(repoRoot, "docs", "customising.md"), "utf8");
const yamlBlocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
const layers = yamlBlocks.filter((text) => text.startsWith("overlay: 1"));
const configs = yamlBlocks.filter((text) => !text.startsWith("overlay: 1") && text.includes("deployments:"));
const spec: InputFile = { file: "spec.yaml", bytes: readFileSync(join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml")) };
const layer = (text: string): InputFile => ({ file: "mine.yaml", bytes: Buffer.from(text, "utf8") });
const chat = (model: CapabilityModel) => {
  const endpoint = model.endpoints.find((e) => e.spec.key === "chat.completions");
  if (!endpoint) throw new Error("no chat.completions");
  return endpoint;
};
const messages = [{ role: "user", content: "hi" }];

describe("docs/customising.md", () => {
  test("has the worked examples: four layers and two configs with deployments", () => {
    expect([layers.length, configs.length]).toStrictEqual([4, 2]);
  });

  test("the Azure layer refuses parallel tool calls for gpt-5 at minimal reasoning effort only", () => {
    const text = layers.find((t) => t.includes("parallel_tool_calls")) ?? "";
    const table = runtimeTable(chat(capabilities({ spec, overlays: [layer(text)] }).model)) as EndpointTable;
    const request = (effort: string) => ({ model: "gpt-5", messages, reasoning_effort: effort, parallel_tool_calls: true });
    const minimal = validateWith(table, "chat.completions", request("minimal"));
    expect(minimal.ok ? [] : minimal.problems.map((p) => p.param)).toStrictEqual(["parallel_tool_calls"]);
    expect(validateWith(table, "chat.completions", request("low"))).toStrictEqual({ ok: true });
    const builtIn = runtimeTable(chat(capabilities({ spec }).model)) as EndpointTable;
    expect(validateWith(builtIn, "chat.completions", request("minimal"))).toStrictEqual({ ok: true });
  });

  test.each(layers.map((text, i) => [i + 1, text] as const))("layer %i loads over the built-in overlay without an error", (_i, text) => {
    const { diagnostics } = capabilities({ spec, overlays: [layer(text)] });
    expect(diagnostics.filter((d) => d.severity === "error")).toStrictEqual([]);
  });

  test("the 'API changed' layer accepts logprobs for o3 and adds o9-preview with o3's other rules, noted at its line", () => {
    const text = layers.find((t) => t.includes("o9-preview")) ?? "";
    const { model, diagnostics } = capabilities({ spec, overlays: [layer(text)] });
    const table = runtimeTable(chat(model)) as EndpointTable;
    expect(validateWith(table, "chat.completions", { model: "o3", messages, logprobs: true })).toStrictEqual({ ok: true });
    const o9 = validateWith(table, "chat.completions", { model: "o9-preview", messages, logprobs: true, temperature: 0.5 });
    expect(o9.ok ? [] : o9.problems.map((p) => p.param)).toStrictEqual(["temperature"]);
    const note = diagnostics.find((d) => d.code === "MG_OVERLAY_ADDED_MODEL");
    expect(`${note?.location?.file}:${note?.location?.line}:${note?.location?.column}`).toBe("mine.yaml:13:5");
    expect(page).toContain("mine.yaml:13:5 note MG_OVERLAY_ADDED_MODEL");
  });

  test("the Azure config's deployments get their models' rules, and unknown ones are unchecked", () => {
    for (const text of configs) {
      const config = parseConfig({ file: "modelgate.config.yaml", text, diagnostics: new Diagnostics() });
      const { model } = capabilities({ spec, aliases: config?.deployments ?? {} });
      const table = runtimeTable(chat(model)) as EndpointTable;
      const result = validateWith(table, "chat.completions", { model: "prod-reasoning", messages, max_tokens: 500 });
      expect(result.ok ? [] : result.problems.map((p) => [p.param, p.model])).toStrictEqual([["max_tokens", "prod-reasoning"]]);
      expect(validateWith(table, "chat.completions", { model: "chat-fast", messages, logprobs: true })).toStrictEqual({ ok: true });
      expect(validateWith(table, "chat.completions", { model: "staging", messages })).toStrictEqual({ ok: true, unchecked: true });
    }
  });
});
