// A builder called inline inside the SDK's create() still checks its parameters against the model: the SDK's own
// wide parameter types (logprobs?: boolean | null for every model) do not leak into the builder's argument.
import type OpenAI from "openai";
import { chatCompletionRequest, o1Request } from "../../../generated/index.js";

declare const client: OpenAI;
const messages = [{ role: "user" as const, content: "hi" }];

export async function rejected(): Promise<void> {
  // @expect-error TS2322 "o1 does not support logprobs"
  await client.chat.completions.create(o1Request({ messages, logprobs: true }));
  // @expect-error TS2322 "o1 does not support logprobs"
  await client.chat.completions.create(o1Request({ messages, stream: true, logprobs: true }));
  // @expect-error TS2322 "o1 does not support logprobs"
  await client.chat.completions.create(chatCompletionRequest({ model: "o1", messages, logprobs: true }));
  // @expect-error TS2322 "o1 does not support logprobs"
  await client.chat.completions.create(chatCompletionRequest({ model: "o1", messages, stream: true, logprobs: true }));
  // @expect-error TS2322 "o1 accepts temperature only as 1"
  await client.chat.completions.create(o1Request({ messages, temperature: 0.5 }));
  // @expect-error TS2322 "o1 accepts stream_options only when stream is true"
  await client.chat.completions.create(o1Request({ messages, stream_options: { include_usage: true } }));
}
