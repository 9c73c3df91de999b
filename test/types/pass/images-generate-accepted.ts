// Image generation requests the API accepts must compile: DALL-E and GPT image models, each with their own controls.
import { type CreateImageRequest, imageRequest } from "../../../generated/index.js";

const prompt = "a lighthouse at dusk";

// dall-e-2 and dall-e-3 were shut down on 2026-05-12: their rules are tested under an earlier as-of (test/types/layered).
// GPT image models: compressed webp with a transparent background, low moderation, streaming with partial images.
export const c = imageRequest({ model: "gpt-image-2", prompt, output_format: "webp", output_compression: 80, background: "transparent" });
export const d = imageRequest({ model: "gpt-image-2", prompt, moderation: "low", quality: "high", stream: true, partial_images: 2 });
export const e = imageRequest({ model: "gpt-image-2-2026-04-21", prompt, size: "auto", output_format: "png" });
// The API's own defaults pass whatever the condition: compression 100 with the default png, no partial images unstreamed.
export const defaults = imageRequest({ model: "gpt-image-2", prompt, output_compression: 100, partial_images: 0 });
export const defaultsPng = imageRequest({ model: "gpt-image-2", prompt, output_format: "png", output_compression: 100 });
// gpt-image-2 takes any WIDTHxHEIGHT and an opaque background.
export const f = imageRequest({ model: "gpt-image-2", prompt, size: "1536x864", background: "opaque" });
export const g: CreateImageRequest = { model: "gpt-image-2-2026-04-21", prompt, quality: "low" };
// A model the overlay does not know is checked against the spec only.
export const h = imageRequest({ model: "my-image-model", prompt, style: "vivid", output_format: "jpeg" });

// Without a model the API uses its default. The spec's default, dall-e-2, is retired and the API's current one is not
// documented, so such a request is checked against the spec alone, in the builder, the union and at run time (which
// warns); `model: null` (the spec marks it nullable) means the same.
export const defaultModel = imageRequest({ prompt, n: 3, quality: "high", size: "1536x1024" });
export const defaultTyped: CreateImageRequest = { prompt, quality: "hd", style: "vivid" };
export const nullModel: CreateImageRequest = { model: null, prompt, output_format: "webp" };
export const nullModelBuilder = imageRequest({ model: null, prompt, quality: "hd" });
