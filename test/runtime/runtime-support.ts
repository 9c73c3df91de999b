import { chatCompletionsTable } from "../../generated/chat-completions.table.gen.js";
import type { Change, EndpointTable, Problem } from "../../generated/index.js";

export { chatCompletionsTable };

/** A JSON value, as requests travel over the wire. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const user = { role: "user", content: "hi" } as const;
export const system = { role: "system", content: "be brief" } as const;
export const developer = { role: "developer", content: "be brief" } as const;
export const functionResult = { role: "function", name: "f", content: "42" } as const;

/** Freezes a value and everything it holds, so any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  // Typed arrays with elements cannot be frozen; fast-check's anything() makes some.
  if (typeof value === "object" && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A deep copy of a JSON-like value made before the call, to compare the input with afterwards; keeps prototypes. */
export function snapshot<T>(value: T): T {
  if (Array.isArray(value)) return value.map(snapshot) as T;
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(value));
  for (const [key, item] of Object.entries(value))
    Object.defineProperty(copy, key, { value: snapshot(item), enumerable: true, writable: true, configurable: true });
  return copy as T;
}

/** The profile table of a served model id. */
export function profileOf(model: string) {
  const name = chatCompletionsTable.models[model];
  const profile = name === undefined ? undefined : chatCompletionsTable.profiles[name];
  if (!profile) throw new Error(`${model} has no profile in the chat table`);
  return profile;
}

/** The rule of a model for a parameter, for building expected problems from the table's own texts. */
export function ruleOf(model: string, param: string) {
  const rule = profileOf(model).params[param];
  if (!rule) throw new Error(`${model} has no rule for ${param}`);
  return rule;
}

export const problem = (param: string, message: string, model: string, sources: string[]): Problem => ({ param, message, model, sources });

export const dropped = (param: string, message: string, sources: string[]): Change => ({ param, action: "dropped", message, sources });

/**
 * A problem the types cannot have: a requirement with alternatives (`required: { any-of }`, audio in or out), which
 * TypeScript cannot demand of a messages array. The types accept such a request (its builder's doc comment names the
 * requirement), validateRequest reports it, and adaptRequest cannot fix it. Found by the table's own message text.
 */
export function isUncheckedRequirement(table: EndpointTable, problem: Problem): boolean {
  return Object.values(table.profiles).some((profile) =>
    Object.values(profile.params).some((rule) => rule.presentAny !== undefined && rule.messages.presentAny === problem.message),
  );
}
