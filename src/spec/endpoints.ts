import type { EndpointSpec } from "./spec-types.js";
/**
 * The endpoints modelgate knows (public contract, see DESIGN.md). Nothing model-specific lives here:
 * only which spec operation each key reads and the name of its generated union type.
 */
export const endpointTable = [
  {
    key: "chat.completions",
    path: "/chat/completions",
    union: "CreateChatCompletionRequest",
    builder: "chatCompletionRequest",
    perModelBuilders: true,
  },
  { key: "responses", path: "/responses", union: "CreateResponse", builder: "responseRequest" },
  { key: "completions", path: "/completions", union: "CreateCompletionRequest", builder: "completionRequest" },
  { key: "embeddings", path: "/embeddings", union: "CreateEmbeddingRequest", builder: "embeddingRequest" },
  { key: "images.generate", path: "/images/generations", union: "CreateImageRequest", builder: "imageRequest" },
  { key: "images.edit", path: "/images/edits", union: "CreateImageEditRequest", builder: "imageEditRequest" },
  { key: "audio.speech", path: "/audio/speech", union: "CreateSpeechRequest", builder: "speechRequest" },
  { key: "audio.transcriptions", path: "/audio/transcriptions", union: "CreateTranscriptionRequest", builder: "transcriptionRequest" },
  { key: "moderations", path: "/moderations", union: "CreateModerationRequest", builder: "moderationRequest" },
] as const satisfies readonly { key: string; path: string; union: string; builder: string; perModelBuilders?: boolean }[];

export type EndpointKey = (typeof endpointTable)[number]["key"];
export type EndpointInfo = (typeof endpointTable)[number];

export const endpointKeys: readonly EndpointKey[] = endpointTable.map((e) => e.key);

export function isEndpointKey(value: string): value is EndpointKey {
  return (endpointKeys as readonly string[]).includes(value);
}

/** Per-model builders (`o1Request()`) are part of the contract for chat completions only. */
export function hasPerModelBuilders(key: EndpointKey): boolean {
  const info = endpointInfo(key);
  return "perModelBuilders" in info && info.perModelBuilders === true;
}

export function endpointInfo(key: EndpointKey): EndpointInfo {
  const info = endpointTable.find((e) => e.key === key);
  if (!info) throw new Error(`bug: no endpoint ${key}`);
  return info;
}

/** Whether the spec lets `model` be left out and also marks it nullable (`null` then stands for the default model). */
export function modelNullable(spec: EndpointSpec): boolean {
  return spec.modelRequired === false && spec.params.some((p) => p.name === "model" && p.nullable);
}
