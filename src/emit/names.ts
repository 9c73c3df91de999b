/**
 * Every identifier and every string literal that modelgate prints comes from this module, so the naming rules and the
 * escaping live in one place (STYLE rule 6 and 7).
 */
import type { Diagnostics } from "../diagnostics/diagnostic.js";
import { compareStrings } from "../util/closest.js";
import { jsonText } from "../util/visible-text.js";

/** JavaScript reserved words and TypeScript's predefined type names: none of them can name a type or a function. */
const reservedWords = new Set([
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum"],
  ...["export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null"],
  ...["return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield"],
  ...["let", "static", "implements", "interface", "package", "private", "protected", "public", "await"],
  ...["any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "undefined", "unknown"],
]);

/** Global types that emitted code refers to; a spec schema of the same name must not shadow them. */
const globalTypesUsedByOutput = new Set(["Array", "Blob"]);

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether `name` can be written bare as a property name (reserved words are fine there). */
function isIdentifierName(name: string): boolean {
  return identifierPattern.test(name);
}

function joinParts(id: string): string {
  const parts = id.split(/[^A-Za-z0-9]+/).filter((part) => part.length > 0);
  let result = "";
  for (const part of parts) {
    const needsSeparator = /[0-9]$/.test(result) && /^[0-9]/.test(part);
    result += (needsSeparator ? "_" : "") + part.charAt(0).toUpperCase() + part.slice(1);
  }
  if (result === "") return "_";
  return /^[0-9]/.test(result) ? `_${result}` : result;
}

/** "gpt-4o-mini" → "Gpt4oMini", "o1-2024-12-17" → "O1_2024_12_17", "gpt-4.1" → "Gpt4_1". */
export function pascalName(id: string): string {
  return joinParts(id);
}

/** "gpt-4o-mini" → "gpt4oMini"; a reserved word gets a trailing "_" ("new" → "new_"). */
export function camelName(id: string): string {
  const pascal = joinParts(id);
  const camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
  return reservedWords.has(camel) ? `${camel}_` : camel;
}

/** The per-model builder of chat completions: "gpt-4o-mini" → "gpt4oMiniRequest". */
export function builderName(id: string): string {
  return `${camelName(id)}Request`;
}

/**
 * The type name of a spec schema: unchanged when it is already a valid identifier ("CreateChatCompletionRequest"),
 * else each run of other characters becomes "_" ("MessagePhase-2" → "MessagePhase_2"). A reserved word, or a global
 * type the output uses (Array, Blob), gets a trailing "_".
 */
export function schemaTypeName(schemaName: string): string {
  let name = schemaName.replace(/[^A-Za-z0-9_$]+/g, "_");
  if (name === "" || /^[0-9]/.test(name)) name = `_${name}`;
  return reservedWords.has(name) || globalTypesUsedByOutput.has(name) ? `${name}_` : name;
}

/** A property name as written in a type: bare when it is an identifier name, else a double-quoted string. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) ? name : stringLiteral(name);
}

/** THE escaping function for string literals in output: double quotes, JSON escapes, U+2028/U+2029 escaped too. */
export function stringLiteral(value: string): string {
  return jsonText(value);
}

export type LiteralValue = string | number | boolean | null;

/** The literal type of a JSON scalar: "a" → `"a"`, 1 → `1`, -2.5 → `-2.5`, true → `true`, null → `null`. */
export function literalType(value: LiteralValue): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`bug: ${value} has no literal type`);
    return String(value);
  }
  return String(value);
}

export interface NameCollision {
  identifier: string;
  /** The inputs that map to `identifier`, sorted. */
  sources: string[];
}

/** Groups of inputs (keys of `names`) whose identifiers (values) are equal, sorted by identifier. */
export function findCollisions(names: Map<string, string>): NameCollision[] {
  const byIdentifier = new Map<string, string[]>();
  for (const [source, identifier] of names) {
    byIdentifier.set(identifier, [...(byIdentifier.get(identifier) ?? []), source]);
  }
  return [...byIdentifier]
    .filter(([, sources]) => sources.length > 1)
    .map(([identifier, sources]) => ({ identifier, sources: [...sources].sort(compareStrings) }))
    .sort((a, b) => compareStrings(a.identifier, b.identifier));
}

/**
 * What fixes a collision: a builder is named after a model id of the spec, which the overlay cannot rename, so one of
 * the ids leaves `models:` (it stays usable, unchecked, through the generic builder); a profile is named after an
 * overlay family or model key, which the overlay can rename.
 */
const collisionHelp = {
  builder: {
    what: "model ids",
    help: "classify only one of these ids in the overlay: drop the other's entry under `models:` (or its alias); a spec id left out is then unclassified (a warning, an error with --strict) and goes through the generic builder",
  },
  profile: { what: "overlay entries", help: "rename one of these families (or models) in the overlay" },
} as const;

/** Adds one MG_NAME_COLLISION error per collision of `names` (model id or overlay entry → generated identifier). */
export function reportNameCollisions(options: {
  names: Map<string, string>;
  kind: keyof typeof collisionHelp;
  diagnostics: Diagnostics;
}): void {
  const { what, help } = collisionHelp[options.kind];
  for (const { identifier, sources } of findCollisions(options.names)) {
    const listed = sources.map((source) => stringLiteral(source)).join(", ");
    options.diagnostics.error("MG_NAME_COLLISION", `${what} ${listed} all map to the identifier ${identifier}`, undefined, help);
  }
}
