// A model OpenAI has shut down (its shutdown date is on or before the overlay's as-of) does not compile: the union,
// its per-model builder and the generic builder name the date and the replacement. One line per retired family.
import {
  type CreateChatCompletionRequest,
  chatCompletionRequest,
  chatgpt4oLatestRequest,
  gpt5ChatLatestRequest,
  imageEditRequest,
  imageRequest,
  o1Request,
  responseRequest,
} from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];
const input = "Summarize the report.";

// @expect-error TS2322 "gpt-5-chat-latest was retired on 2026-07-23" "use gpt-5.5 instead"
export const a = chatCompletionRequest({ model: "gpt-5-chat-latest", messages });

// @expect-error TS2353 "gpt-5-chat-latest was retired on 2026-07-23"
export const b = gpt5ChatLatestRequest({ messages });

// @expect-error TS2322 "gpt-5.3-chat-latest was retired on 2026-08-10" "use gpt-5.5 instead"
export const c = chatCompletionRequest({ model: "gpt-5.3-chat-latest", messages });

// @expect-error TS2322 "gpt-5.1-codex was retired on 2026-07-23" "use gpt-5.4 instead"
export const d = responseRequest({ model: "gpt-5.1-codex", input });

// @expect-error TS2322 "o3-deep-research was retired on 2026-07-23" "use gpt-5.4-pro instead"
export const e = responseRequest({ model: "o3-deep-research", input });

// @expect-error TS2322 "computer-use-preview was retired on 2026-07-23" "use gpt-5.4-mini instead"
export const f = responseRequest({ model: "computer-use-preview", input });

// @expect-error TS2322 "gpt-4o-audio-preview-2024-12-17 was retired on 2026-07-23" "use gpt-audio-1.5 instead"
export const g = chatCompletionRequest({ model: "gpt-4o-audio-preview-2024-12-17", messages });

// @expect-error TS2322 "gpt-4o-search-preview-2025-03-11 was retired on 2026-07-23" "use gpt-4.1-mini instead"
export const h = chatCompletionRequest({ model: "gpt-4o-search-preview-2025-03-11", messages });

// @expect-error TS2353 "chatgpt-4o-latest was retired on 2026-02-17"
export const i = chatgpt4oLatestRequest({ messages });

// @expect-error TS2322 "gpt-4-turbo-preview was retired on 2026-03-26" "use gpt-4.1 instead"
export const j = chatCompletionRequest({ model: "gpt-4-turbo-preview", messages });

// @expect-error TS2322 "gpt-4-32k was retired on 2025-06-06" "use gpt-4o instead"
export const k = chatCompletionRequest({ model: "gpt-4-32k", messages });

// @expect-error TS2322 "gpt-4-vision-preview was retired on 2024-12-06"
export const l = chatCompletionRequest({ model: "gpt-4-vision-preview", messages });

// @expect-error TS2322 "gpt-3.5-turbo-0613 was retired on 2024-09-13"
export const m = chatCompletionRequest({ model: "gpt-3.5-turbo-0613", messages });

// @expect-error TS2322 "codex-mini-latest was retired on 2026-01-16" "use gpt-5-codex-mini instead"
export const n = responseRequest({ model: "codex-mini-latest", input });

// Shut down on 2026-10-23. The famous refusal (logprobs sent to o1) is now a retired model: the model is the error.
// @expect-error TS2322 "o1 was retired on 2026-10-23" "use gpt-5.6-sol instead"
export const q = chatCompletionRequest({ model: "o1", messages, logprobs: true });

// @expect-error TS2353 "o1 was retired on 2026-10-23"
export const r = o1Request({ messages, logprobs: true });

// @expect-error TS2322 "o1-2024-12-17 was retired on 2026-10-23" "use gpt-5.6-sol instead"
export const s = chatCompletionRequest({ model: "o1-2024-12-17", messages });

// @expect-error TS2322 "o3-mini was retired on 2026-10-23" "use gpt-5.6-sol instead"
export const t = chatCompletionRequest({ model: "o3-mini", messages });

// @expect-error TS2322 "o4-mini was retired on 2026-10-23" "use gpt-5.6-terra instead"
export const u = responseRequest({ model: "o4-mini", input });

// @expect-error TS2322 "o1-pro was retired on 2026-10-23" "use gpt-5.6-sol instead"
export const v = responseRequest({ model: "o1-pro", input });

// @expect-error TS2322 "gpt-4 was retired on 2026-10-23" "use gpt-5.6-sol instead"
export const w = chatCompletionRequest({ model: "gpt-4", messages });

// @expect-error TS2322 "gpt-4-turbo was retired on 2026-10-23" "use gpt-5.6-sol instead"
export const x = chatCompletionRequest({ model: "gpt-4-turbo", messages });

// @expect-error TS2322 "gpt-3.5-turbo was retired on 2026-10-23" "use gpt-5.6-terra instead"
export const y = chatCompletionRequest({ model: "gpt-3.5-turbo", messages });

// Shut down on 2026-09-28 (OpenAI's e-mail of 2025-09-26).
// @expect-error TS2322 "gpt-3.5-turbo-1106 was retired on 2026-09-28" "use gpt-4.1-mini instead"
export const af = chatCompletionRequest({ model: "gpt-3.5-turbo-1106", messages });

// @expect-error TS2322 "gpt-4o-2024-05-13 was retired on 2026-10-23" "use gpt-5.6-sol instead"
export const z = chatCompletionRequest({ model: "gpt-4o-2024-05-13", messages });

// @expect-error TS2322 "gpt-4.1-nano was retired on 2026-10-23" "use gpt-4.1-mini instead"
export const aa = chatCompletionRequest({ model: "gpt-4.1-nano", messages });

// @expect-error TS2322 "gpt-image-1 was retired on 2026-10-23" "use gpt-image-2 instead"
export const ab = imageRequest({ model: "gpt-image-1", prompt: "a kite" });

// Shut down on 2026-12-01: every GPT image model but gpt-image-2.
// @expect-error TS2322 "gpt-image-1.5 was retired on 2026-12-01" "use gpt-image-2 instead"
export const ac = imageRequest({ model: "gpt-image-1.5", prompt: "a kite" });

// @expect-error TS2322 "gpt-image-1-mini was retired on 2026-12-01" "use gpt-image-2 instead"
export const ad = imageRequest({ model: "gpt-image-1-mini", prompt: "a kite" });

declare const file: File;
// @expect-error TS2322 "chatgpt-image-latest was retired on 2026-12-01" "use gpt-image-2 instead"
export const ae = imageEditRequest({ model: "chatgpt-image-latest", image: file, prompt: "a kite" });

// The plain union refuses a retired id too.
// @expect-error TS2322 "gpt-5.1-chat-latest"
export const o: CreateChatCompletionRequest = { model: "gpt-5.1-chat-latest", messages };

// A model that is not retired is not affected (control for the lines above).
export const p = imageRequest({ model: "gpt-image-2", prompt: "a kite" });
