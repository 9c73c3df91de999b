import { describe, expect, test } from "vitest";
import { explainFixture, runExplainCli, specArg } from "./explain-support.js";

describe("modelgate explain", () => {
  test("o3 > exits 0 and prints its rules with logprobs", async () => {
    const run = await runExplainCli(["o3", "--spec", specArg]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("logprobs — reasoning models return no token log probabilities");
    expect(run.err).toBe("");
  });

  test("o1 > exits 0 and says it was retired on 2026-10-23, with the replacement and the sources", async () => {
    const run = await runExplainCli(["o1", "--spec", specArg]);
    expect(run.code).toBe(0);
    expect(run.out.split("\n").slice(0, 2)).toStrictEqual([
      "o1 on chat.completions (POST /chat/completions): retired on 2026-10-23",
      "  OpenAI shut it down on 2026-10-23; use gpt-5.6-sol instead [DEP-1015, OCS-3208]",
    ]);
    expect(run.out).not.toContain("logprobs");
  });

  test("o3 --json > prints one JSON document with the endpoint explanations", async () => {
    const run = await runExplainCli(["o3", "--json", "--spec", specArg]);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.out) as { id: string; endpoints: { endpoint: string; status: string }[] };
    expect(parsed.id).toBe("o3");
    expect(parsed.endpoints.map((e) => [e.endpoint, e.status])).toStrictEqual([
      ["chat.completions", "served"],
      ["responses", "served"],
      ["completions", "not-served"],
      ["embeddings", "not-served"],
      ["images.generate", "not-served"],
      ["images.edit", "not-served"],
      ["audio.speech", "not-served"],
      ["audio.transcriptions", "not-served"],
      ["moderations", "not-served"],
    ]);
  });

  test("o9 > exits 2 naming the model and the closest known ids", async () => {
    const run = await runExplainCli(["o9", "--spec", specArg]);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain('model "o9" is not known');
    expect(run.err).toMatch(/"o1"|"o3"/);
  });

  test("o9 --json > exits 2 with the problem as one JSON document on stdout", async () => {
    const run = await runExplainCli(["o9", "--json", "--spec", specArg]);
    expect(run.code).toBe(2);
    expect(run.err).toBe("");
    expect(JSON.parse(run.out)).toMatchObject({ diagnostics: [{ code: "MG_USAGE", severity: "error" }] });
  });

  test("--endpoint nope > exits 2 listing the valid keys", async () => {
    const run = await runExplainCli(["o1", "--endpoint", "nope", "--spec", specArg]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('endpoint "nope"');
    expect(run.err).toContain("chat.completions");
  });

  test("--overlay > uses that overlay and reports its coverage warnings on stderr only", async () => {
    const run = await runExplainCli(["o1", "--spec", specArg, "--no-default-overlay", "--overlay", explainFixture("only-o1.yaml")]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("logprobs — no log probabilities [T]");
    expect(run.err).toContain("MG_COVERAGE_UNCLASSIFIED");
  });

  test("a missing --spec file > exits 2 naming the path", async () => {
    const run = await runExplainCli(["o1", "--spec", "does-not-exist.yaml"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('cannot read "does-not-exist.yaml"');
  });
});
