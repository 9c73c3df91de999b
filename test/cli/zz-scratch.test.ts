import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "vitest";
import { main } from "../../src/cli/main.js";

const spec = "../shared/openai-openapi/2026-08-21.yaml";
async function run(argv: string[]) {
  const out: string[] = []; const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  console.log("ARGV", argv.join(" "), "=>", code, "\nOUT:", out.join("|"), "\nERR:", JSON.stringify(err).slice(0, 1500));
}
test("scratch", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mg-scratch-"));
  for (const f of ["unknown-model", "yaml-syntax-error", "gpt-4o-only"]) await run(["generate", "--spec", spec, "--out", dir + "/o", "--overlay", `test/cli/fixtures/${f}.yaml`]);
  await run(["generate", "--spec", spec, "--out", dir + "/o2", "--strict"]);
  await run(["generate", "--spec", spec, "--out", dir + "/o3", "--json", "--overlay", "test/cli/fixtures/unknown-model.yaml"]);
  await run(["generate", "--spec", "../shared/openai-openapi/2024-08-30.yaml", "--out", dir + "/o4", "--json"]);
  await run(["generate", "--spec", spec, "--out", dir + "/o3", "--nope"]);
  await run(["generate", "--spec", dir, "--out", dir + "/o3"]);
  await run(["--nope"]);
}, 120000);
