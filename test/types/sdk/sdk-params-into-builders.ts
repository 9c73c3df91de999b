// The other direction for images, audio, embeddings, completions and moderations: a value typed with the SDK's own
// params type (openai 7.57.0) goes into the generic builder. Accepted where the model accepts everything the type
// allows; refused, naming the model and the reason, where the SDK type is wider (docs/endpoints.md shows the narrower
// type). Builder output into the SDK is endpoints-assignable.ts and uploads-assignable.ts. The SDK's translations
// endpoint has no modelgate builder (not an endpoint modelgate covers).
import type { SpeechCreateParams } from "openai/resources/audio/speech";
import type { TranscriptionCreateParamsNonStreaming } from "openai/resources/audio/transcriptions";
import type { CompletionCreateParamsNonStreaming, CompletionCreateParamsStreaming } from "openai/resources/completions";
import type { EmbeddingCreateParams } from "openai/resources/embeddings";
import type { ImageEditParamsNonStreaming, ImageGenerateParamsNonStreaming } from "openai/resources/images";
import type { ModerationCreateParams } from "openai/resources/moderations";
import {
  completionRequest,
  embeddingRequest,
  imageEditRequest,
  imageRequest,
  moderationRequest,
  speechRequest,
  transcriptionRequest,
} from "../../../generated/index.js";

declare const speech: SpeechCreateParams;
declare const embedding: EmbeddingCreateParams;
declare const completion: CompletionCreateParamsNonStreaming;
declare const completionStream: CompletionCreateParamsStreaming;
declare const moderation: ModerationCreateParams;

// --- accepted: whole SDK params, any model --------------------------------------------------------------------------
export const a = speechRequest(speech);
export const b = embeddingRequest(embedding);
export const c = completionRequest(completion);
export const d = completionRequest(completionStream);
export const e = moderationRequest(moderation);
// A whole ImageGenerateParams: no model (or null) is checked against the spec, which the overlay widens with the SDK's
// newer quality and output_format values (SDK-7.57-IMAGES).
declare const anyImage: ImageGenerateParamsNonStreaming;
export const l = imageRequest(anyImage);

// --- refused: the SDK type is wider than the model accepts; the error names the model and a reason -------------------
// The SDK types one flat request for every image and transcription model; with the model set, the values other
// models take (a quality or size of another image model, gpt-transcribe's keywords) are refused. Build these with the builder itself.
declare const gptImage: ImageGenerateParamsNonStreaming & { model: "gpt-image-2" };
declare const anyTranscription: TranscriptionCreateParamsNonStreaming;
declare const transcribeAll: TranscriptionCreateParamsNonStreaming & { model: "gpt-4o-transcribe" };
declare const gptImageEditAll: ImageEditParamsNonStreaming & { model: "gpt-image-2" };
// Its `model` may be gpt-4o-transcribe-diarize or gpt-transcribe, which refuse `include` (compilers name either one).
// @expect-error TS2345 "does not support include"
export const i = transcriptionRequest(anyTranscription);
// @expect-error TS2345 "gpt-4o-transcribe / gpt-4o-mini-transcribe does not support"
export const j = transcriptionRequest(transcribeAll);
// @expect-error TS2345 "gpt-image-2 does not support"
export const k = imageEditRequest(gptImageEditAll);
// @expect-error TS2345 "gpt-image-2 accepts"
export const n = imageRequest(gptImage);

// --- refused: a known gap, pinned ---------------------------------------------------------------------------------------
// The SDK 7.57's `Uploadable` adds StreamingFile, whose private brand no generated type can match (our Uploadable must
// stay assignable to the SDK's). A whole ImageGenerateParams fits (above: its `model: … | null` is the default model,
// and the overlay widens quality and output_format with the values the SDK adds).
declare const anyImageEdit: ImageEditParamsNonStreaming;
// @expect-error TS2345 "StreamingFile"
export const m = imageEditRequest(anyImageEdit);
