// Speech and transcription requests the API accepts must compile.
import {
  type CreateSpeechRequest,
  type CreateTranscriptionRequest,
  speechRequest,
  transcriptionRequest,
} from "../../../generated/index.js";

const input = "Hello there.";

// gpt-4o-mini-tts takes speaking instructions and SSE streaming; tts-1 streams raw audio.
export const a = speechRequest({ model: "gpt-4o-mini-tts", input, voice: "marin", instructions: "calm and slow", stream_format: "sse" });
export const b = speechRequest({ model: "tts-1", input, voice: "alloy", stream_format: "audio", response_format: "opus", speed: 1.25 });
export const c: CreateSpeechRequest = { model: "tts-1-hd", input, voice: "shimmer" };
export const d = speechRequest({ model: "gpt-4o-mini-tts-2025-12-15", input, voice: { id: "voice_1234" } });

declare const audio: File;
declare const bytes: AsyncIterable<Uint8Array>;

// whisper-1: timestamps with verbose_json.
export const e = transcriptionRequest({ model: "whisper-1", file: audio, response_format: "verbose_json", timestamp_granularities: ["word", "segment"] });
export const f = transcriptionRequest({ model: "whisper-1", file: bytes, response_format: "srt", prompt: "names: Ada" });
// gpt-4o transcribe models: log probabilities with json (the default), or plain text.
export const g = transcriptionRequest({ model: "gpt-4o-transcribe", file: audio, include: ["logprobs"] });
export const h = transcriptionRequest({ model: "gpt-4o-mini-transcribe", file: audio, response_format: "json", include: ["logprobs"], stream: true });
export const i: CreateTranscriptionRequest = { model: "gpt-4o-mini-transcribe-2025-12-15", file: audio, response_format: "text" };
// The diarizing model: speaker labels, chunking, known speakers.
export const j = transcriptionRequest({
  model: "gpt-4o-transcribe-diarize",
  file: audio,
  response_format: "diarized_json",
  chunking_strategy: "auto",
  known_speaker_names: ["agent"],
  known_speaker_references: ["data:audio/wav;base64,AAAA"],
});
// gpt-transcribe: language and keyword hints.
export const k = transcriptionRequest({ model: "gpt-transcribe", file: audio, languages: ["en", "de"], keywords: ["modelgate"] });
