// A builder's output goes into the official SDK's `client.chat.completions.create()` unchanged, and the SDK picks the
// overload that matches the literal `stream`: `APIPromise<ChatCompletion>` without it, `APIPromise<Stream<ChatCompletionChunk>>`
// with `stream: true`. Types only: `client` is declared, never constructed, and nothing here runs.
import type { APIPromise } from "openai";
import type OpenAI from "openai";
import type { Stream } from "openai/core/streaming";
import {
  type CreateChatCompletionRequest,
  chatCompletionRequest,
  gpt4oAudioPreviewRequest,
  gpt4oRequest,
  gpt5_1Request,
  o3Request,
  unknownModel,
} from "../../../generated/index.js";

declare const client: OpenAI;

// Exact type equality, so a widened return type (a union of both overloads, or `any`) fails to compile.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Completion = APIPromise<OpenAI.Chat.ChatCompletion>;
type ChunkStream = APIPromise<Stream<OpenAI.Chat.ChatCompletionChunk>>;
type Either = APIPromise<Stream<OpenAI.Chat.ChatCompletionChunk> | OpenAI.Chat.ChatCompletion>;

const messages = [{ role: "user" as const, content: "hi" }];

async function collect(stream: Stream<OpenAI.Chat.ChatCompletionChunk>): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    const piece: string | null | undefined = chunk.choices[0]?.delta.content;
    text += piece ?? "";
  }
  return text;
}

// o3: non-streaming and streaming.
export async function o1NonStreaming(): Promise<string | null> {
  const pending = client.chat.completions.create(o3Request({ messages }));
  const exact: Equal<typeof pending, Completion> = true;
  const completion: OpenAI.Chat.ChatCompletion = await pending;
  return exact ? completion.choices[0]?.message.content ?? null : null;
}

export async function o1Streaming(): Promise<string> {
  const pending = client.chat.completions.create(o3Request({ messages, stream: true, stream_options: { include_usage: true } }));
  const exact: Equal<typeof pending, ChunkStream> = true;
  return exact ? collect(await pending) : "";
}

// `stream: false` and `stream: null` are non-streaming too.
export async function o1ExplicitlyNotStreaming(): Promise<void> {
  const off = client.chat.completions.create(o3Request({ messages, stream: false }));
  const nulled = client.chat.completions.create(o3Request({ messages, stream: null }));
  const exact: [Equal<typeof off, Completion>, Equal<typeof nulled, Completion>] = [true, true];
  const completions: OpenAI.Chat.ChatCompletion[] = exact ? [await off, await nulled] : [];
  void completions;
}

// A `stream` only known at run time gets the SDK's own answer for that case: either result.
export async function o1StreamDecidedAtRunTime(wantStream: boolean): Promise<void> {
  const pending = client.chat.completions.create(o3Request({ messages, stream: wantStream }));
  const exact: Equal<typeof pending, Either> = true;
  const result = await pending;
  const text = exact && "choices" in result && result.object === "chat.completion" ? result.choices[0]?.message.content : null;
  void text;
}

// The generic builder, for a known model.
export async function genericBuilder(): Promise<string> {
  const plain = client.chat.completions.create(chatCompletionRequest({ model: "gpt-4o", messages }));
  const streamed = client.chat.completions.create(chatCompletionRequest({ model: "gpt-4o", messages, stream: true }));
  const exact: [Equal<typeof plain, Completion>, Equal<typeof streamed, ChunkStream>] = [true, true];
  const completion: OpenAI.Chat.ChatCompletion = await plain;
  return exact ? (completion.choices[0]?.message.content ?? "") + (await collect(await streamed)) : "";
}

// gpt-4o with token log probabilities: the response carries them.
export async function gpt4oLogprobs(): Promise<number | undefined> {
  const plain = client.chat.completions.create(gpt4oRequest({ messages, logprobs: true, top_logprobs: 2 }));
  const streamed = client.chat.completions.create(gpt4oRequest({ messages, logprobs: true, top_logprobs: 2, stream: true }));
  const exact: [Equal<typeof plain, Completion>, Equal<typeof streamed, ChunkStream>] = [true, true];
  const completion: OpenAI.Chat.ChatCompletion = await plain;
  for await (const chunk of await streamed) {
    const logprobs: OpenAI.Chat.ChatCompletionTokenLogprob[] | null | undefined = chunk.choices[0]?.logprobs?.content;
    void logprobs;
  }
  return exact ? completion.choices[0]?.logprobs?.content?.[0]?.top_logprobs[0]?.logprob : undefined;
}

// gpt-5.1 with reasoning effort "none" and a temperature.
export async function gpt5_1NoReasoning(): Promise<void> {
  const plain = client.chat.completions.create(gpt5_1Request({ messages, reasoning_effort: "none", temperature: 0.7 }));
  const streamed = client.chat.completions.create(gpt5_1Request({ messages, reasoning_effort: "none", temperature: 0.7, stream: true }));
  const exact: [Equal<typeof plain, Completion>, Equal<typeof streamed, ChunkStream>] = [true, true];
  const completion: OpenAI.Chat.ChatCompletion = await plain;
  void [exact, completion, await collect(await streamed)];
}

