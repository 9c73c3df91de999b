// Requests the fidelity audit (issue 11) found the API refuses must fail: each is a rule whose verdict changed or was added.
import { type CreateChatCompletionRequest, chatCompletionRequest, responseRequest } from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];
const input = "Summarize the report.";
const prompt = "a lighthouse at dusk";

// @expect-error TS2322 "gpt-4o accepts verbosity only as medium"
export const a = chatCompletionRequest({ model: "gpt-4o", messages, verbosity: "low" });

// @expect-error TS2322 "gpt-4.1 accepts text.verbosity only as medium"
export const b = responseRequest({ model: "gpt-4.1", input, text: { verbosity: "high" } });

// @expect-error TS2322 "o3 / o4-mini accepts top_p only as 1"
export const c = chatCompletionRequest({ model: "o3", messages, top_p: 0.5 });

// @expect-error TS2322 "o1-mini / o1-preview does not support top_p" "not even the default"
export const e = chatCompletionRequest({ model: "o1-mini", messages, top_p: 1 });

// @expect-error TS2322 "gpt-4o does not support reasoning.effort" "not a reasoning model"
export const f = responseRequest({ model: "gpt-4o", input, reasoning: { effort: "low" } });

// @expect-error TS2322 "gpt-4o accepts metadata only when store is true"
export const g: CreateChatCompletionRequest = { model: "gpt-4o", messages, metadata: { run: "1" } };

// @expect-error TS2322 "gpt-4o search preview does not support prediction" "gpt-4o, gpt-4o-mini and the gpt-4.1 family only"
export const h = chatCompletionRequest({ model: "gpt-4o-search-preview", messages, prediction: { type: "content", content: "x" } });

// @expect-error TS2322 "gpt-4o search preview does not support n" "even 1"
export const i = chatCompletionRequest({ model: "gpt-4o-search-preview", messages, n: 1 });

// @expect-error TS2322 "gpt-5 accepts reasoning.summary only as auto or detailed"
export const k = responseRequest({ model: "gpt-5", input, reasoning: { summary: "concise" } });

// @expect-error TS2322 "o3 / o4-mini" "function" "role tool"
export const l = chatCompletionRequest({ model: "o3", messages: [{ role: "function", name: "f", content: "42" }] });

// gpt-image-1-mini's input_fidelity rule (low only) is tested under an earlier as-of: test/types/layered (it was shut down).

// dall-e-2's quality refusal (even standard) is tested under an earlier as-of: test/types/layered (it was shut down).

// @expect-error TS2322 "o3 / o4-mini accepts temperature only as 1"
export const o = responseRequest({ model: "o3", input, temperature: 0 });

// gpt-5.1+ at effort low: only the default temperature (1) passes; other values keep the refusal.
// @expect-error TS2345 "gpt-5.4 accepts temperature only when reasoning_effort is none" "only its default 1"
export const p = chatCompletionRequest({ model: "gpt-5.4", messages, reasoning_effort: "low", temperature: 0.99 });

// metadata needs store: true on every chat model, the o-series included (SPICE-5231 predates GPT-5).
// @expect-error TS2345 "o3 / o4-mini accepts metadata only when store is true"
export const q = chatCompletionRequest({ model: "o3", messages, metadata: { run: "42" } });

// gpt-5.6 takes max through the Responses API only: Chat Completions answers 400 listing none to xhigh (MP-236).
// reasoning_effort controls other rules (temperature, tools), so its refused values come as TypeScript's own value
// error on the property, listing the values the model takes, without the overlay's reason (a known gap).
// @expect-error TS2322 "'\"max\"' is not assignable" "\"xhigh\" | null"
export const r = chatCompletionRequest({ model: "gpt-5.6-terra", messages, reasoning_effort: "max" });
// @expect-error TS2322 "gpt-5.6-terra" "reasoning_effort" "'\"max\"' is not assignable" "\"xhigh\" | null"
export const r2: CreateChatCompletionRequest = { model: "gpt-5.6-terra", messages, reasoning_effort: "max" };
