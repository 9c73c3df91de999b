import { readFileSync } from "node:fs";
import fc from "fast-check";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { parseSpec } from "../../src/spec/load-spec.js";
import { indexSpec } from "../../src/spec/spec-index.js";
import type { RequestParam } from "../../src/spec/spec-types.js";
import { chatCompletionsTable, developer, functionResult, type Json, type JsonObject, system, user } from "./runtime-support.js";

export const specFile = new URL("../../../shared/openai-openapi/2026-08-21.yaml", import.meta.url);

/** The chat endpoint's parameters as the spec defines them (enums, nullability). */
export function chatParams(): Map<string, RequestParam> {
  const diagnostics = new Diagnostics();
  const spec = parseSpec({ file: "2026-08-21.yaml", bytes: readFileSync(specFile), diagnostics });
  if (!spec) throw new Error("the spec did not parse");
  const endpoint = indexSpec({ spec, diagnostics }).endpoints.find((e) => e.key === "chat.completions");
  if (!endpoint) throw new Error("the spec has no chat completions endpoint");
  return new Map(endpoint.params.map((p) => [p.name, p]));
}

/**
 * Type-correct values for parameters without a closed enum (the spec's types, not the models' rules). A parameter
 * the overlay rules on but that is missing here fails the test, so new rules get samples.
 */
const literals: Record<string, Json[]> = {
  temperature: [0, 0.2, 1],
  top_p: [0.2, 1],
  frequency_penalty: [0, 0.5],
  presence_penalty: [0, 0.5],
  top_logprobs: [0, 2],
  max_tokens: [1, 100],
  max_completion_tokens: [1, 100],
  n: [1, 2],
  seed: [1],
  logprobs: [true, false],
  stream: [true, false],
  store: [true, false],
  parallel_tool_calls: [true, false],
  stream_options: [{ include_usage: true }],
  metadata: [{ a: "b" }],
  stop: ["x", ["x", "y"]],
  logit_bias: [{ "50256": -100 }],
  modalities: [["text"]],
  audio: [{ voice: "alloy", format: "mp3" }],
  prediction: [{ type: "content", content: "x" }],
  response_format: [{ type: "text" }, { type: "json_object" }],
  web_search_options: [{}],
  prompt_cache_options: [{}, { mode: "explicit" }],
  // Function and custom tools exercise the item-kind rule `tools[].type` (custom tools only from GPT-5 on).
  tools: [[{ type: "function", function: { name: "f" } }], [{ type: "custom", custom: { name: "g" } }]],
  tool_choice: ["auto", "none"],
  function_call: ["auto", "none"],
  functions: [[{ name: "f" }]],
  user: ["u"],
  safety_identifier: ["s"],
  prompt_cache_key: ["k"],
};

/** Parameters sampled even where no profile has a rule on them. */
const free = ["temperature", "top_p", "logprobs", "top_logprobs", "max_tokens", "max_completion_tokens", "reasoning_effort"].concat([
  "stream",
  "stream_options",
  "n",
  "stop",
  "verbosity",
  "metadata",
  "store",
  "seed",
  "user",
]);

export const messageSets: Json[][] = [[user], [user], [system, user], [developer, user], [user, functionResult]];

const key = (value: Json): string => JSON.stringify(value);

/**
 * Every value a parameter is sampled with: the rules' values, the spec's enum, literals, and `null` for every
 * parameter, whether the spec marks it nullable or not (the explicit-null policy, docs/overlay.md, must hold for both).
 */
