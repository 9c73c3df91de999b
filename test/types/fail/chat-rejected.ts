// Requests a model rejects must not compile, and the error must name the model, the parameter and the reason.
import { type CreateChatCompletionRequest, chatCompletionRequest, o3Request } from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];

// @expect-error TS2322 "o3 / o4-mini does not support logprobs"
export const a = o3Request({ messages, logprobs: true });

// @expect-error TS2322 "o1-mini" "max_tokens" "max_completion_tokens"
export const b = chatCompletionRequest({ model: "o1-mini", messages, max_tokens: null });

// @expect-error TS2322 "o3" "temperature" "1"
export const c: CreateChatCompletionRequest = { model: "o3", messages, temperature: 0.2 };

// @expect-error TS2345 "gpt-5.1 accepts temperature only when reasoning_effort is none"
export const d = chatCompletionRequest({ model: "gpt-5.1", messages, reasoning_effort: "low", temperature: 0.7 });

// @expect-error TS2322 "o1-mini" "system messages"
export const e = chatCompletionRequest({ model: "o1-mini", messages: [{ role: "system", content: "be brief" }] });

// @expect-error TS2322 "gpt-4o-mini" "reasoning_effort"
export const f = chatCompletionRequest({ model: "ft:gpt-4o-mini-2024-07-18:acme::abc", messages, reasoning_effort: "low" });

// @expect-error TS2820 "gpt-4o-mnii"
export const g: CreateChatCompletionRequest = { model: "gpt-4o-mnii", messages };

// @expect-error TS2322 "gpt-5.5-pro" "not served"
export const h = chatCompletionRequest({ model: "gpt-5.5-pro", messages });

// @expect-error TS2561 "temprature"
export const i = o3Request({ messages, temprature: 1 });

// Item kinds: custom (free-form) tools came with GPT-5.
// @expect-error TS2322 "gpt-4o accepts tools[].type only as function" "custom (free-form) tools came with GPT-5"
export const customTool = chatCompletionRequest({ model: "gpt-4o", messages, tools: [{ type: "custom", custom: { name: "grep" } }] });

// A fine-tune gets its base model's entry, which for a model the endpoint does not serve rejects the request.
// @expect-error TS2322 "babbage-002 is not served on POST /chat/completions"
export const fineTuneOfUnserved = chatCompletionRequest({ model: "ft:babbage-002:acme::abc", messages });
