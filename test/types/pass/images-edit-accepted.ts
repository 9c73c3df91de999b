// Image edit requests the API accepts must compile, with files in every shape the SDK uploads.
import { type CreateImageEditRequest, imageEditRequest, type Uploadable } from "../../../generated/index.js";

const prompt = "add a red kite";

// Files: File, Blob, a fetch Response, an async iterable and a web ReadableStream of bytes, a Node-like file stream.
declare const file: File;
declare const blob: Blob;
declare const response: Response;
declare const chunks: AsyncIterable<Uint8Array>;
declare const stream: ReadableStream<Uint8Array>;
declare const nodeStream: AsyncIterable<Uint8Array> & { path: string };
export const files: Uploadable[] = [file, blob, response, chunks, stream, nodeStream, new File(["png bytes"], "a.png")];

export const a = imageEditRequest({ model: "gpt-image-2", image: [file, blob], prompt, output_format: "jpeg", output_compression: 50 });
// dall-e-2 (2026-05-12) and the spec's default, gpt-image-1.5 (2026-12-01), are retired: without a model, or with
// null, the request is checked against the spec alone (dall-e-2's rules: test/types/layered).
export const b = imageEditRequest({ image: blob, mask: file, prompt, size: "256x256", input_fidelity: "high" });
export const nullModel = imageEditRequest({ model: null, image: file, prompt, quality: "high" });
export const nullTyped: CreateImageEditRequest = { model: null, image: blob, prompt, background: "opaque" };
export const c = imageEditRequest({ model: "gpt-image-2", image: response, prompt, size: "2048x1152", background: "auto" });
export const d = imageEditRequest({ model: "gpt-image-2-2026-04-21", image: [chunks, stream], prompt, quality: "low" });
export const e: CreateImageEditRequest = { model: "gpt-image-2", image: nodeStream, prompt, stream: true, partial_images: 1 };
// The API's own defaults pass whatever the condition.
export const defaults = imageEditRequest({ model: "gpt-image-2", image: file, prompt, output_compression: 100, partial_images: 0 });
