// The runtime adapter's core: checks and adapts requests against the generated capability table. Our build compiles
// it; the output carries the result as runtime.gen.js and runtime.gen.d.ts. No dependencies; pure; never throws, on any
// value and any endpoint name. adaptRequest throws an AdaptError, and nothing else, on purpose: with unsupported:
// "throw", when no request can fit (not an object, no string model, a model not served, an unknown model with unknown:
// "reject"), and for options it does not know. Both run in time linear in the size of the request.

/**
 * Where a parameter sits in a request, split by the generator (this runtime parses no paths): `reasoning.effort` is
 * `{ param: "reasoning", child: "effort" }`, the item kind `input[].type` is `{ param: "input", item: "type" }`.
 */
export interface ParamPath {
  param: string;
  child?: string;
  item?: string;
}

export interface RuleTable {
  kind: "reject" | "constrain";
  rename?: string;
  values?: unknown[];
  /** `values` narrows only the scalar values; an object value is left as the spec types it. */
  objectsAsSpec?: true;
  nullable?: false;
  /**
   * Accepted only while `param` has one of `values`. `absent`: whether the condition holds when `param` is absent,
   * null or itself refused (then the model uses its default for it; worked out by the generator).
   */
  requires?: { param: string; values: unknown[]; absent: boolean };
  default?: { value: unknown };
  /** The model must receive this parameter; its absence cannot be fixed (adaptRequest throws an AdaptError). */
  present?: true;
  /**
   * Every request must meet one of these alternatives: the values found along `keys` (arrays walked through, split by
   * the generator) include one of `values`. A request that meets none is reported under this parameter and cannot be
   * fixed (adaptRequest throws an AdaptError).
   */
  presentAny?: { keys: string[]; values: unknown[] }[];
  /**
   * The rule rests on inferred evidence only: what it refuses is reported in `warnings`, not as a problem, and
   * adaptRequest leaves the parameter in place (the types accept it too, `@deprecated`; docs/overlay.md, "Evidence
   * levels").
   */
  unverified?: true;
  /** The texts the compile errors show, so the runtime says the same. */
  messages: { reject?: string; values?: string; nullable?: string; requires?: string; present?: string; presentAny?: string };
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
  /**
   * The parameters the spec does not mark nullable (nested ones by their path): an explicit null is a problem for any
   * model, as the types refuse it (docs/overlay.md, "Explicit null"). A model's own rule on the key speaks first.
   */
  notNull?: string[];
  /**
   * Present when a request may leave `model` out; the API then uses `default` (when the spec names one that is served).
   * `nullable`: `model: null` means the same as leaving it out. `staleDefault`: the spec's default model is not served
   * (retired), so such a request is checked against the spec alone, with this warning.
   */
  optionalModel?: { default?: string; nullable?: true; staleDefault?: { message: string; sources: string[] } };
  /** The split path of every nested or item name the table uses (rules, rename targets, notNull); others are top-level. */
  paths: Record<string, ParamPath>;
  /** Served model id → profile name ("" = no rules). */
  models: Record<string, string>;
  profiles: Record<string, ProfileTable>;
  unserved: Record<string, { message: string; sources: string[] }>;
}

export interface Problem {
  /**
   * The parameter, as a JSON path for nested ones (`messages[0].role`), `["a.b"]` for a top-level key that holds a dot;
   * "" for the request itself.
   */
  param: string;
  message: string;
  model?: string;
  sources: string[];
}

/**
 * `unchecked: true`: the model is one the overlay does not know (no alias, no fine-tune of a known id), so only the
 * spec's parameter names were checked. A bare `{ ok: true }` means the model's rules were checked too. `warnings`
 * (present only when there are some): what rules resting on inferred evidence say the model refuses, "not verified";
 * they never make a request fail.
 */
export type ValidationResult =
  | { ok: true; unchecked?: true; warnings?: Problem[] }
  | { ok: false; problems: Problem[]; unchecked?: true; warnings?: Problem[] };

