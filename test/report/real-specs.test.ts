import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { renderReport } from "../../src/report/render-report.js";
import { capabilitiesOf, decode, inputFile, matrixRows, newestSpec } from "./report-support.js";

const specsDir = join(newestSpec, "..");
const snapshots = readdirSync(specsDir)
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .sort();

describe("report > every shared spec snapshot with the default overlay", () => {
  test("there are snapshots to test", () => {
    expect(snapshots.length).toBeGreaterThanOrEqual(7);
  });

  test.each(snapshots)("%s > a matrix per covered endpoint with one row per model id", (name) => {
    const model = capabilitiesOf({ spec: inputFile(join(specsDir, name)) });
    const html = renderReport({ model, generatorVersion: "0.0.0-test" });
    expect(model.endpoints.length).toBeGreaterThan(0);
    for (const endpoint of model.endpoints) {
      const rows = matrixRows(html, endpoint.spec.key).map((row) => [row.model, row.status]);
      expect(rows).toStrictEqual([
        ...endpoint.models.map((m) => [m.id, "served"]),
        ...endpoint.unclassified.map((id) => [id, "unclassified"]),
        ...endpoint.unserved.map((u) => [u.id, "unserved"]),
      ]);
    }
  });
});

describe("report > retirements and evidence levels (default overlay, newest spec)", () => {
  const model = capabilitiesOf({ spec: inputFile(newestSpec) });
  const html = renderReport({ model, generatorVersion: "0.0.0-test" });
  const rows = matrixRows(html, "chat.completions");

  test("a retired model's row says retired with the date and the replacement", () => {
    const row = rows.find((r) => r.model === "gpt-5-chat-latest");
    expect(row?.line).toContain("<small>retired</small>");
    expect(row?.cells[0]?.text).toContain("retired on 2026-07-23: OpenAI shut it down on 2026-07-23; use gpt-5.5 instead");
  });

  test("a model with an announced shutdown is served and its row names the date", () => {
    const row = rows.find((r) => r.model === "o3");
    expect(row?.status).toBe("served");
    expect(row?.line).toContain("shuts down 2026-12-11");
  });

  test("the reasons list each rule's evidence level", () => {
    expect(html).toContain('<span class="evidence">evidence: confirmed</span>');
    expect(html).toContain('<span class="evidence">evidence: spec</span>');
    expect(html).toContain('<span class="evidence">evidence: inferred, warning only (not verified)</span>');
  });

  test("an inferred rule's cell hover gives the runtime's warning text, marked not verified; a confirmed one's is unmarked", () => {
    const line = decode(rows.find((r) => r.model === "o3")?.line ?? "");
    expect(line).toContain("o3 / o4-mini does not support audio: no audio output (not verified: inferred evidence)");
    expect(line).toContain("o3 / o4-mini does not support logprobs: reasoning models return no token log probabilities\n");
  });
});
