import type { EndpointKey } from "../spec/endpoints.js";
import type { JsonValue } from "../spec/spec-types.js";
import { yamlPackage } from "../util/lazy-yaml.js";
import type { ApiError, ClassifiedError } from "./api-error.js";

export interface ProposedRule {
  /** What the rule says, in the overlay's terms. */
  kind: "reject" | "values" | "nullable" | "role" | "requires" | "required" | "unserved";
  modelId: string;
  endpoint: EndpointKey;
  /** The parameter, or `messages[].role` for a role. */
  param: string;
  /** The overlay rule itself (what goes under `params: { <param>: … }`, `roles:` or the endpoint block). */
  rule: Record<string, JsonValue>;
  /** The source key the rule cites, and the source entry. */
  sourceKey: string;
  source: { title: string; url: string; date: string };
  /** Something the user must fill in or check (e.g. the accepted values the error did not list). */
  todo?: string;
  /** The rule as a YAML overlay layer: sources + models → endpoint → params/roles. */
  yaml: string;
}

/**
 * The overlay rule an API error states, with the error as its source. Undefined for an error that states no rule
 * about the request (a missing parameter the spec already requires is still proposed: the API says so).
 */
export function proposeRule(options: {
  classified: ClassifiedError;
  error: ApiError;
  endpoint: EndpointKey;
  modelId: string;
  request: Record<string, unknown> | undefined;
  date: string | undefined;
  /** Where the error can be read again (the CLI passes the error file); the source's url. */
  sourceUrl: string | undefined;
}): ProposedRule | undefined {
  const { classified, error, endpoint, modelId } = options;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const sourceKey = `API-${date}-${slug(modelId)}`;
  const reason = `the API answered: ${error.message.trim()}`;
  const cite = { reason, source: sourceKey };
  const param = classified.params[0] ?? "";
  const shaped = ruleOf(classified, cite, options.request);
  if (!shaped) return undefined;
  const source = {
    title: `API error for ${modelId} on ${endpoint}${error.code ? ` (code ${error.code})` : ""}`,
    url: options.sourceUrl ?? "file:api-error.json",
    date,
  };
  const block =
    shaped.kind === "unserved"
      ? shaped.rule
      : shaped.kind === "role"
        ? { roles: { [classified.role ?? ""]: shaped.rule } }
        : // One requirement with alternatives is one rule, written under its first path as the overlay does.
          { params: Object.fromEntries((classified.anyOf ? [param] : classified.params).map((p) => [p, shaped.rule])) };
  const document = { sources: { [sourceKey]: source }, models: { [modelId]: { [endpoint]: block } } };
  const header = [
    `# Proposed by \`modelgate learn\` from an API error (${date}).`,
    "# Check it, then add it to your overlay (or pass this file as one more --overlay layer).",
    ...(shaped.todo ? [`# TODO: ${shaped.todo}`] : []),
  ].join("\n");
  return {
    kind: shaped.kind,
    modelId,
    endpoint,
    param: shaped.kind === "role" ? "messages[].role" : param,
    rule: shaped.rule,
    sourceKey,
    source,
    ...(shaped.todo && { todo: shaped.todo }),
    yaml: `${header}\n${yamlPackage().stringify(document, { lineWidth: 0 })}`,
  };
}

type Shaped = { kind: ProposedRule["kind"]; rule: Record<string, JsonValue>; todo?: string };

function ruleOf(
  classified: ClassifiedError,
  cite: { reason: string; source: string },
  request: Record<string, unknown> | undefined,
): Shaped | undefined {
  switch (classified.kind) {
    case "refused":
      return { kind: "reject", rule: { reject: true, ...(classified.rename && { rename: classified.rename }), ...cite } };
    case "value": {
      if (classified.allowed) return { kind: "values", rule: { values: classified.allowed.map(parseValue), ...cite } };
      const sent = request && classified.params[0] ? request[classified.params[0]] : undefined;
      return {
        kind: "values",
        rule: { values: [], ...cite },
        todo: `the API refused ${classified.params[0]} = ${classified.value ?? JSON.stringify(sent)} but named no accepted values: list them under values`,
      };
    }
    case "null":
      return { kind: "nullable", rule: { nullable: false, ...cite } };
    case "role":
      return { kind: "role", rule: { reject: true, ...cite } };
    case "requires":
      return { kind: "requires", rule: { requires: { [classified.when ?? ""]: classified.whenValues ?? [true] }, ...cite } };
    case "required":
      if (classified.anyOf) return { kind: "required", rule: { required: { "any-of": classified.anyOf }, ...cite } };
      return { kind: "required", rule: { required: true, ...cite } };
    case "unserved":
      return { kind: "unserved", rule: { served: false, ...cite } };
    case "unrecognised":
      return undefined;
  }
}

/** A value as the error prints it (`1`, `false`, `'low'`) as JSON when it reads as JSON, else the text. */
function parseValue(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

const slug = (id: string): string => id.replace(/[^A-Za-z0-9.-]+/g, "-");
