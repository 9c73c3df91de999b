// Embedding and legacy completion requests the API accepts must compile.
import { type CreateCompletionRequest, type CreateEmbeddingRequest, completionRequest, embeddingRequest } from "../../../generated/index.js";

// text-embedding-3 models take dimensions; ada-002 without it.
export const a = embeddingRequest({ model: "text-embedding-3-small", input: "hi", dimensions: 256, encoding_format: "base64" });
export const b = embeddingRequest({ model: "text-embedding-3-large", input: ["a", "b"], dimensions: 1024 });
export const c: CreateEmbeddingRequest = { model: "text-embedding-ada-002", input: [1, 2, 3] };
export const d = embeddingRequest({ model: "my-embedder", input: "hi", dimensions: 8 });

// gpt-3.5-turbo-instruct takes a suffix; the base models take the rest, streaming options with stream: true.
export const e = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "def add(a, b):", suffix: "\n", max_tokens: 32 });
export const f = completionRequest({ model: "davinci-002", prompt: "Once", stream: true, stream_options: { include_usage: true } });
export const g: CreateCompletionRequest = { model: "babbage-002", prompt: ["a", "b"], logprobs: 2, echo: true, best_of: 3, n: 2 };
export const h = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", stream: false, best_of: 3, n: 2 });
export const i: CreateCompletionRequest = { model: "davinci-002", prompt: "Once", stream: null, best_of: 2 };
