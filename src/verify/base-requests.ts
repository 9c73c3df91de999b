import type { EndpointKey } from "../spec/endpoints.js";
import type { JsonValue } from "../spec/spec-types.js";
import { assertNever } from "../util/assert-never.js";

/**
 * The smallest request each endpoint answers, to which a probe adds the parameter it tests: the least input and the
 * smallest output limit the endpoint allows, so an accepted probe costs a few tokens. Endpoint knowledge, not model
 * knowledge: every model of the endpoint gets the same base.
 */
export type ProbeBase = { probed: true; request: Record<string, JsonValue>; tokens: number } | { probed: false; reason: string };

const say = "Say ok.";

export function baseRequest(endpoint: EndpointKey): ProbeBase {
  switch (endpoint) {
    case "chat.completions":
      return { probed: true, request: { messages: [{ role: "user", content: say }], max_completion_tokens: 16 }, tokens: 26 };
    case "responses":
      // 16 is the smallest max_output_tokens the API takes.
      return { probed: true, request: { input: say, max_output_tokens: 16 }, tokens: 26 };
    case "completions":
      return { probed: true, request: { prompt: say, max_tokens: 1 }, tokens: 5 };
    case "embeddings":
      return { probed: true, request: { input: "ok" }, tokens: 1 };
    case "moderations":
      return { probed: true, request: { input: "ok" }, tokens: 1 };
    case "audio.speech":
      return { probed: true, request: { input: "ok", voice: "alloy" }, tokens: 2 };
    case "images.generate":
      // An accepted probe makes one image: counted as 1,000 tokens in the estimate (about what the smallest costs).
      return { probed: true, request: { prompt: "a dot", n: 1 }, tokens: 1000 };
    case "images.edit":
    case "audio.transcriptions":
      return { probed: false, reason: "a multipart endpoint (it needs a file upload): not probed" };
    default:
      return assertNever(endpoint);
  }
}
