import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { UserError } from "../../src/diagnostics/diagnostic.js";
import { explainModel } from "../../src/explain/explain-model.js";
import { formatExplanation } from "../../src/explain/format-explanation.js";
import { explain } from "../../src/index.js";
import { repoRoot } from "../support/compilers.js";
import { explainFixture, newestModel, onEndpoint, served, specArg } from "./explain-support.js";

const explainChat = (id: string) => onEndpoint(explainModel({ model: newestModel(), id }).endpoints);

describe("explainModel > o3 on chat.completions", () => {
  const o3 = served(explainChat("o3"));

  test("names the profile and its label", () => {
    expect(o3.profile).toStrictEqual({ name: "o3-o4-mini", label: "o3 / o4-mini" });
    expect(o3.resolvedId).toBe("o3");
  });

  test("lists logprobs as rejected with its reason, its sources expanded and the compile error's text", () => {
    const logprobs = o3.rejected.find((p) => p.param === "logprobs");
    expect(logprobs?.reason).toBe("reasoning models return no token log probabilities");
    expect(logprobs?.message).toBe("o3 / o4-mini does not support logprobs: reasoning models return no token log probabilities");
    expect(logprobs?.sources.map((s) => s.key)).toStrictEqual(["AZ-R", "OAI-G51", "V-CHAT"]);
    expect(logprobs?.sources[0]).toStrictEqual({
      key: "AZ-R",
      title: "Azure OpenAI reasoning-model how-to @645e0190, 'Not Supported' list and feature table (mirrors OpenAI's limits)",
      url: "https://github.com/MicrosoftDocs/azure-ai-docs/blob/645e01903b697e59fb4f0ada91d8429858478501/articles/ai-foundry/openai/how-to/reasoning.md",
    });
  });

  test("narrows temperature to [1] and keeps the overlay's note", () => {
    const temperature = o3.narrowed.find((p) => p.param === "temperature");
    expect(temperature?.values).toStrictEqual([1]);
    expect(temperature?.note).toContain("ZC-T");
  });

  test("a rule citing the spec names the snapshot and the schema path; one citing none has no spec place", () => {
    const maxTokens = o3.rejected.find((p) => p.param === "max_tokens");
    expect(maxTokens?.specAt).toStrictEqual([
      "openai-openapi 2026-08-21, components.schemas.CreateChatCompletionRequest.properties.max_tokens",
    ]);
    const effort = o3.narrowed.find((p) => p.param === "reasoning_effort");
    expect(effort?.specAt).toStrictEqual([
      "openai-openapi 2024-12-18, components.schemas.CreateChatCompletionRequest.properties.reasoning_effort",
      "openai-openapi 2026-05-13, components.schemas.CreateChatCompletionRequest.properties.reasoning_effort",
    ]);
    expect(o3.rejected.find((p) => p.param === "logprobs")?.specAt).toBeUndefined();
  });

  test("gives max_tokens the rename hint", () => {
    expect(o3.rejected.find((p) => p.param === "max_tokens")?.rename).toBe("max_completion_tokens");
  });

  test("accepts spec parameters without a rule, never model, and none that has a rule", () => {
    expect(o3.accepted).toContain("messages");
    expect(o3.accepted).toContain("max_completion_tokens");
    expect(o3.accepted).not.toContain("model");
    expect(o3.accepted).not.toContain("logprobs");
    expect(o3.accepted).not.toContain("temperature");
  });

  test("lists every cited source once, sorted by key", () => {
    const keys = explainModel({ model: newestModel(), id: "o3" }).sources.map((s) => s.key);
    expect(keys).toContain("AZ-R");
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toStrictEqual([...keys].sort());
  });
});

describe("explainModel > parameters that depend on another", () => {
  test("gpt-5.1: temperature depends on reasoning_effort none, whose default is none", () => {
    const temperature = served(explainChat("gpt-5.1")).dependsOn.find((p) => p.param === "temperature");
    expect(temperature?.requires).toStrictEqual({ param: "reasoning_effort", values: ["none"], default: "none" });
    expect(temperature?.message).toContain("gpt-5.1 accepts temperature only when reasoning_effort is none (default none)");
  });

  test("gpt-5.1: reasoning_effort is narrowed, never null, default none", () => {
    const effort = served(explainChat("gpt-5.1")).narrowed.find((p) => p.param === "reasoning_effort");
    expect(effort).toMatchObject({ values: ["none", "low", "medium", "high"], nullable: false, default: "none" });
  });
});

