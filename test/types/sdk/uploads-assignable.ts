// Files for multipart endpoints: what users pass goes into the generated builders, and the builders' output goes into
// the official SDK's params unchanged. Node's types are referenced here only, for a real fs.createReadStream().
/// <reference types="node" />
import { createReadStream } from "node:fs";
import type OpenAI from "openai";
import type { toStreamingFile, Uploadable as SdkUploadable } from "openai";
import type { StreamingFile } from "openai/uploads";
import type { ImageEditParams, ImageEditParamsNonStreaming, ImageEditParamsStreaming } from "openai/resources/images";
import type {
  TranscriptionCreateParams,
  TranscriptionCreateParamsNonStreaming,
  TranscriptionCreateParamsStreaming,
} from "openai/resources/audio/transcriptions";
import {
  type CreateImageEditRequest,
  type CreateTranscriptionRequest,
  imageEditRequest,
  transcriptionRequest,
  type Uploadable,
} from "../../../generated/index.js";

const prompt = "add a red kite";
declare const blob: Blob;
declare const response: Response;
declare const webStream: ReadableStream<Uint8Array>;
declare const chunks: AsyncIterable<Uint8Array>;

// What users pass: fs.createReadStream(), new File(), a Blob, a fetch Response, streams of bytes.
export const a: TranscriptionCreateParamsNonStreaming = transcriptionRequest({ model: "whisper-1", file: createReadStream("talk.mp3") });
export const b: TranscriptionCreateParamsStreaming = transcriptionRequest({ model: "gpt-4o-transcribe", file: new File(["…"], "talk.wav"), stream: true });
export const c: ImageEditParamsNonStreaming = imageEditRequest({ model: "gpt-image-2", image: [createReadStream("a.png"), blob], prompt });
export const d: ImageEditParamsStreaming = imageEditRequest({ model: "gpt-image-2", image: response, prompt, stream: true, partial_images: 2 });
export const e: ImageEditParams = imageEditRequest({ model: null, image: webStream, mask: chunks, prompt, response_format: "b64_json" });

// Our Uploadable is one of the SDK's, and every member of the generated unions is an SDK request.
declare const upload: Uploadable;
export const f: SdkUploadable = upload;
declare const anyEdit: CreateImageEditRequest;
export const g: ImageEditParams = anyEdit;
declare const anyTranscription: CreateTranscriptionRequest;
export const h: TranscriptionCreateParams = anyTranscription;

// create() takes the builders' output.
declare const client: OpenAI;
export const i = client.audio.transcriptions.create(transcriptionRequest({ model: "gpt-4o-mini-transcribe", file: blob, include: ["logprobs"] }));
export const j = client.images.edit(imageEditRequest({ model: "gpt-image-2", image: blob, prompt, size: "1536x864" }));

// The SDK's toStreamingFile() result carries a private brand (a unique symbol the SDK does not export), so no type
// outside the SDK can describe it; it is not an Uploadable. Pass the stream itself: the SDK streams it lazily too.
declare const streamingFile: ReturnType<typeof toStreamingFile>;
// @expect-error TS2322 "StreamingFile" "Uploadable"
export const k = transcriptionRequest({ model: "whisper-1", file: streamingFile });

// Why: a look-alike with the same public members is still not a StreamingFile.
declare const lookalike: { readonly data: AsyncIterable<Uint8Array>; readonly name: string; readonly type?: string };
// @expect-error TS2741 "brand_privateStreamingFile" "StreamingFile"
export const l: StreamingFile = lookalike;
