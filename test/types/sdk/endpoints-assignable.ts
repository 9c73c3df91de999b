// Builder output for images, speech, embeddings, legacy completions and moderations is assignable to the official SDK's params,
// and every member of each generated union (unknown models and fine-tunes included) is an SDK request.
import type { CompletionCreateParams, CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming } from "openai/resources/completions";
import type { EmbeddingCreateParams } from "openai/resources/embeddings";
import type { ImageGenerateParams, ImageGenerateParamsNonStreaming, ImageGenerateParamsStreaming } from "openai/resources/images";
import type { SpeechCreateParams } from "openai/resources/audio/speech";
import type { ModerationCreateParams } from "openai/resources/moderations";
import {
  type CreateCompletionRequest,
  type CreateEmbeddingRequest,
  type CreateImageRequest,
  type CreateModerationRequest,
  type CreateSpeechRequest,
  completionRequest,
  embeddingRequest,
  imageRequest,
  moderationRequest,
  speechRequest,
} from "../../../generated/index.js";

const prompt = "a lighthouse at dusk";

// No model (the spec's default is retired, so the spec alone applies) and null, which the SDK types as well.
export const a: ImageGenerateParamsNonStreaming = imageRequest({ prompt, quality: "hd", style: "vivid", n: 1 });
export const a2: ImageGenerateParamsNonStreaming = imageRequest({ model: null, prompt, response_format: "url" });
export const b: ImageGenerateParamsStreaming = imageRequest({ model: "gpt-image-2", prompt, stream: true, partial_images: 1 });
export const c: ImageGenerateParams = imageRequest({ model: "gpt-image-2", prompt, output_format: "webp", output_compression: 70 });
export const d: SpeechCreateParams = speechRequest({ model: "gpt-4o-mini-tts", input: "hi", voice: "coral", instructions: "cheerful" });
export const e: SpeechCreateParams = speechRequest({ model: "tts-1", input: "hi", voice: { id: "voice_1234" } });
export const f: EmbeddingCreateParams = embeddingRequest({ model: "text-embedding-3-large", input: ["a", "b"], dimensions: 256 });
// Every /completions model is retired: ids the overlay does not know.
export const g: CompletionCreateParamsNonStreaming = completionRequest({ model: "my-completion-model", prompt: "x", suffix: "y" });
export const h: CompletionCreateParamsStreaming = completionRequest({ model: "my-completion-model", prompt: "x", stream: true });

declare const anyImage: CreateImageRequest;
export const i: ImageGenerateParams = anyImage;
declare const anySpeech: CreateSpeechRequest;
export const j: SpeechCreateParams = anySpeech;
declare const anyEmbedding: CreateEmbeddingRequest;
export const k: EmbeddingCreateParams = anyEmbedding;
declare const anyCompletion: CreateCompletionRequest;
export const l: CompletionCreateParams = anyCompletion;
// Moderations: no model (the spec's default, omni-moderation-latest, is served), a model with image input, text only.
export const m: ModerationCreateParams = moderationRequest({ input: "hi" });
export const n: ModerationCreateParams = moderationRequest({
  model: "omni-moderation-latest",
  input: [{ type: "image_url", image_url: { url: "https://example.com/a.png" } }],
});
export const o: ModerationCreateParams = moderationRequest({ model: "omni-moderation-2024-09-26", input: ["a", "b"] });
declare const anyModeration: CreateModerationRequest;
export const p: ModerationCreateParams = anyModeration;
