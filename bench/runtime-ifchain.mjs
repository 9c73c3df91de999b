// Peer (i) of the runtime benchmark: the check someone would write by hand for the two models the benchmark sends,
// gpt-4o and o3: an if-chain over the same parameters, with the same rules, messages and sources as modelgate's
// table (copied from generated/chat-completions.table.gen.js), returning the same { ok, problems } result. It knows
// only these two models; the benchmark checks that it agrees with validateRequest before timing it.

const PARAMS = new Set(
  (
    "metadata top_logprobs temperature top_p user safety_identifier prompt_cache_key prompt_cache_retention prompt_cache_options " +
    "messages model service_tier modalities verbosity reasoning_effort max_completion_tokens frequency_penalty presence_penalty " +
    "web_search_options response_format audio store moderation stream stop logit_bias logprobs max_tokens n prediction seed " +
    "stream_options tools tool_choice parallel_tool_calls function_call functions"
  ).split(" "),
);

const REASONING = "reasoning models return no token log probabilities";
const PENALTIES = "reasoning models do not take repetition penalties";
const NO_AUDIO = "no audio output";
const PROMPT_CACHE = "explicit prompt-cache options exist only from gpt-5.6 on";
const VERBOSITY = "the verbosity control exists only on GPT-5 models";
const WEB_SEARCH = "web search on Chat Completions is built into the search-preview models only";
const STREAM_OPTIONS = "only configures a streamed response";
const METADATA = "tags are kept with a stored completion, so the API refuses them unless the completion is stored";

const G4O = {
  metadata: [`gpt-4o accepts metadata only when store is true: ${METADATA}`, ["SPICE-5231", "OAI-COMM-1109098", "QWEN-243", "I25"]],
  prompt_cache_options: [`gpt-4o does not support prompt_cache_options: ${PROMPT_CACHE}`, ["SPEC"]],
  reasoning_effort: [
    "gpt-4o does not support reasoning_effort: not a reasoning model, so there is no reasoning effort to set; the key must be absent, even 'none' is refused",
    ["OPERIT-1048", "SPEC@2025-04-29"],
  ],
  stream_options: [`gpt-4o accepts stream_options only when stream is true: ${STREAM_OPTIONS}`, ["SPEC", "I26"]],
  top_logprobs: [
    "gpt-4o accepts top_logprobs only when logprobs is true: asks how many alternatives to return per token, which needs token log probabilities turned on",
    ["SPEC"],
  ],
  verbosity: [`gpt-4o does not support verbosity: ${VERBOSITY}`, ["I9"]],
  web_search_options: [`gpt-4o does not support web_search_options: ${WEB_SEARCH}`, ["I4"]],
};

const O1 = {
  metadata: [`o3 / o4-mini accepts metadata only when store is true: ${METADATA}`, ["SPICE-5231", "OAI-COMM-1109098", "QWEN-243", "I25"]],
  audio: [`o3 / o4-mini does not support audio: ${NO_AUDIO}`, ["C-O1", "AZ-R", "LL-G5"]],
  frequency_penalty: [`o3 / o4-mini does not support frequency_penalty: ${PENALTIES}`, ["AZ-R", "LL-O", "LL-G5"]],
  logit_bias: ["o3 / o4-mini does not support logit_bias: reasoning models do not let token probabilities be biased", ["AZ-R", "LL-G5"]],
  logprobs: [`o3 / o4-mini does not support logprobs: ${REASONING}`, ["AZ-R", "OAI-G51", "V-CHAT"]],
  max_tokens: [
    "o3 / o4-mini does not support max_tokens: reasoning models cap output with max_completion_tokens, which also counts the hidden reasoning tokens; max_tokens is refused even as null; use max_completion_tokens instead",
    ["V-FIX", "I1", "SPEC"],
  ],
  modalities: [`o3 / o4-mini does not support modalities: ${NO_AUDIO}; the output modality cannot be chosen`, ["C-O1", "AZ-R", "LL-G5"]],
  parallel_tool_calls: [
    "o3 / o4-mini does not support parallel_tool_calls: o-series models do not offer the parallel tool call switch; the key must be absent, even false is refused",
    ["AZ-R", "KWAAK-392", "FASTAGENT-279"],
  ],
  prediction: [
    "o3 / o4-mini does not support prediction: predicted outputs are not available for reasoning models",
    ["C-O1", "AZ-R", "LL-G5"],
  ],
  presence_penalty: [`o3 / o4-mini does not support presence_penalty: ${PENALTIES}`, ["AZ-R", "LL-O", "LL-G5"]],
  prompt_cache_options: [`o3 / o4-mini does not support prompt_cache_options: ${PROMPT_CACHE}`, ["SPEC"]],
  reasoning_effort: [
    "o3 / o4-mini accepts reasoning_effort only as low, medium or high: the o-series knows three effort levels and uses medium when none is given",
    ["C-G5", "SPEC@2024-12-18", "SPEC@2026-05-13"],
  ],
  stream_options: [`o3 / o4-mini accepts stream_options only when stream is true: ${STREAM_OPTIONS}`, ["SPEC", "I26"]],
  temperature: [
    "o3 / o4-mini accepts temperature only as 1: only the default sampling temperature (1) is accepted",
    ["I1", "ZC-T", "I11", "PAL-78"],
  ],
  top_logprobs: [`o3 / o4-mini does not support top_logprobs: ${REASONING}`, ["AZ-R", "V-CHAT"]],
  top_p: ["o3 / o4-mini does not support top_p: reasoning models do not expose nucleus sampling", ["AZ-R", "I14", "I11", "OAI-G51"]],
  verbosity: [`o3 / o4-mini does not support verbosity: ${VERBOSITY}`, ["I9"]],
  web_search_options: [`o3 / o4-mini does not support web_search_options: ${WEB_SEARCH}`, ["I4"]],
};

