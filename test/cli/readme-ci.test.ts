import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../support/compilers.js";
import { runCli } from "../support/run-cli.js";
import { tempDir } from "../support/temp-dir.js";

// The GitHub Actions example in the README must keep working: its `npx modelgate …` steps are read from the README
// and run in a project folder laid out as the example expects (openapi/openapi.yaml, openapi/previous.yaml).
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const specs = join(repoRoot, "..", "shared", "openai-openapi");

function workflowSteps(): string[] {
  const section = readme.slice(readme.indexOf("### In CI"));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("the README's In CI section has no yaml block");
  const workflow = parse(block) as { jobs: Record<string, { steps: { run?: string }[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
}

const modelgateSteps = (): string[][] =>
  workflowSteps()
    .filter((run) => run.startsWith("npx modelgate "))
    .map((run) => run.split(/\s+/).slice(2));

/** A project with the spec of 2026-08-21 as openapi/openapi.yaml and 2026-07-15 as openapi/previous.yaml. */
function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "openapi"));
  copyFileSync(join(specs, "2026-08-21.yaml"), join(dir, "openapi", "openapi.yaml"));
  copyFileSync(join(specs, "2026-07-15.yaml"), join(dir, "openapi", "previous.yaml"));
  return dir;
}

describe("README > GitHub Actions example", () => {
  test("is a workflow whose steps install with npm ci and run generate --check --strict and diff", () => {
    const steps = modelgateSteps();
    expect(workflowSteps()).toContain("npm ci");
    expect(steps.map((args) => args[0])).toStrictEqual(["generate", "diff"]);
    expect(steps[0]).toEqual(expect.arrayContaining(["--check", "--strict"]));
  });

  test("passes on fresh output, fails with exit 1 on drift, and with exit 2 on a model the overlay does not classify", async () => {
    const [check = [], diff = []] = modelgateSteps();
    const dir = project();
    const generate = check.filter((arg) => arg !== "--check");
    expect((await runCli(generate, { cwd: dir })).code).toBe(0);
    expect((await runCli(check, { cwd: dir })).code).toBe(0);
    expect((await runCli(diff, { cwd: dir })).code).toBe(0);

    const out = check[check.indexOf("--out") + 1] ?? "";
    const index = join(dir, out, "index.ts");
    writeFileSync(index, `${readFileSync(index, "utf8")}// edited\n`);
    const drift = await runCli(check, { cwd: dir });
    expect([drift.code, drift.err]).toStrictEqual([1, expect.stringContaining("MG_OUTPUT_STALE")]);

    // A new model appears in the spec: --strict turns the coverage warning into an error.
    const spec = join(dir, "openapi", "openapi.yaml");
    writeFileSync(
      spec,
      readFileSync(spec, "utf8").replace("            - gpt-5.5-2026-04-23\n", "            - gpt-5.5-2026-04-23\n            - gpt-9\n"),
    );
    const strict = await runCli(check, { cwd: dir });
    expect([strict.code, strict.err]).toStrictEqual([2, expect.stringContaining('"gpt-9"')]);
  });
});
