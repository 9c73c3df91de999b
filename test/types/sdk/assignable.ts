// Assignability between modelgate's types and the official SDK's, in the directions that matter.
//
// Builder output -> SDK params: every builder's return type is one of the SDK's request types, and the stream
// literal decides which one. SDK params -> builder input is meaningful only for the building blocks (messages,
// tools, response formats, ...): a whole SDK request types every parameter as allowed for every model, which is
// exactly what the per-model types exist to refuse.
import type OpenAI from "openai";
import {
  type ChatCompletionsParamsBase,
  type CreateChatCompletionRequest,
  chatCompletionRequest,
  gpt4oAudioPreviewRequest,
  gpt4oRequest,
  gpt4oSearchPreviewRequest,
  gpt5_1Request,
  o3Request,
} from "../../../generated/index.js";

type Params = OpenAI.Chat.ChatCompletionCreateParams;
type NonStreaming = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
type Streaming = OpenAI.Chat.ChatCompletionCreateParamsStreaming;

const messages = [{ role: "user" as const, content: "hi" }];

// Builder output -> SDK request types.
export const p: Params = o3Request({ messages });
export const q: NonStreaming = o3Request({ messages });
export const r: Streaming = o3Request({ messages, stream: true });
export const s: NonStreaming = o3Request({ messages, stream: false });
export const t: NonStreaming = chatCompletionRequest({ model: "gpt-4o", messages });
export const u: Streaming = chatCompletionRequest({ model: "gpt-4o", messages, stream: true });
export const v: NonStreaming = gpt4oRequest({ messages, logprobs: true, top_logprobs: 2 });
export const w: NonStreaming = gpt5_1Request({ messages, reasoning_effort: "none", temperature: 0.7 });
export const x: NonStreaming = chatCompletionRequest({ model: "my-model", messages });
export const y: Streaming = chatCompletionRequest({ model: "my-model", messages, stream: true });
declare const wantStream: boolean;
export const z: Params = o3Request({ messages, stream: wantStream });

// Every member of the union, including unknown models and fine-tunes, is an SDK request.
declare const anyRequest: CreateChatCompletionRequest;
export const all: Params = anyRequest;
declare const baseRequest: { model: string } & ChatCompletionsParamsBase;
export const base: Params = baseRequest;

// SDK-typed building blocks -> builder input.
declare const developer: OpenAI.Chat.ChatCompletionDeveloperMessageParam;
declare const system: OpenAI.Chat.ChatCompletionSystemMessageParam;
declare const assistant: OpenAI.Chat.ChatCompletionAssistantMessageParam;
declare const toolResult: OpenAI.Chat.ChatCompletionToolMessageParam;
declare const functionResult: OpenAI.Chat.ChatCompletionFunctionMessageParam;
declare const textPart: OpenAI.Chat.ChatCompletionContentPartText;
declare const audioPart: OpenAI.Chat.ChatCompletionContentPartInputAudio;
declare const filePart: OpenAI.Chat.ChatCompletionContentPart.File;
// The SDK's ChatCompletionTool includes custom tools, which models before GPT-5 refuse: for gpt-4o a tools list is
// typed as function tools; the full union fits a GPT-5 model.
declare const tools: OpenAI.Chat.ChatCompletionFunctionTool[];
declare const anyTools: OpenAI.Chat.ChatCompletionTool[];
declare const toolChoice: OpenAI.Chat.ChatCompletionToolChoiceOption;
declare const jsonSchema: OpenAI.ResponseFormatJSONSchema;
declare const jsonObject: OpenAI.ResponseFormatJSONObject;
declare const audio: OpenAI.Chat.ChatCompletionAudioParam;
declare const prediction: OpenAI.Chat.ChatCompletionPredictionContent;
declare const streamOptions: OpenAI.Chat.ChatCompletionStreamOptions;
declare const webSearch: OpenAI.Chat.ChatCompletionCreateParams.WebSearchOptions;
declare const functions: OpenAI.Chat.ChatCompletionCreateParams.Function[];
declare const metadata: OpenAI.Metadata;

export const fromSdkMessages = gpt4oRequest({
  messages: [developer, system, assistant, toolResult, functionResult, { role: "user", content: [textPart, audioPart, filePart] }],
  metadata,
  store: true,
});
export const fromSdkTools = gpt4oRequest({ messages, tools, tool_choice: toolChoice, functions, prediction });
export const fromSdkAnyTools = gpt5_1Request({ messages, tools: anyTools });
export const fromSdkFormats = [
  gpt4oRequest({ messages, response_format: jsonSchema }),
  o3Request({ messages, response_format: jsonObject, stream: true, stream_options: streamOptions }),
];
export const fromSdkAudio = gpt4oAudioPreviewRequest({ messages, modalities: ["text", "audio"], audio });
export const fromSdkWebSearch = gpt4oSearchPreviewRequest({ messages, web_search_options: webSearch });
