// The legacy text moderation models were shut down on 2025-10-27: they are retired, naming the replacement. Their
// item-kind rule (text only) is tested under an earlier as-of, in test/types/layered.
import { type CreateModerationRequest, moderationRequest } from "../../../generated/index.js";

// @expect-error TS2322 "text-moderation-latest was retired on 2025-10-27" "use omni-moderation-latest instead"
export const a = moderationRequest({ model: "text-moderation-latest", input: "hello" });

// The plain union refuses it too; TypeScript names the ids it would take instead (the builder above prints the reason).
// @expect-error TS2322 "text-moderation-stable" "omni-moderation-latest"
export const b: CreateModerationRequest = { model: "text-moderation-stable", input: ["a", "b"] };

// @expect-error TS2322 "gpt-4o is not served on POST /moderations"
export const c = moderationRequest({ model: "gpt-4o", input: "hello" });
