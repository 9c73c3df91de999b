// A builder called inline inside the SDK's create() still checks its parameters against the model: the SDK's own
// wide parameter types (logprobs?: boolean | null for every model) do not leak into the builder's argument.
import type OpenAI from "openai";
import { chatCompletionRequest, o3Request } from "../../../generated/index.js";

declare const client: OpenAI;
const messages = [{ role: "user" as const, content: "hi" }];

export async function rejected(): Promise<void> {
  // @expect-error TS2322 "o3 / o4-mini does not support logprobs"
  await client.chat.completions.create(o3Request({ messages, logprobs: true }));
  // @expect-error TS2322 "o3 / o4-mini does not support logprobs"
  await client.chat.completions.create(o3Request({ messages, stream: true, logprobs: true }));
  // @expect-error TS2322 "o3 / o4-mini does not support logprobs"
  await client.chat.completions.create(chatCompletionRequest({ model: "o3", messages, logprobs: true }));
  // @expect-error TS2322 "o3 / o4-mini does not support logprobs"
  await client.chat.completions.create(chatCompletionRequest({ model: "o3", messages, stream: true, logprobs: true }));
  // @expect-error TS2322 "o3 / o4-mini accepts temperature only as 1"
  await client.chat.completions.create(o3Request({ messages, temperature: 0.5 }));
  // @expect-error TS2322 "o3 / o4-mini accepts stream_options only when stream is true"
  await client.chat.completions.create(o3Request({ messages, stream_options: { include_usage: true } }));
}
