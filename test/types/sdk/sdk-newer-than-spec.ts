// Where the SDK is newer than the spec, the overlay widens the spec (overlays/openai.yaml, `widen:`).
//
// openai 7.26.0 (2026-10-01, "allow original image detail in Chat Completions", openai/openai-node#2851, commit a3c1af5)
// widened ChatCompletionContentPartImage.image_url.detail to 'auto' | 'low' | 'high' | 'original'. The OpenAPI spec
// modelgate generates from (2026-08-21) lists only auto, low and high there, so before the overlay's `widen:` entry a
// value typed with the SDK's user-message or image-part type was refused by every builder (TS2322 at
// "image_url.detail"). With the entry, the generated type lists 'original' too, and SDK-typed parts, messages and
// whole histories fit. The other direction (builder output into the SDK) was never affected.
import type OpenAI from "openai";
import { type ChatCompletionRequestMessageContentPartImage, chatCompletionRequest, gpt4oRequest } from "../../../generated/index.js";

declare const imagePart: OpenAI.Chat.ChatCompletionContentPartImage;
declare const userMessage: OpenAI.Chat.ChatCompletionUserMessageParam;
declare const history: OpenAI.Chat.ChatCompletionMessageParam[];

export const part: ChatCompletionRequestMessageContentPartImage = imagePart;
export const user = gpt4oRequest({ messages: [userMessage] });
export const replayed = gpt4oRequest({ messages: history });
export const generic = chatCompletionRequest({ model: "gpt-4.1", messages: history });
export const original = gpt4oRequest({
  messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://example.com/a.png", detail: "original" } }] }],
});

// A value outside the widened set is still refused.
// @expect-error TS2322 "\"sharp\""
export const unknownDetail: ChatCompletionRequestMessageContentPartImage = { type: "image_url", image_url: { url: "https://example.com/a.png", detail: "sharp" } };
