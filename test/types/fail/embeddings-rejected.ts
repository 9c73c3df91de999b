// Embedding requests a model refuses must not compile, naming the model, the parameter and the reason.
import { type CreateEmbeddingRequest, embeddingRequest } from "../../../generated/index.js";

// @expect-error TS2322 "text-embedding-ada-002 does not support dimensions" "native size"
export const a = embeddingRequest({ model: "text-embedding-ada-002", input: "hi", dimensions: 256 });

const sized = { model: "text-embedding-ada-002" as const, input: "hi", dimensions: 512 };
// @expect-error TS2322 "text-embedding-ada-002 does not support dimensions"
export const b: CreateEmbeddingRequest = sized;

// @expect-error TS2322 "gpt-4o-mini is not served on POST /embeddings"
export const c = embeddingRequest({ model: "gpt-4o-mini", input: "hi" });
