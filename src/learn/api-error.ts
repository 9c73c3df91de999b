import { isJsonObject } from "../spec/resolve-ref.js";

/**
 * OpenAI's error bodies (`{ "error": { "message", "type", "param", "code" } }`) read into what they say about a
 * request: which parameter, and which kind of refusal. The texts are the ones the API is known to answer with
 * (recorded in the capability research and in client libraries' fixtures); anything else is "unrecognised", said
 * plainly, never guessed.
 */
export interface ApiError {
  message: string;
  type?: string;
  param?: string;
  code?: string;
}

export type ErrorKind =
  /** The key itself is refused ("Unsupported parameter", "Unknown parameter", "… is not supported in this model"). */
  | "refused"
  /** This value of the parameter is refused ("Unsupported value: 'temperature' does not support 0.2"). */
  | "value"
  /** An explicit null is refused ("Invalid type for 'max_tokens': expected an unsupported value, but got null"). */
  | "null"
  /** A message role is refused ("'messages[0].role' does not support 'system'"). */
  | "role"
  /** The parameter is accepted only while another one is set ("only allowed when 'stream' is enabled"). */
  | "requires"
  /** The request lacks a parameter the API needs ("Missing required parameter"). */
  | "required"
  /** The model is not served on this endpoint ("The requested model … is not supported with the Responses API"). */
  | "unserved"
  | "unrecognised";

export interface ClassifiedError {
  kind: ErrorKind;
  /** The parameters the error names (several for "Model incompatible request arguments supplied: a, b"). */
  params: string[];
  /** For `value`: the refused value as the message prints it. */
  value?: string;
  /** For `value`: the values the message says are accepted. */
  allowed?: string[];
  /** For `refused`: the parameter the message says to use instead. */
  rename?: string;
  /** For `requires`: the parameter that must be enabled. */
  when?: string;
  /** For `requires`: the values `when` must hold, where the text says which (otherwise it must be `true`). */
  whenValues?: string[];
  /** For `role`: the refused role. */
  role?: string;
  /**
   * For `required` when the API needs one of several things: per request path (as the overlay writes it, `[]` for
   * every item of an array), the values one of which must be there. `params` lists the same paths.
   */
  anyOf?: Record<string, string[]>;
  /** The pattern that matched, for the report. */
  pattern: string;
}

/** The `error` object of a body, or the body itself when it already is one; undefined when it is neither. */
export function readApiError(body: unknown): ApiError | undefined {
  const inner = isJsonObject(body) && isJsonObject(body.error) ? body.error : body;
  if (!isJsonObject(inner) || typeof inner.message !== "string") return undefined;
  const text = (key: string): string | undefined => (typeof inner[key] === "string" ? (inner[key] as string) : undefined);
  const type = text("type");
  const param = text("param");
  const code = text("code");
  return { message: inner.message, ...(type && { type }), ...(param && { param }), ...(code && { code }) };
}

type Matcher = { pattern: RegExp; name: string; read(m: RegExpExecArray, error: ApiError): Omit<ClassifiedError, "pattern"> };

const list = (text: string): string[] =>
  text
    .split(",")
    .map((s) => s.trim().replace(/^'|'$/g, ""))
    .filter((s) => s !== "");
const unquote = (text: string): string => text.replace(/^'(.*)'$/, "$1");

