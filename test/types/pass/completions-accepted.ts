// Legacy completion requests the API accepts must compile.
import { type CreateCompletionRequest, completionRequest } from "../../../generated/index.js";

// gpt-3.5-turbo-instruct takes a suffix; streaming options with stream: true; best_of without streaming.
export const a = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "def add(a, b):", suffix: "\n", max_tokens: 32 });
export const b = completionRequest({ model: "davinci-002", prompt: "Once", stream: true, stream_options: { include_usage: true } });
export const c: CreateCompletionRequest = { model: "babbage-002", prompt: ["a", "b"], logprobs: 2, echo: true, best_of: 3, n: 2 };
export const d = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", stream: false, best_of: 3, n: 2 });
export const e: CreateCompletionRequest = { model: "davinci-002", prompt: "Once", stream: null, best_of: 2 };
