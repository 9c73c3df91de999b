import { describe, expect, test } from "vitest";
import { diff, specDiffToJson } from "../../src/index.js";
import { runCli } from "../support/run-cli.js";
import { fixtureInput, fixturesDir } from "./diff-support.js";

/** `modelgate diff` run inside test/diff/fixtures, so every path it prints is a bare file name. */
const runDiff = (...args: string[]) => runCli(["diff", ...args], { cwd: fixturesDir });
const fixtureArgs = ["diff-old.yaml", "diff-new.yaml", "--no-default-overlay", "--overlay", "diff-overlay.yaml"];

const expectedHuman = `diff-old.yaml → diff-new.yaml (overlay diff-overlay.yaml)

chat.completions: +2 models, -1 model, +1 param, -1 param, ~8 params, 1 unclassified
  + model delta
  + model epsilon
  - model beta
  - param extra
  ~ param format: type string → number
  ~ param level: enum +max
  + param max_completion_tokens: number (nullable)
  ~ param max_tokens: now deprecated
  ~ param mode: type string → string | string[] (wider)
  ~ param opts: type { a?: string } → { a?: string; b?: number } (wider)
  ~ param temperature: no longer nullable
  ~ param tone: enum +hot -cool
  ~ param user: now required
  ? model epsilon is not classified by the overlay
embeddings: removed (CreateEmbeddingRequest is gone)
images.generate: new endpoint (CreateImageRequest), 1 model
not covered by the overlay (not generated; model ids not checked): embeddings, images.generate

Breaking for code generated from the old spec (9):
  chat.completions  CreateChatCompletionRequest: parameter extra was removed from the spec
  chat.completions  CreateChatCompletionRequest: parameter format changed type from string to number
  chat.completions  CreateChatCompletionRequest: parameter temperature no longer accepts null
  chat.completions  CreateChatCompletionRequest: parameter tone no longer accepts "cool"
  chat.completions  CreateChatCompletionRequest: parameter user became required
  chat.completions  CreateChatCompletionRequest: model "beta" left the CreateChatCompletionRequest union: the new spec no longer lists it for POST /chat/completions
  chat.completions  alphaRequest: model "alpha" accepts only "max" for level
  chat.completions  alphaRequest: model "alpha" no longer accepts max_tokens (it counts reasoning tokens)
  chat.completions  betaRequest: builder betaRequest() is gone: the new spec no longer lists it for POST /chat/completions
`;

describe("cli > diff", () => {
  test("human output > one block per changed endpoint, the uncovered endpoints on one line, then the breaking changes; exit 0", async () => {
    const run = await runDiff(...fixtureArgs);
    expect(run.code).toBe(0);
    expect(run.out).toBe(expectedHuman);
  });

  test("human output > the same spec twice says nothing changed and nothing breaks", async () => {
    const run = await runDiff("diff-old.yaml", "diff-old.yaml", "--no-default-overlay", "--overlay", "diff-overlay.yaml");
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      [
        "diff-old.yaml → diff-old.yaml (overlay diff-overlay.yaml)",
        "",
        "unchanged: chat.completions, embeddings",
        "not covered by the overlay (not generated; model ids not checked): embeddings",
        "",
        "Breaking for code generated from the old spec: none",
        "",
      ].join("\n"),
    );
  });

  test("notes go to stderr and name the spec they are about", async () => {
    const run = await runDiff(...fixtureArgs);
    expect(run.err).toContain(
      'note MG_SPEC_MISSING_ENDPOINT: diff-new.yaml: the spec has no POST /embeddings; endpoint "embeddings" is skipped',
    );
  });

  test("--exit-code > 1 when anything changed, 0 when nothing did", async () => {
    expect((await runDiff(...fixtureArgs, "--exit-code")).code).toBe(1);
    expect(
      (await runDiff("diff-new.yaml", "diff-new.yaml", "--no-default-overlay", "--overlay", "diff-overlay.yaml", "--exit-code")).code,
    ).toBe(0);
  });

  test("--json > one document: the library's SpecDiff and its diagnostics, the same bytes on every run", async () => {
    const first = await runDiff(...fixtureArgs, "--json");
    const second = await runDiff(...fixtureArgs, "--json");
    const library = diff({
      old: fixtureInput("diff-old.yaml"),
      new: fixtureInput("diff-new.yaml"),
      overlay: fixtureInput("diff-overlay.yaml"),
    });
    expect(first.code).toBe(0);
    expect(first.err).toBe("");
    expect(JSON.parse(first.out)).toStrictEqual({ ...JSON.parse(specDiffToJson(library.diff)), diagnostics: expect.any(Array) });
    expect(second.out).toBe(first.out);
  });

  test("--json > keys in the order of the contract, lists sorted", async () => {
    const parsed = JSON.parse((await runDiff(...fixtureArgs, "--json")).out);
    expect(Object.keys(parsed)).toStrictEqual(["diff", "old", "new", "overlay", "changed", "endpoints", "breaking", "diagnostics"]);
    expect(Object.keys(parsed.endpoints[0])).toStrictEqual([
      "endpoint",
      "status",
      "requestSchema",
      "modelsAdded",
      "modelsRemoved",
      "params",
      "unclassified",
      "overlayCovers",
    ]);
    expect(Object.keys(parsed.breaking[5])).toStrictEqual(["endpoint", "symbol", "model", "message"]);
    const params: string[] = parsed.endpoints[0].params.map((p: { param: string }) => p.param);
    expect(params).toStrictEqual([...params].sort());
  });

  test("--json with --exit-code > still prints the JSON, exits 1", async () => {
    const run = await runDiff(...fixtureArgs, "--json", "--exit-code");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out).changed).toBe(true);
  });

  test("an unreadable spec > exit 2, MG_SPEC_UNREADABLE naming the path, nothing on stdout", async () => {
    const run = await runDiff("nope.yaml", "diff-new.yaml");
    expect(run).toMatchObject({ code: 2, out: "" });
    expect(run.err).toContain('error MG_SPEC_UNREADABLE: cannot read "nope.yaml" (ENOENT)');
  });

  test("an unreadable overlay > exit 2, MG_OVERLAY_UNREADABLE", async () => {
    const run = await runDiff("diff-old.yaml", "diff-new.yaml", "--no-default-overlay", "--overlay", "nope.yaml");
    expect(run.code).toBe(2);
    expect(run.err).toContain('error MG_OVERLAY_UNREADABLE: cannot read "nope.yaml" (ENOENT)');
  });

  test("a spec that is not OpenAPI > exit 2 with its code, also as one JSON document on stdout under --json", async () => {
    const run = await runDiff("diff-old.yaml", "diff-overlay.yaml", "--json");
    expect(run.code).toBe(2);
    expect(run.err).toBe("");
    const { diagnostics } = JSON.parse(run.out) as { diagnostics: { code: string; location: { file: string } }[] };
    expect(new Set(diagnostics.map((d) => `${d.code} ${d.location.file}`))).toStrictEqual(
      new Set(["MG_SPEC_NOT_OPENAPI diff-overlay.yaml"]),
    );
  });

  test("a missing argument > exit 2, MG_USAGE", async () => {
    const run = await runDiff("diff-old.yaml");
    expect(run.code).toBe(2);
    expect(run.err).toContain("MG_USAGE");
  });
});
