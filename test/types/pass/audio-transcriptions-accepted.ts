// Transcription requests the API accepts must compile.
import { type CreateTranscriptionRequest, transcriptionRequest } from "../../../generated/index.js";

declare const audio: File;
declare const bytes: AsyncIterable<Uint8Array>;

// whisper-1: timestamps with verbose_json.
export const a = transcriptionRequest({ model: "whisper-1", file: audio, response_format: "verbose_json", timestamp_granularities: ["word", "segment"] });
export const b = transcriptionRequest({ model: "whisper-1", file: bytes, response_format: "srt", prompt: "names: Ada" });
// gpt-4o transcribe models: log probabilities with json (the default), or plain text.
export const c = transcriptionRequest({ model: "gpt-4o-transcribe", file: audio, include: ["logprobs"] });
export const d = transcriptionRequest({ model: "gpt-4o-mini-transcribe", file: audio, response_format: "json", include: ["logprobs"], stream: true });
export const e: CreateTranscriptionRequest = { model: "gpt-4o-mini-transcribe-2025-12-15", file: audio, response_format: "text" };
// The diarizing model: speaker labels, chunking, known speakers.
export const f = transcriptionRequest({
  model: "gpt-4o-transcribe-diarize",
  file: audio,
  response_format: "diarized_json",
  chunking_strategy: "auto",
  known_speaker_names: ["agent"],
  known_speaker_references: ["data:audio/wav;base64,AAAA"],
});
// The chunking strategy the diarizing model needs may be automatic or a server_vad object.
export const fAuto: CreateTranscriptionRequest = { model: "gpt-4o-transcribe-diarize", file: audio, chunking_strategy: "auto" };
export const fVad = transcriptionRequest({ model: "gpt-4o-transcribe-diarize", file: audio, chunking_strategy: { type: "server_vad", threshold: 0.5 } });
// The API's own default [segment] passes with any format and on the models without timestamps.
export const segmentJson = transcriptionRequest({ model: "whisper-1", file: audio, timestamp_granularities: ["segment"] });
export const segmentMini = transcriptionRequest({ model: "gpt-4o-mini-transcribe", file: audio, timestamp_granularities: ["segment"] });
export const segmentDiarize: CreateTranscriptionRequest = { model: "gpt-4o-transcribe-diarize", file: audio, chunking_strategy: "auto", timestamp_granularities: ["segment"] };
// gpt-transcribe: language and keyword hints.
export const g = transcriptionRequest({ model: "gpt-transcribe", file: audio, languages: ["en", "de"], keywords: ["modelgate"] });