/**
 * adaptRequest's result; `unchecked: true` as in ValidationResult (and a change with action "unchecked" says so).
 * `warnings` as in ValidationResult: the parameters they name are kept, not dropped.
 */
export interface AdaptResult<T> {
  request: T;
  changes: Change[];
  unchecked?: true;
  warnings?: Problem[];
}

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
  /** `message` replaces the default text, which lists the problems (used for bad options, which are no request problem). */
  constructor(
    readonly problems: Problem[],
    message = `the request does not fit its model:\n${problems.map((p) => `- ${p.param || "request"}: ${p.message}`).join("\n")}`,
  ) {
    super(message);
    this.name = "AdaptError";
  }
}

type Json = Record<string, unknown>;
type Resolved = { kind: "known"; profile?: ProfileTable } | { kind: "unserved"; message: string; sources: string[] } | { kind: "unknown" };

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A value for a message, without calling into it (a string quoted; an object by its kind, not its toString). */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || ["undefined", "boolean", "number", "bigint"].includes(typeof value)) return String(value);
  return Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** The split path of a parameter name: from the table when nested or an item kind, else the name itself. */
function pathOf(table: EndpointTable | undefined, name: string): ParamPath {
  return (table && Object.hasOwn(table.paths, name) ? table.paths[name] : undefined) ?? { param: name };
}

const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** A parameter's value: `reasoning.effort` (`child`) is `effort` inside the object `reasoning`. */
function valueAt(request: Json, path: ParamPath): unknown {
  const value = own(request, path.param);
  if (path.child === undefined) return value;
  return isObject(value) ? own(value, path.child) : undefined;
}

/**
 * Whether the values found along `keys` include one of the alternative's: each key is looked up in every object found
 * so far, and an array found is walked through (`messages` → each message's `content` → each part's `type`). Linear in
 * the size of the request.
 */
export function meetsAlternative(request: Json, alternative: { keys: string[]; values: unknown[] }): boolean {
  let found: unknown[] = [request];
  for (const key of alternative.keys) {
    found = found
      .flatMap((value) => (isObject(value) ? [own(value, key)] : []))
      .flatMap((value) => (Array.isArray(value) ? value : [value]));
  }
  return found.some((value) => alternative.values.some((v) => same(v, value)));
}

/**
 * Removes the parameter from `result`, a copy of the request (a nested one from a copy of its parent). `copied` holds
 * the parents already copied, so each is copied once: dropping n keys costs O(n), not a copy of the request per key.
 */
function removeParam(result: Json, path: ParamPath, copied: Set<string>): void {
  if (path.child === undefined) delete result[path.param];
  else {
    const parent = ownParent(result, path.param, copied, false);
    if (parent) delete parent[path.child];
  }
}

/** Sets the parameter in `result` (a nested one inside a copy of its parent, created when absent). */
function setParam(result: Json, path: ParamPath, value: unknown, copied: Set<string>): void {
  if (path.child === undefined) result[path.param] = value;
  else {
    const parent = ownParent(result, path.param, copied, true);
    if (parent) parent[path.child] = value;
  }
}

/** The result's own copy of a nested object, so changing it leaves the input alone; `create` makes an absent one. */
function ownParent(result: Json, key: string, copied: Set<string>, create: boolean): Json | undefined {
  const parent = result[key];
  if (copied.has(key) && isObject(parent)) return parent;
  if (!isObject(parent) && !create) return undefined;
  const copy: Json = { ...(isObject(parent) ? parent : {}) };
  result[key] = copy;
  copied.add(key);
  return copy;
}

/** Equal scalars, or arrays of equal scalars (a rule's value may be a list: `timestamp_granularities: ["segment"]`). */
const same = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]));

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
 * Whether a value is one the parameter's own rule refuses (the whole key, or a value outside its `values`). An
 * unverified rule refuses nothing: adaptRequest keeps the value, so the model sees it.
 */
const refusedBy = (rule: RuleTable | undefined, value: unknown): boolean =>
  rule?.unverified !== true && (rule?.kind === "reject" || (rule?.values !== undefined && !rule.values.some((v) => same(v, value))));

