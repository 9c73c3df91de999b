// Speech requests the API accepts must compile.
import { type CreateSpeechRequest, speechRequest } from "../../../generated/index.js";

const input = "Hello there.";

// gpt-4o-mini-tts takes speaking instructions and SSE streaming; tts-1 streams raw audio.
export const a = speechRequest({ model: "gpt-4o-mini-tts", input, voice: "marin", instructions: "calm and slow", stream_format: "sse" });
export const b = speechRequest({ model: "tts-1", input, voice: "alloy", stream_format: "audio", response_format: "opus", speed: 1.25 });
export const c: CreateSpeechRequest = { model: "tts-1-hd", input, voice: "shimmer" };
export const d = speechRequest({ model: "gpt-4o-mini-tts-2025-12-15", input, voice: { id: "voice_1234" } });

// tts-1 takes the original voices; a custom voice stays as the spec types it; gpt-4o-mini-tts takes every voice.
export const original = speechRequest({ model: "tts-1-hd", input, voice: "onyx" });
export const custom = speechRequest({ model: "tts-1", input, voice: { id: "voice_123" } });
export const newer = speechRequest({ model: "gpt-4o-mini-tts", input, voice: "cedar" });
