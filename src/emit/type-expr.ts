/**
 * A tiny model of the TypeScript types that schemas map to, so unions and intersections are flattened, deduplicated
 * and parenthesised in one place instead of by joining strings.
 */
import { assertNever } from "../util/assert-never.js";
import { type LiteralValue, literalType, propertyKey, stringLiteral } from "./names.js";

export type KeywordName = "string" | "number" | "boolean" | "null" | "unknown" | "never";

export interface PropertyMember {
  /** The property name as in the spec (not yet quoted). */
  name: string;
  type: TypeExpr;
  optional: boolean;
}

export type TypeExpr =
  | { kind: "keyword"; name: KeywordName }
  | { kind: "literal"; value: Exclude<LiteralValue, null> }
  /** `stringOnly`: the referenced schema only admits strings (a closed string enum), see `unionOf`. */
  | { kind: "reference"; name: string; stringOnly: boolean }
  | { kind: "array"; element: TypeExpr }
  | { kind: "object"; properties: PropertyMember[]; index?: TypeExpr }
  | { kind: "union"; members: TypeExpr[] }
  | { kind: "intersection"; members: TypeExpr[] }
  /** `(T) & Unsupported<"message">`: a type a model refuses, with the reason its compile error shows. */
  | { kind: "brand"; type: TypeExpr; message: string }
  /** `Omit<T, "a" | "b">`. */
  | { kind: "omit"; type: TypeExpr; keys: string[] }
  /** `T["key"]`. */
  | { kind: "indexed"; object: TypeExpr; key: string };

/** A named type (or text the spec's type printer made) used as it is. */
export function referenceTo(name: string): TypeExpr {
  return { kind: "reference", name, stringOnly: false };
}

/**
 * Printed types as the members of a union, as they are (no flattening or reordering: see `unionOf` for that); one
 * member is itself, none is `never`. A declaration prints such a union one member per line.
 */
export function unionType(members: string[]): TypeExpr {
  if (members.length === 0) return keyword("never");
  return members.length === 1 ? referenceTo(members[0] ?? "never") : { kind: "union", members: members.map(referenceTo) };
}

/** `(type) & Unsupported<"message">`. */
export function brandOf(type: TypeExpr, message: string): TypeExpr {
  return { kind: "brand", type, message };
}

export function keyword(name: KeywordName): TypeExpr {
  return { kind: "keyword", name };
}

export function isKeyword(type: TypeExpr, name: KeywordName): boolean {
  return type.kind === "keyword" && type.name === name;
}

/** `string & {}`: accepts every string, but keeps the literals of its union visible to editors. */
const openString: TypeExpr = { kind: "intersection", members: [keyword("string"), { kind: "object", properties: [] }] };

function dedupe(members: TypeExpr[]): TypeExpr[] {
  const seen = new Set<string>();
  return members.filter((member) => {
    const text = printType(member);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

function isStringLike(type: TypeExpr): boolean {
  if (type.kind === "literal") return typeof type.value === "string";
  if (type.kind === "reference") return type.stringOnly;
  return printType(type) === printType(openString);
}

/**
 * A union, flattened and deduplicated in first-seen order, with `null` moved last. `unknown` absorbs the union; a
 * plain `string` beside string literals becomes `string & {}`, or TypeScript would reduce the union to `string`.
 */
export function unionOf(members: TypeExpr[]): TypeExpr {
  const flat = members.flatMap((member) => (member.kind === "union" ? member.members : [member]));
  if (flat.some((member) => isKeyword(member, "unknown"))) return keyword("unknown");
  let kept = flat.filter((member) => !isKeyword(member, "never"));
  if (kept.some(isStringLike)) kept = kept.map((member) => (isKeyword(member, "string") ? openString : member));
  kept = dedupe(kept);
  const ordered = [...kept.filter((member) => !isKeyword(member, "null")), ...kept.filter((m) => isKeyword(m, "null"))];
  if (ordered.length === 0) return keyword("never");
  return ordered.length === 1 && ordered[0] ? ordered[0] : { kind: "union", members: ordered };
}

/** An intersection, flattened and deduplicated; `unknown` parts vanish and `never` absorbs it. */
export function intersectionOf(members: TypeExpr[]): TypeExpr {
  const flat = members.flatMap((member) => (member.kind === "intersection" ? member.members : [member]));
  if (flat.some((member) => isKeyword(member, "never"))) return keyword("never");
  const kept = dedupe(flat.filter((member) => !isKeyword(member, "unknown")));
  if (kept.length === 0) return keyword("unknown");
  return kept.length === 1 && kept[0] ? kept[0] : { kind: "intersection", members: kept };
}

function needsArrayGeneric(element: TypeExpr): boolean {
  if (element.kind === "union" || element.kind === "intersection") return true;
  return element.kind === "literal" && typeof element.value === "number" && element.value < 0;
}

function printObject(properties: PropertyMember[], index: TypeExpr | undefined): string {
  const members = properties.map((p) => `${propertyKey(p.name)}${p.optional ? "?" : ""}: ${printType(p.type)}`);
  if (index) members.push(`[key: string]: ${printType(index)}`);
  return members.length === 0 ? "{}" : `{ ${members.join("; ")} }`;
}

/** The TypeScript text of a type, on one line. */
export function printType(type: TypeExpr): string {
  switch (type.kind) {
    case "keyword":
      return type.name;
    case "literal":
      return literalType(type.value);
    case "reference":
      return type.name;
    case "array": {
      const element = printType(type.element);
      return needsArrayGeneric(type.element) ? `Array<${element}>` : `${element}[]`;
    }
    case "object":
      return printObject(type.properties, type.index);
    case "union":
      return type.members.map((m) => (m.kind === "intersection" ? `(${printType(m)})` : printType(m))).join(" | ");
    case "intersection":
      return type.members.map((m) => (m.kind === "union" ? `(${printType(m)})` : printType(m))).join(" & ");
    case "brand":
      return `(${printType(type.type)}) & Unsupported<${stringLiteral(type.message)}>`;
    case "omit":
      return `Omit<${printType(type.type)}, ${type.keys.map(stringLiteral).join(" | ")}>`;
    case "indexed":
      return `${printType(type.object)}[${stringLiteral(type.key)}]`;
    default:
      return assertNever(type);
  }
}
