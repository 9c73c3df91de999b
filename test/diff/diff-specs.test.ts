import { describe, expect, test } from "vitest";
import type { EndpointDiff } from "../../src/diff/diff-types.js";
import { diff, UserError } from "../../src/index.js";
import { fixtureDiff, fixtureInput } from "./diff-support.js";

const endpointOf = (key: string): EndpointDiff => {
  const found = fixtureDiff().diff.endpoints.find((e) => e.endpoint === key);
  if (!found) throw new Error(`no ${key} in the diff`);
  return found;
};

describe("diff > hand-written specs (diff-old.yaml → diff-new.yaml, diff-overlay.yaml)", () => {
  test("lists the endpoints either spec has, in contract-table order, with their status", () => {
    const { endpoints } = fixtureDiff().diff;
    expect(endpoints.map((e) => [e.endpoint, e.status, e.overlayCovers])).toStrictEqual([
      ["chat.completions", "changed", true],
      ["embeddings", "removed", false],
      ["images.generate", "added", false],
    ]);
    expect(endpoints.map((e) => e.requestSchema)).toStrictEqual([
      { old: "CreateChatCompletionRequest", new: "CreateChatCompletionRequest" },
      { old: "CreateEmbeddingRequest" },
      { new: "CreateImageRequest" },
    ]);
  });

  test("chat.completions > models added and removed, sorted; unclassified: the new id the overlay lacks", () => {
    const chat = endpointOf("chat.completions");
    expect([chat.modelsAdded, chat.modelsRemoved, chat.unclassified]).toStrictEqual([["delta", "epsilon"], ["beta"], ["epsilon"]]);
  });

  test("chat.completions > one entry per changed parameter, by name, with the printed TypeScript types", () => {
    expect(endpointOf("chat.completions").params).toStrictEqual([
      { param: "extra", change: "removed", type: "boolean" },
      { param: "format", change: "changed", changes: [{ field: "type", old: "string", new: "number", widens: false }] },
      { param: "level", change: "changed", changes: [{ field: "enum", added: ["max"], removed: [] }] },
      { param: "max_completion_tokens", change: "added", type: "number", required: false, nullable: true, deprecated: false },
      { param: "max_tokens", change: "changed", changes: [{ field: "deprecated", old: false, new: true }] },
      { param: "mode", change: "changed", changes: [{ field: "type", old: "string", new: "string | string[]", widens: true }] },
      {
        param: "opts",
        change: "changed",
        changes: [{ field: "type", old: "{ a?: string }", new: "{ a?: string; b?: number }", widens: true }],
      },
      { param: "temperature", change: "changed", changes: [{ field: "nullable", old: true, new: false }] },
      { param: "tone", change: "changed", changes: [{ field: "enum", added: ["hot"], removed: ["cool"] }] },
      { param: "user", change: "changed", changes: [{ field: "required", old: false, new: true }] },
    ]);
  });

  test("an endpoint only one spec has > its models and parameters count as added or removed; no unclassified check where the overlay has no rules", () => {
    expect(endpointOf("images.generate")).toMatchObject({
      modelsAdded: ["img-1"],
      modelsRemoved: [],
      params: [{ param: "prompt", change: "added", type: "string", required: true, nullable: false, deprecated: false }],
      unclassified: [],
    });
    expect(endpointOf("embeddings")).toMatchObject({
      modelsAdded: [],
      modelsRemoved: ["embed-small"],
      params: [{ param: "input", change: "removed", type: "string" }],
    });
  });

  test("breaking > names each builder or union, the model or parameter, sorted by symbol", () => {
    expect(fixtureDiff().diff.breaking).toStrictEqual([
      {
        endpoint: "chat.completions",
        symbol: "CreateChatCompletionRequest",
        param: "extra",
        message: "parameter extra was removed from the spec",
      },
      {
        endpoint: "chat.completions",
        symbol: "CreateChatCompletionRequest",
        param: "format",
        message: "parameter format changed type from string to number",
      },
      {
        endpoint: "chat.completions",
        symbol: "CreateChatCompletionRequest",
        param: "temperature",
        message: "parameter temperature no longer accepts null",
      },
      {
        endpoint: "chat.completions",
        symbol: "CreateChatCompletionRequest",
        param: "tone",
        message: 'parameter tone no longer accepts "cool"',
      },
      { endpoint: "chat.completions", symbol: "CreateChatCompletionRequest", param: "user", message: "parameter user became required" },
      {
        endpoint: "chat.completions",
        symbol: "CreateChatCompletionRequest",
        model: "beta",
        message: 'model "beta" left the CreateChatCompletionRequest union: the new spec no longer lists it for POST /chat/completions',
      },
      {
        endpoint: "chat.completions",
        symbol: "alphaRequest",
        model: "alpha",
        param: "level",
        message: 'model "alpha" accepts only "max" for level',
      },
      {
        endpoint: "chat.completions",
        symbol: "alphaRequest",
        model: "alpha",
        param: "max_tokens",
        message: 'model "alpha" no longer accepts max_tokens (it counts reasoning tokens)',
      },
      {
        endpoint: "chat.completions",
        symbol: "betaRequest",
        model: "beta",
        message: "builder betaRequest() is gone: the new spec no longer lists it for POST /chat/completions",
      },
    ]);
  });

  test("spec references and overlay > file names, hashes and info.version; changed is true", () => {
    const { diff: result } = fixtureDiff();
    expect(result.diff).toBe(1);
    expect(result.old).toMatchObject({ file: "diff-old.yaml", version: "1.0.0" });
    expect(result.new).toMatchObject({ file: "diff-new.yaml", version: "2.0.0" });
    expect(result.overlay.file).toBe("diff-overlay.yaml");
    for (const ref of [result.old, result.new, result.overlay]) expect(ref.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.changed).toBe(true);
  });

  test("a spec against itself > nothing changed, nothing breaks", () => {
    const same = diff({
      old: fixtureInput("diff-old.yaml"),
      new: fixtureInput("diff-old.yaml"),
      overlay: fixtureInput("diff-overlay.yaml"),
    });
    expect(same.diff.changed).toBe(false);
    expect(same.diff.breaking).toStrictEqual([]);
    expect(same.diff.endpoints.map((e) => [e.endpoint, e.status, e.params, e.modelsAdded, e.modelsRemoved])).toStrictEqual([
      ["chat.completions", "unchanged", [], [], []],
      ["embeddings", "unchanged", [], [], []],
    ]);
  });

  test("the reverse direction > what was added breaks: delta's builder, max_completion_tokens, the narrowed mode; alpha gets looser", () => {
    const back = diff({
      old: fixtureInput("diff-new.yaml"),
      new: fixtureInput("diff-old.yaml"),
      overlay: fixtureInput("diff-overlay.yaml"),
    });
    const symbols = back.diff.breaking.map((b) => `${b.symbol} ${b.model ?? "-"} ${b.param ?? "-"}`);
    expect(symbols).toContain("deltaRequest delta -");
    expect(symbols).toContain("CreateChatCompletionRequest - max_completion_tokens");
    expect(symbols).toContain("CreateChatCompletionRequest - mode");
    expect(symbols.filter((s) => s.startsWith("alphaRequest"))).toStrictEqual([]);
  });

  test("a covered endpoint the new spec lacks > its union and every per-model builder break", () => {
    const old = fixtureInput("diff-old.yaml");
    const withoutChat = {
      file: "no-chat.yaml",
      bytes: Buffer.from(Buffer.from(old.bytes).toString("utf8").replace("/chat/completions:", "/chat/other:")),
    };
    const result = diff({ old, new: withoutChat, overlay: fixtureInput("diff-overlay.yaml") }).diff;
    expect(result.endpoints.map((e) => [e.endpoint, e.status])).toStrictEqual([
      ["chat.completions", "removed"],
      ["embeddings", "unchanged"],
    ]);
    expect(result.breaking).toStrictEqual([
      {
        endpoint: "chat.completions",
        symbol: "CreateChatCompletionRequest",
        message: "POST /chat/completions is not in the new spec: nothing of chat.completions is generated any more",
      },
      ...["alpha", "beta", "gamma"].map((id) => ({
        endpoint: "chat.completions",
        symbol: `${id}Request`,
        model: id,
        message: `builder ${id}Request() is gone: POST /chat/completions is not in the new spec`,
      })),
    ]);
  });

  test("notes without a location name the spec they are about; unclassified ids are not repeated as warnings", () => {
    const messages = fixtureDiff().diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(messages).toContain(
      'MG_SPEC_MISSING_ENDPOINT diff-old.yaml: the spec has no POST /images/generations; endpoint "images.generate" is skipped',
    );
    expect(messages).toContain(
      'MG_SPEC_MISSING_ENDPOINT diff-new.yaml: the spec has no POST /embeddings; endpoint "embeddings" is skipped',
    );
    expect(messages.filter((m) => m.startsWith("MG_COVERAGE_UNCLASSIFIED"))).toStrictEqual([]);
  });

  test("a broken spec > throws a UserError with MG_SPEC_PARSE", () => {
    const broken = { file: "broken.yaml", bytes: Buffer.from("openapi: [3.1\n") };
    expect(() => diff({ old: broken, new: fixtureInput("diff-new.yaml") })).toThrow(UserError);
    try {
      diff({ old: broken, new: fixtureInput("diff-new.yaml") });
    } catch (error) {
      expect((error as UserError).diagnostics.map((d) => d.code)).toStrictEqual(["MG_SPEC_PARSE"]);
    }
  });
});
