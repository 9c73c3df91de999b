// Legacy completion requests a model refuses must not compile, naming the model, the parameter and the reason.
import { type CreateCompletionRequest, completionRequest } from "../../../generated/index.js";

// @expect-error TS2322 "davinci-002 / babbage-002 does not support suffix" "gpt-3.5-turbo-instruct only"
export const a = completionRequest({ model: "davinci-002", prompt: "Once", suffix: "end" });

// Chat models are not served on the legacy endpoint.
// @expect-error TS2322 "gpt-4o is not served on POST /completions"
export const b = completionRequest({ model: "gpt-4o", prompt: "Once" });

// @expect-error TS2322 "gpt-3.5-turbo-instruct accepts stream_options only when stream is true"
export const c = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", stream_options: { include_usage: true } });

// @expect-error TS2345 "gpt-3.5-turbo-instruct accepts best_of only when stream is false" "cannot be streamed"
export const d = completionRequest({ model: "gpt-3.5-turbo-instruct", prompt: "Once", stream: true, best_of: 2 });

const streamed = { model: "davinci-002" as const, prompt: "Once", stream: true as const, best_of: 2 };
// @expect-error TS2322 "davinci-002 / babbage-002 accepts best_of only when stream is false"
export const e: CreateCompletionRequest = streamed;
