// Requests the API accepts must compile, for every way a user writes them.
import {
  type CreateChatCompletionRequest,
  chatCompletionRequest,
  gpt4oMiniRequest,
  gpt4oRequest,
  o3Request,
  unknownModel,
} from "../../../generated/index.js";

const messages = [{ role: "user" as const, content: "hi" }];

// Plain messages type-check (the spec's discriminators without mapping must not leak into role literals).
export const plain: CreateChatCompletionRequest = { model: "gpt-4o", messages: [{ role: "user", content: "hi" }] };
export const roles: CreateChatCompletionRequest = {
  model: "gpt-4o",
  messages: [
    { role: "system", content: "be brief" },
    { role: "user", content: [{ type: "text", text: "hi" }] },
    { role: "assistant", content: "hello" },
  ],
};

// gpt-4o takes logprobs with top_logprobs; gpt-4o-mini takes max_tokens: null.
export const a = gpt4oRequest({ messages, logprobs: true, top_logprobs: 3 });
export const b = chatCompletionRequest({ model: "gpt-4o", messages, logprobs: true, top_logprobs: 3 });
export const c = chatCompletionRequest({ model: "gpt-4o-mini", messages, max_tokens: null });
export const d = gpt4oMiniRequest({ messages, max_tokens: null, temperature: 0.2 });

// o3 takes temperature 1 and a developer message.
export const e = o3Request({ messages: [{ role: "developer", content: "be brief" }, ...messages], temperature: 1 });
export const f: CreateChatCompletionRequest = { model: "o3", messages, temperature: 1, max_completion_tokens: 100 };

// gpt-5.1 takes reasoning_effort "none" with temperature 0.7, and temperature alone (its default effort is none).
export const g = chatCompletionRequest({ model: "gpt-5.1", messages, reasoning_effort: "none", temperature: 0.7 });
export const h: CreateChatCompletionRequest = { model: "gpt-5.1", messages, temperature: 0.7 };
export const i = chatCompletionRequest({ model: "gpt-5.1", messages, reasoning_effort: "high", max_completion_tokens: 500 });

// Streams: stream_options with stream: true.
export const j = chatCompletionRequest({ model: "o3", messages, stream: true, stream_options: { include_usage: true } });
const streaming = o3Request({ messages, stream: true });
export const isStreaming: true = streaming.stream;

// Fine-tunes get their base model's rules; their base model's valid requests pass.
export const k = chatCompletionRequest({ model: "ft:gpt-4o-mini-2024-07-18:acme::abc", messages, logprobs: true, top_logprobs: 2 });
export const l: CreateChatCompletionRequest = { model: "ft:gpt-4o-mini-2024-07-18:acme::abc", messages, max_tokens: 10 };

// An unknown model id passes through the generic builder, checked only against the spec.
export const m = chatCompletionRequest({ model: "my-company-model-v3", messages, logprobs: true, temperature: 0.3 });
export const n: CreateChatCompletionRequest = { model: unknownModel("my-company-model-v3"), messages, top_p: 0.5 };

// Parameters through a variable or a spread are checked, and valid ones pass.
const sampling = { temperature: 0.2, top_p: 0.9 };
export const o = gpt4oRequest({ messages, ...sampling });
const request = { model: "gpt-4o" as const, messages, logprobs: true as const, top_logprobs: 1 };
export const p: CreateChatCompletionRequest = request;

// Custom tools on GPT-5; function tools everywhere.
export const customTool = chatCompletionRequest({ model: "gpt-5", messages, tools: [{ type: "custom", custom: { name: "grep" } }] });
export const functionTool = chatCompletionRequest({
  model: "gpt-4o",
  messages,
  tools: [{ type: "function", function: { name: "f", parameters: {} } }],
});

// The dependent-parameter rules in the plain union: each case is accepted where its condition holds.
export const u1: CreateChatCompletionRequest = { model: "gpt-4o", messages, stream: true, stream_options: { include_usage: true } };
export const u2: CreateChatCompletionRequest = { model: "gpt-5.1", messages, reasoning_effort: "none", temperature: 0.7, top_p: 0.5 };
export const u3: CreateChatCompletionRequest = { model: "gpt-5.1", messages, temperature: 0.7 };
export const u4: CreateChatCompletionRequest = { model: "gpt-4o-mini", messages, logprobs: true, top_logprobs: 3 };
export const u5: CreateChatCompletionRequest = { model: "gpt-5", messages, store: true, metadata: { team: "search" } };
