import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "../support/run-cli.js";
import { tempDir } from "../support/temp-dir.js";
import { cliFixture, newestSpec } from "./run-cli.js";

/** The config file and overlay layers as a user drives them from the command line, in a folder of their own. */
const o3Layer = `overlay: 1
sources: { OURS: { title: "our probe", url: "https://example.com/p" } }
models:
  o3:
    chat.completions:
      params:
        logprobs: { accept: true, reason: "our gateway accepts it", source: OURS }
`;

describe("cli > config and layers", () => {
  test("generate with no flags reads modelgate.config.yaml (paths relative to it); flags override it", async () => {
    const dir = tempDir("modelgate-cfg-");
    writeFileSync(join(dir, "modelgate.config.yaml"), `spec: ${newestSpec}\nout: from-config\n`);
    const run = await runCli(["generate"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "from-config", "index.ts"))).toBe(true);
    const flagged = await runCli(["generate", "--out", "from-flag"], { cwd: dir });
    expect(flagged.code).toBe(0);
    expect(existsSync(join(dir, "from-flag", "index.ts"))).toBe(true);
  });

  test("an unknown config key is a located error, exit 2, nothing written", async () => {
    const dir = tempDir("modelgate-cfg-");
    writeFileSync(join(dir, "modelgate.config.json"), `{\n  "spec": ${JSON.stringify(newestSpec)},\n  "outt": "gen"\n}\n`);
    const run = await runCli(["generate"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${join(dir, "modelgate.config.json")}:3:3 error MG_CONFIG: unknown key "outt"`);
    expect(existsSync(join(dir, "generated"))).toBe(false);
  });

  test("--overlay layers over the built-in overlay (the escape hatch reaches the output); --no-default-overlay replaces it", async () => {
    const dir = tempDir("modelgate-cfg-");
    writeFileSync(join(dir, "ours.yaml"), o3Layer);
    const layered = await runCli(
      ["explain", "o3", "--endpoint", "chat.completions", "--spec", newestSpec, "--overlay", "ours.yaml", "--json"],
      { cwd: dir },
    );
    expect(layered.code).toBe(0);
    const rejected = (out: string) => JSON.parse(out).endpoints[0].rejected.map((r: { param: string }) => r.param);
    expect(rejected(layered.out)).not.toContain("logprobs");
    expect(rejected(layered.out)).toContain("logit_bias");
    const alone = await runCli(
      ["explain", "gpt-4o", "--spec", newestSpec, "--no-default-overlay", "--overlay", cliFixture("gpt-4o-only.yaml")],
      {
        cwd: dir,
      },
    );
    expect(alone.code).toBe(0);
    const none = await runCli(["explain", "o3", "--spec", newestSpec, "--no-default-overlay"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.err).toContain("MG_USAGE");
  });

  test("the config's overlays are layers too, and --overlay flags replace the config's list", async () => {
    const dir = tempDir("modelgate-cfg-");
    writeFileSync(join(dir, "ours.yaml"), o3Layer);
    writeFileSync(join(dir, "modelgate.config.yaml"), `spec: ${newestSpec}\noverlays: [ours.yaml]\n`);
    const fromConfig = await runCli(["explain", "o3", "--endpoint", "chat.completions", "--json"], { cwd: dir });
    expect(JSON.parse(fromConfig.out).endpoints[0].rejected.map((r: { param: string }) => r.param)).not.toContain("logprobs");
    writeFileSync(join(dir, "other.yaml"), "overlay: 1\n");
    const fromFlag = await runCli(["explain", "o3", "--endpoint", "chat.completions", "--overlay", "other.yaml", "--json"], { cwd: dir });
    expect(JSON.parse(fromFlag.out).endpoints[0].rejected.map((r: { param: string }) => r.param)).toContain("logprobs");
  });

  test("init writes the starter files once; generate then runs from them", async () => {
    const dir = tempDir("modelgate-cfg-");
    const first = await runCli(["init"], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.out).toContain("modelgate.config.yaml");
    const again = await runCli(["init"], { cwd: dir });
    expect(again.code).toBe(2);
    const config = readFileSync(join(dir, "modelgate.config.yaml"), "utf8").replace("# spec: openapi/openapi.yaml", `spec: ${newestSpec}`);
    writeFileSync(join(dir, "modelgate.config.yaml"), config);
    const run = await runCli(["generate"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "src", "openai-types", "index.ts"))).toBe(true);
  });
});
