// Speech requests a model refuses must not compile, naming the model, the parameter and the reason.
import { type CreateSpeechRequest, speechRequest } from "../../../generated/index.js";

const input = "Hello there.";

// @expect-error TS2322 "tts-1 / tts-1-hd does not support instructions" "speaking instructions"
export const a = speechRequest({ model: "tts-1", input, voice: "alloy", instructions: "whisper" });

// @expect-error TS2322 "tts-1 / tts-1-hd accepts stream_format only as audio"
export const b: CreateSpeechRequest = { model: "tts-1-hd", input, voice: "alloy", stream_format: "sse" };

// @expect-error TS2322 "whisper-1 is not served on POST /audio/speech"
export const c = speechRequest({ model: "whisper-1", input, voice: "alloy" });

// The newer voices are gpt-4o-mini-tts only.
// @expect-error TS2322 "tts-1 / tts-1-hd accepts voice only as alloy" "ballad, verse, marin and cedar are gpt-4o-mini-tts voices"
export const newerVoice = speechRequest({ model: "tts-1", input, voice: "ballad" });
