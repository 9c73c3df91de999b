import type { EndpointCapabilities, ParamVerdict } from "../capabilities/capability-model.js";
import type { JsonValue } from "../spec/spec-types.js";
import { diffValues } from "./param-changes.js";

/** A model's verdict on one parameter; undefined when the model accepts it as the spec does. */
export function verdictOf(endpoint: EndpointCapabilities, profile: string, param: string): ParamVerdict | undefined {
  return endpoint.profiles.find((p) => p.name === profile)?.params[param];
}

type Constrain = Extract<ParamVerdict, { kind: "constrain" }>;

/**
 * How a verdict got stricter, as the end of a sentence ("no longer accepts logprobs"), or undefined when it did not.
 * `nullable`: whether the spec lets the parameter be null (a `nullable: false` rule only tightens then).
 * `specValues`: the new spec's enum for the parameter; values it dropped are reported once, for the parameter, not
 * again for every model whose rule lost them.
 */
export function verdictTightening(o: {
  before?: ParamVerdict;
  after?: ParamVerdict;
  nullable: boolean;
  param: string;
  specValues?: readonly JsonValue[] | undefined;
}): string | undefined {
  const { before, after, param } = o;
  if (!after || before?.kind === "reject") return undefined;
  if (after.kind === "reject") return `no longer accepts ${param} (${after.reason})`;
  const parts = [
    valuesTightening(before, after, param, o.specValues),
    nullTightening(before, after, o.nullable, param),
    requiresTightening(before, after, param),
  ];
  const found = parts.filter((part): part is string => part !== undefined);
  return found.length > 0 ? found.join("; ") : undefined;
}

const list = (values: readonly JsonValue[]): string => values.map((v) => JSON.stringify(v)).join(", ");

function valuesTightening(
  before: Constrain | undefined,
  after: Constrain,
  param: string,
  specValues: readonly JsonValue[] | undefined,
): string | undefined {
  if (!after.values) return undefined;
  if (!before?.values) return `accepts only ${list(after.values)} for ${param}`;
  const inSpec = (v: JsonValue): boolean => !specValues || specValues.some((s) => JSON.stringify(s) === JSON.stringify(v));
  const removed = diffValues(before.values, after.values).removed.filter(inSpec);
  return removed.length > 0 ? `no longer accepts ${list(removed)} for ${param}` : undefined;
}

function nullTightening(before: Constrain | undefined, after: Constrain, nullable: boolean, param: string): string | undefined {
  if (after.nullable !== false || !nullable || before?.nullable === false) return undefined;
  return `no longer accepts null for ${param}`;
}

function requiresTightening(before: Constrain | undefined, after: Constrain, param: string): string | undefined {
  const needs = after.requires;
  if (!needs) return undefined;
  const had = before?.requires;
  const notStricter = had?.param === needs.param && diffValues(had.values, needs.values).removed.length === 0;
  return notStricter ? undefined : `accepts ${param} only when ${needs.param} is ${list(needs.values)}`;
}
