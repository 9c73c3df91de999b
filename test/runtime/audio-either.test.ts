import { describe, expect, test } from "vitest";
import { AdaptError, adaptRequest, validateRequest } from "../../generated/index.js";
import { deepFreeze, ruleOf } from "./runtime-support.js";

// The gpt-4o audio previews answer 400 "requires that either input content or output modality contain audio"
// (AUDIO-1179, param model) to a request with neither. The committed output reports it; the types cannot (see
// test/types/pass/audio-either.ts).
const clip = { data: "UklGRg==", format: "wav" };
const audioIn = [{ role: "user", content: [{ type: "input_audio", input_audio: clip }] }];
const textIn = [{ role: "user", content: "Say hello." }];
const previews = [
  "gpt-4o-audio-preview",
  "gpt-4o-audio-preview-2024-10-01",
  "gpt-4o-audio-preview-2025-06-03",
  "gpt-4o-mini-audio-preview",
];

describe("runtime > audio previews need audio in or out", () => {
  test.each(previews)("%s: a request with neither is a problem naming the model, the requirement and the reason", (model) => {
    const message = ruleOf(model, "modalities").messages.presentAny;
    expect(message).toMatch(
      /^gpt-4o audio preview needs modalities holding "audio" or an item of messages\[\]\.content\[\] with type "input_audio": /,
    );
    const problem = { param: "modalities", message, model, sources: ["AUDIO-1179"] };
    expect(validateRequest("chat.completions", deepFreeze({ model, messages: textIn }))).toStrictEqual({ ok: false, problems: [problem] });
    const textOut = { model, messages: textIn, modalities: ["text"] };
    expect(validateRequest("chat.completions", deepFreeze(textOut))).toStrictEqual({ ok: false, problems: [problem] });
  });

  test.each(previews)("%s: audio in with text out, and audio out with text in, are fine", (model) => {
    expect(validateRequest("chat.completions", deepFreeze({ model, messages: audioIn }))).toStrictEqual({ ok: true });
    const audioOut = { model, messages: textIn, modalities: ["text", "audio"], audio: { voice: "alloy", format: "wav" } };
    expect(validateRequest("chat.completions", deepFreeze(audioOut))).toStrictEqual({ ok: true });
  });

  test("a fine-tune of a preview gets the requirement; other chat models do not", () => {
    const fineTune = "ft:gpt-4o-audio-preview:acme::x1";
    expect(validateRequest("chat.completions", { model: fineTune, messages: textIn })).toMatchObject({
      ok: false,
      problems: [{ param: "modalities" }],
    });
    expect(validateRequest("chat.completions", { model: "gpt-4o", messages: textIn })).toStrictEqual({ ok: true });
  });

  test("adaptRequest cannot fix it: AdaptError, in drop mode too", () => {
    const adapt = () => adaptRequest("chat.completions", deepFreeze({ model: "gpt-4o-mini-audio-preview", messages: textIn }));
    expect(adapt).toThrow(AdaptError);
    expect(adapt).toThrow(/needs modalities holding "audio"/);
  });
});
