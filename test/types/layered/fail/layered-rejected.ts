// An alias gets its model's rules, an added model those of the family it extends, in every place.
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

// @expect-error TS2322 "o1 does not support logprobs"
export const a: CreateChatCompletionRequest = { model: "my-o1-deployment", messages, logprobs: true };

// @expect-error TS2322 "o1" "max_tokens" "max_completion_tokens"
export const b = chatCompletionRequest({ model: "my-o1-deployment", messages, max_tokens: 100 });

// @expect-error TS2322 "o1 does not support logprobs"
export const c = myO1DeploymentRequest({ messages, logprobs: true });

// @expect-error TS2322 "o1" "temperature" "1"
export const d: CreateChatCompletionRequest = { model: "o9-preview", messages, temperature: 0.2 };

// @expect-error TS2322 "o1 does not support logprobs"
export const e = chatCompletionRequest({ model: "o9-preview", messages, logprobs: true });

// @expect-error TS2322 "o1 does not support logprobs"
export const f = o9PreviewRequest({ messages, logprobs: true });

// @expect-error TS2322 "accepts seed only when stream_options.include_usage is true"
export const f2 = o9PreviewRequest({ messages, stream: true, stream_options: { include_usage: false }, seed: 1 });

// @expect-error TS2322 "gpt-4o" "reasoning_effort"
export const g = azure4oRequest({ messages, reasoning_effort: "low" });

// @expect-error TS2322 "gpt-4o" "reasoning_effort"
export const h = chatCompletionRequest({ model: "azure-4o", messages, reasoning_effort: "low" });

// Through a variable, too (no excess-property check to lean on).
const withLogprobs = { messages, logprobs: true };
// @expect-error TS2345 "o1 does not support logprobs"
export const i = myO1DeploymentRequest(withLogprobs);

// The deep research models (back through the layer's earlier as-of) need a data-source tool: tools is required.
// @expect-error TS2345 "tools"
export const research = responseRequest({ model: "o3-deep-research", input: "Survey the field." });

// @expect-error TS2322 "tools"
export const researchMini: CreateResponse = { model: "o4-mini-deep-research", input: "Survey the field." };

// Under the layer's earlier as-of, gpt-image-1-mini is not retired and its own rule applies: input_fidelity low only.
declare const file: File;
// @expect-error TS2322 "gpt-image-1-mini accepts input_fidelity only as low"
export const j = imageEditRequest({ model: "gpt-image-1-mini", image: file, prompt: "a kite", input_fidelity: "high" });

// Under the layer's earlier as-of the text moderation models are served, and take text items only.
const image = { type: "image_url" as const, image_url: { url: "https://example.org/cat.png" } };
// @expect-error TS2322 "text-moderation accepts input[].type only as text" "images need an omni-moderation model"
export const k = moderationRequest({ model: "text-moderation-latest", input: [{ type: "image_url", image_url: { url: "u" } }] });

// Assigned to the union type, the request still fails, but TypeScript elaborates the array against `string[]`, the
// first array member of input's union, so the reason is not printed (the builder above prints it).
// @expect-error TS2322 "text-moderation-stable" "Types of property 'input' are incompatible"
export const l: CreateModerationRequest = { model: "text-moderation-stable", input: [{ type: "image_url", image_url: { url: "u" } }] };

// An image item from a variable still fails, but TypeScript stops at the union and prints no reason.
const items = [{ type: "text" as const, text: "hi" }, image];
// @expect-error TS2322 "text-moderation-stable" "CreateModerationRequest"
export const m: CreateModerationRequest = { model: "text-moderation-stable", input: items };
