// The runtime adapter's core: checks and adapts requests against the generated capability table. Our build compiles
// it; the output carries the result as runtime.gen.js and runtime.gen.d.ts. No dependencies; pure; never throws on any
// JSON value. adaptRequest throws an AdaptError, and nothing else, on purpose: with unsupported: "throw", and when no
// request can fit (not an object, no string model, a model not served, an unknown model with unknown: "reject").

export interface RuleTable {
  kind: "reject" | "constrain";
  rename?: string;
  values?: unknown[];
  /** `values` narrows only the scalar values; an object value is left as the spec types it. */
  objectsAsSpec?: true;
  nullable?: false;
  requires?: { param: string; values: unknown[] };
  default?: { value: unknown };
  /** The model must receive this parameter; its absence cannot be fixed (adaptRequest throws an AdaptError). */
  present?: true;
  /** The texts the compile errors show, so the runtime says the same. */
  messages: { reject?: string; values?: string; nullable?: string; requires?: string; present?: string };
  sources: string[];
}

export interface ProfileTable {
  label: string;
  params: Record<string, RuleTable>;
  roles: Record<string, { message: string; sources: string[] }>;
}

export interface EndpointTable {
  schema: string;
  params: string[];
  /** The parameters the spec requires (never dropped by adaptRequest). */
  required?: string[];
  /** Present when a request may leave `model` out; the API then uses `default` (when the spec names one). */
  optionalModel?: { default?: string };
  /** Served model id → profile name ("" = no rules). */
  models: Record<string, string>;
  profiles: Record<string, ProfileTable>;
  unserved: Record<string, { message: string; sources: string[] }>;
}

export interface Problem {
  /** The parameter, as a JSON path for nested ones (`messages[0].role`); "" for the request itself. */
  param: string;
  message: string;
  model?: string;
  sources: string[];
}

export type ValidationResult = { ok: true } | { ok: false; problems: Problem[] };

export interface Change {
  param: string;
  action: "dropped" | "renamed" | "unchecked";
  to?: string;
  message: string;
  sources: string[];
}

export interface AdaptOptions {
  unsupported?: "drop" | "throw";
  unknown?: "allow" | "reject";
  onChange?: (change: Change) => void;
}

export class AdaptError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`the request does not fit its model:\n${problems.map((p) => `- ${p.param || "request"}: ${p.message}`).join("\n")}`);
    this.name = "AdaptError";
  }
}

type Json = Record<string, unknown>;
type Resolved = { kind: "known"; profile?: ProfileTable } | { kind: "unserved"; message: string; sources: string[] } | { kind: "unknown" };

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A parameter's value: `reasoning.effort` is `effort` inside the object `reasoning` (spec names have no dots). */
function valueAt(request: Json, param: string): unknown {
  const dot = param.indexOf(".");
  const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);
  if (dot < 0) return own(request, param);
  const parent = own(request, param.slice(0, dot));
  return isObject(parent) ? own(parent, param.slice(dot + 1)) : undefined;
}

/** A copy of the request without the parameter (a nested one: a copy of its parent without the child). */
function without(request: Json, param: string): Json {
  const result: Json = { ...request };
  const dot = param.indexOf(".");
  if (dot < 0) {
    delete result[param];
    return result;
  }
  const key = param.slice(0, dot);
  const parent = result[key];
  if (isObject(parent)) {
    const copy: Json = { ...parent };
    delete copy[param.slice(dot + 1)];
    result[key] = copy;
  }
  return result;
}

/** A copy of the request with the parameter set (a nested one inside a copy of its parent, created when absent). */
function withValue(request: Json, param: string, value: unknown): Json {
  const dot = param.indexOf(".");
  if (dot < 0) return { ...request, [param]: value };
  const key = param.slice(0, dot);
  const parent = request[key];
  return { ...request, [key]: { ...(isObject(parent) ? parent : {}), [param.slice(dot + 1)]: value } };
}

const has = (request: Json, param: string): boolean => valueAt(request, param) !== undefined;
const same = (a: unknown, b: unknown): boolean => a === b;

/** Exact id, else `ft:<base>:…` → base (like the types' `ft:${infer Base}:${string}`), else unknown. */
export function resolveModel(table: EndpointTable, model: string): Resolved {
  const base = /^ft:([^:]*):/.exec(model)?.[1];
  for (const id of base === undefined ? [model] : [model, base]) {
    if (Object.hasOwn(table.models, id)) {
      const name = table.models[id] ?? "";
      return { kind: "known", ...(name !== "" && { profile: table.profiles[name] }) };
    }
    const unserved = Object.hasOwn(table.unserved, id) ? table.unserved[id] : undefined;
    if (unserved) return { kind: "unserved", ...unserved };
  }
  return { kind: "unknown" };
}

