// Legacy completion requests the API accepts must compile. Every /completions model was shut down on 2026-09-28, so
// only an id the overlay does not know (checked against the spec) or a fine-tune is left; the retired models' own
// rules are tested under an earlier as-of (test/types/layered/pass/retired-rules-accepted.ts).
import { type CreateCompletionRequest, completionRequest, unknownModel } from "../../../generated/index.js";

export const a = completionRequest({ model: "my-completion-model", prompt: "def add(a, b):", suffix: "\n", max_tokens: 32 });
export const b: CreateCompletionRequest = { model: unknownModel("my-completion-model"), prompt: ["a", "b"], logprobs: 2, echo: true, best_of: 3 };