/**
 * Whether a `requires` condition holds: on the request's value of the controlling parameter, or, when that is absent,
 * null or itself refused (adaptRequest drops a refused value, so the model's default decides), as the table says.
 */
function requiresHolds(table: EndpointTable, profile: ProfileTable, request: Json, requires: NonNullable<RuleTable["requires"]>): boolean {
  const value = valueAt(request, pathOf(table, requires.param));
  const rule = Object.hasOwn(profile.params, requires.param) ? profile.params[requires.param] : undefined;
  if (value === undefined || value === null || refusedBy(rule, value)) return requires.absent;
  return requires.values.some((v) => same(v, value));
}

/** Problems of one request against its profile; `fix` says what adaptRequest would do with each. */
function ruleProblems(
  table: EndpointTable,
  profile: ProfileTable,
  request: Json,
  model: string,
): (Problem & { fix?: Fix; warning?: true })[] {
  const problems: (Problem & { fix?: Fix; warning?: true })[] = [];
  const required = table.required ?? [];
  let warning = false;
  // A required parameter cannot be dropped: adaptRequest reports it instead (an AdaptError). An unverified rule's
  // finding is a warning: nothing to fix.
  const add = (param: string, message: string, sources: string[], fix: Fix): void => {
    const fixable = !(fix === "drop" && required.includes(param));
    if (warning) problems.push({ param, message, model, sources, warning: true });
    else problems.push({ param, message, model, sources, ...(fixable && { fix }) });
  };
  for (const [param, rule] of Object.entries(profile.params)) {
    warning = rule.unverified === true;
    // A requirement with alternatives (audio in or out): nothing to drop, so adaptRequest cannot fix it (no `fix`).
    if (rule.presentAny && !rule.presentAny.some((alternative) => meetsAlternative(request, alternative)))
      problems.push({ param, message: rule.messages.presentAny ?? "", model, sources: rule.sources, ...(warning && { warning }) });
    const path = pathOf(table, param);
    if (path.item !== undefined) {
      // An item kind (`input[].type`): each object item whose kind the model refuses, by its JSON path.
      const { param: name, item: property } = path;
      const list = own(request, name);
      if (!Array.isArray(list) || !rule.values) continue;
      list.forEach((entry, i) => {
        const kind = isObject(entry) ? own(entry, property) : undefined;
        if (kind !== undefined && !rule.values?.some((v) => same(v, kind)))
          add(`${name}[${i}].${property}`, rule.messages.values ?? "", rule.sources, { dropItem: { param: name, index: i } });
      });
      continue;
    }
    const value = valueAt(request, path);
    if (value === undefined) {
      // A parameter the model must receive: nothing to drop or move, so adaptRequest cannot fix it (no `fix`).
      if (rule.present)
        problems.push({ param, message: rule.messages.present ?? "", model, sources: rule.sources, ...(warning && { warning }) });
      continue;
    }
    if (rule.kind === "reject") {
      // A null is dropped, never moved; a target that is absent or null takes the value.
      const target = rule.rename;
      const renamable = target !== undefined && value !== null && (valueAt(request, pathOf(table, target)) ?? null) === null;
      const fix: Fix = target !== undefined && renamable ? { rename: target } : "drop";
      add(param, rule.messages.reject ?? "", rule.sources, fix);
      continue;
    }
    if (value === null && rule.nullable === false) add(param, rule.messages.nullable ?? "", rule.sources, "drop");
    else if (value !== null && rule.values && !(rule.objectsAsSpec && isObject(value)) && !rule.values.some((v) => same(v, value)))
      add(param, rule.messages.values ?? "", rule.sources, "drop");
    else if (
      rule.requires &&
      !(value === null && !(table.notNull ?? []).includes(param)) && // null where the spec allows it: as if absent
      !(rule.default && same(rule.default.value, value)) && // its own default passes whatever the condition
      !requiresHolds(table, profile, request, rule.requires)
    )
      add(param, rule.messages.requires ?? "", rule.sources, "drop");
  }
  const messages = request.messages;
  if (Array.isArray(messages)) {
    warning = false;
    messages.forEach((message, i) => {
      const role = isObject(message) && typeof message.role === "string" ? message.role : undefined;
      const rule = role !== undefined && Object.hasOwn(profile.roles, role) ? profile.roles[role] : undefined;
      if (rule) add(`messages[${i}].role`, rule.message, rule.sources, { dropItem: { param: "messages", index: i } });
    });
  }
  return problems;
}