/**
 * The value a `requires` rule looks at: the request's, or the model's default when absent, null, or itself refused
 * (adaptRequest drops a refused value, so the default is what the model will see).
 */
function effective(profile: ProfileTable, request: Json, param: string): unknown {
  const value = valueAt(request, param);
  const rule = profile.params[param];
  const refused = rule?.kind === "reject" || (rule?.values !== undefined && !rule.values.some((v) => same(v, value)));
  if (value !== undefined && value !== null && !refused) return value;
  return rule?.default?.value;
}

/** Problems of one request against its profile; `fix` says what adaptRequest would do with each. */
function ruleProblems(profile: ProfileTable, request: Json, model: string, required: readonly string[]): (Problem & { fix?: Fix })[] {
  const problems: (Problem & { fix?: Fix })[] = [];
  // A required parameter cannot be dropped: adaptRequest reports it instead (an AdaptError).
  const add = (param: string, message: string, sources: string[], fix: Fix): void => {
    const fixable = !(fix === "drop" && required.includes(param));
    problems.push({ param, message, model, sources, ...(fixable && { fix }) });
  };
  for (const [param, rule] of Object.entries(profile.params)) {
    const item = /^(.*)\[\]\.(.*)$/.exec(param);
    if (item) {
      // An item kind (`input[].type`): each object item whose kind the model refuses, by its JSON path.
      const [, name = "", property = ""] = item;
      const list = valueAt(request, name);
      if (!Array.isArray(list) || !rule.values) continue;
      list.forEach((entry, i) => {
        const kind = isObject(entry) ? entry[property] : undefined;
        if (kind !== undefined && !rule.values?.some((v) => same(v, kind)))
          add(`${name}[${i}].${property}`, rule.messages.values ?? "", rule.sources, { dropItem: { param: name, index: i } });
      });
      continue;
    }
    if (!has(request, param)) {
      // A parameter the model must receive: nothing to drop or move, so adaptRequest cannot fix it (no `fix`).
      if (rule.present) problems.push({ param, message: rule.messages.present ?? "", model, sources: rule.sources });
      continue;
    }
    const value = valueAt(request, param);
    if (rule.kind === "reject") {
      // A null is dropped, never moved; a target that is absent or null takes the value.
      const renamable = rule.rename !== undefined && value !== null && (valueAt(request, rule.rename) ?? null) === null;
      const fix: Fix = rule.rename && renamable ? { rename: rule.rename } : "drop";
      add(param, rule.messages.reject ?? "", rule.sources, fix);
      continue;
    }
    if (value === null && rule.nullable === false) add(param, rule.messages.nullable ?? "", rule.sources, "drop");
    else if (value !== null && rule.values && !(rule.objectsAsSpec && isObject(value)) && !rule.values.some((v) => same(v, value)))
      add(param, rule.messages.values ?? "", rule.sources, "drop");
    else if (rule.requires && !rule.requires.values.some((v) => same(v, effective(profile, request, rule.requires?.param ?? "")))) {
      add(param, rule.messages.requires ?? "", rule.sources, "drop");
    }
  }
  const messages = request.messages;
  if (Array.isArray(messages)) {
    messages.forEach((message, i) => {
      const role = isObject(message) && typeof message.role === "string" ? message.role : undefined;
      const rule = role !== undefined && Object.hasOwn(profile.roles, role) ? profile.roles[role] : undefined;
      if (rule) add(`messages[${i}].role`, rule.message, rule.sources, { dropItem: { param: "messages", index: i } });
    });
  }
  return problems;
}

/** What adaptRequest does: drop the key, move its value, or drop one item of an array parameter. */
type Fix = "drop" | { rename: string } | { dropItem: { param: string; index: number } };

interface Checked {
  problems: (Problem & { fix?: Fix })[];
  model?: string;
  unknown?: boolean;
}

