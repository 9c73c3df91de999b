// Legacy completion requests a model refuses must not compile, naming the model, the parameter and the reason. The
// retired models' own rules are tested under an earlier as-of (test/types/layered/fail/retired-rules-rejected.ts).
import { type CreateCompletionRequest, completionRequest } from "../../../generated/index.js";

// Every /completions model was shut down on 2026-09-28: the error names the date and the replacement.
// @expect-error TS2322 "gpt-3.5-turbo-instruct was retired on 2026-09-28" "use gpt-4.1-mini instead"
export const a = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", suffix: "end" });

// Chat models are not served on the legacy endpoint.
// @expect-error TS2322 "gpt-4o is not served on POST /completions"
export const b = completionRequest({ model: "gpt-4o", prompt: "Once" });

// Annotated with the union, TypeScript names the id but relates it to the members for unknown ids (no date).
// @expect-error TS2322 "\"davinci-002\""
export const e: CreateCompletionRequest = { model: "davinci-002", prompt: "Once" };

// A fine-tune of a retired base model is retired with it.
// @expect-error TS2322 "davinci-002 was retired on 2026-09-28"
export const f = completionRequest({ model: "ft:davinci-002:acme::abc123", prompt: "Once" });