export function valuePools(params: Map<string, RequestParam>): Map<string, Json[]> {
  const table = chatCompletionsTable;
  // An item-kind rule (`tools[].type`) is sampled through its array parameter (`tools`), whose pool holds each kind.
  const top = (name: string): string => name.replace(/\[\]\..*$/, "");
  const ruled = Object.values(table.profiles).flatMap((p) => Object.entries(p.params));
  const controllers = ruled.flatMap(([, rule]) => (rule.requires ? [rule.requires.param] : []));
  const names = [...new Set([...ruled.map(([name]) => top(name)), ...controllers, ...free])].sort();
  return new Map(
    names.map((name) => {
      const spec = params.get(name);
      if (!spec) throw new Error(`${name} is not a parameter of the spec`);
      const fromRules = ruled.flatMap(([n, rule]) => (n === name ? ((rule.values ?? []) as Json[]) : []));
      const fromSpec = (spec.enumValues ?? []) as Json[];
      const own = literals[name] ?? [];
      if (fromSpec.length === 0 && own.length === 0) throw new Error(`no type-correct literal for ${name}: add one`);
      const all = [...fromRules, ...fromSpec, null, ...own];
      return [name, [...new Map(all.map((v) => [key(v), v])).values()]];
    }),
  );
}

export interface Sample {
  request: JsonObject;
  /** How the sample is written: annotated with the union, or passed to the generic builder. */
  form: "union" | "builder";
}

/** (model, parameters) pairs: a served id, 0–4 parameters (those the model's profile rules on, more often), messages. */
export function sampleArb(pools: Map<string, Json[]>): fc.Arbitrary<JsonObject> {
  const table = chatCompletionsTable;
  const all = [...pools.keys()];
  return fc
    .constantFrom(...Object.keys(table.models))
    .chain((model) => {
      const profile = table.profiles[table.models[model] ?? ""];
      const ruled = Object.keys(profile?.params ?? {})
        .map((p) => p.replace(/\[\]\..*$/, ""))
        .filter((p) => pools.has(p));
      const names = ruled.length > 0 ? fc.oneof(fc.constantFrom(...ruled), fc.constantFrom(...all)) : fc.constantFrom(...all);
      return fc.tuple(fc.constant(model), fc.uniqueArray(names, { maxLength: 4 }), fc.constantFrom(...messageSets));
    })
    .chain(([model, names, messages]) =>
      fc.tuple(...names.map((name) => fc.constantFrom(...(pools.get(name) ?? [])))).map((values) => {
        const request: JsonObject = { model, messages };
        names.forEach((name, i) => {
          request[name] = values[i] ?? null;
        });
        return request;
      }),
    );
}

/**
 * Every rule on its own, for every profile (each on a different one of its ids): the ruled parameter with each
 * pooled value, and for a `requires` rule each value of the controller (or none) next to each non-null dependent value.
 */
export function ruleSamples(pools: Map<string, Json[]>): JsonObject[] {
  const table = chatCompletionsTable;
  const idsOf = (profile: string) => Object.keys(table.models).filter((id) => table.models[id] === profile);
  return Object.entries(table.profiles).flatMap(([name, profile]) => {
    const ids = idsOf(name);
    let next = 0;
    const request = (params: JsonObject, messages: Json[] = [user]): JsonObject => ({
      model: ids[next++ % ids.length] ?? name,
      messages,
      ...params,
    });
    const roles = messageSets.slice(2).map((messages) => request({}, messages));
    const rules = Object.entries(profile.params).flatMap(([ruled, rule]) => {
      const param = ruled.replace(/\[\]\..*$/, ""); // an item kind is sampled through its array parameter
      const pool = pools.get(param) ?? [];
      const single = pool.map((value) => request({ [param]: value }));
      if (!rule.requires) return single;
      const controller = rule.requires.param;
      const dependents = pool.filter((v) => v !== null);
      const settings: (Json | undefined)[] = [undefined, ...(pools.get(controller) ?? [])];
      const pairs = settings.flatMap((c) =>
        dependents.map((d) => request(c === undefined ? { [param]: d } : { [param]: d, [controller]: c })),
      );
      return [...single, ...pairs];
    });
    return [...roles, ...rules];
  });
}

/**
 * Model ids the spec does not list: unknown ids, a fine-tune of one id of every profile (and of a model without
 * rules), and fine-tunes of unknown bases. They go through the generic builder, the one typed way to name them
 * (the union takes an unknown id only as `unknownModel()`, and checks `ft:` ids against the spec alone).
 */