function check(table: EndpointTable | undefined, endpoint: string, request: unknown, unknownPolicy: "allow" | "reject"): Checked {
  if (!table) return { problems: [{ param: "", message: `"${endpoint}" is not an endpoint of this output`, sources: [] }] };
  if (!isObject(request)) return { problems: [{ param: "", message: `a ${table.schema} must be a JSON object`, sources: [] }] };
  // Where `model` may be left out, the API uses the spec's default model; without one only the spec applies.
  const absent = request.model === undefined && table.optionalModel !== undefined;
  const model = absent ? table.optionalModel?.default : request.model;
  // A key the model's profile has a rule for (a `moved` key such as reasoning_effort on Responses) is reported by
  // that rule, with its reason and where the value belongs, not as unknown.
  const resolvedEarly = typeof model === "string" ? resolveModel(table, model) : undefined;
  const ruled = resolvedEarly?.kind === "known" ? (resolvedEarly.profile?.params ?? {}) : {};
  const unknownKeys = Object.keys(request).filter((key) => key !== "model" && !table.params.includes(key) && !Object.hasOwn(ruled, key));
  const problems: Checked["problems"] = unknownKeys.map((key) => ({
    param: key,
    message: `"${key}" is not a parameter of ${table.schema}`,
    ...(typeof model === "string" && { model }),
    sources: ["SPEC"], // the spec itself (specSource in modelgate's capability model)
    fix: "drop" as const,
  }));
  if (absent && model === undefined) return { problems };
  if (typeof model !== "string")
    return { problems: [{ param: "model", message: `a ${table.schema} needs a string "model"`, sources: [] }] };
  const resolved = resolvedEarly ?? resolveModel(table, model);
  if (resolved.kind === "unserved")
    return { problems: [...problems, { param: "model", message: resolved.message, model, sources: resolved.sources }], model };
  if (resolved.kind === "unknown") {
    if (unknownPolicy === "reject")
      problems.push({ param: "model", message: `${model} is not a model the overlay knows for ${table.schema}`, model, sources: [] });
    return { problems, model, unknown: true };
  }
  return {
    problems: [...problems, ...(resolved.profile ? ruleProblems(resolved.profile, request, model, table.required ?? []) : [])],
    model,
  };
}

const publicProblem = ({ param, message, model, sources }: Problem): Problem => ({
  param,
  message,
  ...(model !== undefined && { model }),
  sources,
});

export function validateWith(table: EndpointTable | undefined, endpoint: string, request: unknown): ValidationResult {
  const { problems } = check(table, endpoint, request, "allow");
  return problems.length === 0 ? { ok: true } : { ok: false, problems: problems.map(publicProblem) };
}

/** A new request fit for its model, and what was changed. Never mutates its input. */
export function adaptWith<T>(
  table: EndpointTable | undefined,
  endpoint: string,
  request: T,
  options: AdaptOptions = {},
): { request: T; changes: Change[] } {
  const checked = check(table, endpoint, request, options.unknown ?? "allow");
  const fatal = checked.problems.filter((p) => p.fix === undefined);
  if (fatal.length > 0 || (options.unsupported === "throw" && checked.problems.length > 0)) {
    throw new AdaptError((options.unsupported === "throw" ? checked.problems : fatal).map(publicProblem));
  }
  const changes: Change[] = [];
  const record = (change: Change): void => {
    changes.push(change);
    options.onChange?.(change);
  };
  // Dropping a value can break a rule that depended on it (logprobs dropped leaves top_logprobs behind), so fix
  // until the request checks clean. Later passes only drop (no renames), each removes a key or a message: this ends.
  let result = applyFixes({ ...(request as Json) }, checked.problems, record);
  for (let again = recheck(table, endpoint, result); again.length > 0; again = recheck(table, endpoint, result)) {
    result = applyFixes(result, again, record);
  }
  if (checked.unknown && table) {
    record({
      param: "model",
      action: "unchecked",
      message: `${checked.model} is not a model the overlay knows; only the spec was checked`,
      sources: [],
    });
  }
  return { request: result as T, changes };
}

function recheck(table: EndpointTable | undefined, endpoint: string, request: Json): Checked["problems"] {
  return check(table, endpoint, request, "allow")
    .problems.filter((p) => p.fix !== undefined)
    .map((p) => (typeof p.fix === "object" && "rename" in p.fix ? { ...p, fix: "drop" as const } : p));
}

function applyFixes(request: Json, problems: Checked["problems"], record: (change: Change) => void): Json {
  let result: Json = { ...request };
  const dropped = new Map<string, Set<number>>();
  for (const { param, message, sources, fix } of problems) {
    if (fix === "drop") result = without(result, param);
    else if (fix && "rename" in fix) {
      result = withValue(without(result, param), fix.rename, valueAt(result, param));
      record({ param, action: "renamed", to: fix.rename, message, sources });
      continue;
    } else if (fix && "dropItem" in fix) {
      const indexes = dropped.get(fix.dropItem.param) ?? new Set<number>();
      dropped.set(fix.dropItem.param, indexes.add(fix.dropItem.index));
    }
    record({ param, action: "dropped", message, sources });
  }
  for (const [param, indexes] of dropped) {
    const list = result[param];
    if (Array.isArray(list)) result[param] = list.filter((_, i) => !indexes.has(i));
  }
  return result;
}
