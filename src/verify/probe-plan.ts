import { type EndpointTable, meetsAlternative, type ParamPath, type RuleTable } from "../../templates/runtime.js";
import type { CapabilityModel, EndpointCapabilities } from "../capabilities/capability-model.js";
import { runtimeTable } from "../emit/emit-runtime.js";
import type { EndpointKey } from "../spec/endpoints.js";
import { findParam } from "../spec/nested-params.js";
import type { JsonValue } from "../spec/spec-types.js";
import { baseRequest, type ProbeBase } from "./base-requests.js";
import { sampleValue } from "./sample-value.js";

/** One request that tells one rule's verdict: the API refuses it (400 naming `param`) or accepts it (2xx). */
export interface Probe {
  /** Stable id: `<model> <endpoint> <param> <what>`. */
  id: string;
  endpoint: EndpointKey;
  /** The API path, e.g. `/chat/completions`. */
  path: string;
  modelId: string;
  /** The parameter the refusal must name (`messages` for a role, `model` for a model not served). */
  param: string;
  /** `param` split by the generator's table (`reasoning.effort` is `{ param: "reasoning", child: "effort" }`). */
  paramPath: ParamPath;
  /** The overlay's verdict that this probe checks, as the compile error and validateRequest word it. */
  rule: { kind: "reject" | "values" | "nullable" | "requires" | "presentAny" | "role" | "unserved"; message: string; sources: string[] };
  /** What the overlay says the API answers. */
  expect: "refused" | "accepted";
  request: Record<string, JsonValue>;
  /** Input + output tokens the probe may cost at most (0 for a refusal: the API answers 400 before generating). */
  tokens: number;
}

export interface ProbePlan {
  probes: Probe[];
  /** Rules or endpoints no probe is planned for, and why. */
  skipped: { modelId: string; endpoint: EndpointKey; what: string; reason: string }[];
}

export interface PlanOptions {
  model: CapabilityModel;
  /** Only these model ids are ever probed. */
  models: readonly string[];
  /** Only these endpoints (default: every covered one). */
  endpoints?: readonly EndpointKey[];
}

/** The cheapest probes that tell each rule's verdict for the chosen models and endpoints. Pure. */
export function planProbes(options: PlanOptions): ProbePlan {
  const plan: ProbePlan = { probes: [], skipped: [] };
  for (const endpoint of options.model.endpoints) {
    if (options.endpoints && !options.endpoints.includes(endpoint.spec.key)) continue;
    const base = baseRequest(endpoint.spec.key);
    const table = runtimeTable(endpoint) as EndpointTable;
    for (const modelId of options.models) {
      if (!base.probed) {
        if (isKnown(table, modelId)) plan.skipped.push({ modelId, endpoint: endpoint.spec.key, what: "every rule", reason: base.reason });
        continue;
      }
      planModel({ plan, endpoint, table, base, modelId, document: options.model.spec.document });
    }
  }
  plan.probes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return plan;
}

function isKnown(table: EndpointTable, id: string): boolean {
  return Object.hasOwn(table.models, id) || Object.hasOwn(table.unserved, id);
}

interface ModelCtx {
  plan: ProbePlan;
  endpoint: EndpointCapabilities;
  table: EndpointTable;
  base: Extract<ProbeBase, { probed: true }>;
  modelId: string;
  document: JsonValue;
}

function planModel(ctx: ModelCtx): void {
  const { table, modelId, endpoint } = ctx;
  const key = endpoint.spec.key;
  const request = (extra: Record<string, JsonValue>): Record<string, JsonValue> => ({ model: modelId, ...ctx.base.request, ...extra });
  const add = (probe: Omit<Probe, "id" | "endpoint" | "path" | "paramPath" | "modelId" | "tokens">, what: string): void => {
    const tokens = probe.expect === "accepted" ? ctx.base.tokens : 0;
    ctx.plan.probes.push({
      ...probe,
      paramPath: pathOf(table, probe.param),
      id: `${modelId} ${key} ${probe.param} ${what}`,
      endpoint: key,
      path: endpoint.spec.path,
      modelId,
      tokens,
    });
  };
  const unserved = Object.hasOwn(table.unserved, modelId) ? table.unserved[modelId] : undefined;
  if (unserved) {
    add({ param: "model", rule: { kind: "unserved", ...unserved }, expect: "refused", request: request({}) }, "not served");
    return;
  }
  const profileName = Object.hasOwn(table.models, modelId) ? table.models[modelId] : undefined;
  const profile = profileName ? table.profiles[profileName] : undefined;
  if (!profile) return;
  for (const [param, rule] of Object.entries(profile.params)) planRule(ctx, { param, rule, request, add });
  for (const [role, rule] of Object.entries(profile.roles)) {
    const messages: JsonValue = [
      { role, content: "Say ok." },
      { role: "user", content: "Say ok." },
    ];
    add({ param: "messages", rule: { kind: "role", ...rule }, expect: "refused", request: request({ messages }) }, `role ${role}`);
  }
}

type Add = (probe: Omit<Probe, "id" | "endpoint" | "path" | "paramPath" | "modelId" | "tokens">, what: string) => void;

