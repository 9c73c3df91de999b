// The rules of models shut down since the layer's as-of (2025-10-01), which a user with an earlier as-of still gets:
// each refusal names the model, the parameter and the reason.
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

// @expect-error TS2322 "davinci-002 / babbage-002 does not support suffix" "gpt-3.5-turbo-instruct only"
export const a = completionRequest({ model: "davinci-002", prompt: "Once", suffix: "end" });

// @expect-error TS2322 "gpt-3.5-turbo-instruct accepts stream_options only when stream is true"
export const c = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", stream_options: { include_usage: true } });

// @expect-error TS2345 "gpt-3.5-turbo-instruct accepts best_of only when stream is false" "cannot be streamed"
export const d = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", stream: true, best_of: 2 });

const streamed = { model: "davinci-002" as const, prompt: "Once", stream: true as const, best_of: 2 };
// @expect-error TS2322 "davinci-002 / babbage-002 accepts best_of only when stream is false"
export const e: CreateCompletionRequest = streamed;

// @expect-error TS2322 "dall-e-2 does not support style" "dall-e-3 only"
export const f = imageRequest({ model: "dall-e-2", prompt, style: "vivid" });

// @expect-error TS2322 "dall-e-3 accepts size only as 1024x1024, 1792x1024 or 1024x1792"
export const g = imageRequest({ model: "dall-e-3", prompt, size: "1024x1536" });

// @expect-error TS2322 "dall-e-3 does not support background" "GPT image models only"
export const h = imageRequest({ model: "dall-e-3", prompt, background: "transparent" });

// @expect-error TS2322 "dall-e-2 does not support output_format" "GPT image models only"
export const i: CreateImageRequest = { model: "dall-e-2", prompt, output_format: "webp" };

// @expect-error TS2322 "dall-e-2 does not support quality" "even for standard"
export const j = imageRequest({ model: "dall-e-2", prompt, quality: "standard" });

// @expect-error TS2322 "dall-e-2 does not support background"
export const k: CreateImageEditRequest = { model: "dall-e-2", image: file, prompt, background: "opaque" };

// @expect-error TS2322 "dall-e-3 is not served on POST /images/edits"
export const l = imageEditRequest({ model: "dall-e-3", image: file, prompt });

// Without a model the API uses dall-e-2, so its rules apply.
// @expect-error TS2322 "dall-e-2 does not support quality" "even for standard"
export const noModel = imageRequest({ prompt, quality: "standard" });
// Annotated with the union and no model, the request fails too, but TypeScript has no `model` to pick the member by
// and prints no detail; the builder above names the reason.
// @expect-error TS2322 "is not assignable to type 'CreateImageRequest'"
export const noModelTyped: CreateImageRequest = { prompt, style: "vivid" };
// `model: null` stands for the default model, dall-e-2, whose rules apply in the union and in the builder.
// @expect-error TS2322 "dall-e-2 does not support quality"
export const nullModelQuality: CreateImageRequest = { model: null, prompt, quality: "hd" };
// @expect-error TS2322 "dall-e-2 does not support quality"
export const nullModelBuilder = imageRequest({ model: null, prompt, quality: "hd" });