// Tools: function and custom tools, a tool choice, and a conversation that replays a tool call and its result.
const weather = {
  type: "function" as const,
  function: {
    name: "get_weather",
    description: "Current weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
    strict: true,
  },
};
const conversation = [
  { role: "developer" as const, content: "Answer with the tool." },
  { role: "user" as const, content: [{ type: "text" as const, text: "Weather in Paris?" }] },
  {
    role: "assistant" as const,
    content: null,
    tool_calls: [{ id: "call_1", type: "function" as const, function: { name: "get_weather", arguments: '{"city":"Paris"}' } }],
  },
  { role: "tool" as const, tool_call_id: "call_1", content: '{"celsius":21}' },
];

export async function withTools(): Promise<void> {
  const plain = client.chat.completions.create(
    gpt5_1Request({
      messages: conversation,
      tools: [weather, { type: "custom", custom: { name: "sql", format: { type: "grammar", grammar: { definition: "start: /.+/", syntax: "lark" } } } }],
      tool_choice: { type: "function", function: { name: "get_weather" } },
      parallel_tool_calls: false,
    }),
  );
  const streamed = client.chat.completions.create(o3Request({ messages: conversation, tools: [weather], tool_choice: "auto", stream: true }));
  const exact: [Equal<typeof plain, Completion>, Equal<typeof streamed, ChunkStream>] = [true, true];
  const completion: OpenAI.Chat.ChatCompletion = await plain;
  const calls: OpenAI.Chat.ChatCompletionMessageToolCall[] | undefined = completion.choices[0]?.message.tool_calls;
  for await (const chunk of await streamed) {
    const deltas: OpenAI.Chat.ChatCompletionChunk.Choice.Delta.ToolCall[] | undefined = chunk.choices[0]?.delta.tool_calls;
    void deltas;
  }
  void [exact, calls];
}

// Structured output: response_format json_schema.
const answerFormat = {
  type: "json_schema" as const,
  json_schema: {
    name: "answer",
    strict: true,
    schema: { type: "object", properties: { answer: { type: "string" } }, required: ["answer"], additionalProperties: false },
  },
};

export async function jsonSchema(): Promise<void> {
  const plain = client.chat.completions.create(gpt4oRequest({ messages, response_format: answerFormat }));
  const streamed = client.chat.completions.create(o3Request({ messages, response_format: answerFormat, stream: true }));
  const exact: [Equal<typeof plain, Completion>, Equal<typeof streamed, ChunkStream>] = [true, true];
  const completion: OpenAI.Chat.ChatCompletion = await plain;
  void [exact, completion, await collect(await streamed)];
}

// Audio output from an audio preview model: the SDK types the audio reply.
export async function audioOutput(): Promise<string | undefined> {
  const pending = client.chat.completions.create(
    gpt4oAudioPreviewRequest({ messages, modalities: ["text", "audio"], audio: { voice: "alloy", format: "wav" } }),
  );
  const exact: Equal<typeof pending, Completion> = true;
  const completion: OpenAI.Chat.ChatCompletion = await pending;
  return exact ? completion.choices[0]?.message.audio?.transcript : undefined;
}

// Unknown models through the generic builder, and fine-tunes with their base model's rules.
export async function unknownAndFineTunedModels(): Promise<void> {
  const plain = client.chat.completions.create(chatCompletionRequest({ model: "my-model", messages, logprobs: true }));
  const streamed = client.chat.completions.create(chatCompletionRequest({ model: "my-model", messages, stream: true }));
  const tuned = client.chat.completions.create(
    chatCompletionRequest({ model: "ft:gpt-4o-mini-2024-07-18:acme::abc", messages, logprobs: true, top_logprobs: 2 }),
  );
  const exact: [Equal<typeof plain, Completion>, Equal<typeof streamed, ChunkStream>, Equal<typeof tuned, Completion>] = [true, true, true];
  const completions: OpenAI.Chat.ChatCompletion[] = [await plain, await tuned];
  void [exact, completions, await collect(await streamed)];
}

// A value typed as the whole union: `stream` is not known, so create() answers exactly as it does for the SDK's own
// ChatCompletionCreateParams union.
declare const stored: CreateChatCompletionRequest;
declare const sdkParams: OpenAI.Chat.ChatCompletionCreateParams;

export async function unionValue(): Promise<void> {
  const pending = client.chat.completions.create(stored);
  const sdkOwn = client.chat.completions.create(sdkParams);
  const exact: [Equal<typeof pending, Either>, Equal<typeof pending, typeof sdkOwn>] = [true, true];
  const known: CreateChatCompletionRequest = { model: unknownModel("my-model"), messages, top_p: 0.5 };
  const alsoEither = client.chat.completions.create(known);
  const sameAnswer: Equal<typeof alsoEither, Either> = true;
  void [exact, sameAnswer, await pending];
}

// The SDK's `.stream()` helper takes a request without `stream: false`: a builder call without `stream` fits it.
export function streamHelperAcceptsBuilder() {
  return client.chat.completions.stream(o3Request({ messages: [{ role: "user", content: "hi" }] }));
}
