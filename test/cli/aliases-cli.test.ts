import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { defaultOverlay, newestSpec, runCli, tempDir } from "./run-cli.js";

/** The built-in overlay with `aliases:` appended, as one file for `--overlay`; returns its path and the aliases' first line. */
function overlayWithAliases(dir: string, aliases: string): { file: string; line: number } {
  const base = readFileSync(defaultOverlay, "utf8").replace(/\n*$/, "\n");
  const file = join(dir, "with-aliases.yaml");
  writeFileSync(file, `${base}aliases:\n${aliases}`);
  return { file, line: base.split("\n").length + 1 };
}

describe("cli > generate > aliases", () => {
  test("a chain of aliases exits 2 with the error at its file:line:column and writes nothing", async () => {
    const dir = tempDir();
    const { file, line } = overlayWithAliases(dir, "  staging: prod\n  prod: o1\n");
    const out = join(dir, "out");
    const run = await runCli(["generate", "--spec", newestSpec, "--overlay", file, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${file}:${line}:3 error MG_ALIAS_CHAIN: alias "staging" points at "prod", which is itself an alias`);
    expect(run.err).toContain('help: point "staging" at "o1" itself');
    expect(existsSync(out)).toBe(false);
  });

  test("an alias is generated as an ordinary id, with its own builder", async () => {
    const dir = tempDir();
    const { file } = overlayWithAliases(dir, "  my-o1-deployment: o1\n");
    const out = join(dir, "out");
    const run = await runCli(["generate", "--spec", newestSpec, "--overlay", file, "--out", out]);
    expect(run.code).toBe(0);
    const builders = readFileSync(join(out, "chat-completions.gen.ts"), "utf8");
    expect(builders).toMatch(/^export function myO1DeploymentRequest\b.*O1ChatCompletionsParams/m);
  });

  test("the config's deployments are aliases: a chain exits 2 at the config's line, a good one gets its builder", async () => {
    const dir = tempDir();
    const config = join(dir, "modelgate.config.yaml");
    writeFileSync(config, `spec: ${JSON.stringify(newestSpec)}\nout: out\ndeployments:\n  staging: prod\n  prod: o1\n`);
    const bad = await runCli(["generate"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`${config}:4:3 error MG_ALIAS_CHAIN`);
    expect(existsSync(join(dir, "out"))).toBe(false);
    writeFileSync(config, `spec: ${JSON.stringify(newestSpec)}\nout: out\ndeployments:\n  prod-reasoning: o1\n`);
    const good = await runCli(["generate"], { cwd: dir });
    expect(good.code).toBe(0);
    expect(readFileSync(join(dir, "out", "chat-completions.gen.ts"), "utf8")).toMatch(/^export function prodReasoningRequest\b/m);
  });
});
