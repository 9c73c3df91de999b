// Responses: a builder's output goes into the official SDK's `client.responses.create()` unchanged, picking the
// streaming overload from the literal `stream`, and the union type is assignable to the SDK's params. Types only.
import type { APIPromise } from "openai";
import type OpenAI from "openai";
import type { Stream } from "openai/core/streaming";
import { type CreateResponse, responseRequest } from "../../../generated/index.js";

declare const client: OpenAI;

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Reply = APIPromise<OpenAI.Responses.Response>;
type Events = APIPromise<Stream<OpenAI.Responses.ResponseStreamEvent>>;

const input = "hi";

const a = client.responses.create(responseRequest({ model: "gpt-5.1", input, reasoning: { effort: "none" }, temperature: 0.7 }));
const b = client.responses.create(responseRequest({ model: "o3", input, reasoning: { effort: "high" }, stream: true }));
const c = client.responses.create(responseRequest({ model: "gpt-4o", input, text: { format: { type: "text" } } }));
export const checks: [Equal<typeof a, Reply>, Equal<typeof b, Events>, Equal<typeof c, Reply>] = [true, true, true];

// The union, for every model (fine-tunes and unknown ids included), is an SDK request.
declare const anyRequest: CreateResponse;
export const params: OpenAI.Responses.ResponseCreateParams = anyRequest;
