// Explicit null (docs/overlay.md, "Explicit null"): refused where a rule refuses the parameter (even as null), where a
// `values: [null]` rule takes null alone, and where the spec does not mark the parameter nullable (as the API's own
// type check does: parallel_tool_calls null is a recorded 400, and the SDK types it the same).
import { type CreateChatCompletionRequest, chatCompletionRequest, embeddingRequest, gpt4oRequest } from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];

// max_tokens is refused on reasoning models even as null (MAXTOK-NULL, DOKU-34, I1).
// @expect-error TS2322 "o3 / o4-mini does not support max_tokens" "max_completion_tokens"
export const a = chatCompletionRequest({ model: "o3", messages, max_tokens: null });
// @expect-error TS2322 "gpt-5 does not support max_tokens"
export const b: CreateChatCompletionRequest = { model: "gpt-5", messages, max_tokens: null };

// Non-reasoning chat models take reasoning_effort only as null: every value is refused.
// @expect-error TS2322 "gpt-4o accepts reasoning_effort only as null" "not a reasoning model"
export const c = chatCompletionRequest({ model: "gpt-4o", messages, reasoning_effort: "low" });
// @expect-error TS2322 "gpt-4o accepts reasoning_effort only as null"
export const d = gpt4oRequest({ messages, reasoning_effort: "none" });
// @expect-error TS2322 "gpt-4o-mini accepts reasoning_effort only as null"
export const e: CreateChatCompletionRequest = { model: "gpt-4o-mini", messages, reasoning_effort: "low" };

// A model's own null refusal: gpt-5.1 takes reasoning_effort values but no explicit null (LK-3966).
// A controller of a requires group gets TypeScript's plain message (README, "Rules that depend on another parameter").
// @expect-error TS2322 "Type 'null' is not assignable" "none"
export const f = chatCompletionRequest({ model: "gpt-5.1", messages, reasoning_effort: null });

// Not nullable in the spec: refused for every model, unknown ids included.
// @expect-error TS2322 "Type 'null' is not assignable" "boolean"
export const g = chatCompletionRequest({ model: "gpt-4o", messages, parallel_tool_calls: null });
// @expect-error TS2322 "Type 'null' is not assignable" "ChatCompletionToolChoiceOption"
export const h = chatCompletionRequest({ model: "my-model", messages, tool_choice: null });

// dimensions is refused on text-embedding-ada-002 even as null; elsewhere the spec does not make it nullable.
// @expect-error TS2322 "text-embedding-ada-002 does not support dimensions"
export const i = embeddingRequest({ model: "text-embedding-ada-002", input: "x", dimensions: null });
// @expect-error TS2322 "Type 'null' is not assignable" "number"
export const j = embeddingRequest({ model: "text-embedding-3-small", input: "x", dimensions: null });
