// Responses requests the API refuses must fail, naming the model, the parameter and the reason.
import { type CreateResponse, responseRequest } from "../../../generated/index.js";

const input = "Summarize the report.";

// @expect-error TS2322 "gpt-4o does not support reasoning" "not a reasoning model"
export const a = responseRequest({ model: "gpt-4o", input, reasoning: { effort: "low" } });

// @expect-error TS2322 "o3 / o4-mini accepts temperature only as 1" "reasoning models take no sampling temperature"
export const b: CreateResponse = { model: "o3", input, temperature: 0.2 };

// @expect-error TS2322 "gpt-5 accepts reasoning.effort only as minimal, low, medium or high"
export const c = responseRequest({ model: "gpt-5", input, reasoning: { effort: "none" } });

// @expect-error TS2345 "gpt-5.1 accepts temperature only when reasoning.effort is none" "(default none)"
export const d = responseRequest({ model: "gpt-5.1", input, reasoning: { effort: "high" }, temperature: 0.7 });

// gpt-5.5 reasons by default, so sampling needs an explicit effort none.
// @expect-error TS2345 "gpt-5.5 accepts top_p only when reasoning.effort is none (default medium)"
export const e = responseRequest({ model: "gpt-5.5", input, top_p: 0.5 });

// @expect-error TS2322 "gpt-5-pro accepts reasoning.effort only as high"
export const f = responseRequest({ model: "gpt-5-pro", input, reasoning: { effort: "medium" } });

// @expect-error TS2322 "o3 / o4-mini accepts text.verbosity only as medium" "GPT-5"
export const g = responseRequest({ model: "o3", input, text: { verbosity: "low" } });

// @expect-error TS2322 "gpt-5.6 accepts service_tier only as" "ultrafast tier is offered on gpt-5.6-sol only"
export const i = responseRequest({ model: "gpt-5.6-terra", input, service_tier: "ultrafast" });

// Chat-only models are refused here; Responses-only models are refused on chat.
// @expect-error TS2322 "gpt-4o-search-preview is not served on POST /responses" "Responses API refuses them"
export const j = responseRequest({ model: "gpt-4o-search-preview", input });

// Through a variable: the rule still holds.
const sampled = { reasoning: { effort: "high" as const }, temperature: 0.7 };
// @expect-error TS2345 "gpt-5.4 accepts temperature only when reasoning.effort is none"
export const k = responseRequest({ model: "gpt-5.4", input, ...sampled });

// A fine-tune gets its base model's rules.
// @expect-error TS2322 "gpt-4o-mini does not support reasoning"
export const m = responseRequest({ model: "ft:gpt-4o-mini-2024-07-18:acme::abc", input, reasoning: { effort: "low" } });


// Chat's top-level reasoning controls do not exist on Responses; the message says where they go.
// @expect-error TS2322 "gpt-5.1 does not support reasoning_effort" "use reasoning.effort instead"
export const o = responseRequest({ model: "gpt-5.1", input, reasoning_effort: "high" });
const chatStyle = { model: "gpt-5", input, verbosity: "low" } as const;
// @expect-error TS2322 "gpt-5 does not support verbosity" "use text.verbosity instead"
export const p: CreateResponse = chatStyle;

// The same dependent rule in the plain union, with another key of the nested `reasoning` beside its controller.
// @expect-error TS2322 "gpt-5.6 accepts temperature only when reasoning.effort is none"
export const d2: CreateResponse = { model: "gpt-5.6-terra", input, reasoning: { effort: "high", mode: "pro" }, temperature: 0.7 };
