// An alias and an added model are ordinary model ids of the output: the union, the generic builder, their own builders.
import {
  type CreateChatCompletionRequest,
  type CreateModerationRequest,
  azure4oRequest,
  type CreateResponse,
  chatCompletionRequest,
  imageEditRequest,
  moderationRequest,
  myO1DeploymentRequest,
  o9PreviewRequest,
  responseRequest,
} from "./generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];

// In the union.
export const a: CreateChatCompletionRequest = { model: "my-o1-deployment", messages, max_completion_tokens: 100 };
export const b: CreateChatCompletionRequest = { model: "o9-preview", messages, reasoning_effort: "high" };
export const c: CreateChatCompletionRequest = { model: "azure-4o", messages, logprobs: true, top_logprobs: 2 };
// In the generic builder.
export const d = chatCompletionRequest({ model: "my-o1-deployment", messages, temperature: 1 });
export const e = chatCompletionRequest({ model: "o9-preview", messages, max_completion_tokens: 10 });
export const f = chatCompletionRequest({ model: "azure-4o", messages, temperature: 0.2 });
// Their own builders fill in the id.
export const g = myO1DeploymentRequest({ messages, reasoning_effort: "low" });
export const h = o9PreviewRequest({ messages });
// The layer's rule with a nested controller holds: seed is accepted.
export const h2 = o9PreviewRequest({ messages, stream: true, stream_options: { include_usage: true }, seed: 1 });
export const h3: CreateChatCompletionRequest = { model: "o9-preview", messages, stream: true, stream_options: { include_usage: true }, seed: 1 };
export const i = azure4oRequest({ messages, logprobs: true });
export const ids: ["my-o1-deployment", "o9-preview", "azure-4o"] = [g.model, h.model, i.model];
// The layer's earlier as-of brings back the deep research models, which need a data-source tool (OAI-DR, LOBE-8291).
export const research = responseRequest({ model: "o3-deep-research", input: "Survey the field.", tools: [{ type: "web_search_preview" }] });
export const researchMini: CreateResponse = { model: "o4-mini-deep-research-2025-06-26", input: "x", tools: [{ type: "file_search", vector_store_ids: ["vs_1"] }] };

// Under the layer's earlier as-of, models shut down since compile with their own rules: gpt-image-1-mini takes
// input_fidelity low (OAI-PY-3919, LOBE-9920), gpt-image-1 takes high.
declare const file: File;
export const miniLowFidelity = imageEditRequest({ model: "gpt-image-1-mini", image: file, prompt: "a kite", input_fidelity: "low" });
export const highFidelity = imageEditRequest({ model: "gpt-image-1", image: file, prompt: "a kite", input_fidelity: "high" });

// The text moderation models under the earlier as-of: text in every shape.
export const textModeration = moderationRequest({ model: "text-moderation-latest", input: "hello" });
export const textModerationList = moderationRequest({ model: "text-moderation-stable", input: ["a", "b"] });
export const textModerationItems: CreateModerationRequest = {
  model: "text-moderation-latest",
  input: [{ type: "text", text: "hello" }],
};
