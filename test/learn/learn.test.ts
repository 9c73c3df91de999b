import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { learnFromError } from "../../src/index.js";
import { runCli, tempDir } from "../cli/run-cli.js";
import { newestModel } from "../explain/explain-support.js";
import { repoRoot } from "../support/compilers.js";

const messages = [{ role: "user", content: "hi" }];
const unsupported = (param: string) => ({
  message: `Unsupported parameter: '${param}' is not supported with this model.`,
  type: "invalid_request_error",
  param,
  code: "unsupported_parameter",
});

describe("learn > learnFromError against the default overlay", () => {
  test("a refusal the overlay has (logprobs on o3) is known, with the rule's message and sources", () => {
    const learned = learnFromError({
      model: newestModel(),
      error: unsupported("logprobs"),
      request: { model: "o3", messages, logprobs: true },
    });
    expect(learned.verdict).toBe("known");
    expect(learned.endpoint).toBe("chat.completions");
    expect(learned.matches).toMatchObject([
      { param: "logprobs", model: "o3", message: expect.stringContaining("o3 / o4-mini does not support logprobs") },
    ]);
    expect(learned.proposal).toBeUndefined();
  });

  test("null max_tokens on o1-mini and a system message on o1-mini are known", () => {
    const nullError = { message: "Invalid type for 'max_tokens': expected an unsupported value, but got null instead." };
    expect(
      learnFromError({ model: newestModel(), error: nullError, request: { model: "o1-mini", messages, max_tokens: null } }).verdict,
    ).toBe("known");
    const roleError = { message: "Unsupported value: 'messages[0].role' does not support 'system' with this model." };
    const role = learnFromError({
      model: newestModel(),
      error: roleError,
      request: { model: "o1-mini", messages: [{ role: "system", content: "be brief" }] },
    });
    expect(role.verdict).toBe("known");
    expect(role.matches.map((m) => m.param)).toStrictEqual(["messages[0].role"]);
  });

  test("without the request, the model id and the parameter find the rule", () => {
    const learned = learnFromError({ model: newestModel(), error: unsupported("logprobs"), modelId: "o3", endpoint: "chat.completions" });
    expect(learned.verdict).toBe("known");
  });

  test("a refusal the overlay lacks is new, with a reject rule citing the error", () => {
    const learned = learnFromError({
      model: newestModel(),
      error: unsupported("seed"),
      request: { model: "gpt-4o", messages, seed: 1 },
      date: "2026-12-01",
      sourceUrl: "file:errors/seed.json",
    });
    expect(learned.verdict).toBe("new");
    expect(learned.proposal).toMatchObject({ kind: "reject", modelId: "gpt-4o", param: "seed", sourceKey: "API-2026-12-01-gpt-4o" });
    expect(parse(learned.proposal?.yaml ?? "")).toStrictEqual({
      sources: {
        "API-2026-12-01-gpt-4o": {
          title: "API error for gpt-4o on chat.completions (code unsupported_parameter)",
          url: "file:errors/seed.json",
          date: "2026-12-01",
        },
      },
      models: {
        "gpt-4o": {
          "chat.completions": {
            params: {
              seed: {
                reject: true,
                reason: "the API answered: Unsupported parameter: 'seed' is not supported with this model.",
                source: "API-2026-12-01-gpt-4o",
              },
            },
          },
        },
      },
    });
  });

  test.each([
    [
      "a value with the accepted ones named",
      "Unsupported value: 'temperature' does not support 0.5 with this model. Only the default (1) value is supported.",
      { temperature: 0.5 },
      { values: [1] },
    ],
    [
      "a refused null",
      "Invalid type for 'seed': expected an unsupported value, but got null instead.",
      { seed: null },
      { nullable: false },
    ],
  ])("%s is proposed as the overlay's rule shape", (_name, message, extra, rule) => {
    const learned = learnFromError({
      model: newestModel(),
      error: { message },
      request: { model: "gpt-4o", messages, ...extra },
      date: "2026-12-01",
    });
    expect(learned.verdict).toBe("new");
    expect(learned.proposal?.rule).toMatchObject(rule);
  });

  test("a dependency is proposed as the overlay's rule shape where the overlay has none, and is known where it has one", () => {
    const error = { message: "The 'metadata' parameter is only allowed when 'store' is enabled." };
    const onResponses = learnFromError({
      model: newestModel(),
      error,
      endpoint: "responses",
      request: { model: "gpt-4o", input: "hi", metadata: { a: "b" } },
      date: "2026-12-01",
    });
    expect(onResponses.verdict).toBe("new");
    expect(onResponses.proposal?.rule).toMatchObject({ requires: { store: [true] } });
    // On Chat Completions every text model needs store: true for metadata (SPICE-5231), so the refusal is known.
    const onChat = learnFromError({ model: newestModel(), error, request: { model: "gpt-4o", messages, metadata: { a: "b" } } });
    expect(onChat.verdict).toBe("known");
  });

  test("the audio previews' 400 is known where the overlay requires audio in or out, and proposed as any-of where not", () => {
    const error = { message: "This model requires that either input content or output modality contain audio.", param: "model" };
    const model = newestModel();
    const known = learnFromError({ model, error, request: { model: "gpt-4o-audio-preview", messages } });
    expect(known.verdict).toBe("known");
    expect(known.matches).toMatchObject([{ param: "modalities", model: "gpt-4o-audio-preview" }]);
    expect(learnFromError({ model, error, modelId: "gpt-4o-audio-preview", endpoint: "chat.completions" }).verdict).toBe("known");
    // gpt-4o has no such rule: the proposal is one rule with both alternatives, under its first path.
    const learned = learnFromError({ model, error, request: { model: "gpt-4o", messages }, date: "2026-12-05" });
    expect(learned.verdict).toBe("new");
    expect(parse(learned.proposal?.yaml ?? "").models).toStrictEqual({
      "gpt-4o": {
        "chat.completions": {
          params: {
            modalities: {
              required: { "any-of": { modalities: ["audio"], "messages[].content[].type": ["input_audio"] } },
              reason: `the API answered: ${error.message}`,
              source: "API-2026-12-05-gpt-4o",
            },
          },
        },
      },
    });
  });

  test("function tools with reasoning on gpt-5.4 are known (tools require reasoning_effort none), and proposed so for a model without the rule", () => {
    const error = {
      message:
        "Function tools with reasoning_effort are not supported for gpt-5.4 in /v1/chat/completions. Please use /v1/responses instead.",
    };
    const tools = [{ type: "function", function: { name: "f", parameters: { type: "object", properties: {} } } }];
    const model = newestModel();
    const known = learnFromError({ model, error, request: { model: "gpt-5.4", messages, tools, reasoning_effort: "low" } });
    expect(known.verdict).toBe("known");
    expect(known.matches).toMatchObject([{ param: "tools", model: "gpt-5.4" }]);
    // gpt-5.2 has no such rule (no recorded error for it): the proposal is the overlay's rule shape with `none`.
    const proposed = learnFromError({ model, error, request: { model: "gpt-5.2", messages, tools, reasoning_effort: "low" } });
    expect(proposed.verdict).toBe("new");
    expect(proposed.proposal?.rule).toMatchObject({ requires: { reasoning_effort: ["none"] } });
  });

  test("a Responses-only model on Chat Completions and logprobs on o4-mini (a 403) are known from their own wording", () => {
    const model = newestModel();
    const unserved = learnFromError({
      model,
      error: { message: "This model is only supported in v1/responses and not in v1/chat/completions." },
      request: { model: "gpt-5.5-pro", messages },
    });
    expect(unserved.verdict).toBe("known");
    expect(unserved.matches).toMatchObject([
      { param: "model", model: "gpt-5.5-pro", message: expect.stringContaining("is not served on POST /chat/completions") },
    ]);
    const forbidden = learnFromError({
      model,
      error: { message: "You are not allowed to request logprobs from this model", type: "invalid_request_error" },
      request: { model: "o3", messages, logprobs: true },
    });
    expect(forbidden.verdict).toBe("known");
    expect(forbidden.matches).toMatchObject([{ param: "logprobs", model: "o3" }]);
  });

  test("it says plainly when it cannot tell", () => {
    const model = newestModel();
    const text = { message: "Transparent background is not supported for this model." };
    expect(
      learnFromError({ model, error: text, request: { model: "gpt-image-1", prompt: "x" }, endpoint: "images.generate" }),
    ).toMatchObject({
      verdict: "cannot-tell",
      explanation: expect.stringContaining("does not know this error text"),
    });
    expect(learnFromError({ model, error: unsupported("seed"), request: { prompt: "x" } }).verdict).toBe("cannot-tell");
    expect(learnFromError({ model, error: unsupported("seed"), endpoint: "chat.completions" }).explanation).toContain("which model");
  });
});

