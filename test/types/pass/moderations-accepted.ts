// Moderation requests the API accepts: images only on the omni-moderation models, text everywhere.
import { type CreateModerationRequest, moderationRequest } from "../../../generated/index.js";

const image = { type: "image_url" as const, image_url: { url: "https://example.org/cat.png" } };
const text = { type: "text" as const, text: "hello" };

export const a = moderationRequest({ model: "omni-moderation-latest", input: [text, image] });
export const b: CreateModerationRequest = { model: "omni-moderation-2024-09-26", input: [image] };
export const c = moderationRequest({ model: "text-moderation-latest", input: "hello" });
export const d = moderationRequest({ model: "text-moderation-stable", input: ["a", "b"] });
export const e: CreateModerationRequest = { model: "text-moderation-latest", input: [text] };
export const f = moderationRequest({ model: "my-moderation-proxy", input: [image] });

// The model may be left out: the API then uses omni-moderation-latest, which takes images.
export const g = moderationRequest({ input: [text, image] });
export const h: CreateModerationRequest = { input: [image] };
