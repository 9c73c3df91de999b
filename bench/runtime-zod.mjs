// Peer (ii) of the runtime benchmark: a zod 4 schema of the benchmark's request, written by hand (not compiled from the
// spec): an object with the parameters the request uses, typed as a zod user would, and per model the rules modelgate
// has for gpt-4o and o3 (their rejected parameters as z.never(), o3's temperature narrowed to 1, reasoning_effort to
// low/medium/high, and "requires" rules as refinements), joined by a discriminated union on `model`.
import { z } from "zod";

const message = z.object({ role: z.enum(["system", "developer", "user", "assistant", "tool"]), content: z.string() });
const jsonObject = z.record(z.string(), z.unknown());
const tool = z.object({
  type: z.literal("function"),
  function: z.object({
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
    description: z.string().optional(),
    parameters: jsonObject.optional(),
    strict: z.boolean().nullable().optional(),
  }),
});
const responseFormat = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text") }),
  z.object({ type: z.literal("json_object") }),
  z.object({
    type: z.literal("json_schema"),
    json_schema: z.object({
      name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
      description: z.string().optional(),
      schema: jsonObject.optional(),
      strict: z.boolean().nullable().optional(),
    }),
  }),
]);

const common = {
  messages: z.array(message).min(1),
  tools: z.array(tool).optional(),
  response_format: responseFormat.optional(),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullable().optional(),
  store: z.boolean().nullable().optional(),
  metadata: z.record(z.string().max(64), z.string().max(512)).nullable().optional(),
};

/** A parameter the model refuses: must be absent (null is refused too, as modelgate does). */
const refused = (model, param, why) => z.never({ error: `${model} does not support ${param}: ${why}` }).optional();

/** modelgate's "requires" rule: `param` is accepted only when `on` is true. */
const requires = (model, param, on) => (request, ctx) => {
  if (request[param] !== undefined && request[on] !== true)
    ctx.addIssue({ code: "custom", path: [param], message: `${model} accepts ${param} only when ${on} is true` });
};

const gpt4o = z
  .object({
    model: z.literal("gpt-4o"),
    ...common,
    temperature: z.number().min(0).max(2).nullable().optional(),
    logprobs: z.boolean().nullable().optional(),
    top_logprobs: z.number().int().min(0).max(20).nullable().optional(),
    prompt_cache_options: refused("gpt-4o", "prompt_cache_options", "only from gpt-5.6 on"),
    reasoning_effort: refused("gpt-4o", "reasoning_effort", "not a reasoning model"),
    verbosity: refused("gpt-4o", "verbosity", "only on GPT-5 models"),
    web_search_options: refused("gpt-4o", "web_search_options", "only the search-preview models"),
  })
  .superRefine(requires("gpt-4o", "stream_options", "stream"))
  .superRefine(requires("gpt-4o", "top_logprobs", "logprobs"))
  .superRefine(requires("gpt-4o", "metadata", "store"));

const o1Refused = {
  audio: "no audio output",
  frequency_penalty: "reasoning models do not take repetition penalties",
  logit_bias: "reasoning models do not let token probabilities be biased",
  logprobs: "reasoning models return no token log probabilities",
  max_tokens: "use max_completion_tokens instead",
  modalities: "no audio output",
  parallel_tool_calls: "o-series models do not offer the parallel tool call switch",
  prediction: "predicted outputs are not available for reasoning models",
  presence_penalty: "reasoning models do not take repetition penalties",
  prompt_cache_options: "only from gpt-5.6 on",
  top_logprobs: "reasoning models return no token log probabilities",
  top_p: "reasoning models do not expose nucleus sampling",
  verbosity: "only on GPT-5 models",
  web_search_options: "only the search-preview models",
};

const o3 = z
  .object({
    model: z.literal("o3"),
    ...common,
    temperature: z.literal(1, { error: "o3 / o4-mini accepts temperature only as 1" }).nullable().optional(),
    reasoning_effort: z.enum(["low", "medium", "high"]).nullable().optional(),
    ...Object.fromEntries(Object.entries(o1Refused).map(([param, why]) => [param, refused("o3 / o4-mini", param, why)])),
  })
  .superRefine(requires("o3 / o4-mini", "stream_options", "stream"))
  .superRefine(requires("o3 / o4-mini", "metadata", "store"));

/** The hand-written schema: gpt-4o or o3, told apart by `model`. */
export const requestSchema = z.discriminatedUnion("model", [gpt4o, o3]);

/** The same schema through z.compile (zod's own ahead-of-time compiler; it falls back to the runtime parser if it must). */
// Marked pure so a bundle that does not use it (the tree-shaking benchmark's context entry) drops the compiler.
export const compiledSchema = /* @__PURE__ */ z.compile(requestSchema);

/** The parameters a safeParse result flags (first path segment of each issue), for the agreement check. */
export const flaggedBy = (result) => (result.success ? [] : result.error.issues.map((i) => String(i.path[0] ?? "")));
