import { describe, expect, test } from "vitest";
import type { EndpointDiff, SpecDiff } from "../../src/diff/diff-types.js";
import { diff } from "../../src/index.js";
import { snapshotInput } from "./diff-support.js";

// Real consecutive snapshots from ../shared/openai-openapi with the default overlay, checked against what issue 5
// states about them.

const cache = new Map<string, SpecDiff>();
function pairDiff(old: string, now: string): SpecDiff {
  const key = `${old} ${now}`;
  const cached = cache.get(key) ?? diff({ old: snapshotInput(old), new: snapshotInput(now) }).diff;
  cache.set(key, cached);
  return cached;
}

function endpointOf(result: SpecDiff, key: string): EndpointDiff {
  const found = result.endpoints.find((e) => e.endpoint === key);
  if (!found) throw new Error(`no ${key} in the diff`);
  return found;
}

const addedParams = (e: EndpointDiff): string[] => e.params.filter((p) => p.change === "added").map((p) => p.param);

describe("snapshot pairs > 2026-07-15 → 2026-08-21", () => {
  const result = () => pairDiff("2026-07-15", "2026-08-21");

  test("chat.completions gains exactly gpt-5.5 and gpt-5.5-2026-04-23, loses nothing, and nothing is unclassified", () => {
    expect(endpointOf(result(), "chat.completions")).toMatchObject({
      modelsAdded: ["gpt-5.5", "gpt-5.5-2026-04-23"],
      modelsRemoved: [],
      unclassified: [],
      overlayCovers: true,
    });
  });

  test("gpt-5.5-pro and gpt-5.6-cyber come to Responses only", () => {
    const responses = endpointOf(result(), "responses").modelsAdded;
    expect(responses).toStrictEqual([
      "gpt-5.5",
      "gpt-5.5-2026-04-23",
      "gpt-5.5-pro",
      "gpt-5.5-pro-2026-04-23",
      "gpt-5.6-cyber",
      "gpt-daybreak-blue-latest",
      "gpt-daybreak-red-latest",
    ]);
    const elsewhere = result()
      .endpoints.filter((e) => e.endpoint !== "responses")
      .flatMap((e) => e.modelsAdded);
    expect(elsewhere).not.toContain("gpt-5.5-pro");
    expect(elsewhere).not.toContain("gpt-5.6-cyber");
  });

  test("gpt-image-2 comes to image generation (and editing)", () => {
    expect(endpointOf(result(), "images.generate").modelsAdded).toStrictEqual(["gpt-image-2", "gpt-image-2-2026-04-21"]);
    expect(endpointOf(result(), "images.edit").modelsAdded).toStrictEqual(["gpt-image-2", "gpt-image-2-2026-04-21"]);
  });

  test("only additions and widenings: nothing breaks, but the diff is not empty", () => {
    expect(result().breaking).toStrictEqual([]);
    expect(result().changed).toBe(true);
  });
});

describe("snapshot pairs > 2024-08-30 → 2024-09-13", () => {
  const result = () => pairDiff("2024-08-30", "2024-09-13");

  test("chat.completions gains o1-preview and o1-mini (with their dated snapshots) and exactly the parameter max_completion_tokens", () => {
    const chat = endpointOf(result(), "chat.completions");
    expect(chat.modelsAdded).toStrictEqual(["o1-mini", "o1-mini-2024-09-12", "o1-preview", "o1-preview-2024-09-12"]);
    expect(chat.modelsRemoved).toStrictEqual([]);
    expect(addedParams(chat)).toStrictEqual(["max_completion_tokens"]);
    expect(chat.params.find((p) => p.param === "max_completion_tokens")).toStrictEqual({
      param: "max_completion_tokens",
      change: "added",
      type: "number",
      required: false,
      nullable: true,
      deprecated: false,
    });
  });

  test("max_tokens is marked deprecated, and that breaks nothing", () => {
    const chat = endpointOf(result(), "chat.completions");
    expect(chat.params.find((p) => p.param === "max_tokens")).toStrictEqual({
      param: "max_tokens",
      change: "changed",
      changes: [{ field: "deprecated", old: false, new: true }],
    });
    expect(result().breaking).toStrictEqual([]);
  });

  test("every other endpoint is unchanged; the spec has no Responses endpoint yet", () => {
    const others = result().endpoints.filter((e) => e.endpoint !== "chat.completions");
    expect(others.map((e) => [e.endpoint, e.status])).toStrictEqual([
      ["completions", "unchanged"],
      ["embeddings", "unchanged"],
      ["images.generate", "unchanged"],
      ["images.edit", "unchanged"],
      ["audio.speech", "unchanged"],
      ["audio.transcriptions", "unchanged"],
      ["moderations", "unchanged"],
    ]);
  });
});

describe("snapshot pairs > 2026-08-21 → 2026-07-15 (going back a snapshot)", () => {
  test("names the builders and union members that leave (chat, Responses, images, transcriptions), the removed parameters, and the narrowed service_tier, prompt_cache_key and safety_identifier", () => {
    const result = pairDiff("2026-08-21", "2026-07-15");
    expect(result.breaking.map((b) => [b.symbol, b.model ?? null, b.param ?? null])).toStrictEqual([
      ["CreateChatCompletionRequest", null, "prompt_cache_key"],
      ["CreateChatCompletionRequest", null, "safety_identifier"],
      ["CreateChatCompletionRequest", null, "service_tier"],
      ["CreateChatCompletionRequest", "gpt-5.5", null],
      ["CreateChatCompletionRequest", "gpt-5.5-2026-04-23", null],
      ["gpt5_5Request", "gpt-5.5", null],
      ["gpt5_5_2026_04_23Request", "gpt-5.5-2026-04-23", null],
      ["CreateResponse", null, "prompt_cache_key"],
      ["CreateResponse", null, "safety_identifier"],
      ["CreateResponse", null, "service_tier"],
      ...["gpt-5.5", "gpt-5.5-2026-04-23", "gpt-5.5-pro", "gpt-5.5-pro-2026-04-23", "gpt-5.6-cyber"].map((id) => [
        "CreateResponse",
        id,
        null,
      ]),
      ["CreateResponse", "gpt-daybreak-blue-latest", null],
      ["CreateResponse", "gpt-daybreak-red-latest", null],
      ["CreateImageRequest", "gpt-image-2", null],
      ["CreateImageRequest", "gpt-image-2-2026-04-21", null],
      ["CreateImageEditRequest", "gpt-image-2", null],
      ["CreateImageEditRequest", "gpt-image-2-2026-04-21", null],
      ["CreateTranscriptionRequest", null, "keywords"],
      ["CreateTranscriptionRequest", null, "languages"],
      ["CreateTranscriptionRequest", "gpt-transcribe", null],
    ]);
  });
});
