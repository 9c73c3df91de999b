// Image edit requests a model refuses must not compile; the error names the model, the parameter and the reason.
import { type CreateImageEditRequest, imageEditRequest } from "../../../generated/index.js";

const prompt = "add a red kite";
declare const file: File;

// @expect-error TS2322 "gpt-image-2 does not support input_fidelity" "refuses the key"
export const a = imageEditRequest({ model: "gpt-image-2", image: file, prompt, input_fidelity: "high" });

// gpt-image-1-mini (input_fidelity low only) was shut down; its rule holds under an earlier as-of (test/types/layered).
// @expect-error TS2322 "gpt-image-1-mini was retired on 2026-12-01" "use gpt-image-2 instead"
export const b = imageEditRequest({ model: "gpt-image-1-mini", image: file, prompt, input_fidelity: "low" });

// @expect-error TS2322 "dall-e-2 was retired on 2026-05-12" "use gpt-image-2 instead"
export const c = imageEditRequest({ model: "dall-e-2", image: file, prompt, background: "opaque" });
// Annotated with the union, TypeScript names the id but relates it to the members for unknown ids (no date).
// @expect-error TS2322 "\"dall-e-2\""
export const c2: CreateImageEditRequest = { model: "dall-e-2", image: file, prompt };

// dall-e-3 never was an edit model: "not served" speaks before "retired".
// @expect-error TS2322 "dall-e-3 is not served on POST /images/edits"
export const d = imageEditRequest({ model: "dall-e-3", image: file, prompt });

// @expect-error TS2322 "gpt-image-2 does not support response_format"
export const e = imageEditRequest({ model: "gpt-image-2", image: file, prompt, response_format: "url" });

// A path is not a file: pass a File, a Blob or fs.createReadStream(path).
// @expect-error TS2322 "string" "Uploadable"
export const f = imageEditRequest({ model: "gpt-image-2", image: "photo.png", prompt });
