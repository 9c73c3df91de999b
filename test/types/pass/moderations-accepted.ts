// Moderation requests the API accepts: the omni-moderation models take text and images (the text models, shut down on
// 2025-10-27, are in test/types/layered).
import { type CreateModerationRequest, moderationRequest } from "../../../generated/index.js";

const image = { type: "image_url" as const, image_url: { url: "https://example.org/cat.png" } };
const text = { type: "text" as const, text: "hello" };

export const a = moderationRequest({ model: "omni-moderation-latest", input: [text, image] });
export const b: CreateModerationRequest = { model: "omni-moderation-2024-09-26", input: [image] };
export const f = moderationRequest({ model: "my-moderation-proxy", input: [image] });

// The model may be left out: the API then uses omni-moderation-latest, which takes images.
export const g = moderationRequest({ input: [text, image] });
export const h: CreateModerationRequest = { input: [image] };
