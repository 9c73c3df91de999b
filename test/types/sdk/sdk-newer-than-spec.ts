// Known SDK/spec mismatch, pinned so it cannot go unnoticed in either direction.
//
// openai 7.26.0 (2026-10-01, "allow original image detail in Chat Completions", openai/openai-node#2851) widened
// ChatCompletionContentPartImage.image_url.detail to 'auto' | 'low' | 'high' | 'original'. The OpenAPI spec modelgate
// generates from (2026-08-21) still lists only auto, low and high for ChatCompletionRequestMessageContentPartImage
// (it has 'original' only in the Responses API's ImageDetail). So a value typed with the SDK's user-message or
// image-part type cannot be handed to a builder: the SDK type admits a detail our spec-derived type does not.
// This is the only building block that fails that way (see assignable.ts for the ones that fit); the other
// direction, builder output into the SDK, is unaffected because our detail values are a subset of the SDK's.
// Spelling the part inline, or typing it with modelgate's ChatCompletionRequestMessageContentPartImage, works.
// When a newer spec adds 'original', these markers stop matching and this file should be deleted.
import type OpenAI from "openai";
import { type ChatCompletionRequestMessageContentPartImage, gpt4oRequest } from "../../../generated/index.js";

declare const imagePart: OpenAI.Chat.ChatCompletionContentPartImage;
declare const userMessage: OpenAI.Chat.ChatCompletionUserMessageParam;
declare const history: OpenAI.Chat.ChatCompletionMessageParam[];

// @expect-error TS2322 "image_url.detail" "\"original\""
export const part: ChatCompletionRequestMessageContentPartImage = imagePart;
// @expect-error TS2322 "image_url.detail" "\"original\""
export const user = gpt4oRequest({ messages: [userMessage] });
// @expect-error TS2322 "image_url.detail" "\"original\""
export const replayed = gpt4oRequest({ messages: history });

// The same image part, typed by modelgate or written inline, is accepted.
const ours: ChatCompletionRequestMessageContentPartImage = { type: "image_url", image_url: { url: "https://example.com/a.png", detail: "high" } };
export const inline = gpt4oRequest({ messages: [{ role: "user", content: [{ type: "text", text: "What is this?" }, ours] }] });
