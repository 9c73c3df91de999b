import type { Diagnostics } from "../diagnostics/diagnostic.js";
import { checkSchemaRefs } from "./check-schema-refs.js";
import { type EndpointInfo, type EndpointKey, endpointTable } from "./endpoints.js";
import { collectAllModelIds, collectModelIds } from "./model-ids.js";
import { itemParams, markScalarOrObject, nestedParams } from "./nested-params.js";
import { flattenObjectSchema } from "./request-params.js";
import {
  componentSchemaName,
  getAtPointer,
  isJsonObject,
  joinPointer,
  RefResolver,
  type ResolvedSchema,
  type SchemaAt,
  subschemas,
} from "./resolve-ref.js";
import type { EndpointSpec, JsonObject, LoadedSpec, RequestParam, SpecIndex } from "./spec-types.js";

interface IndexContext {
  spec: LoadedSpec;
  resolver: RefResolver;
  diagnostics: Diagnostics;
}

/**
 * Reads every endpoint of the contract table from the spec: request schema, flattened parameters, model ids and
 * message roles. An endpoint the spec lacks is skipped with a note (older specs lack some).
 */
/** Indexes the endpoints of the contract table (or only `only`, e.g. the ones an overlay covers). */
export function indexSpec(options: { spec: LoadedSpec; diagnostics: Diagnostics; only?: ReadonlySet<EndpointKey> }): SpecIndex {
  const { spec, diagnostics, only } = options;
  const context: IndexContext = { spec, resolver: new RefResolver({ spec, diagnostics }), diagnostics };
  const endpoints: EndpointSpec[] = [];
  for (const info of endpointTable) {
    if (only && !only.has(info.key)) continue;
    const endpoint = indexEndpoint(context, info);
    if (endpoint) endpoints.push(endpoint);
  }
  if (only?.size === 0) {
    diagnostics.error(
      "MG_SPEC_NO_ENDPOINTS",
      "the overlay covers no endpoint (no family or model has a block such as `chat.completions:`)",
    );
  } else if (endpoints.length === 0) {
    const wanted = only ? [...only].join(", ") : "any endpoint of the contract table";
    diagnostics.error("MG_SPEC_NO_ENDPOINTS", `the spec defines none of the endpoints to generate (${wanted})`, spec.locate("/paths"));
  }
  checkSchemaRefs({ spec, resolver: context.resolver, endpoints, diagnostics });
  const allModelIds = collectAllModelIds({ resolver: context.resolver, document: spec.document });
  return { spec, endpoints, allModelIds };
}

function indexEndpoint(context: IndexContext, info: EndpointInfo): EndpointSpec | undefined {
  const body = findRequestBody(context, info);
  if (!body) return undefined;
  const params = markScalarOrObject(context.resolver, flattenObjectSchema({ resolver: context.resolver, schema: body.schema }));
  const model = params.find((param) => param.name === "model");
  const { ids, open } = model ? collectModelIds({ resolver: context.resolver, schema: model }) : { ids: [], open: false };
  if (ids.length === 0) {
    const where = context.spec.locate(model?.pointer ?? body.schema.pointer);
    context.diagnostics.note("MG_SPEC_NO_MODEL_ENUM", `${body.requestSchema} (${info.key}) lists no model ids`, where);
  }
  const messages = params.find((param) => param.name === "messages");
  const messageRoles = messages && findMessageRoles(context, messages);
  return {
    key: info.key,
    path: info.path,
    requestSchema: body.requestSchema,
    contentType: body.contentType,
    params,
    nestedParams: [...nestedParams(context.resolver, params), ...itemParams(context.resolver, params)],
    modelIds: ids,
    modelOpen: open,
    modelRequired: model?.required ?? false,
    ...optionalDefault(model && defaultValue(context.resolver, { schema: model.schema, pointer: model.pointer })),
    ...(messageRoles && { messageRoles }),
  };
}

interface RequestBody {
  contentType: string;
  requestSchema: string;
  schema: ResolvedSchema;
}

const preferredContentTypes = ["application/json", "multipart/form-data"];

/**
 * The request body schema of `POST <path>`. Prefers the content whose schema is the contract's union name (the spec may
 * offer another schema beside it: /images/edits has `EditImageBodyJsonParam` as JSON and `CreateImageEditRequest` as
 * multipart), then `application/json`, then `multipart/form-data`.
 */
