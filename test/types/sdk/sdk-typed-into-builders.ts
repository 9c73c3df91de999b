// Values typed with the SDK's own types (openai 7.57.0), handed to the builders and unions: accepted wherever the model
// accepts everything the SDK type allows; refused, naming the model and the reason, where the SDK type is wider.
import type OpenAI from "openai";
import {
  type CreateChatCompletionRequest,
  type CreateResponse,
  chatCompletionRequest,
  gpt4oRequest,
  gpt5Request,
  type ResponsesParamsFor,
  responseRequest,
} from "../../../generated/index.js";

declare const history: OpenAI.Chat.ChatCompletionMessageParam[];
declare const tools: OpenAI.Chat.ChatCompletionTool[];
declare const functionTools: OpenAI.Chat.ChatCompletionFunctionTool[];
declare const params: OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
declare const streamingParams: OpenAI.Chat.ChatCompletionCreateParamsStreaming;
type ModernMessage = Exclude<OpenAI.Chat.ChatCompletionMessageParam, OpenAI.Chat.ChatCompletionFunctionMessageParam>;
declare const modernHistory: ModernMessage[];
declare const easyInput: OpenAI.Responses.EasyInputMessage[];
declare const inputMessages: OpenAI.Responses.ResponseInputItem.Message[];
declare const responseInput: OpenAI.Responses.ResponseInput;
declare const responseInputItems: OpenAI.Responses.ResponseInputItem[];
declare const configurationUpdate: OpenAI.Responses.ResponseConfigurationUpdateItemParam;
declare const functionToolsR: OpenAI.Responses.FunctionTool[];
declare const webSearch: OpenAI.Responses.WebSearchTool[];
declare const imageGeneration: OpenAI.Responses.Tool.ImageGeneration[];
declare const responseTools: OpenAI.Responses.Tool[];
type SpecInputItem = Exclude<OpenAI.Responses.ResponseInputItem, OpenAI.Responses.ResponseConfigurationUpdateItemParam>;
declare const specInput: SpecInputItem[];

// --- accepted ---------------------------------------------------------------------------------------------------
// gpt-4o takes function tools only: ChatCompletionFunctionTool[] is the SDK type that says so (docs/endpoints.md).
export const functionToolsFor4o = gpt4oRequest({ messages: history, tools: functionTools });
// gpt-5 takes custom tools too, so the SDK's whole ChatCompletionTool[] fits; its history without legacy function messages.
export const allToolsFor5 = gpt5Request({ messages: modernHistory, tools });
// A whole ChatCompletionCreateParams fits the generic builder: its `model` is any string, checked by the spec alone.
export const wholeParams = chatCompletionRequest(params);
export const wholeStreamingParams = chatCompletionRequest(streamingParams);
// Responses: input messages and function, web search and image generation tools (the overlay widens the spec with
// the SDK's newer image generation quality and output_format values).
export const responsesEasy = responseRequest({ model: "gpt-4o", input: easyInput, tools: functionToolsR });
export const responsesItems = responseRequest({ model: "gpt-5", input: inputMessages, tools: [...webSearch, ...imageGeneration] });
// The SDK's whole Tool[] (namespace and tool search tools, whose JSON Schema `parameters` the SDK types `unknown`): the
// overlay widens the spec's object type to any value (docs/overlay.md, "Widening the spec").
export const allResponseTools = responseRequest({ model: "gpt-4o", input: easyInput, tools: responseTools });
export const allResponseToolsFor5 = responseRequest({ model: "gpt-5", input: inputMessages, tools: responseTools });
// Every input item the spec knows, replayed output included (the overlay makes output text `logprobs` optional and adds
// the web search call status `incomplete`): the SDK's ResponseInput without its configuration-update items.
export const replayedItems = responseRequest({ model: "gpt-4o", input: specInput, tools: responseTools });
// The SDK's whole ResponseInput, configuration-update items included (an input item kind the 2026-08-21 spec lacks; the
// overlay adds it to the spec's input item union as a typed member): into the generic builder, a model's parameters
// and the union annotation.
export const wholeResponseInput = responseRequest({ model: "gpt-5.4", input: responseInput });
export const wholeResponseInputItems = responseRequest({ model: "gpt-4o", input: responseInputItems, tools: responseTools });
export const wholeInputFor54: ResponsesParamsFor<"gpt-5.4"> = { input: responseInput };
export const wholeItemsFor4o: ResponsesParamsFor<"gpt-4o"> = { input: responseInputItems };
export const wholeInputAnnotated: CreateResponse = { model: "gpt-5.4", input: responseInput };
export const itemsAnnotated: CreateResponse = { model: "o3", input: responseInputItems };
export const noModel = responseRequest({ input: [configurationUpdate] });
export const updateEffort = responseRequest({
  model: "gpt-5.4",
  input: [{ type: "configuration_update", reasoning: { effort: "low" }, text: { format: { type: "text" } } }],
});

// --- refused: the SDK type is wider than the model accepts ----------------------------------------------------------
// A ChatCompletionTool[] may hold custom tools, which gpt-4o refuses; the error names the model and the reason.
// @expect-error TS2322 "gpt-4o accepts tools[].type only as function" "custom (free-form) tools came with GPT-5"
export const customToolsFor4o = gpt4oRequest({ messages: history, tools });
// The SDK's message union holds the legacy function message, which gpt-5 refuses.
// @expect-error TS2322 "gpt-5 does not accept function messages"
export const legacyHistoryFor5 = gpt5Request({ messages: history });

// The added member keeps its own checking: a configuration update takes only the settings the SDK types.
// @expect-error TS2353 "temperature"
export const updateTemperature = responseRequest({ model: "gpt-5.4", input: [{ type: "configuration_update", temperature: 1 }] });
// @expect-error TS2322 "\"json_object\""
export const updateJsonObject = responseRequest({ model: "gpt-5.4", input: [{ type: "configuration_update", text: { format: { type: "json_object" } } }] });

// --- refused: known mismatches between the SDK and the 2026-08-21 spec, pinned ----------------------------------------
// The SDK's params are wider than gpt-4o accepts: `metadata` with a `store` that may be false (gpt-4o refuses metadata
// unless store is true), options of newer models. The error names the model and the reason.
// @expect-error TS2322 "gpt-4o accepts metadata only when store is true"
export const annotated: CreateChatCompletionRequest = { ...params, model: "gpt-4o" };
