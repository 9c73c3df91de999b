// The gpt-4o audio previews need audio in or out (AUDIO-1179: a 400 for a request with neither). TypeScript cannot
// demand that `messages` hold an audio part, so the types check none of it: every form below must compile. The
// builder's and the union member's doc comments name the requirement; validateRequest reports a request with neither.
import {
  type CreateChatCompletionRequest,
  chatCompletionRequest,
  gpt4oAudioPreviewRequest,
  gpt4oMiniAudioPreviewRequest,
} from "../../../generated/index.js";

const clip = { data: "UklGRg==", format: "wav" as const };

// Audio in, text out: no `modalities` at all.
export const audioIn = gpt4oAudioPreviewRequest({
  messages: [
    {
      role: "user",
      content: [
        { type: "text", text: "What is said here?" },
        { type: "input_audio", input_audio: clip },
      ],
    },
  ],
});

// Audio out without audio in: text messages, `modalities` asks for audio.
export const audioOut = gpt4oMiniAudioPreviewRequest({
  modalities: ["text", "audio"],
  audio: { voice: "alloy", format: "wav" },
  messages: [{ role: "user", content: "Say hello." }],
});

// The same through the union and the generic builder, and through a variable (no excess-property check).
export const viaUnion: CreateChatCompletionRequest = {
  model: "gpt-4o-audio-preview-2025-06-03",
  messages: [{ role: "user", content: [{ type: "input_audio", input_audio: clip }] }],
};
const params = { model: "gpt-4o-audio-preview" as const, messages: [{ role: "user" as const, content: "Say hello." }], modalities: ["audio" as const, "text" as const] };
export const viaVariable = chatCompletionRequest(params);

// Audio in and out together.
export const both = chatCompletionRequest({
  model: "gpt-4o-audio-preview-2024-10-01",
  modalities: ["text", "audio"],
  audio: { voice: "alloy", format: "mp3" },
  messages: [{ role: "user", content: [{ type: "input_audio", input_audio: clip }] }],
});
