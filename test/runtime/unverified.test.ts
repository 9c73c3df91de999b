import { describe, expect, test } from "vitest";
import { adaptRequest, validateRequest, validateResponseRequest } from "../../generated/index.js";
import { validateWith } from "../../templates/runtime.js";
import { earlierTable } from "./earlier-as-of.js";
import { deepFreeze, ruleOf, user } from "./runtime-support.js";

// Rules of the default overlay that rest on inferred evidence only (docs/overlay.md, "Evidence levels") warn: the
// result stays ok, the parameter is kept, and the message says "not verified". The texts come from the table itself.
const notVerified = "(not verified: inferred evidence)";

describe("validateRequest > unverified rules (inferred evidence) are warnings", () => {
  test("o3 with frequency_penalty 0.5 and audio: ok, two warnings with the table's texts and sources", () => {
    const request = { model: "o3", messages: [user], frequency_penalty: 0.5, audio: { voice: "alloy", format: "mp3" } };
    const penalty = ruleOf("o3", "frequency_penalty");
    const audio = ruleOf("o3", "audio");
    expect([penalty.unverified, audio.unverified]).toStrictEqual([true, true]);
    expect(validateRequest("chat.completions", deepFreeze(request))).toStrictEqual({
      ok: true,
      warnings: [
        { param: "audio", message: audio.messages.reject, model: "o3", sources: audio.sources },
        { param: "frequency_penalty", message: penalty.messages.values, model: "o3", sources: penalty.sources },
      ],
    });
    expect(audio.messages.reject).toBe(`o3 / o4-mini does not support audio: no audio output ${notVerified}`);
  });

  test("a value an unverified values rule accepts gives no warning: a bare { ok: true }", () => {
    expect(validateRequest("chat.completions", { model: "o3", messages: [user], frequency_penalty: 0 })).toStrictEqual({ ok: true });
  });

  test("beside a confirmed refusal: ok false, the problem in problems, the warning in warnings", () => {
    const result = validateRequest("chat.completions", { model: "o3", messages: [user], logprobs: true, modalities: ["text"] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.param)).toStrictEqual(["logprobs"]);
    expect(result.warnings?.map((w) => [w.param, w.message.endsWith(notVerified)])).toStrictEqual([["modalities", true]]);
  });

  test("other endpoints: reasoning.mode on gpt-5.4 (nested), n on dall-e-3 (retired: under an earlier as-of)", () => {
    const mode = validateResponseRequest({ model: "gpt-5.4", input: "hi", reasoning: { mode: "pro" } });
    expect(mode).toMatchObject({ ok: true, warnings: [{ param: "reasoning.mode", model: "gpt-5.4" }] });
    const dallE3 = { model: "dall-e-3", prompt: "a lighthouse", n: 2 };
    expect(validateWith(earlierTable("images.generate"), "images.generate", dallE3)).toMatchObject({
      ok: true,
      warnings: [{ param: "n", message: `dall-e-3 accepts n only as 1: dall-e-3 makes one image per request ${notVerified}` }],
    });
  });
});

describe("adaptRequest > unverified rules", () => {
  test("keeps the parameter, drops the confirmed refusal, and returns the warnings; even with unsupported: throw", () => {
    const request = deepFreeze({ model: "o1-mini", messages: [user], tool_choice: "none", max_tokens: 50 });
    const adapted = adaptRequest("chat.completions", request);
    expect(adapted.request).toStrictEqual({ model: "o1-mini", messages: [user], tool_choice: "none", max_completion_tokens: 50 });
    expect(adapted.changes.map((c) => [c.param, c.action])).toStrictEqual([["max_tokens", "renamed"]]);
    expect(adapted.warnings?.map((w) => w.param)).toStrictEqual(["tool_choice"]);
    const strict = adaptRequest("chat.completions", { model: "o1-mini", messages: [user], tool_choice: "none" }, { unsupported: "throw" });
    expect(strict).toStrictEqual({
      request: { model: "o1-mini", messages: [user], tool_choice: "none" },
      changes: [],
      warnings: [expect.objectContaining({ param: "tool_choice", model: "o1-mini" })],
    });
  });

  test("no warnings key when nothing is unverified", () => {
    expect(adaptRequest("chat.completions", { model: "o3", messages: [user] })).toStrictEqual({
      request: { model: "o3", messages: [user] },
      changes: [],
    });
  });
});
