// Builder output for images, speech, embeddings and legacy completions is assignable to the official SDK's params,
// and every member of each generated union (unknown models and fine-tunes included) is an SDK request.
import type { CompletionCreateParams, CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming } from "openai/resources/completions";
import type { EmbeddingCreateParams } from "openai/resources/embeddings";
import type { ImageGenerateParams, ImageGenerateParamsNonStreaming, ImageGenerateParamsStreaming } from "openai/resources/images";
import type { SpeechCreateParams } from "openai/resources/audio/speech";
import {
  type CreateCompletionRequest,
  type CreateEmbeddingRequest,
  type CreateImageRequest,
  type CreateSpeechRequest,
  completionRequest,
  embeddingRequest,
  imageRequest,
  speechRequest,
} from "../../../generated/index.js";

const prompt = "a lighthouse at dusk";

export const a: ImageGenerateParamsNonStreaming = imageRequest({ model: "dall-e-3", prompt, quality: "hd", style: "vivid", n: 1 });
export const b: ImageGenerateParamsStreaming = imageRequest({ model: "gpt-image-2", prompt, stream: true, partial_images: 1 });
export const c: ImageGenerateParams = imageRequest({ model: "gpt-image-2", prompt, output_format: "webp", output_compression: 70 });
export const d: SpeechCreateParams = speechRequest({ model: "gpt-4o-mini-tts", input: "hi", voice: "coral", instructions: "cheerful" });
export const e: SpeechCreateParams = speechRequest({ model: "tts-1", input: "hi", voice: { id: "voice_1234" } });
export const f: EmbeddingCreateParams = embeddingRequest({ model: "text-embedding-3-large", input: ["a", "b"], dimensions: 256 });
export const g: CompletionCreateParamsNonStreaming = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "x", suffix: "y" });
export const h: CompletionCreateParamsStreaming = completionRequest({ model: "davinci-002", prompt: "x", stream: true });

declare const anyImage: CreateImageRequest;
export const i: ImageGenerateParams = anyImage;
declare const anySpeech: CreateSpeechRequest;
export const j: SpeechCreateParams = anySpeech;
declare const anyEmbedding: CreateEmbeddingRequest;
export const k: EmbeddingCreateParams = anyEmbedding;
declare const anyCompletion: CreateCompletionRequest;
export const l: CompletionCreateParams = anyCompletion;
