// Image inputs on the legacy text moderation models fail, naming the model, the item kind and the reason.
import { type CreateModerationRequest, moderationRequest } from "../../../generated/index.js";

const image = { type: "image_url" as const, image_url: { url: "https://example.org/cat.png" } };

// @expect-error TS2322 "text-moderation accepts input[].type only as text" "images need an omni-moderation model"
export const a = moderationRequest({ model: "text-moderation-latest", input: [{ type: "image_url", image_url: { url: "u" } }] });

// Assigned to the union type, the request still fails, but TypeScript elaborates the array against `string[]`, the
// first array member of input's union, so the reason is not printed (the builder above prints it).
// @expect-error TS2322 "text-moderation-stable" "Types of property 'input' are incompatible"
export const b: CreateModerationRequest = { model: "text-moderation-stable", input: [{ type: "image_url", image_url: { url: "u" } }] };

// An image item from a variable still fails, but TypeScript stops at the union and prints no reason.
const items = [{ type: "text" as const, text: "hi" }, image];
// @expect-error TS2322 "text-moderation-stable" "CreateModerationRequest"
export const d: CreateModerationRequest = { model: "text-moderation-stable", input: items };

// @expect-error TS2322 "gpt-4o is not served on POST /moderations"
export const c = moderationRequest({ model: "gpt-4o", input: "hello" });
