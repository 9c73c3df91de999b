// A model whose shutdown is announced for after the overlay's as-of still compiles (its builder and map entry are
// @deprecated with the date, which editors strike through but the compiler accepts).
import { chatCompletionRequest, gpt5Request, o3Request, responseRequest, transcriptionRequest } from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];
declare const file: File;

export const a = gpt5Request({ messages, reasoning_effort: "low" });
export const b = o3Request({ messages });
export const c = chatCompletionRequest({ model: "gpt-4o-2024-08-06", messages });
export const d = responseRequest({ model: "gpt-5-pro", input: "hi" });
export const e = transcriptionRequest({ model: "whisper-1", file });
