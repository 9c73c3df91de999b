// Image generation requests a model refuses must not compile; the error names the model, the parameter and the reason.
import { type CreateImageRequest, imageRequest } from "../../../generated/index.js";

const prompt = "a lighthouse at dusk";

// @expect-error TS2322 "dall-e-2 does not support style" "dall-e-3 only"
export const b = imageRequest({ model: "dall-e-2", prompt, style: "vivid" });

// @expect-error TS2322 "gpt-image-2 does not support response_format" "base64"
export const c = imageRequest({ model: "gpt-image-2", prompt, response_format: "b64_json" });

// @expect-error TS2322 "gpt-image-2 accepts quality only as low, medium, high or auto"
export const d = imageRequest({ model: "gpt-image-2", prompt, quality: "hd" });

// @expect-error TS2322 "dall-e-3 accepts size only as 1024x1024, 1792x1024 or 1024x1792"
export const e = imageRequest({ model: "dall-e-3", prompt, size: "1024x1536" });

// TypeScript 5.9 and 6.0 print the reason; 7.0 reports the jpeg/webp variant's missing output_format.
// @expect-error TS2345 "gpt-image-2" "output_compression" "OutputFormatJpegOrWebp"
export const f = imageRequest({ model: "gpt-image-2", prompt, output_compression: 50 });

// @expect-error TS2322 "dall-e-3 does not support background" "GPT image models only"
export const g = imageRequest({ model: "dall-e-3", prompt, background: "transparent" });

// @expect-error TS2322 "gpt-image-2 accepts partial_images only when stream is true"
export const h = imageRequest({ model: "gpt-image-2", prompt, partial_images: 2 });

// @expect-error TS2322 "dall-e-2 does not support output_format" "GPT image models only"
export const i: CreateImageRequest = { model: "dall-e-2", prompt, output_format: "webp" };

const styled = { style: "vivid" as const };
// @expect-error TS2345 "gpt-image-2 does not support style"
export const j = imageRequest({ model: "gpt-image-2", prompt, ...styled });

// @expect-error TS2322 "gpt-4o is not served on POST /images/generations"
export const k = imageRequest({ model: "gpt-4o", prompt });

// Without a model the API uses dall-e-2, so its rules apply.
// @expect-error TS2322 "dall-e-2 does not support quality" "even for standard"
export const noModel = imageRequest({ prompt, quality: "standard" });
// Annotated with the union and no model, the request fails too, but TypeScript has no `model` to pick the member by
// and prints no detail; the builder above names the reason.
// @expect-error TS2322 "is not assignable to type 'CreateImageRequest'"
export const noModelTyped: CreateImageRequest = { prompt, style: "vivid" };
// `model: null` stands for the default model, dall-e-2, whose rules apply in the union.
// @expect-error TS2322 "dall-e-2 does not support quality"
export const nullModelQuality: CreateImageRequest = { model: null, prompt, quality: "hd" };
// The generic builder's model slot does not take null (a known gap: inferring M from null would lose the default's
// rules; docs/endpoints.md). Leave the key out instead.
// @expect-error TS2322 "null"
export const nullModelBuilder = imageRequest({ model: null, prompt });