const problem = (param, [message, sources], model) => ({ param, message, model, sources });
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

function gpt4o(r, out) {
  if (r.metadata !== undefined && r.metadata !== null && r.store !== true) out.push(problem("metadata", G4O.metadata, r.model));
  if (r.prompt_cache_options !== undefined) out.push(problem("prompt_cache_options", G4O.prompt_cache_options, r.model));
  if (r.reasoning_effort !== undefined) out.push(problem("reasoning_effort", G4O.reasoning_effort, r.model));
  if (r.stream_options !== undefined && r.stream !== true) out.push(problem("stream_options", G4O.stream_options, r.model));
  if (r.top_logprobs !== undefined && r.logprobs !== true) out.push(problem("top_logprobs", G4O.top_logprobs, r.model));
  if (r.verbosity !== undefined) out.push(problem("verbosity", G4O.verbosity, r.model));
  if (r.web_search_options !== undefined) out.push(problem("web_search_options", G4O.web_search_options, r.model));
}

function o3(r, out) {
  if (r.audio !== undefined) out.push(problem("audio", O1.audio, r.model));
  if (r.frequency_penalty !== undefined) out.push(problem("frequency_penalty", O1.frequency_penalty, r.model));
  if (r.logit_bias !== undefined) out.push(problem("logit_bias", O1.logit_bias, r.model));
  if (r.logprobs !== undefined) out.push(problem("logprobs", O1.logprobs, r.model));
  if (r.max_tokens !== undefined) out.push(problem("max_tokens", O1.max_tokens, r.model));
  if (r.metadata !== undefined && r.metadata !== null && r.store !== true) out.push(problem("metadata", O1.metadata, r.model));
  if (r.modalities !== undefined) out.push(problem("modalities", O1.modalities, r.model));
  if (r.parallel_tool_calls !== undefined) out.push(problem("parallel_tool_calls", O1.parallel_tool_calls, r.model));
  if (r.prediction !== undefined) out.push(problem("prediction", O1.prediction, r.model));
  if (r.presence_penalty !== undefined) out.push(problem("presence_penalty", O1.presence_penalty, r.model));
  if (r.prompt_cache_options !== undefined) out.push(problem("prompt_cache_options", O1.prompt_cache_options, r.model));
  const effort = r.reasoning_effort;
  if (effort !== undefined && effort !== null && effort !== "low" && effort !== "medium" && effort !== "high")
    out.push(problem("reasoning_effort", O1.reasoning_effort, r.model));
  if (r.stream_options !== undefined && r.stream !== true) out.push(problem("stream_options", O1.stream_options, r.model));
  if (r.temperature !== undefined && r.temperature !== null && r.temperature !== 1)
    out.push(problem("temperature", O1.temperature, r.model));
  if (r.top_logprobs !== undefined) out.push(problem("top_logprobs", O1.top_logprobs, r.model));
  if (r.top_p !== undefined) out.push(problem("top_p", O1.top_p, r.model));
  if (r.verbosity !== undefined) out.push(problem("verbosity", O1.verbosity, r.model));
  if (r.web_search_options !== undefined) out.push(problem("web_search_options", O1.web_search_options, r.model));
}

/** Same contract as validateRequest("chat.completions", request) for gpt-4o and o3 requests. */
export function handValidate(request) {
  if (!isObject(request)) return { ok: false, problems: [{ param: "", message: "a request must be a JSON object", sources: [] }] };
  const model = request.model;
  if (typeof model !== "string")
    return { ok: false, problems: [{ param: "model", message: 'a request needs a string "model"', sources: [] }] };
  const out = [];
  for (const key in request) {
    if (key !== "model" && !PARAMS.has(key))
      out.push({ param: key, message: `"${key}" is not a parameter of CreateChatCompletionRequest`, model, sources: ["SPEC"] });
  }
  if (model === "gpt-4o") gpt4o(request, out);
  else if (model === "o3") o3(request, out);
  else out.push({ param: "model", message: `${model} is not handled by this hand-written check`, model, sources: [] });
  return out.length === 0 ? { ok: true } : { ok: false, problems: out };
}
