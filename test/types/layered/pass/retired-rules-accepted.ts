// The rules of models shut down since the layer's as-of (2025-10-01): dall-e-2 and dall-e-3 (2026-05-12) and the
// /completions models (2026-09-28). Under the built-in as-of these ids are compile errors (test/types/fail); a user
// who still reaches them (an earlier as-of) gets their own rules, which these requests the API accepted must pass.
import {
  type CreateCompletionRequest,
  type CreateImageEditRequest,
  type CreateImageRequest,
  completionRequest,
  imageEditRequest,
  imageRequest,
} from "./generated/index.js";

const prompt = "a lighthouse at dusk";
declare const file: File;
declare const blob: Blob;

// gpt-3.5-turbo-instruct takes a suffix; streaming options with stream: true; best_of without streaming.
export const a = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "def add(a, b):", suffix: "\n", max_tokens: 32 });
export const b = completionRequest({ model: "davinci-002", prompt: "Once", stream: true, stream_options: { include_usage: true } });
export const c: CreateCompletionRequest = { model: "babbage-002", prompt: ["a", "b"], logprobs: 2, echo: true, best_of: 3, n: 2 };
export const d = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", stream: false, best_of: 3, n: 2 });
export const e: CreateCompletionRequest = { model: "davinci-002", prompt: "Once", stream: null, best_of: 2 };

// dall-e-3: one image, hd quality, a wide size, a style and a response format.
export const f = imageRequest({ model: "dall-e-3", prompt, n: 1, quality: "hd", size: "1792x1024", style: "natural", response_format: "b64_json" });
// dall-e-2: several small images (it has no quality setting), generated and edited.
export const g = imageRequest({ model: "dall-e-2", prompt, n: 4, size: "512x512", response_format: "url" });
export const h = imageEditRequest({ model: "dall-e-2", image: blob, mask: file, prompt, size: "256x256", response_format: "url" });

// Without a model the API uses the spec's default, dall-e-2, served at this as-of: its rules apply, in the builder and
// the union, and `model: null` (the spec marks it nullable) means the same.
export const defaultModel = imageRequest({ prompt, n: 3, size: "512x512" });
export const defaultTyped: CreateImageRequest = { prompt, size: "256x256" };
export const nullModel: CreateImageRequest = { model: null, prompt, size: "256x256" };
export const nullModelBuilder = imageRequest({ model: null, prompt, size: "256x256" });
// Edits default to gpt-image-1.5 (served at this as-of): null in the builder takes its rules.
export const nullEdit = imageEditRequest({ model: null, image: file, prompt, input_fidelity: "high" });
export const nullEditTyped: CreateImageEditRequest = { model: null, image: file, prompt, quality: "high" };
