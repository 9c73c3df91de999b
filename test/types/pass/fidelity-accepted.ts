// Requests the fidelity audit (issue 11) found the API accepts must compile: each line is a rule whose verdict changed.
import {
  type CreateChatCompletionRequest,
  chatCompletionRequest,
  gpt5_5Request,
  imageEditRequest,
  imageRequest,
  responseRequest,
} from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];
const input = "Summarize the report.";
const prompt = "a lighthouse at dusk";
declare const file: File;

// Pre-GPT-5 models answer at medium verbosity and accept medium itself (CONCORDIA-164, BIGAGI-947).
export const verbosityGpt4o = chatCompletionRequest({ model: "gpt-4o", messages, verbosity: "medium" });
export const verbosityO3 = chatCompletionRequest({ model: "o3", messages, verbosity: "medium" });
export const textVerbosityGpt41 = responseRequest({ model: "gpt-4.1", input, text: { verbosity: "medium" } });
export const textVerbosityO3 = responseRequest({ model: "o3", input, text: { verbosity: "medium" } });
// Sampling parameters at their defaults on reasoning models.
export const samplingDefaults = chatCompletionRequest({ model: "o3", messages, top_p: 1, presence_penalty: 0, frequency_penalty: 0 });
export const samplingDefaultsGpt5 = chatCompletionRequest({ model: "gpt-5-mini", messages, top_p: 1, frequency_penalty: 0 });
export const temperatureDefaultResponses = responseRequest({ model: "o3", input, temperature: 1 });
// gpt-5.1+ at an effort other than none: the API's error says "Only the default (1) value is supported" (TW-311), so
// the defaults pass at any effort, in the builder, the per-model builder and the union.
export const defaultsAtEffortHigh = chatCompletionRequest({
  model: "gpt-5.1",
  messages,
  reasoning_effort: "high",
  temperature: 1,
  top_p: 1,
  logprobs: false,
});
export const defaultsGpt55 = gpt5_5Request({ messages, temperature: 1, top_p: 1 });
export const defaultsTyped: CreateChatCompletionRequest = { model: "gpt-5.4", messages, reasoning_effort: "low", temperature: 1 };
export const defaultsResponses = responseRequest({ model: "gpt-5.4", input, reasoning: { effort: "high" }, temperature: 1, top_p: 1 });
// A non-reasoning model on Responses: only the effort is refused, not the reasoning object.
export const reasoningWithoutEffort = responseRequest({ model: "gpt-4o", input, reasoning: {} });
// response_format { type: "text" } on models that refuse json_object: no record refuses text.
export const textFormatGpt4 = chatCompletionRequest({ model: "gpt-4.1", messages, response_format: { type: "text" } });
export const textFormatAudio = chatCompletionRequest({ model: "gpt-4o-audio-preview", messages, response_format: { type: "text" } });
// metadata with store: true, on every chat model.
export const metadataStored = chatCompletionRequest({ model: "gpt-4o", messages, store: true, metadata: { run: "1" } });
export const metadataStoredGpt5 = chatCompletionRequest({ model: "gpt-5", messages, store: true, metadata: { run: "1" } });
// Predicted outputs on gpt-4o, gpt-4o-mini and the gpt-4.1 family.
const prediction = { type: "content" as const, content: "const x = 1;" };
export const predictGpt4o = chatCompletionRequest({ model: "gpt-4o", messages, prediction });
export const predictGpt4oMini = chatCompletionRequest({ model: "gpt-4o-mini-2024-07-18", messages, prediction });
export const predictGpt41Mini = chatCompletionRequest({ model: "gpt-4.1-mini", messages, prediction });
// gpt-5 summarizes its reasoning in detail (CODEX-2376).
export const summaryDetailed = responseRequest({ model: "gpt-5", input, reasoning: { summary: "detailed" } });
// Images: gpt-image-2 transparent backgrounds (preview); gpt-image-1-mini at low input fidelity is in test/types/layered
// (shut down on 2026-12-01, so it compiles only under an earlier as-of).
export const transparent = imageRequest({ model: "gpt-image-2", prompt, background: "transparent", output_format: "png" });
export const transparentEdit = imageEditRequest({ model: "gpt-image-2", image: file, prompt, background: "transparent" });
// metadata with store: true on the o-series (the rule now covers every chat model).
export const metadataStoredO3 = chatCompletionRequest({ model: "o3", messages, metadata: { run: "42" }, store: true });
// gpt-5.6 on Chat Completions: efforts none to xhigh (MP-236's live probe); max goes through the Responses API.
export const xhighGpt56 = chatCompletionRequest({ model: "gpt-5.6-terra", messages, reasoning_effort: "xhigh" });
export const xhighGpt56Annotated: CreateChatCompletionRequest = { model: "gpt-5.6-luna", messages, reasoning_effort: "xhigh" };
