import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { capabilities, type InputFile } from "../../src/index.js";
import { AdaptError, adaptWith, type EndpointTable, validateWith } from "../../templates/runtime.js";
import { repoRoot } from "../support/compilers.js";

// Parameters a model must receive (`required: true`, issue 11 item 4), at run time, on the newest spec. The deep research
// models were retired on 2026-07-23: a layer with an earlier as-of brings them back, as a user compiling old
// recordings would.
const spec: InputFile = {
  file: "spec.yaml",
  bytes: readFileSync(join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml")),
};
const earlier: InputFile = { file: "earlier.yaml", bytes: Buffer.from("overlay: 1\nas-of: 2026-07-01\n", "utf8") };

function tableOf(key: string, overlays: InputFile[]): EndpointTable {
  const endpoint = capabilities({ spec, overlays }).model.endpoints.find((e) => e.spec.key === key);
  if (!endpoint) throw new Error(`no ${key}`);
  return runtimeTable(endpoint) as EndpointTable;
}

describe("runtime > requirements of the default overlay", () => {
  const NEEDS_TOOLS =
    "o3 / o4-mini deep research needs tools: deep research needs a data source: at least one web search (preview), MCP or file search tool";

  test("a deep research request without tools is reported, naming the sources; adaptRequest cannot add one", () => {
    const table = tableOf("responses", [earlier]);
    const request = { model: "o4-mini-deep-research", input: "Survey the field." };
    expect(validateWith(table, "responses", request)).toStrictEqual({
      ok: false,
      problems: [{ param: "tools", message: NEEDS_TOOLS, model: "o4-mini-deep-research", sources: ["OAI-DR", "LOBE-8291", "OWUI-630"] }],
    });
    expect(() => adaptWith(table, "responses", request)).toThrow(AdaptError);
    for (const tool of [{ type: "web_search_preview" }, { type: "mcp", server_label: "s", server_url: "https://x" }]) {
      expect(validateWith(table, "responses", { ...request, tools: [tool] })).toStrictEqual({ ok: true });
    }
  });

  test("with the default as-of the deep research models are retired, and the retirement is what is reported", () => {
    const result = validateWith(tableOf("responses", []), "responses", { model: "o3-deep-research", input: "x" });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ param: "model", message: expect.stringContaining("was retired on 2026-07-23") }],
    });
  });

  test("an audio preview model gets no requirement: audio input alone (without modalities) is a request the API takes", () => {
    const table = tableOf("chat.completions", []);
    const messages = [{ role: "user", content: [{ type: "input_audio", input_audio: { data: "AAAA", format: "wav" } }] }];
    expect(validateWith(table, "chat.completions", { model: "gpt-4o-audio-preview", messages })).toStrictEqual({ ok: true });
  });
});