export function unlistedIds(): string[] {
  const table = chatCompletionsTable;
  const byProfile = new Map<string, string>();
  for (const [id, profile] of Object.entries(table.models)) if (!byProfile.has(profile)) byProfile.set(profile, id);
  const fineTunes = [...byProfile.values()].map((id, i) => `ft:${id}:acme::n${i}`);
  return ["my-model", "gpt-9-preview", "ft:unknown-base:acme::u1", ...fineTunes];
}

/**
 * Requests on ids the spec does not list (see unlistedIds) and on listed ids, through the generic builder: 0–3
 * parameters from the pools, `null` included, so a verdict that depends on how the id is resolved is compared too.
 */
export function unlistedArb(pools: Map<string, Json[]>): fc.Arbitrary<JsonObject> {
  const ids = [...unlistedIds(), ...Object.keys(chatCompletionsTable.models)];
  const names = [...pools.keys()];
  return fc.tuple(fc.constantFrom(...ids), fc.uniqueArray(fc.constantFrom(...names), { maxLength: 3 })).chain(([model, chosen]) =>
    fc.tuple(...chosen.map((name) => fc.constantFrom(...(pools.get(name) ?? [])))).map((values) => {
      const request: JsonObject = { model, messages: [user] };
      chosen.forEach((name, i) => {
        request[name] = values[i] ?? null;
      });
      return request;
    }),
  );
}

/** `null` for every pooled parameter, on one unknown id and on a fine-tune of every profile (generic builder). */
export function unlistedNullSamples(pools: Map<string, Json[]>): JsonObject[] {
  return unlistedIds().flatMap((model) => [...pools.keys()].map((name) => ({ model, messages: [user], [name]: null })));
}

/** Fine-tunes and id shapes go through the generic builder, whose `ChatCompletionsParamsFor` resolves `ft:<base>:…`. */
export function builderSamples(): JsonObject[] {
  const ids = ["ft:o1:acme::x1", "ft:gpt-5.1:acme:custom:x2", "ft:gpt-4o-mini-2024-07-18:acme::x3", "ft:o1-pro:acme::x4"].concat([
    "ft:o1",
    "ft:unknown-base:acme::x5",
    "ft::x6",
    "o1-2024-12-17",
    "gpt-5.5-2026-04-23",
  ]);
  const params: JsonObject[] = [{ logprobs: true }, { temperature: 0.2 }, { top_logprobs: 2 }, { max_tokens: 5 }, {}];
  return ids.flatMap((model) => params.map((p) => ({ model, messages: [user], ...p })));
}

/** One line per declaration, so a diagnostic's line names its sample. */
export function samplesSource(options: { importPath: string; samples: Sample[]; checks: JsonObject[] }): string {
  const header = [
    `import { type ChatCompletionsParamsBase, type CreateChatCompletionRequest, chatCompletionRequest } from ${JSON.stringify(options.importPath)};`,
    "",
  ];
  const checks = options.checks.map((c, i) => `export const c${i}: ChatCompletionsParamsBase = ${key(c)};`);
  const samples = options.samples.map((s, i) =>
    s.form === "union"
      ? `export const s${i}: CreateChatCompletionRequest = ${key(s.request)};`
      : `export const s${i} = chatCompletionRequest(${key(s.request)});`,
  );
  return [...header, ...checks, ...samples, ""].join("\n");
}

/**
 * Spec-type checks: every pooled value and every message set, on the spec's own type (must all compile). A `null`
 * is checked only where the spec marks the parameter nullable: elsewhere the spec's type refuses it, and the samples
 * compare that refusal with the runtime's.
 */
export function typeChecks(pools: Map<string, Json[]>, params: Map<string, RequestParam>): JsonObject[] {
  const typed = (name: string, value: Json): boolean => value !== null || params.get(name)?.nullable === true;
  const values = [...pools].flatMap(([name, pool]) =>
    pool.filter((value) => typed(name, value)).map((value): JsonObject => ({ messages: [user], [name]: value })),
  );
  return [...values, ...messageSets.map((messages): JsonObject => ({ messages }))];
}
