// Explicit null (docs/overlay.md, "Explicit null"): null is accepted where the spec marks a parameter nullable and no
// rule refuses it, and where a `values: [null]` rule accepts null alone.
import {
  type CreateChatCompletionRequest,
  chatCompletionRequest,
  gpt4oMiniRequest,
  gpt4oRequest,
} from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];

// Nullable in the spec, no rule against null: accepted on a classic and on a reasoning model, and on an unknown id.
export const nullableGpt4o = chatCompletionRequest({ model: "gpt-4o", messages, temperature: null, max_tokens: null, seed: null });
export const nullableO3 = chatCompletionRequest({ model: "o3", messages, max_completion_tokens: null, seed: null, store: null });
export const nullableUnknown = chatCompletionRequest({ model: "my-model", messages, temperature: null, logprobs: null });
export const nullableFineTune = chatCompletionRequest({ model: "ft:gpt-4o-mini-2024-07-18:acme::x1", messages, top_p: null });
export const nullableUnion: CreateChatCompletionRequest = { model: "gpt-4.1", messages, presence_penalty: null, n: null };

// Non-reasoning chat models refuse every reasoning_effort value but accept an explicit null (SUBLIME-146).
export const effortNullGpt4o = chatCompletionRequest({ model: "gpt-4o", messages, reasoning_effort: null });
export const effortNullBuilder = gpt4oRequest({ messages, reasoning_effort: null });
export const effortNullMini = gpt4oMiniRequest({ messages, reasoning_effort: null });
export const effortNullUnion: CreateChatCompletionRequest = { model: "gpt-4o-2024-08-06", messages, reasoning_effort: null };
// Through a variable, past the excess-property check.
const nullEffort = { reasoning_effort: null };
export const effortNullIndirect = chatCompletionRequest({ model: "gpt-4o", messages, ...nullEffort });
