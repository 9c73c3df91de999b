import { describe, expect, test } from "vitest";
import type { SpecDiff } from "../../src/diff/diff-types.js";
import { report } from "../../src/index.js";
import { renderDiff } from "../../src/report/render-diff.js";
import { matrixRows, rowOf, smallChatInputs, textOf } from "./report-support.js";

/** A hand-made diff with one of each change. */
const changedDiff: SpecDiff = {
  diff: 1,
  old: { file: "/abs/old/openapi.yaml", sha256: "a".repeat(64), version: "2.1.0" },
  new: { file: "specs/new.yaml", sha256: "b".repeat(64) },
  overlay: { file: "/abs/overlays/openai.yaml", sha256: "c".repeat(64) },
  changed: true,
  endpoints: [
    {
      endpoint: "chat.completions",
      status: "changed",
      requestSchema: { old: "CreateChatCompletionRequest", new: "CreateChatCompletionRequest" },
      modelsAdded: ["alpha-2025-01-01", "beta"],
      modelsRemoved: ["o1-preview"],
      params: [
        { param: "audio", change: "removed", type: "ChatCompletionAudioParam" },
        { param: "reasoning_effort", change: "changed", changes: [{ field: "enum", added: ["minimal", 2], removed: ["none"] }] },
        {
          param: "top_p",
          change: "changed",
          changes: [
            { field: "type", old: "number", new: "number | null" },
            { field: "nullable", old: false, new: true },
          ],
        },
        { param: "verbosity", change: "added", type: '"low" | "high"', required: false, nullable: true, deprecated: false },
      ],
      unclassified: ["delta"],
    },
    {
      endpoint: "responses",
      status: "added",
      requestSchema: { new: "CreateResponse" },
      modelsAdded: [],
      modelsRemoved: [],
      params: [],
      unclassified: [],
    },
    {
      endpoint: "embeddings",
      status: "unchanged",
      requestSchema: { old: "CreateEmbeddingRequest", new: "CreateEmbeddingRequest" },
      modelsAdded: [],
      modelsRemoved: [],
      params: [],
      unclassified: [],
    },
  ],
  breaking: [
    {
      endpoint: "chat.completions",
      symbol: "o1PreviewRequest",
      model: "o1-preview",
      message: "model o1-preview was removed from the spec",
    },
    { endpoint: "chat.completions", symbol: "CreateChatCompletionRequest", param: "audio", message: "parameter audio was removed" },
  ],
};

const unchangedDiff: SpecDiff = {
  ...changedDiff,
  changed: false,
  endpoints: changedDiff.endpoints.map((e) => ({
    ...e,
    status: "unchanged",
    modelsAdded: [],
    modelsRemoved: [],
    params: [],
    unclassified: [],
  })),
  breaking: [],
};

/** The section's text, one line per element line, blank lines dropped. */
const lines = (html: string): string[] =>
  textOf(html)
    .split("\n")
    .filter((line) => line.trim() !== "");

describe("report > what changed", () => {
  test("shows both specs by base name, the breaking changes, and per changed endpoint each change", () => {
    expect(lines(renderDiff(changedDiff))).toStrictEqual([
      "What changed",
      "From openapi.yaml version 2.1.0 to new.yaml; new model ids classified by openai.yaml.",
      "Breaking changes (2)",
      "endpointsymbolmodelparameterwhy",
      "chat.completionso1PreviewRequesto1-previewmodel o1-preview was removed from the spec",
      "chat.completionsCreateChatCompletionRequestaudioparameter audio was removed",
      "chat.completions changed CreateChatCompletionRequest",
      "models added (2): alpha-2025-01-01, beta",
      "models removed (1): o1-preview",
      "parameter audio removed (was ChatCompletionAudioParam)",
      "parameter reasoning_effort changed: values +minimal, +2, −none",
      "parameter top_p changed: type number → number | null; nullable false → true",
      'parameter verbosity added: "low" | "high" (nullable)',
      "not classified by the overlay (1): delta",
      "responses added CreateResponse",
      "Unchanged: embeddings",
    ]);
  });

  test("the breaking table has one row per breaking change, in the diff's order", () => {
    const table = /<table class="breaking">[\s\S]*?<\/table>/.exec(renderDiff(changedDiff))?.[0] ?? "";
    const rows = [...table.matchAll(/<tr><td>(.*?)<\/tr>/g)].map((m) =>
      [...(m[0] ?? "").matchAll(/<td>(.*?)<\/td>/g)].map((c) => textOf(c[1] ?? "")),
    );
    expect(rows).toStrictEqual([
      ["chat.completions", "o1PreviewRequest", "o1-preview", "", "model o1-preview was removed from the spec"],
      ["chat.completions", "CreateChatCompletionRequest", "", "audio", "parameter audio was removed"],
    ]);
  });

  test("an unchanged diff says nothing changed and nothing breaks", () => {
    expect(lines(renderDiff(unchangedDiff))).toStrictEqual([
      "What changed",
      "From openapi.yaml version 2.1.0 to new.yaml; new model ids classified by openai.yaml.",
      "Nothing changed.",
      "Breaking changes",
      "None: code written against the old output still compiles.",
      "Unchanged: chat.completions, responses, embeddings",
    ]);
  });

  test("escapes the diff's strings", () => {
    const hostile: SpecDiff = {
      ...changedDiff,
      breaking: [{ endpoint: "chat.completions", symbol: "<b>x</b>", message: `<script>alert("m")</script>` }],
    };
    const html = renderDiff(hostile);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;m&quot;)&lt;/script&gt;");
  });

  test("in the page > comes before the matrices, and the matrix marks the added models 'new'", () => {
    const html = report({ ...smallChatInputs("report-chat.yaml"), diff: changedDiff }).html;
    expect(html.indexOf('id="what-changed"')).toBeGreaterThan(0);
    expect(html.indexOf('id="what-changed"')).toBeLessThan(html.indexOf("<table data-endpoint="));
    const rows = matrixRows(html, "chat.completions");
    expect(rows.filter((r) => r.line.includes('<span class="new">new</span>')).map((r) => r.model)).toStrictEqual([
      "alpha-2025-01-01",
      "beta",
    ]);
    expect(rowOf(rows, "alpha").line).not.toContain('class="new"');
  });

  test("without a diff > no What changed section and no 'new' marks", () => {
    const html = report(smallChatInputs("report-chat.yaml")).html;
    expect(html).not.toContain("What changed");
    expect(html).not.toContain('class="new"');
  });
});
