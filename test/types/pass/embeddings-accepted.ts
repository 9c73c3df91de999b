// Embedding requests the API accepts must compile: text-embedding-3 models take dimensions, ada-002 goes without.
import { type CreateEmbeddingRequest, embeddingRequest } from "../../../generated/index.js";

export const a = embeddingRequest({ model: "text-embedding-3-small", input: "hi", dimensions: 256, encoding_format: "base64" });
export const b = embeddingRequest({ model: "text-embedding-3-large", input: ["a", "b"], dimensions: 1024 });
export const c: CreateEmbeddingRequest = { model: "text-embedding-ada-002", input: [1, 2, 3] };
export const d = embeddingRequest({ model: "my-embedder", input: "hi", dimensions: 8 });