/**
 * What adaptRequest does: drop the parameter (`param` is a path: `reasoning.effort` is nested), drop a top-level key
 * as it is spelled (an unknown key, which may hold a dot), move the value, or drop one item of an array parameter.
 */
type Fix = "drop" | { dropKey: string } | { rename: string } | { dropItem: { param: string; index: number } };

/** An unknown key as a path: itself, or `["a.b"]` when it holds what a path would read as nesting (or is empty). */
const keyPath = (key: string): string => (/^[^.[\]]+$/.test(key) ? key : `[${JSON.stringify(key)}]`);

interface Checked {
  /** `warning`: found by an unverified rule (validateRequest and adaptRequest list it in `warnings`). */
  problems: (Problem & { fix?: Fix; warning?: true })[];
  model?: string;
  unknown?: boolean;
}

function check(table: EndpointTable | undefined, endpoint: unknown, request: unknown, unknownPolicy: "allow" | "reject"): Checked {
  if (!table) return { problems: [{ param: "", message: `${describe(endpoint)} is not an endpoint of this output`, sources: [] }] };
  if (!isObject(request)) return { problems: [{ param: "", message: `a ${table.schema} must be a JSON object`, sources: [] }] };
  // Where `model` may be left out, the API uses the spec's default model; without one only the spec applies.
  const absent =
    table.optionalModel !== undefined && (request.model === undefined || (request.model === null && table.optionalModel.nullable === true));
  const model = absent ? table.optionalModel?.default : request.model;
  // A key the model's profile has a rule for (a `moved` key such as reasoning_effort on Responses) is reported by
  // that rule, with its reason and where the value belongs, not as unknown. Only a rule for a top-level name counts:
  // the key "reasoning.effort" is not the nested parameter reasoning.effort (nor "tools[].type" an item rule).
  const resolvedEarly = typeof model === "string" ? resolveModel(table, model) : undefined;
  const ruled = resolvedEarly?.kind === "known" ? (resolvedEarly.profile?.params ?? {}) : {};
  const params = new Set(table.params);
  const isRuled = (key: string): boolean => Object.hasOwn(ruled, key) && !Object.hasOwn(table.paths, key);
  const unknownKeys = Object.keys(request).filter((key) => key !== "model" && !params.has(key) && !isRuled(key));
  const problems: Checked["problems"] = unknownKeys.map((key) => ({
    param: keyPath(key),
    message: `"${key}" is not a parameter of ${table.schema}`,
    ...(typeof model === "string" && { model }),
    sources: ["SPEC"], // the spec itself (specSource in modelgate's capability model)
    fix: { dropKey: key },
  }));
  if (absent && model === undefined) {
    const stale = table.optionalModel?.staleDefault;
    const warned = stale ? [{ param: "model", message: stale.message, sources: stale.sources, warning: true as const }] : [];
    return { problems: [...problems, ...warned, ...nullProblems(table, request, undefined, [])], ...(stale && { unknown: true }) };
  }
  if (typeof model !== "string")
    return { problems: [{ param: "model", message: `a ${table.schema} needs a string "model"`, sources: [] }] };
  const resolved = resolvedEarly ?? resolveModel(table, model);
  if (resolved.kind === "unserved")
    return { problems: [...problems, { param: "model", message: resolved.message, model, sources: resolved.sources }], model };
  if (resolved.kind === "unknown") {
    if (unknownPolicy === "reject")
      problems.push({ param: "model", message: `${model} is not a model the overlay knows for ${table.schema}`, model, sources: [] });
    return { problems: [...problems, ...nullProblems(table, request, model, [])], model, unknown: true };
  }
  const byRules = resolved.profile ? ruleProblems(table, resolved.profile, request, model) : [];
  // A warning (an unverified rule) does not stand in for the spec's own null refusal.
  const refusedByRules = byRules.filter((p) => !p.warning);
  return { problems: [...problems, ...byRules, ...nullProblems(table, request, model, refusedByRules)], model };
}

