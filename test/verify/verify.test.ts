import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { capabilities, disagreementsLayer, planProbes, runProbes, VerifyAuthError, verifyOverlay } from "../../src/index.js";
import type { EndpointTable } from "../../templates/runtime.js";
import { runCli, tempDir } from "../cli/run-cli.js";
import { newestModel } from "../explain/explain-support.js";
import { repoRoot } from "../support/compilers.js";
import { type FakeApi, type FakeApiOptions, startFakeApi } from "./fake-api.js";

const key = "sk-test-0123456789-never-print-me";
const spec = "../shared/openai-openapi/2026-08-21.yaml";

function tables(): FakeApiOptions["tables"] {
  return Object.fromEntries(
    newestModel().endpoints.map((e) => [e.spec.path, { key: e.spec.key, table: runtimeTable(e) as EndpointTable }]),
  );
}

/** The API as the test plants it: three rules where it differs from the overlay, and a fault per parameter. */
const planted: Omit<FakeApiOptions, "tables"> = {
  accepts: ["o3 top_p", "gpt-4o verbosity"],
  refuses: ["o3 temperature=1"],
  faults: {
    logprobs: "429-once",
    presence_penalty: "500-twice",
    frequency_penalty: "500-always",
    logit_bias: "hang",
    prediction: "garbage",
  },
};

let api: FakeApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const fast = { timeoutMs: 2000, retries: 2, sleep: async () => {} };

describe("verify > plan", () => {
  test("only the models asked for are planned, and every refusal probe carries its parameter", () => {
    const plan = planProbes({ model: newestModel(), models: ["o3"], endpoints: ["chat.completions", "responses"] });
    expect(plan.probes.length).toBeGreaterThan(20);
    expect(new Set(plan.probes.map((p) => p.modelId))).toStrictEqual(new Set(["o3"]));
    for (const p of plan.probes.filter((x) => x.expect === "refused" && x.rule.kind === "reject")) {
      const top = p.param.split(".")[0] ?? "";
      expect(p.request, p.id).toHaveProperty(top);
      expect(p.tokens).toBe(0);
    }
  });

  test("multipart endpoints and item kinds are listed as not probed, with the reason", () => {
    const plan = planProbes({ model: newestModel(), models: ["gpt-image-2", "o3"], endpoints: ["images.edit", "chat.completions"] });
    expect(plan.skipped).toContainEqual(
      expect.objectContaining({ modelId: "gpt-image-2", endpoint: "images.edit", reason: expect.stringContaining("multipart") }),
    );
    expect(plan.skipped).toContainEqual(expect.objectContaining({ modelId: "o3", what: "tools[].type" }));
  });

  test("a requires rule whose controller's default satisfies it plans no 'without' refusal (the table's absent)", () => {
    // gpt-5.1: logprobs requires reasoning_effort none, and the model's default is none. Sent without reasoning_effort
    // the API accepts logprobs, so a probe expecting a refusal would report a false disagreement.
    const plan = planProbes({ model: newestModel(), models: ["gpt-5.1"], endpoints: ["chat.completions"] });
    const ids = plan.probes.map((p) => p.id);
    expect(ids).not.toContain("gpt-5.1 chat.completions logprobs without reasoning_effort");
    expect(ids).toContain("gpt-5.1 chat.completions logprobs with reasoning_effort");
    expect(plan.skipped).toContainEqual(
      expect.objectContaining({ modelId: "gpt-5.1", what: "logprobs", reason: expect.stringContaining("reasoning_effort") }),
    );
    // A controller without such a default still gets the refusal probe: o3's top_logprobs without logprobs.
    const o3 = planProbes({ model: newestModel(), models: ["o3"], endpoints: ["chat.completions"] }).probes.map((p) => p.id);
    expect(o3.some((id) => / without /.test(id))).toBe(true);
  });

  test("a requirement with alternatives plans the minimal request, which meets none, as a refusal; the API's 400 naming model agrees", async () => {
    const plan = planProbes({ model: newestModel(), models: ["gpt-4o-audio-preview"], endpoints: ["chat.completions"] });
    const probe = plan.probes.find((p) => p.rule.kind === "presentAny");
    expect(probe).toMatchObject({
      id: "gpt-4o-audio-preview chat.completions modalities refused without any of its alternatives",
      param: "modalities",
      expect: "refused",
      tokens: 0,
    });
    expect(probe?.request).not.toHaveProperty("modalities");
    const error = { message: "This model requires audio in or out.", type: "invalid_request_error", param: "model", code: "invalid_value" };
    const [outcome] = await runProbes({
      probes: probe ? [probe] : [],
      baseUrl: "http://127.0.0.1:9",
      apiKey: "sk-test",
      fetch: async () => new Response(JSON.stringify({ error }), { status: 400 }),
      sleep: async () => {},
    });
    expect(outcome).toMatchObject({ verdict: "agrees", observed: "refused" });
  });

  test("each probe carries its parameter split by the table (run-probes and the layer writer split no names)", () => {
    const plan = planProbes({ model: newestModel(), models: ["o3", "gpt-5.1"], endpoints: ["chat.completions", "responses"] });
    const nested = plan.probes.find((p) => p.param === "reasoning.effort");
    expect(nested?.paramPath).toStrictEqual({ param: "reasoning", child: "effort" });
    for (const p of plan.probes) {
      expect(p.paramPath.param, p.id).toBe(p.paramPath.child === undefined ? p.param : p.param.slice(0, p.param.indexOf(".")));
      expect(p.request, p.id).toHaveProperty([p.paramPath.param]);
    }
  });
});

