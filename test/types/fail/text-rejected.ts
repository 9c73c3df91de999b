// Embedding and legacy completion requests a model refuses must not compile, naming model, parameter and reason.
import { type CreateEmbeddingRequest, completionRequest, embeddingRequest } from "../../../generated/index.js";

// @expect-error TS2322 "text-embedding-ada-002 does not support dimensions" "native size"
export const a = embeddingRequest({ model: "text-embedding-ada-002", input: "hi", dimensions: 256 });

const sized = { model: "text-embedding-ada-002" as const, input: "hi", dimensions: 512 };
// @expect-error TS2322 "text-embedding-ada-002 does not support dimensions"
export const b: CreateEmbeddingRequest = sized;

// @expect-error TS2322 "gpt-4o-mini is not served on POST /embeddings"
export const c = embeddingRequest({ model: "gpt-4o-mini", input: "hi" });

// @expect-error TS2322 "davinci-002 / babbage-002 does not support suffix" "gpt-3.5-turbo-instruct only"
export const d = completionRequest({ model: "davinci-002", prompt: "Once", suffix: "end" });

// Chat models are not served on the legacy endpoint.
// @expect-error TS2322 "gpt-4o is not served on POST /completions"
export const e = completionRequest({ model: "gpt-4o", prompt: "Once" });

// @expect-error TS2322 "gpt-3.5-turbo-instruct accepts stream_options only when stream is true"
export const f = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", stream_options: { include_usage: true } });

// @expect-error TS2345 "gpt-3.5-turbo-instruct accepts best_of only when stream is false" "cannot be streamed"
export const g = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", stream: true, best_of: 2 });