describe("explainModel > roles", () => {
  test("o1-mini rejects the developer, function and system roles and accepts the others", () => {
    const o1mini = served(explainChat("o1-mini"));
    // function: every reasoning model refuses the legacy function message (SHELLGPT-717 on o3).
    expect(o1mini.roles.map((r) => r.role)).toStrictEqual(["developer", "function", "system"]);
    expect(o1mini.roles[2]?.message).toContain("o1-mini / o1-preview does not accept system messages");
    expect(o1mini.acceptedRoles).toContain("user");
    expect(o1mini.acceptedRoles).not.toContain("system");
  });
});

describe("explainModel > id resolution", () => {
  test("ft:gpt-4o-mini-2024-07-18:acme::x explains gpt-4o-mini's rules", () => {
    const ft = served(explainChat("ft:gpt-4o-mini-2024-07-18:acme::x"));
    expect(ft.resolvedId).toBe("gpt-4o-mini-2024-07-18");
    expect(ft.profile).toStrictEqual({ name: "gpt-4o-mini", label: "gpt-4o-mini" });
    expect(ft.rejected.map((p) => p.param)).toContain("web_search_options");
    // reasoning_effort: null only (values: [null]), every value refused.
    expect(ft.narrowed.map((p) => p.param)).toContain("reasoning_effort");
    expect(ft.accepted).toContain("logprobs");
  });

  test("o1-pro on chat.completions is not served, with a reason and its source", () => {
    const o1pro = explainChat("o1-pro");
    expect(o1pro).toMatchObject({ status: "not-served", resolvedId: "o1-pro" });
    if (o1pro.status !== "not-served") return;
    expect(o1pro.reason).toBe("the spec does not list it for POST /chat/completions");
    expect(o1pro.message).toBe("o1-pro is not served on POST /chat/completions: the spec does not list it for POST /chat/completions");
    expect(o1pro.sources.map((s) => s.key)).toStrictEqual(["SPEC"]);
  });

  test("an unknown id throws a UserError naming it and the closest known ids", () => {
    const explainO9 = () => explainModel({ model: newestModel(), id: "o9" });
    expect(explainO9).toThrow(UserError);
    expect(explainO9).toThrow(/model "o9" is not known[\s\S]*help: did you mean "o1" or "o3"\?/);
  });

  test("a fine-tune of an unknown base throws a UserError naming the base", () => {
    expect(() => explainModel({ model: newestModel(), id: "ft:o9:acme::x" })).toThrow(/a fine-tune of "o9"/);
  });
});

describe("explainModel > endpoint selection", () => {
  test("--endpoint chat.completions explains only that endpoint", () => {
    const explanation = explainModel({ model: newestModel(), id: "o1", endpoint: "chat.completions" });
    expect(explanation.endpoints.map((e) => e.endpoint)).toStrictEqual(["chat.completions"]);
  });

  test("an unknown key throws a UserError listing the valid keys", () => {
    expect(() => explainModel({ model: newestModel(), id: "o1", endpoint: "nope" })).toThrow(
      /endpoint "nope" is not an endpoint key; valid keys: chat\.completions/,
    );
  });

  test("a real key the overlay does not cover throws a UserError saying so", () => {
    // only-o1.yaml covers chat completions alone (the default overlay covers embeddings too).
    const overlay = { file: "only-o1.yaml", bytes: readFileSync(explainFixture("only-o1.yaml")) };
    const onlyChat = explain({ spec: { file: specArg, bytes: readFileSync(join(repoRoot, specArg)) }, overlay, id: "o1" }).model;
    expect(() => explainModel({ model: onlyChat, id: "o1", endpoint: "embeddings" })).toThrow(/is not covered by the overlay/);
  });
});

describe("explainModel > a requirement with alternatives (the audio previews need audio in or out)", () => {
  const preview = served(explainChat("gpt-4o-audio-preview"));
  const requirement = 'gpt-4o audio preview needs modalities holding "audio" or an item of messages[].content[] with type "input_audio"';

  test("lists it under narrowed, on the key it is written under, with its alternatives, source and evidence", () => {
    const modalities = preview.narrowed.find((p) => p.param === "modalities");
    expect(modalities?.message.startsWith(`${requirement}: `)).toBe(true);
    expect(modalities?.more).toStrictEqual([requirement.replace("gpt-4o audio preview ", "")]);
    expect(modalities?.sources.map((s) => s.key)).toStrictEqual(["AUDIO-1179"]);
    expect(modalities?.evidence).toBe("confirmed");
  });

  test("the text output prints it on the modalities line", () => {
    const text = formatExplanation(explainModel({ model: newestModel(), id: "gpt-4o-audio-preview", endpoint: "chat.completions" }));
    const line = text.split("\n").find((l) => l.startsWith("  modalities — "));
    expect(line).toContain('needs modalities holding "audio" or an item of messages[].content[] with type');
  });
});
