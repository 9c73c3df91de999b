// Refusals resting on inferred evidence only (docs/overlay.md, "Evidence levels") compile: the property keeps the
// spec's type and is @deprecated with the reason and "not verified", so editors strike it through. Each
// `// @expect-deprecated <property> "fragment" …` names the property on the next code line whose deprecation must show
// those fragments (test/types/unverified-types.test.ts asks TypeScript's LanguageService). Until issue 11 these
// requests were compile errors (moved here from test/types/fail/).
import {
  type CreateChatCompletionRequest,
  chatCompletionRequest,
  o3Request,
  responseRequest,
  transcriptionRequest,
} from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];
declare const audio: File;

// @expect-deprecated timestamp_granularities "gpt-4o-transcribe / gpt-4o-mini-transcribe accepts timestamp_granularities only as" "not verified: inferred evidence; sources I16, SPEC"
export const a = transcriptionRequest({ model: "gpt-4o-mini-transcribe", file: audio, timestamp_granularities: ["word"] });

// A `values` rule: the refused values are accepted as the spec types them.
// @expect-deprecated presence_penalty "o3 / o4-mini accepts presence_penalty only as 0" "not verified"
export const b = chatCompletionRequest({ model: "o3", messages, presence_penalty: 0.5 });

// @expect-deprecated top_logprobs "gpt-4o audio preview does not support top_logprobs" "not verified"
export const c = chatCompletionRequest({ model: "gpt-4o-mini-audio-preview", messages, top_logprobs: 2 });

// A nested parameter.
// @expect-deprecated mode "gpt-5.4 does not support reasoning.mode" "GPT-5.6" "not verified"
export const d = responseRequest({ model: "gpt-5.4", input: "Summarize the report.", reasoning: { mode: "pro" } });

// Through a per-model builder.
// @expect-deprecated audio "o3 / o4-mini does not support audio" "not verified"
export const e = o3Request({ messages, audio: { voice: "alloy", format: "mp3" } });

// @expect-deprecated tool_choice "o1-mini / o1-preview does not support tool_choice" "not verified"
export const f = chatCompletionRequest({ model: "o1-mini", messages, tool_choice: "none" });

// An inferred refusal replaces the inherited `requires` rule, so top_logprobs needs no logprobs: true here.
// @expect-deprecated top_logprobs "gpt-4o audio preview does not support top_logprobs" "not verified"
export const g = chatCompletionRequest({ model: "gpt-4o-mini-audio-preview", messages, top_logprobs: 2 });

// Through a variable (no excess-property check) and in a union annotation: accepted too.
const viaVariable = { model: "o3" as const, messages, frequency_penalty: 0.5, modalities: ["text" as const] };
export const h = chatCompletionRequest(viaVariable);
export const i: CreateChatCompletionRequest = { model: "o3", messages, presence_penalty: 1, audio: { voice: "alloy", format: "wav" } };
