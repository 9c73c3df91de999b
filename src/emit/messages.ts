import { type Profile, type RoleVerdict, ruleOf } from "../capabilities/capability-model.js";
import type { EndpointSpec, JsonValue } from "../spec/spec-types.js";

/**
 * The texts that compile errors and the runtime adapter show. One place, so types and runtime say the same.
 * Each names the model (the profile's label), the parameter and the reason.
 */
export function showValue(value: JsonValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function showValues(values: JsonValue[]): string {
  const shown = values.map(showValue);
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`;
}

export function valuesMessage(label: string, param: string, values: JsonValue[], reason: string): string {
  return `${label} accepts ${param} only as ${showValues(values)}: ${reason}`;
}

export function nullMessage(label: string, param: string, reason: string): string {
  return `${label} does not accept null for ${param}: ${reason}`;
}

export function requiresMessage(
  label: string,
  param: string,
  requires: { param: string; values: JsonValue[] },
  reason: string,
  controllerDefault?: JsonValue,
): string {
  const defaults = controllerDefault === undefined ? "" : ` (default ${showValue(controllerDefault)})`;
  return `${label} accepts ${param} only when ${requires.param} is ${showValues(requires.values)}${defaults}: ${reason}`;
}

/**
 * The `@deprecated` text of a rule the types do not enforce (inferred evidence; docs/overlay.md, "Evidence levels"):
 * the rule's message, marked not verified, with its sources.
 */
export function unverifiedNote(message: string, sources: string[]): string {
  const keys = sources.length > 0 ? `; sources ${sources.join(", ")}` : "";
  return `${message} (not verified: inferred evidence${keys})`;
}

/** The runtime's text for the same rule: a warning, not a problem (the Problem's `sources` name the sources). */
export function unverifiedWarning(message: string): string {
  return `${message} (not verified: inferred evidence)`;
}

export function roleMessage(label: string, role: string, verdict: RoleVerdict): string {
  return `${label} does not accept ${role} messages: ${verdict.reason}`;
}

/** Why a retired model is not served: the shutdown date and the replacement. */
export function retiredReason(shutdown: { date: string; replacement?: string }): string {
  const instead = shutdown.replacement ? `; use ${shutdown.replacement} instead` : "";
  return `OpenAI shut it down on ${shutdown.date}${instead}`;
}

/** The message for a model id that is not served on an endpoint: retired (date, replacement), or not served there. */
export function unservedMessage(endpoint: EndpointSpec, unserved: { id: string; reason: string; retired?: { date: string } }): string {
  if (unserved.retired) return `${unserved.id} was retired on ${unserved.retired.date}: ${unserved.reason}`;
  return notServedMessage(unserved.id, endpoint, unserved.reason);
}

/** Why a request without `model` is checked against the spec alone: the spec's default model is not served. */
export function staleDefaultMessage(endpoint: EndpointSpec, stale: { id: string; reason: string; retired?: { date: string } }): string {
  const why = stale.retired ? "is retired" : "is not served there";
  return (
    `without "model", POST ${endpoint.path} is checked against the spec alone: its default model ${stale.id} ${why} ` +
    `(${stale.reason}) and the API's current default is not documented; name the model`
  );
}

/** The `@deprecated` text of a model whose shutdown is announced. */
export function shutdownAnnounced(id: string, shutdown: { date: string; replacement?: string }): string {
  const instead = shutdown.replacement ? `; use ${shutdown.replacement} instead` : "";
  return `${id} shuts down on ${shutdown.date} (announced by OpenAI)${instead}`;
}

export function notServedMessage(id: string, endpoint: EndpointSpec, reason: string): string {
  return `${id} is not served on POST ${endpoint.path}: ${reason}`;
}

/** The model's default for a parameter, when the overlay states one. */
export function profileDefault(profile: Profile, param: string): JsonValue | undefined {
  return ruleOf(profile.params[param], "default")?.value;
}