const matchers: Matcher[] = [
  {
    name: "Unsupported parameter",
    pattern: /^Unsupported parameter: '([^']+)' is not supported with this model\.(?: Use '([^']+)' instead\.)?/,
    read: (m) => ({ kind: "refused", params: [m[1] ?? ""], ...(m[2] && { rename: m[2] }) }),
  },
  {
    name: "Unsupported value (role)",
    pattern: /^Unsupported value: '(messages\[\d+\]\.role)' does not support '([^']+)' with this model\./,
    read: (m) => ({ kind: "role", params: ["messages"], role: m[2] ?? "" }),
  },
  {
    name: "Unsupported value",
    pattern:
      /^Unsupported value: '([^']+)' does not support (.+?) with this model\.(?: Only the default \((.+?)\) value is supported\.| Supported values are: (.+?)\.)?$/s,
    read: (m) => {
      const allowed = m[3] !== undefined ? [m[3]] : m[4] !== undefined ? list(m[4]) : undefined;
      return { kind: "value", params: [m[1] ?? ""], value: unquote(m[2] ?? ""), ...(allowed && { allowed: allowed.map(unquote) }) };
    },
  },
  {
    name: "Invalid type (null)",
    pattern: /^Invalid type for '([^']+)': expected an unsupported value, but got null instead\./,
    read: (m) => ({ kind: "null", params: [m[1] ?? ""] }),
  },
  {
    name: "Unknown parameter",
    pattern: /^Unknown parameter: '([^']+)'\./,
    read: (m) => ({ kind: "refused", params: [m[1] ?? ""] }),
  },
  {
    name: "Model incompatible request arguments supplied",
    pattern: /^Model incompatible request arguments? supplied: (.+?)\.?$/s,
    read: (m) => ({ kind: "refused", params: list(m[1] ?? "") }),
  },
  {
    name: "Unrecognized request argument supplied (Azure)",
    pattern: /^Unrecognized request arguments? supplied: (.+?)\.?$/s,
    read: (m) => ({ kind: "refused", params: list(m[1] ?? "") }),
  },
  {
    name: "only allowed when … is enabled",
    pattern: /^The '([^']+)' parameter is only allowed when '([^']+)' is enabled\./,
    read: (m) => ({ kind: "requires", params: [m[1] ?? ""], when: m[2] ?? "" }),
  },
  {
    // Chat Completions' answer to function tools on a reasoning GPT-5 model: tools only with the reasoning off, whose
    // value is `none` (the message names the endpoint to use instead).
    name: "Function tools with reasoning_effort are not supported",
    pattern: /^Function tools with reasoning_effort are not supported for .+? in \S+?\. Please use \S+? instead\.?$/,
    read: () => ({ kind: "requires", params: ["tools"], when: "reasoning_effort", whenValues: ["none"] }),
  },
  {
    name: "Missing required parameter",
    pattern: /^Missing required parameter: '([^']+)'\./,
    read: (m) => ({ kind: "required", params: [m[1] ?? ""] }),
  },
  {
    // The audio previews' answer to a request with neither audio in nor audio out; the 400 names `model`, so the
    // parameters come from the text: an audio part in a message ("input content") or audio output ("output modality").
    name: "requires audio in input content or output modality",
    pattern: /^This model requires that either input content or output modality contain audio\.?$/,
    read: () => {
      const anyOf = { modalities: ["audio"], "messages[].content[].type": ["input_audio"] };
      return { kind: "required", params: Object.keys(anyOf), anyOf };
    },
  },
  {
    name: "model not supported with this API",
    pattern: /^The requested model '([^']+)' is not supported with the (.+?) API\.?/,
    read: () => ({ kind: "unserved", params: ["model"] }),
  },
  {
    name: "only supported in … and not in …",
    pattern: /^This model is only supported in (\S+?) and not in (\S+?)\.?$/,
    read: () => ({ kind: "unserved", params: ["model"] }),
  },
  {
    name: "not allowed to request … from this model",
    pattern: /^You are not allowed to request ([A-Za-z_]\w*) from this model\.?$/,
    read: (m) => ({ kind: "refused", params: [m[1] ?? ""] }),
  },
  {
    name: "Web search options not supported with this model",
    pattern: /^Web search options not supported with this model\.?$/,
    read: () => ({ kind: "refused", params: ["web_search_options"] }),
  },
  {
    name: "does not support the … parameter",
    pattern: /^The model '[^']+' does not support the '([^']+)' parameter\./,
    read: (m) => ({ kind: "refused", params: [m[1] ?? ""] }),
  },
  {
    name: "… is not supported in this model",
    pattern: /^'?([A-Za-z_][\w.]*)'? is not supported (?:in|with) this model\.?$/,
    read: (m) => ({ kind: "refused", params: [m[1] ?? ""] }),
  },
  {
    name: "This model does not support specifying …",
    pattern: /^This model does not support specifying (\w+)\.?$/,
    read: (m, error) => ({ kind: "refused", params: [error.param ?? m[1] ?? ""] }),
  },
];

/** Which refusal an error body states, from its message first and from `code` + `param` when the text is new. */
export function classifyApiError(error: ApiError): ClassifiedError {
  const message = error.message.trim();
  for (const matcher of matchers) {
    const m = matcher.pattern.exec(message);
    if (m) return { ...matcher.read(m, error), pattern: matcher.name };
  }
  const param = error.param && !/^messages\[\d+\]/.test(error.param) ? [error.param] : [];
  if (param.length > 0 && (error.code === "unsupported_parameter" || error.code === "unknown_parameter"))
    return { kind: "refused", params: param, pattern: `code ${error.code}` };
  if (param.length > 0 && error.code === "unsupported_value") return { kind: "value", params: param, pattern: `code ${error.code}` };
  return { kind: "unrecognised", params: param, pattern: "none" };
}
