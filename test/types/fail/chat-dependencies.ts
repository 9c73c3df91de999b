// Rules that depend on another parameter.
import { type CreateChatCompletionRequest, chatCompletionRequest, gpt4oRequest } from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];

// @expect-error TS2322 "top_logprobs" "logprobs"
export const a = gpt4oRequest({ messages, top_logprobs: 3 });

// @expect-error TS2322 "gpt-4o accepts stream_options only when stream is true"
export const b = chatCompletionRequest({ model: "gpt-4o", messages, stream_options: { include_usage: true } });

// @expect-error TS2345 "gpt-5.1 accepts top_p only when reasoning_effort is none"
export const c = chatCompletionRequest({ model: "gpt-5.1", messages, reasoning_effort: "high", top_p: 0.5 });

// The same rules in the plain union, where each case of a model's dependent-parameter rules is its own member.
// @expect-error TS2322 "gpt-4o accepts stream_options only when stream is true"
export const d: CreateChatCompletionRequest = { model: "gpt-4o", messages, stream_options: { include_usage: true } };

// @expect-error TS2322 "gpt-5.1 accepts top_p only when reasoning_effort is none"
export const e: CreateChatCompletionRequest = { model: "gpt-5.1", messages, reasoning_effort: "high", top_p: 0.5 };

// @expect-error TS2322 "top_logprobs" "logprobs"
export const f: CreateChatCompletionRequest = { model: "gpt-4o-mini", messages, top_logprobs: 3 };