function planRule(
  ctx: ModelCtx,
  options: { param: string; rule: RuleTable; request: (extra: Record<string, JsonValue>) => Record<string, JsonValue>; add: Add },
): void {
  const { param, rule, request, add } = options;
  const skip = (reason: string): void => {
    ctx.plan.skipped.push({ modelId: ctx.modelId, endpoint: ctx.endpoint.spec.key, what: param, reason });
  };
  if (rule.presentAny) planPresentAny(rule, param, request, add);
  const path = pathOf(ctx.table, param);
  if (path.item !== undefined) {
    skip("an item kind needs a sample item of each kind: not probed");
    return;
  }
  const spec = findParam(ctx.endpoint.spec, param);
  const sample = spec ? sampleValue(ctx.document, spec.schema) : "x";
  const set = (value: JsonValue): Record<string, JsonValue> => request(withPath(path, value));
  const message = (text: string | undefined) => text ?? "";
  if (rule.kind === "reject") {
    add(
      {
        param,
        rule: { kind: "reject", message: message(rule.messages.reject), sources: rule.sources },
        expect: "refused",
        request: set(sample),
      },
      "refused",
    );
    return;
  }
  if (rule.values) {
    const values = rule.values as JsonValue[];
    const why = { kind: "values" as const, message: message(rule.messages.values), sources: rule.sources };
    const allowed = values[0];
    if (allowed !== undefined) add({ param, rule: why, expect: "accepted", request: set(allowed) }, `accepts ${JSON.stringify(allowed)}`);
    const refused = refusedValue(spec?.enumValues, values, sample);
    if (refused === undefined) skip("no value outside the accepted ones to send");
    else add({ param, rule: why, expect: "refused", request: set(refused) }, `refuses ${JSON.stringify(refused)}`);
  }
  if (rule.nullable === false) {
    const why = { kind: "nullable" as const, message: message(rule.messages.nullable), sources: rule.sources };
    add({ param, rule: why, expect: "refused", request: set(null) }, "refuses null");
  }
  if (rule.requires) {
    const controller = pathOf(ctx.table, rule.requires.param);
    planRequires({ param, rule, controller, set, add, skip, sample, values: rule.values as JsonValue[] | undefined });
  }
}

/**
 * A requirement with alternatives (audio in or out): the base request meets none of them, so the overlay expects it
 * refused (the API names `model` there, as in the recorded 400). A request that meets one needs a sample of each
 * alternative (an audio part, an audio output format): not probed.
 */
function planPresentAny(
  rule: RuleTable,
  param: string,
  request: (extra: Record<string, JsonValue>) => Record<string, JsonValue>,
  add: Add,
): void {
  const base = request({});
  if (rule.presentAny?.some((alternative) => meetsAlternative(base, alternative))) return;
  const why = { kind: "presentAny" as const, message: rule.messages.presentAny ?? "", sources: rule.sources };
  add({ param, rule: why, expect: "refused", request: base }, "refused without any of its alternatives");
}

function planRequires(options: {
  param: string;
  rule: RuleTable;
  /** Where the controlling parameter sits (from the table: nothing here splits a name). */
  controller: ParamPath;
  set: (value: JsonValue) => Record<string, JsonValue>;
  add: Add;
  skip: (reason: string) => void;
  sample: JsonValue;
  values: JsonValue[] | undefined;
}): void {
  const { param, rule, set, add, skip } = options;
  const requires = rule.requires;
  if (!requires) return;
  const value = options.values?.[0] ?? options.sample;
  const why = { kind: "requires" as const, message: rule.messages.requires ?? "", sources: rule.sources };
  // With the controller absent, its default decides (the table's `absent`, worked out by the generator from the
  // controller's default): a default that satisfies the rule makes that probe useless.
  const nested = options.controller.child !== undefined || options.controller.item !== undefined;
  if (requires.absent || nested) skip(`needs ${requires.param} set to a failing value: not probed`);
  else add({ param, rule: why, expect: "refused", request: set(value) }, `without ${requires.param}`);
  const holds = requires.values[0] as JsonValue | undefined;
  if (holds !== undefined && !nested)
    add({ param, rule: why, expect: "accepted", request: { ...set(value), [requires.param]: holds } }, `with ${requires.param}`);
}

/** A value to send that the rule refuses: an enum value outside the accepted ones, else a sample that differs. */
function refusedValue(enumValues: JsonValue[] | undefined, accepted: JsonValue[], sample: JsonValue): JsonValue | undefined {
  const outside = (v: JsonValue) => !accepted.some((a) => JSON.stringify(a) === JSON.stringify(v));
  const fromEnum = enumValues?.find((v) => v !== null && outside(v));
  if (fromEnum !== undefined) return fromEnum;
  if (outside(sample)) return sample;
  const first = accepted[0];
  if (typeof first === "number") return first === 0.5 ? 0.25 : 0.5;
  if (typeof first === "boolean") return !first;
  return undefined;
}

/** `{ param: value }`, or `{ parent: { child: value } }` for a nested parameter. */
function withPath(path: ParamPath, value: JsonValue): Record<string, JsonValue> {
  return path.child === undefined ? { [path.param]: value } : { [path.param]: { [path.child]: value } };
}

/** A parameter's split path, as the table gives it (a name the table has no path for is top-level). */
function pathOf(table: EndpointTable, name: string): ParamPath {
  return (Object.hasOwn(table.paths, name) ? table.paths[name] : undefined) ?? { param: name };
}
