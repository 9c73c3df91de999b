// Image generation requests a model refuses must not compile; the error names the model, the parameter and the reason.
import { type CreateImageRequest, imageRequest } from "../../../generated/index.js";

const prompt = "a lighthouse at dusk";

// dall-e-2 and dall-e-3 were shut down on 2026-05-12 (their own rules: test/types/layered/fail/retired-rules-rejected.ts).
// @expect-error TS2322 "dall-e-2 was retired on 2026-05-12" "use gpt-image-2 instead"
export const b = imageRequest({ model: "dall-e-2", prompt, style: "vivid" });

// @expect-error TS2322 "gpt-image-2 does not support response_format" "base64"
export const c = imageRequest({ model: "gpt-image-2", prompt, response_format: "b64_json" });

// @expect-error TS2322 "gpt-image-2 accepts quality only as low, medium, high or auto"
export const d = imageRequest({ model: "gpt-image-2", prompt, quality: "hd" });

// @expect-error TS2322 "dall-e-3 was retired on 2026-05-12" "use gpt-image-2 instead"
export const e = imageRequest({ model: "dall-e-3", prompt, size: "1024x1536" });

// TypeScript 5.9 and 6.0 print the reason; 7.0 reports the jpeg/webp variant's missing output_format.
// @expect-error TS2345 "gpt-image-2" "output_compression" "OutputFormatJpegOrWebp"
export const f = imageRequest({ model: "gpt-image-2", prompt, output_compression: 50 });

// @expect-error TS2322 "gpt-image-2 accepts partial_images only when stream is true"
export const h = imageRequest({ model: "gpt-image-2", prompt, partial_images: 2 });

// Annotated with the union, TypeScript names the id but relates it to the members for unknown ids (no date).
// @expect-error TS2322 "\"dall-e-2\""
export const i: CreateImageRequest = { model: "dall-e-2", prompt, output_format: "webp" };

const styled = { style: "vivid" as const };
// @expect-error TS2345 "gpt-image-2 does not support style"
export const j = imageRequest({ model: "gpt-image-2", prompt, ...styled });

// @expect-error TS2322 "gpt-4o is not served on POST /images/generations"
export const k = imageRequest({ model: "gpt-4o", prompt });

// Without a model (or with null) only the spec applies, as the spec's default is retired: the spec's own types still
// hold (the builders of a served default model: test/types/layered/fail/retired-rules-rejected.ts).
// @expect-error TS2322 "\"best\""
export const noModel = imageRequest({ prompt, quality: "best" });
// @expect-error TS2353 "colour"
export const noModelTyped: CreateImageRequest = { prompt, colour: "red" };
// @expect-error TS2322 "number"
export const nullModelBuilder = imageRequest({ model: null, prompt, size: 1024 });