/** An explicit null where the spec allows none, unless the model's rules already reported that parameter. */
function nullProblems(table: EndpointTable, request: Json, model: string | undefined, reported: readonly Problem[]): Checked["problems"] {
  const required = table.required ?? [];
  return (table.notNull ?? [])
    .filter((param) => valueAt(request, pathOf(table, param)) === null && !reported.some((p) => p.param === param))
    .map((param) => ({
      param,
      message: `${table.schema} does not accept null for ${param}: the spec does not mark it nullable; leave the key out instead`,
      ...(model !== undefined && { model }),
      sources: ["SPEC"],
      ...(!required.includes(param) && { fix: "drop" as const }),
    }));
}

const publicProblem = ({ param, message, model, sources }: Problem): Problem => ({
  param,
  message,
  ...(model !== undefined && { model }),
  sources,
});

/** A request (or options) whose getters or proxy traps throw: one problem, so validateRequest never throws. */
function unreadable(error: unknown, what = "the request"): Problem {
  const reason = error instanceof Error ? `: ${error.message}` : "";
  return { param: "", message: `${what} could not be read${reason}`, sources: [] };
}

export function validateWith(table: EndpointTable | undefined, endpoint: unknown, request: unknown): ValidationResult {
  let checked: Checked;
  try {
    checked = check(table, endpoint, request, "allow");
  } catch (error) {
    checked = { problems: [unreadable(error)] };
  }
  const unchecked = checked.unknown === true && { unchecked: true as const };
  const { problems, warnings } = splitWarnings(checked.problems);
  const warned = warnings.length > 0 && { warnings: warnings.map(publicProblem) };
  return problems.length === 0
    ? { ok: true, ...unchecked, ...warned }
    : { ok: false, problems: problems.map(publicProblem), ...unchecked, ...warned };
}

/** The problems of unverified rules apart from the others. */
function splitWarnings(found: Checked["problems"]): { problems: Checked["problems"]; warnings: Checked["problems"] } {
  return { problems: found.filter((p) => !p.warning), warnings: found.filter((p) => p.warning) };
}

/**
 * A new request fit for its model, and what was changed. Never mutates its input. Throws only AdaptError: options it
 * does not know are one too (checked before the request), and so is a request whose getters throw. `onChange` runs
 * after the request is adapted; what it throws reaches the caller as it is.
 */
export function adaptWith<T>(table: EndpointTable | undefined, endpoint: unknown, request: T, options?: AdaptOptions): AdaptResult<T> {
  let what = "the options";
  let adapted: AdaptResult<T>;
  let onChange: AdaptOptions["onChange"];
  try {
    const checked = readOptions(options);
    onChange = checked.onChange;
    what = "the request";
    adapted = adaptChecked(table, endpoint, request, checked.unsupported, checked.unknown);
  } catch (error) {
    throw error instanceof AdaptError ? error : new AdaptError([unreadable(error, what)]);
  }
  for (const change of adapted.changes) onChange?.(change);
  return adapted;
}

const optionValues = { unsupported: ["drop", "throw"], unknown: ["allow", "reject"] } as const;

interface CheckedOptions {
  unsupported: "drop" | "throw";
  unknown: "allow" | "reject";
  onChange?: (change: Change) => void;
}