describe("verify > against a loopback API", () => {
  test("reports exactly the planted disagreements, survives 429/500/hang/garbage, and never sends the key anywhere else", async () => {
    api = await startFakeApi({ tables: tables(), ...planted });
    const started = Date.now();
    const { report } = await verifyOverlay({
      model: newestModel(),
      models: ["o3", "gpt-4o"],
      endpoints: ["chat.completions"],
      baseUrl: api.url,
      apiKey: key,
      ...fast,
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    const disagreements = report.outcomes.filter((o) => o.verdict === "disagrees").map((o) => o.probe.id);
    expect(disagreements.sort()).toStrictEqual([
      'gpt-4o chat.completions verbosity refuses "low"',
      "o3 chat.completions temperature accepts 1",
      "o3 chat.completions top_p refuses 0.5",
    ]);
    const undecided = Object.fromEntries(report.outcomes.filter((o) => o.verdict === "could-not-tell").map((o) => [o.probe.id, o.note]));
    expect(undecided).toStrictEqual({
      "o3 chat.completions frequency_penalty accepts 0": "server error (HTTP 500), 3 tries",
      "o3 chat.completions frequency_penalty refuses 1": "server error (HTTP 500), 3 tries",
      "o3 chat.completions logit_bias refused": "no answer within 2000 ms, 3 tries",
      "o3 chat.completions prediction refused": "HTTP 400 with an unreadable body",
    });
    const byId = new Map(report.outcomes.map((o) => [o.probe.id, o]));
    expect(byId.get("o3 chat.completions logprobs refused")).toMatchObject({ verdict: "agrees", attempts: 2 });
    expect(byId.get("o3 chat.completions presence_penalty refuses 1")).toMatchObject({ verdict: "agrees", attempts: 3 });
    // Only the models asked for; the key only ever in the Authorization header, never in the report.
    expect(new Set(api.seen.map((s) => s.model))).toStrictEqual(new Set(["o3", "gpt-4o"]));
    expect(api.seen.every((s) => s.authorization === `Bearer ${key}`)).toBe(true);
    expect(JSON.stringify(report)).not.toContain(key);
  });

  test("the written layer turns each disagreement into a rule that cites the probe", async () => {
    api = await startFakeApi({ tables: tables(), ...planted, faults: {} });
    const { report } = await verifyOverlay({
      model: newestModel(),
      models: ["o3", "gpt-4o"],
      endpoints: ["chat.completions"],
      baseUrl: api.url,
      apiKey: key,
      date: "2026-12-04",
      ...fast,
    });
    const layer = parse(disagreementsLayer(report));
    expect(layer.models).toStrictEqual({
      o3: {
        "chat.completions": {
          params: {
            top_p: { accept: true, reason: expect.stringContaining("the API accepted 0.5"), source: "VERIFY-2026-12-04" },
            temperature: { reject: true, reason: expect.stringContaining("the API refused 1"), source: "VERIFY-2026-12-04" },
          },
        },
      },
      "gpt-4o": {
        "chat.completions": {
          params: { verbosity: { accept: true, reason: expect.stringContaining("accepted"), source: "VERIFY-2026-12-04" } },
        },
      },
    });
    expect(layer.sources["VERIFY-2026-12-04"].title).toContain('"top_p":0.5');
  });

  test("with the written layer over the overlay, the next run agrees everywhere", async () => {
    api = await startFakeApi({ tables: tables(), ...planted, faults: {} });
    const chosen = { models: ["o3", "gpt-4o"], endpoints: ["chat.completions" as const], baseUrl: api.url, apiKey: key, ...fast };
    const first = await verifyOverlay({ model: newestModel(), ...chosen });
    expect(first.report.summary.disagrees).toBe(3);
    const layerFile = { file: "verified.yaml", bytes: Buffer.from(disagreementsLayer(first.report), "utf8") };
    const specFile = { file: spec, bytes: readFileSync(join(repoRoot, spec)) };
    const { model } = capabilities({ spec: specFile, overlays: [layerFile] });
    const second = await verifyOverlay({ model, ...chosen });
    expect(second.report.outcomes.filter((o) => o.verdict !== "agrees").map((o) => `${o.probe.id}: ${o.note}`)).toStrictEqual([]);
  });
});

describe("verify > waiting", () => {
  const probe = () => planProbes({ model: newestModel(), models: ["o3"], endpoints: ["chat.completions"] }).probes.slice(0, 1);

  test("a 429 waits as long as Retry-After says (seconds or an HTTP date), 5xx backs off, a too-long wait gives up", async () => {
    const waits: number[] = [];
    const answers = [
      new Response("{}", { status: 429, headers: { "retry-after": "2" } }),
      new Response("{}", { status: 503 }),
      new Response("{}", { status: 429, headers: { "retry-after": new Date(Date.now() + 5_000).toUTCString() } }),
      new Response(JSON.stringify({ id: "ok" }), { status: 200 }),
    ];
    const fetch = async () => answers.shift() ?? new Response("{}", { status: 500 });
    const [outcome] = await runProbes({
      probes: probe(),
      baseUrl: "http://127.0.0.1:9",
      apiKey: key,
      retries: 3,
      fetch,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits[0]).toBe(2000);
    expect(waits[1]).toBe(1000);
    expect(waits[2]).toBeGreaterThan(3000);
    expect(outcome).toMatchObject({ attempts: 4, observed: "accepted" });
    const long = await runProbes({
      probes: probe(),
      baseUrl: "http://127.0.0.1:9",
      apiKey: key,
      fetch: async () => new Response("{}", { status: 429, headers: { "retry-after": "600" } }),
      sleep: async () => {},
    });
    expect(long[0]).toMatchObject({ verdict: "could-not-tell", note: "rate limited for 600 s" });
  });

  test("a 401 stops the whole run with VerifyAuthError", async () => {
    const run = runProbes({
      probes: probe(),
      baseUrl: "http://127.0.0.1:9",
      apiKey: key,
      fetch: async () => new Response("{}", { status: 401 }),
    });
    await expect(run).rejects.toBeInstanceOf(VerifyAuthError);
  });
});

describe("verify > CLI", () => {
  const env = "MODELGATE_TEST_KEY";

  test("--dry-run prints the plan and a token estimate and sends nothing", async () => {
    api = await startFakeApi({ tables: tables() });
    const run = await runCli(
      ["verify", "--models", "o3", "--endpoints", "chat.completions", "--dry-run", "--base-url", api.url, "--spec", spec],
      { cwd: repoRoot },
    );
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/verify --dry-run: \d+ requests/);
    expect(run.out).toMatch(/estimated cost: at most \d+ tokens/);
    expect(api.seen).toStrictEqual([]);
  });

  test("exit 1 on a disagreement, with --write-overlay and --json; exit 0 when all agree", async () => {
    api = await startFakeApi({ tables: tables(), accepts: ["o3 top_p"] });
    process.env[env] = key;
    const dir = tempDir();
    const layer = join(dir, "layer.yaml");
    const args = [
      "verify",
      "--models",
      "o3",
      "--endpoints",
      "chat.completions",
      "--base-url",
      api.url,
      "--api-key-env",
      env,
      "--spec",
      spec,
    ];
    const bad = await runCli([...args, "--json", "--write-overlay", layer], { cwd: repoRoot });
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out).summary.disagrees).toBe(1);
    expect(readFileSync(layer, "utf8")).toContain("top_p:");
    expect(`${bad.out}${bad.err}`).not.toContain(key);
    await api.close();
    api = await startFakeApi({ tables: tables() });
    const good = await runCli([...args.slice(0, 5), "--base-url", api.url, ...args.slice(7)], { cwd: repoRoot });
    expect(good.err).toBe("");
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/summary: \d+ agree, 0 disagree, 0 could not tell/);
  });

  test.each([
    ["no key", ["--models", "o3", "--api-key-env", "MODELGATE_NO_SUCH_KEY"], "MG_VERIFY_NO_KEY"],
    ["no --models", [], "MG_VERIFY_INPUT"],
    ["a model the overlay does not know", ["--models", "o9"], "MG_VERIFY_INPUT"],
    ["an endpoint it does not cover", ["--models", "o3", "--endpoints", "chat"], "MG_VERIFY_INPUT"],
  ])("%s is exit 2 with %s", async (_name, flags, code) => {
    const run = await runCli(["verify", "--spec", spec, "--base-url", "http://127.0.0.1:9/v1", ...flags], { cwd: repoRoot });
    expect(run.code).toBe(2);
    expect(run.err).toContain(code);
  });

  test("--write-overlay never replaces a file verify did not write", async () => {
    api = await startFakeApi({ tables: tables(), accepts: ["o3 top_p"] });
    process.env[env] = key;
    const file = join(tempDir(), "mine.yaml");
    writeFileSync(file, "overlay: 1\n");
    const run = await runCli(
      [
        "verify",
        "--models",
        "o3",
        "--endpoints",
        "chat.completions",
        "--base-url",
        api.url,
        "--api-key-env",
        env,
        "--spec",
        spec,
        "--write-overlay",
        file,
      ],
      { cwd: repoRoot },
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("MG_OUTPUT_FOREIGN_FILE");
    expect(readFileSync(file, "utf8")).toBe("overlay: 1\n");
    // Nor through a symlink, even to a layer verify wrote: the same guard as report --html.
    const link = join(tempDir(), "link.yaml");
    const layer = join(tempDir(), "layer.yaml");
    writeFileSync(layer, "# Written by `modelgate verify` on 2026-12-01\n");
    symlinkSync(layer, link);
    const viaLink = await runCli(
      [
        "verify",
        "--models",
        "o3",
        "--endpoints",
        "chat.completions",
        "--base-url",
        api.url,
        "--api-key-env",
        env,
        "--spec",
        spec,
        "--write-overlay",
        link,
      ],
      { cwd: repoRoot },
    );
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toContain("is not a regular file");
  });
});
