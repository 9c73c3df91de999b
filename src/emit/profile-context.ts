/** What the parts of a profile's emitter share: the context, the spec-type source, small type helpers. */
import type { Profile } from "../capabilities/capability-model.js";
import { findParam } from "../spec/nested-params.js";
import type { EndpointSpec, JsonValue, RequestParam } from "../spec/spec-types.js";
import { literalType } from "./names.js";
import type { InterfaceDeclaration, JsDoc, PropertySignature, TypeAliasDeclaration } from "./structures.js";
import { brandOf, printType, referenceTo, type TypeExpr } from "./type-expr.js";

/**
 * A rule value as a literal type. Overlay values are scalars (validated against the spec), or an array of scalars for
 * an array parameter (`timestamp_granularities: ["segment"]`), which becomes a tuple type; an object has none.
 */
export const literal = (value: JsonValue): string => {
  if (value === null || typeof value !== "object") return literalType(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return `[${value.map(literal).join(", ")}]`;
  return "never";
};

/** How the emitter gets the TypeScript text of a parameter's spec type. */
export interface ParamTypes {
  spec(param: RequestParam): string;
  nonNull(param: RequestParam): string;
  /** The non-null type split into its scalar members and its object members (`VoiceIdsShared` | `{ id: string }`). */
  nonNullParts(param: RequestParam): { scalars: string; objects: string };
  /**
   * The non-null type with array items whose `property` is none of `allowed` replaced by named aliases of
   * `item & brand` (`name(value)` names them).
   */
  narrowItems(
    param: RequestParam,
    narrowing: { property: string; allowed: string[]; brand: TypeExpr; name(value: string): string },
  ): { type: string; aliases: { name: string; type: string }[] };
}

export interface ProfileNames {
  base: string;
  params(profile: Profile): string;
}

export type Statement = InterfaceDeclaration | TypeAliasDeclaration;

export interface Ctx {
  endpoint: EndpointSpec;
  profile: Profile;
  types: ParamTypes;
  prefix: string;
  /** A parameter's doc comment (the spec's description), repeated where a profile declares the parameter anew. */
  docsOf: (param: RequestParam) => JsDoc[];
  /**
   * The `@deprecated` notes of the rules the types do not enforce, by parameter key (inferred evidence: `profile`
   * holds the enforced rules only, and these notes say what the model is said to refuse, "not verified").
   */
  unverified: Map<string, JsDoc[]>;
}

/** The parameter's description, then `more` (a rejected parameter's `@deprecated` reason). */
export function docsWith(ctx: Ctx, p: RequestParam, more: JsDoc[] = []): JsDoc[] {
  return [...ctx.docsOf(p), ...more];
}

/** Each doc once, in order (variants merged into one union member may repeat a parameter's description). */
export function uniqueDocs(docs: JsDoc[]): JsDoc[] {
  const seen = new Set<string>();
  return docs.filter((doc) => {
    const key = JSON.stringify(doc);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A spec type (printed by param-types) branded with the reason a model refuses it. */
export const unsupported = (type: string, message: string): string => printType(brandOf(referenceTo(type), message));
export const deprecated = (message: string): PropertySignature["docs"] => [{ tags: [{ tagName: "deprecated", text: message }] }];

export function param(ctx: Ctx, name: string): RequestParam {
  const found = findParam(ctx.endpoint, name);
  if (!found) throw new Error(`bug: parameter ${name} is not in ${ctx.endpoint.requestSchema}`);
  return found;
}

/** The property (named `key`: the child's name for a nested one) for a verdict that is not part of a variant group. */
