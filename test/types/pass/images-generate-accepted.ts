// Image generation requests the API accepts must compile: DALL-E and GPT image models, each with their own controls.
import { type CreateImageRequest, imageRequest } from "../../../generated/index.js";

const prompt = "a lighthouse at dusk";

// dall-e-3: one image, hd quality, a wide size, a style and a response format.
export const a = imageRequest({ model: "dall-e-3", prompt, n: 1, quality: "hd", size: "1792x1024", style: "natural", response_format: "b64_json" });
// dall-e-2: several small images (it has no quality setting).
export const b = imageRequest({ model: "dall-e-2", prompt, n: 4, size: "512x512", response_format: "url" });
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

// Without a model the API uses its default, dall-e-2: its rules apply.
export const defaultModel = imageRequest({ prompt, n: 3, size: "512x512" });
export const defaultTyped: CreateImageRequest = { prompt, size: "256x256" };
// The spec marks `model` nullable: `model: null` is the default model (dall-e-2), in the union as at run time.
export const nullModel: CreateImageRequest = { model: null, prompt, size: "256x256" };
