import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { EndpointKey } from "./endpoints.js";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A JSON Schema node as found in the spec (OpenAPI 3.0 or 3.1 dialect). */
export type SchemaObject = { [key: string]: JsonValue };

/** The parsed spec file. */
export interface LoadedSpec {
  /** Path as given by the user (used in diagnostics). */
  file: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  document: JsonObject;
  /** Line and column of a JSON pointer (e.g. "/components/schemas/Foo"); computed lazily, only for diagnostics. */
  locate(pointer: string): SourceLocation;
}

/** One request parameter of an endpoint, after flattening `allOf`. */
export interface RequestParam {
  name: string;
  /** The property's schema as written in the spec (may be a $ref). */
  schema: SchemaObject;
  required: boolean;
  /** `nullable: true`, `type: [..., "null"]` or an `anyOf`/`oneOf` branch `{ type: "null" }`. */
  nullable: boolean;
  deprecated: boolean;
  /** The allowed values when the schema (after $ref) is a closed enum; undefined when open. */
  enumValues?: JsonValue[];
  /** JSON pointer of the property in the spec, for diagnostics. */
  pointer: string;
  /** Set when the schema offers an object form beside scalar ones (a voice name or a custom voice `{ id }`). */
  scalarOrObject?: true;
}

/** One endpoint of the contract table as the spec defines it. */
export interface EndpointSpec {
  key: EndpointKey;
  path: string;
  /** Name of the request schema under components.schemas (e.g. "CreateChatCompletionRequest"). */
  requestSchema: string;
  contentType: string;
  /** Flattened parameters in spec order. */
  params: RequestParam[];
  /**
   * Properties of object-typed parameters, one level deep, named `<parent>.<child>` (e.g. `reasoning.effort`), and
   * item kinds of array parameters, named `<param>[].<property>` (e.g. `input[].type`).
   */
  nestedParams?: RequestParam[];
  /** Model ids the spec lists for this endpoint's `model`, in spec order, without duplicates. */
  modelIds: string[];
  /** Whether `model` also accepts any string (an open enum). */
  modelOpen: boolean;
  /** Whether the request must name its model; when it need not, the spec's default model id, if it states one. */
  modelRequired?: boolean;
  modelDefault?: string;
  /** For chat-style endpoints: the role values of `messages[]`, each with its schema name. */
  messageRoles?: { role: string; schema: string }[];
}

export interface SpecIndex {
  spec: LoadedSpec;
  endpoints: EndpointSpec[];
  /** Every model id named in any model enum of the spec (for overlay validation). */
  allModelIds: Set<string>;
}
