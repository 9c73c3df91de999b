// Transcription requests a model refuses must not compile, naming the model, the parameter and the reason.
import { type CreateTranscriptionRequest, transcriptionRequest } from "../../../generated/index.js";

declare const audio: File;

// @expect-error TS2322 "whisper-1 does not support include" "log probabilities"
export const a = transcriptionRequest({ model: "whisper-1", file: audio, include: ["logprobs"] });

// response_format also decides whether include is allowed, so the type lists the accepted values without the reason.
// @expect-error TS2322 "verbose_json" "text"
export const b = transcriptionRequest({ model: "gpt-4o-transcribe", file: audio, response_format: "verbose_json" });

// TypeScript 5.9 and 6.0 print the reason; 7.0 reports the verbose_json variant's missing response_format.
// @expect-error TS2345 "whisper-1" "timestamp_granularities" "ResponseFormatVerboseJson"
export const d = transcriptionRequest({ model: "whisper-1", file: audio, timestamp_granularities: ["word"] });

// @expect-error TS2345 "gpt-4o-transcribe / gpt-4o-mini-transcribe accepts include only when response_format is json (default json)"
export const e = transcriptionRequest({ model: "gpt-4o-transcribe", file: audio, response_format: "text", include: ["logprobs"] });

// @expect-error TS2322 "gpt-4o-transcribe-diarize does not support prompt"
export const f = transcriptionRequest({ model: "gpt-4o-transcribe-diarize", file: audio, chunking_strategy: "auto", prompt: "names: Ada" });

// @expect-error TS2322 "gpt-transcribe does not support include" "gpt-4o transcribe models only"
export const g: CreateTranscriptionRequest = { model: "gpt-transcribe", file: audio, include: ["logprobs"] };

// @expect-error TS2322 "whisper-1 does not support languages" "gpt-transcribe only"
export const h = transcriptionRequest({ model: "whisper-1", file: audio, languages: ["en"] });

const withVerbose = { response_format: "verbose_json" as const, chunking_strategy: "auto" as const };
// @expect-error TS2345 "gpt-4o-transcribe-diarize accepts response_format only as json, text or diarized_json"
export const i = transcriptionRequest({ model: "gpt-4o-transcribe-diarize", file: audio, ...withVerbose });

// @expect-error TS2322 "string" "Uploadable"
export const j = transcriptionRequest({ model: "whisper-1", file: "speech.mp3" });

// The diarizing model needs a chunking strategy (recorded 400s, RIFFADO-101, LL-18125), whatever the audio's length.
// @expect-error TS2345 "chunking_strategy"
export const k = transcriptionRequest({ model: "gpt-4o-transcribe-diarize", file: audio, response_format: "diarized_json" });

// @expect-error TS2322 "chunking_strategy"
export const l: CreateTranscriptionRequest = { model: "gpt-4o-transcribe-diarize", file: audio };

// @expect-error TS2322 "gpt-4o-transcribe-diarize accepts timestamp_granularities only as [" "segment"
export const m = transcriptionRequest({ model: "gpt-4o-transcribe-diarize", file: audio, chunking_strategy: "auto", timestamp_granularities: ["word"] });
