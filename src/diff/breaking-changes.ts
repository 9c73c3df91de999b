import type { EndpointCapabilities } from "../capabilities/capability-model.js";
import { builderName } from "../emit/names.js";
import { endpointInfo, hasPerModelBuilders } from "../spec/endpoints.js";
import type { BreakingChange, EndpointDiff, FieldChange, ParamChange } from "./diff-types.js";
import { verdictOf, verdictTightening } from "./verdict-changes.js";

/**
 * Exported names of the output generated from the old spec whose consumers may stop compiling against the output of
 * the new one. Only endpoints the overlay covers are generated, so only they can break (`old` given).
 */
export function findBreakingChanges(options: {
  diff: EndpointDiff;
  old: EndpointCapabilities;
  new?: EndpointCapabilities;
}): BreakingChange[] {
  const { diff, old } = options;
  const info = endpointInfo(diff.endpoint);
  if (!options.new) {
    const message = `POST ${info.path} is not in the new spec: nothing of ${diff.endpoint} is generated any more`;
    const builders = hasPerModelBuilders(diff.endpoint)
      ? old.models.map(({ id }) => builderGone(old, id, `POST ${info.path} is not in the new spec`))
      : [];
    return [{ endpoint: diff.endpoint, symbol: info.union, message }, ...builders];
  }
  return [
    ...modelBreaks(old, options.new),
    ...diff.params.flatMap((change) => paramBreaks(diff, change)),
    ...verdictBreaks(old, options.new),
  ];
}

/** Models of the old union (and their per-model builders) that the new output no longer has. */
function modelBreaks(old: EndpointCapabilities, after: EndpointCapabilities): BreakingChange[] {
  const endpoint = old.spec.key;
  const { union } = endpointInfo(endpoint);
  const kept = new Set(after.models.map((m) => m.id));
  const listed = new Set(after.spec.modelIds);
  const breaks: BreakingChange[] = [];
  for (const { id } of old.models) {
    if (kept.has(id)) continue;
    const why = listed.has(id)
      ? "the overlay no longer places it on this endpoint"
      : `the new spec no longer lists it for POST ${old.spec.path}`;
    if (hasPerModelBuilders(endpoint)) breaks.push(builderGone(old, id, why));
    breaks.push({ endpoint, symbol: union, model: id, message: `model "${id}" left the ${union} union: ${why}` });
  }
  return breaks;
}

function builderGone(old: EndpointCapabilities, id: string, why: string): BreakingChange {
  const symbol = builderName(id);
  return { endpoint: old.spec.key, symbol, model: id, message: `builder ${symbol}() is gone: ${why}` };
}

/** A parameter change that can reject a request the old output accepted. */
function paramBreaks(diff: EndpointDiff, change: ParamChange): BreakingChange[] {
  const endpoint = diff.endpoint;
  const symbol = endpointInfo(endpoint).union;
  const entry = (message: string): BreakingChange => ({ endpoint, symbol, param: change.param, message });
  switch (change.change) {
    case "added":
      return change.required ? [entry(`new required parameter ${change.param}`)] : [];
    case "removed":
      return [entry(`parameter ${change.param} was removed from the spec`)];
    case "changed":
      return change.changes.flatMap((field) => fieldBreak(change.param, field)).map(entry);
  }
}

function fieldBreak(param: string, field: FieldChange): string[] {
  switch (field.field) {
    case "type":
      return field.widens ? [] : [`parameter ${param} changed type from ${field.old} to ${field.new}`];
    case "enum":
      return field.removed.length > 0
        ? [`parameter ${param} no longer accepts ${field.removed.map((v) => JSON.stringify(v)).join(", ")}`]
        : [];
    case "nullable":
      return field.old && !field.new ? [`parameter ${param} no longer accepts null`] : [];
    case "required":
      return !field.old && field.new ? [`parameter ${param} became required`] : [];
    case "deprecated":
      return [];
  }
}

/**
 * Models in both unions whose verdict on a parameter of the old spec got stricter: accepted → rejected, fewer values,
 * null no longer allowed, a new dependency on another parameter. Named by the per-model builder where there is one.
 */
function verdictBreaks(old: EndpointCapabilities, after: EndpointCapabilities): BreakingChange[] {
  const endpoint = old.spec.key;
  const { union } = endpointInfo(endpoint);
  const newParams = new Set(after.spec.params.map((p) => p.name));
  const newModels = new Map(after.models.map((m) => [m.id, m.profile]));
  const breaks: BreakingChange[] = [];
  for (const { id, profile } of old.models) {
    const newProfile = newModels.get(id);
    if (newProfile === undefined) continue;
    for (const param of old.spec.params) {
      if (param.name === "model" || !newParams.has(param.name)) continue;
      const before = verdictOf(old, profile, param.name);
      const now = verdictOf(after, newProfile, param.name);
      const specValues = after.spec.params.find((p) => p.name === param.name)?.enumValues;
      const tightening = verdictTightening({ before, after: now, nullable: param.nullable, param: param.name, specValues });
      if (!tightening) continue;
      const symbol = hasPerModelBuilders(endpoint) ? builderName(id) : union;
      breaks.push({ endpoint, symbol, model: id, param: param.name, message: `model "${id}" ${tightening}` });
    }
    breaks.push(...roleBreaks(old, after, id, newProfile));
  }
  return breaks;
}

/** Message roles of the old spec that a model accepted and now rejects (reported on the `messages` parameter). */
function roleBreaks(old: EndpointCapabilities, after: EndpointCapabilities, id: string, newProfile: string): BreakingChange[] {
  const endpoint = old.spec.key;
  const oldProfile = old.models.find((m) => m.id === id)?.profile ?? "";
  const rejectedBefore = old.profiles.find((p) => p.name === oldProfile)?.roles ?? {};
  const rejectedNow = after.profiles.find((p) => p.name === newProfile)?.roles ?? {};
  const symbol = hasPerModelBuilders(endpoint) ? builderName(id) : endpointInfo(endpoint).union;
  return (old.spec.messageRoles ?? [])
    .filter(({ role }) => rejectedNow[role] !== undefined && rejectedBefore[role] === undefined)
    .map(({ role }) => ({
      endpoint,
      symbol,
      model: id,
      param: "messages",
      message: `model "${id}" no longer accepts messages with role "${role}" (${rejectedNow[role]?.reason})`,
    }));
}
