// Controllers known only at run time: a `boolean` stream or store flag, an effort from a variable. A request fits when
// it is valid for every value the variable may hold; TypeScript relates such a value to the If/Unless variants of
// several `requires` groups only if each variant its values pick fits, so the Unless variants take any controller
// value (issue 11: `gpt4oRequest({ messages, stream: flag })` was a false compile error).
import {
  type CreateChatCompletionRequest,
  type CreateResponse,
  chatCompletionRequest,
  gpt4oRequest,
  gpt5_4Request,
  gpt5_5Request,
  o3Request,
  responseRequest,
} from "../../../generated/index.js";

declare const flag: boolean;
declare const store: boolean;
declare const effort: "none" | "low";
const messages = [{ role: "user" as const, content: "hi" }];

export const a = gpt4oRequest({ messages, stream: flag });
export const b = o3Request({ messages, stream: flag });
export const c = gpt5_4Request({ messages, stream: flag });
export const d = chatCompletionRequest({ model: "gpt-4o", messages, stream: flag });
export const e: CreateChatCompletionRequest = { model: "gpt-4o", messages, stream: flag };
export const f = gpt4oRequest({ messages, stream: flag, metadata: { run: "42" }, store: true });
export const g = gpt4oRequest({ messages, store });
export const h = gpt4oRequest({ messages, store, stream: flag, logprobs: flag });
export const i = gpt5_4Request({ messages, reasoning_effort: effort, stream: flag });
export const j = gpt5_5Request({ messages, reasoning_effort: effort, store });
export const k = responseRequest({ model: "gpt-5.4", input: "x", stream: flag, store });
export const l: CreateResponse = { model: "gpt-5.5", input: "x", stream: flag, reasoning: { effort } };
// A nullable dependent sent as null is as if absent (docs/overlay.md, "Explicit null"), whatever its condition.
export const m = gpt4oRequest({ messages, stream_options: null, metadata: null });
