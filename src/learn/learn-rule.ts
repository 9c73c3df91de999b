import { type EndpointTable, type Problem, validateWith } from "../../templates/runtime.js";
import type { CapabilityModel, EndpointCapabilities } from "../capabilities/capability-model.js";
import { runtimeTable } from "../emit/emit-runtime.js";
import { type EndpointKey, isEndpointKey } from "../spec/endpoints.js";
import { isJsonObject } from "../spec/resolve-ref.js";
import { type ApiError, type ClassifiedError, classifyApiError } from "./api-error.js";
import { type ProposedRule, proposeRule } from "./propose-rule.js";

export interface LearnOptions {
  model: CapabilityModel;
  /** The API's error: the `error` object of its body. */
  error: ApiError;
  /** The request that got the error; without it, the rule is looked up by model id and parameter alone. */
  request?: unknown;
  /** Defaults to chat.completions for a request with `messages`. */
  endpoint?: string;
  /** Defaults to the request's `model`. */
  modelId?: string;
  /** The day the error was seen (the proposed rule's source date); defaults to today. */
  date?: string;
  /** Where the error can be read again (the proposed rule's source url), e.g. `file:errors/400.json`. */
  sourceUrl?: string;
}

export type LearnVerdict =
  /** modelgate already refuses this request: the types reject it and `adaptRequest` fixes or refuses it. */
  | "known"
  /** The overlay has no rule for this refusal: `proposal` holds one for a user overlay. */
  | "new"
  /** Not enough to go on (unknown error text, no model id, no endpoint); `explanation` says what is missing. */
  | "cannot-tell";

export interface Learned {
  verdict: LearnVerdict;
  explanation: string;
  error: ApiError;
  classified: ClassifiedError;
  endpoint?: EndpointKey;
  modelId?: string;
  /** For `known`: what validateRequest reports for the request, limited to the parameters the error names. */
  matches: Problem[];
  /** For `new`: the rule, and as YAML for a user overlay. */
  proposal?: ProposedRule;
}

/**
 * Reads an API error against the capability model: is it a refusal modelgate already knows (the request would not
 * have compiled), or a new fact, proposed as an overlay rule? Pure; the CLI's `learn` and an app's error handler both
 * call it.
 */
export function learnFromError(options: LearnOptions): Learned {
  const classified = classifyApiError(options.error);
  const base = { error: options.error, classified, matches: [] as Problem[] };
  const request = isJsonObject(options.request) ? options.request : undefined;
  const modelId = options.modelId ?? (typeof request?.model === "string" ? request.model : undefined);
  const endpointKey = options.endpoint ?? (request && "messages" in request ? "chat.completions" : undefined);
  if (classified.kind === "unrecognised")
    return { ...base, verdict: "cannot-tell", explanation: `modelgate does not know this error text: ${options.error.message}` };
  if (endpointKey === undefined || !isEndpointKey(endpointKey))
    return { ...base, verdict: "cannot-tell", explanation: "which endpoint was called? pass the endpoint (e.g. chat.completions)" };
  const endpoint = options.model.endpoints.find((e) => e.spec.key === endpointKey);
  if (!endpoint)
    return { ...base, endpoint: endpointKey, verdict: "cannot-tell", explanation: `the overlay does not cover ${endpointKey}` };
  if (modelId === undefined)
    return {
      ...base,
      endpoint: endpointKey,
      verdict: "cannot-tell",
      explanation: "which model was called? pass the request or the model id",
    };
  const known = { ...base, endpoint: endpointKey, modelId };
  const table = runtimeTable(endpoint) as EndpointTable;
  const matches = request ? matchingProblems(classified, validateWith(table, endpointKey, request)) : ruleFor(table, classified, modelId);
  if (matches.length > 0)
    return { ...known, matches, verdict: "known", explanation: `modelgate already refuses this for ${modelId} on ${endpointKey}` };
  const proposal = proposeRule({
    classified,
    error: options.error,
    endpoint: endpoint.spec.key,
    modelId,
    request,
    date: options.date,
    sourceUrl: options.sourceUrl,
  });
  if (!proposal) return { ...known, verdict: "cannot-tell", explanation: `no rule can be proposed for a "${classified.kind}" error` };
  const unserved = unservedNote(endpoint, modelId);
  return { ...known, verdict: "new", proposal, explanation: `the overlay has no rule for this refusal${unserved}` };
}

/** The problems validateRequest finds on the parameters (or the message role) the error names. */
function matchingProblems(classified: ClassifiedError, result: ReturnType<typeof validateWith>): Problem[] {
  if (result.ok) return [];
  return result.problems.filter((p) => names(classified, p.param));
}

function names(classified: ClassifiedError, problemParam: string): boolean {
  if (classified.kind === "role") return /^messages\[\d+\]\.role$/.test(problemParam);
  if (classified.kind === "unserved") return problemParam === "model";
  return classified.params.some(
    (param) => problemParam === param || problemParam.startsWith(`${param}.`) || problemParam.startsWith(`${param}[`),
  );
}

/** Without a request: the model's rules on the named parameters, as the problems they would report. */
function ruleFor(table: EndpointTable, classified: ClassifiedError, modelId: string): Problem[] {
  const profileName = Object.hasOwn(table.models, modelId) ? table.models[modelId] : undefined;
  const unserved = Object.hasOwn(table.unserved, modelId) ? table.unserved[modelId] : undefined;
  if (classified.kind === "unserved" && unserved) return [{ param: "model", model: modelId, ...unserved }];
  const profile = profileName ? table.profiles[profileName] : undefined;
  if (!profile) return [];
  if (classified.kind === "role") {
    const rule =
      classified.role !== undefined && Object.hasOwn(profile.roles, classified.role) ? profile.roles[classified.role] : undefined;
    return rule ? [{ param: "messages[].role", model: modelId, ...rule }] : [];
  }
  return classified.params.flatMap((param) => {
    const rule = Object.hasOwn(profile.params, param) ? profile.params[param] : undefined;
    const message = rule && Object.values(rule.messages).find((m) => m !== undefined);
    return rule && message ? [{ param, model: modelId, message, sources: rule.sources }] : [];
  });
}

function unservedNote(endpoint: EndpointCapabilities, modelId: string): string {
  const listed = endpoint.models.some((m) => m.id === modelId);
  return listed ? "" : ` (and ${modelId} is not a model the overlay classifies for ${endpoint.spec.key})`;
}
