import { type EndpointCapabilities, enforcedVerdict, type ParamVerdict, refusesParam } from "../capabilities/capability-model.js";
import { kindText } from "../emit/rule-kinds.js";
import type { JsonValue } from "../spec/spec-types.js";

/** A model's verdict on one parameter; undefined when the model accepts it as the spec does. */
export function verdictOf(endpoint: EndpointCapabilities, profile: string, param: string): ParamVerdict | undefined {
  return endpoint.profiles.find((p) => p.name === profile)?.params[param];
}

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
  // What compiles is what counts: a rule resting on inferred evidence only warns, so it neither tightens nor loosens.
  const before = enforcedVerdict(o.before);
  const after = enforcedVerdict(o.after);
  if (!after || refusesParam(before)) return undefined;
  const found = after.rules.flatMap((rule) => kindText(rule).tightening(rule, before, o) ?? []);
  return found.length > 0 ? found.join("; ") : undefined;
}