/** The options, checked: a wrong one is an AdaptError that names it, never silently the default. */
function readOptions(options: unknown): CheckedOptions {
  const fail = (message: string): never => {
    throw new AdaptError([{ param: "", message, sources: [] }], `invalid adaptRequest options: ${message}`);
  };
  if (options === undefined) return { unsupported: "drop", unknown: "allow" };
  if (!isObject(options)) return fail(`options must be an object, not ${describe(options)}`);
  const given = Object.keys(options).find((key) => key !== "onChange" && !Object.hasOwn(optionValues, key));
  if (given !== undefined) return fail(`${describe(given)} is not an option (unsupported, unknown, onChange)`);
  const { unsupported = "drop", unknown = "allow", onChange } = options;
  if (!optionValues.unsupported.some((v) => v === unsupported))
    return fail(`unsupported must be "drop" or "throw", not ${describe(unsupported)}`);
  if (!optionValues.unknown.some((v) => v === unknown)) return fail(`unknown must be "allow" or "reject", not ${describe(unknown)}`);
  if (onChange !== undefined && typeof onChange !== "function") return fail(`onChange must be a function, not ${describe(onChange)}`);
  return { unsupported, unknown, ...(onChange !== undefined && { onChange }) } as CheckedOptions;
}

function adaptChecked<T>(
  table: EndpointTable | undefined,
  endpoint: unknown,
  request: T,
  unsupported: "drop" | "throw",
  unknown: "allow" | "reject",
): AdaptResult<T> {
  const found = check(table, endpoint, request, unknown);
  const { problems, warnings } = splitWarnings(found.problems);
  const checked = { ...found, problems };
  const fatal = problems.filter((p) => p.fix === undefined);
  if (fatal.length > 0 || (unsupported === "throw" && problems.length > 0)) {
    throw new AdaptError((unsupported === "throw" ? problems : fatal).map(publicProblem));
  }
  const warned = warnings.length > 0 && { warnings: warnings.map(publicProblem) };
  const changes: Change[] = [];
  const record = (change: Change): number => changes.push(change);
  // Dropping a value can break a rule that depended on it (logprobs dropped leaves top_logprobs behind), so fix
  // until the request checks clean. Later passes only drop (no renames), and each fix removes a key or an item that
  // is there (unknown keys literally, by "dropKey"), so every pass makes the request smaller: this ends.
  let result = applyFixes(table, { ...(request as Json) }, checked.problems, record);
  for (let again = recheck(table, endpoint, result); again.length > 0; again = recheck(table, endpoint, result)) {
    result = applyFixes(table, result, again, record);
  }
  if (checked.unknown && table) {
    record({
      param: "model",
      action: "unchecked",
      message:
        checked.model === undefined
          ? "no model was named and the spec's default model is not served; only the spec was checked"
          : `${checked.model} is not a model the overlay knows; only the spec was checked`,
      sources: [],
    });
    return { request: result as T, changes, unchecked: true, ...warned };
  }
  return { request: result as T, changes, ...warned };
}

function recheck(table: EndpointTable | undefined, endpoint: unknown, request: Json): Checked["problems"] {
  return check(table, endpoint, request, "allow")
    .problems.filter((p) => p.fix !== undefined && !p.warning)
    .map((p) => (typeof p.fix === "object" && "rename" in p.fix ? { ...p, fix: "drop" as const } : p));
}

function applyFixes(
  table: EndpointTable | undefined,
  request: Json,
  problems: Checked["problems"],
  record: (change: Change) => unknown,
): Json {
  // One copy of the request, changed in place (and one of each nested object it changes): linear in the fixes.
  const result: Json = { ...request };
  const copied = new Set<string>();
  const dropped = new Map<string, Set<number>>();
  for (const { param, message, sources, fix } of problems) {
    if (fix === "drop") removeParam(result, pathOf(table, param), copied);
    else if (fix && "dropKey" in fix) delete result[fix.dropKey];
    else if (fix && "rename" in fix) {
      const from = pathOf(table, param);
      const value = valueAt(result, from);
      removeParam(result, from, copied);
      setParam(result, pathOf(table, fix.rename), value, copied);
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