function findRequestBody(context: IndexContext, info: EndpointInfo): RequestBody | undefined {
  const { spec, resolver, diagnostics } = context;
  const operationPointer = joinPointer("/paths", info.path, "post");
  const operation = getAtPointer(spec.document, operationPointer);
  if (!isJsonObject(operation)) {
    // No location: the operation is absent, and locating /paths would re-parse the whole spec (0.3-0.7 s) for a note.
    diagnostics.note("MG_SPEC_MISSING_ENDPOINT", `the spec has no POST ${info.path}; endpoint "${info.key}" is skipped`);
    return undefined;
  }
  const requestBody = resolver.resolve(operation.requestBody, joinPointer(operationPointer, "requestBody"));
  const candidates = requestBody ? contentCandidates(requestBody) : [];
  const chosen =
    candidates.find((candidate) => candidate.schemaName === info.union) ??
    preferredContentTypes.map((type) => candidates.find((candidate) => candidate.mediaType === type)).find(Boolean);
  if (!chosen?.schemaName) {
    const message = `POST ${info.path} has no JSON or multipart request body whose schema is a $ref to components.schemas; endpoint "${info.key}" is skipped`;
    diagnostics.warning("MG_SPEC_MISSING_ENDPOINT", message, spec.locate(chosen?.pointer ?? operationPointer));
    return undefined;
  }
  const schema = resolver.resolve(chosen.schema, chosen.pointer);
  return schema && { contentType: chosen.contentType, requestSchema: chosen.schemaName, schema };
}

interface ContentCandidate {
  contentType: string;
  /** Content type without parameters, lower case. */
  mediaType: string;
  schema: JsonObject;
  pointer: string;
  /** Set when the schema is a `$ref` to `#/components/schemas/<name>`. */
  schemaName?: string;
}

function contentCandidates(requestBody: ResolvedSchema): ContentCandidate[] {
  const content = requestBody.schema.content;
  if (!isJsonObject(content)) return [];
  const candidates: ContentCandidate[] = [];
  for (const [contentType, media] of Object.entries(content)) {
    const schema = isJsonObject(media) ? media.schema : undefined;
    if (!isJsonObject(schema)) continue;
    const pointer = joinPointer(requestBody.pointer, "content", contentType, "schema");
    const mediaType = (contentType.split(";")[0] ?? "").trim().toLowerCase();
    const schemaName = refSchemaName(schema.$ref);
    candidates.push({ contentType, mediaType, schema, pointer, ...(schemaName !== undefined && { schemaName }) });
  }
  return candidates;
}

function refSchemaName(ref: unknown): string | undefined {
  if (typeof ref !== "string" || !ref.startsWith("#")) return undefined;
  try {
    return componentSchemaName(decodeURIComponent(ref.slice(1)));
  } catch {
    return undefined;
  }
}

/**
 * The roles of a `messages` array: each member of the items' union (`oneOf`/`anyOf` of refs, or a single ref) with the
 * single enum or const value of its `role` property, in spec order. Undefined when `messages` is not an array.
 */
function findMessageRoles(context: IndexContext, messages: RequestParam): { role: string; schema: string }[] | undefined {
  const { resolver } = context;
  const array = resolver.resolveAt(messages);
  if (!array || !isJsonObject(array.schema.items)) return undefined;
  const items = resolver.resolve(array.schema.items, joinPointer(array.pointer, "items"));
  if (!items) return [];
  const union = [...subschemas(items, "oneOf"), ...subschemas(items, "anyOf")];
  const members = union.length > 0 ? union.map((member) => resolver.resolveAt(member)) : [items];
  const roles: { role: string; schema: string }[] = [];
  for (const resolved of members) {
    if (!resolved?.name) continue; // an inline member has no schema name to report
    const role = flattenObjectSchema({ resolver, schema: resolved }).find((param) => param.name === "role");
    const values = role?.enumValues;
    if (values?.length === 1 && typeof values[0] === "string") roles.push({ role: values[0], schema: resolved.name });
  }
  return roles;
}

function optionalDefault(value: string | undefined): { modelDefault?: string } {
  return value === undefined ? {} : { modelDefault: value };
}

/** A string `default` on the schema, its `$ref` target or one of its `anyOf`/`oneOf` branches. */
function defaultValue(resolver: RefResolver, node: SchemaAt): string | undefined {
  if (typeof node.schema.default === "string") return node.schema.default;
  const target = resolver.resolveAt(node);
  if (!target) return undefined;
  if (typeof target.schema.default === "string") return target.schema.default;
  for (const branch of [...subschemas(target, "anyOf"), ...subschemas(target, "oneOf")]) {
    const resolved = resolver.resolveAt(branch);
    if (resolved && typeof resolved.schema.default === "string") return resolved.schema.default;
  }
  return undefined;
}
