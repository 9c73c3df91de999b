// The same checks hold when parameters arrive through a variable or a spread.
import { type CreateChatCompletionRequest, chatCompletionRequest, o3Request } from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];
const withLogprobs = { logprobs: true };

// @expect-error TS2345 "o3 / o4-mini does not support logprobs"
export const a = o3Request({ messages, ...withLogprobs });

const o3Literal = { model: "o3" as const, messages, temperature: 0.2 };
// @expect-error TS2322 "o3" "temperature"
export const b: CreateChatCompletionRequest = o3Literal;

const nullTokens = { max_tokens: null };
// @expect-error TS2345 "o1-mini" "max_tokens"
export const c = chatCompletionRequest({ model: "o1-mini", messages, ...nullTokens });