describe("learn > CLI", () => {
  const spec = "../shared/openai-openapi/2026-08-21.yaml";

  test("prints the matching rule and exits 0; --json prints exactly one JSON document", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "error.json"), JSON.stringify({ error: unsupported("logprobs") }));
    writeFileSync(join(dir, "request.json"), JSON.stringify({ model: "o3", messages, logprobs: true }));
    const args = ["learn", join(dir, "error.json"), "--request", join(dir, "request.json"), "--spec", spec];
    const text = await runCli(args, { cwd: repoRoot });
    expect(text.code).toBe(0);
    expect(text.out).toContain("known: modelgate already refuses this for o3 on chat.completions");
    const json = await runCli([...args, "--json"], { cwd: repoRoot });
    expect(JSON.parse(json.out)).toMatchObject({ verdict: "known", modelId: "o3" });
  });

  test("an error file that is not JSON is a located MG_LEARN_INPUT, exit 2", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "error.json"), '{\n  "error": {\n    "message": oops\n  }\n}\n');
    const run = await runCli(["learn", join(dir, "error.json"), "--spec", spec], { cwd: repoRoot });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/error\.json:3:\d+ error MG_LEARN_INPUT/);
  });

  test("a JSON body without error.message is MG_LEARN_INPUT located at the file, with the fix, exit 2", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "error.json"), JSON.stringify({ detail: "not an OpenAI error" }));
    const run = await runCli(["learn", join(dir, "error.json"), "--spec", spec], { cwd: repoRoot });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/error\.json:1:1 error MG_LEARN_INPUT: the error body has no `error\.message`/);
    expect(run.err).toContain("pass the JSON body of the API's error answer");
  });
});
