import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { renderReport } from "../../src/report/render-report.js";
import { capabilitiesOf, inputFile, matrixRows, newestSpec } from "./report-support.js";

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
