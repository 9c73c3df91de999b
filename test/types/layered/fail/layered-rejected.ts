// An alias gets its model's rules, an added model those of the family it extends, in every place.
import {
  type CreateChatCompletionRequest,
  azure4oRequest,
  chatCompletionRequest,
  imageEditRequest,
  myO1DeploymentRequest,
  o9PreviewRequest,
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

// @expect-error TS2322 "gpt-4o" "reasoning_effort"
export const g = azure4oRequest({ messages, reasoning_effort: "low" });

// @expect-error TS2322 "gpt-4o" "reasoning_effort"
export const h = chatCompletionRequest({ model: "azure-4o", messages, reasoning_effort: "low" });

// Through a variable, too (no excess-property check to lean on).
const withLogprobs = { messages, logprobs: true };
// @expect-error TS2345 "o1 does not support logprobs"
export const i = myO1DeploymentRequest(withLogprobs);

// Under the layer's earlier as-of, gpt-image-1-mini is not retired and its own rule applies: input_fidelity low only.
declare const file: File;
// @expect-error TS2322 "gpt-image-1-mini accepts input_fidelity only as low"
export const j = imageEditRequest({ model: "gpt-image-1-mini", image: file, prompt: "a kite", input_fidelity: "high" });
