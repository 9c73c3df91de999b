import type { EndpointCapabilities, Profile } from "../capabilities/capability-model.js";
import { defaultModelOf } from "../capabilities/default-model.js";
import { endpointInfo, modelNullable } from "../spec/endpoints.js";
import type { RequestParam } from "../spec/spec-types.js";
import { coreTypeName, emitProfile, type ParamTypes, type ProfileNames } from "./emit-profile.js";
import { shutdownAnnounced, unservedMessage } from "./messages.js";
import { builderName, pascalName, propertyKey, stringLiteral } from "./names.js";
import { controlledInput } from "./picked-cases.js";
import { uncheckedRequirements } from "./rule-kinds.js";
import type { FunctionDeclaration, InterfaceDeclaration, JsDoc, Statement, TypeAliasDeclaration } from "./structures.js";
import { unionType } from "./type-expr.js";

/** Names of one endpoint's generated declarations, derived from the endpoint key and the profile names. */
export function endpointNames(endpoint: EndpointCapabilities) {
  const noun = pascalName(endpoint.spec.key);
  const info = endpointInfo(endpoint.spec.key);
  const profileNames: ProfileNames = {
    base: `${noun}ParamsBase`,
    params: (profile: Profile) => `${pascalName(profile.name)}${noun}Params`,
  };
  return {
    noun,
    union: info.union,
    builder: info.builder,
    modelId: `${noun}ModelId`,
    map: `${noun}ModelParams`,
    paramsFor: `${noun}ParamsFor`,
    lookup: `${noun}ParamsLookup`,
    profile: profileNames,
  };
}

export type EndpointNames = ReturnType<typeof endpointNames>;

/** Every declaration of one endpoint, from its capabilities. */
export function emitEndpoint(options: {
  endpoint: EndpointCapabilities;
  types: ParamTypes;
  perModelBuilders: boolean;
  /** Each parameter's doc comment (the spec's description); none when undefined. */
  docsOf?: (param: RequestParam) => JsDoc[];
}): Statement[] {
  const { endpoint, types, perModelBuilders, docsOf } = options;
  const names = endpointNames(endpoint);
  const streams = endpoint.spec.params.some((p) => p.name === "stream");
  const served = modelsByProfile(endpoint);
  const profiles = new Map(
    endpoint.profiles.map((profile) => [
      profile.name,
      emitProfile({
        endpoint: endpoint.spec,
        profile,
        types,
        names: names.profile,
        models: served.get(profile.name) ?? [],
        ...(docsOf && { docsOf }),
      }),
    ]),
  );
  return [
    emitBase(endpoint, names, types, docsOf),
    ...[...profiles.values()].flatMap((p) => p.statements),
    emitModelMap(endpoint, names),
    emitLookup(names),
    emitParamsFor(endpoint, names),
    emitModelId(endpoint, names),
    emitUnion(endpoint, names, unionMembers(endpoint, names, served, profiles)),
    emitGenericBuilder(endpoint, names, streams),
    ...(perModelBuilders ? endpoint.models.map((m) => emitModelBuilder(endpoint, names, m, streams)) : []),
    ...(perModelBuilders ? endpoint.unserved.filter((u) => u.retired).map((u) => emitRetiredBuilder(endpoint, names, u)) : []),
  ];
}

/** The spec's params of the endpoint; every profile's params interface extends it, so editors show its docs too. */
function emitBase(
  endpoint: EndpointCapabilities,
  names: EndpointNames,
  types: ParamTypes,
  docsOf?: (param: RequestParam) => JsDoc[],
): InterfaceDeclaration {
  return {
    kind: "interface",
    name: names.profile.base,
    isExported: true,
    properties: endpoint.spec.params
      .filter((p) => p.name !== "model")
      .map((p) => {
        const docs = docsOf?.(p) ?? [];
        return { name: propertyKey(p.name), hasQuestionToken: !p.required, type: types.spec(p), ...(docs.length > 0 && { docs }) };
      }),
  };
}

function paramsTypeOf(endpoint: EndpointCapabilities, names: EndpointNames, profileName: string): string {
  const profile = endpoint.profiles.find((p) => p.name === profileName);
  return profile ? names.profile.params(profile) : names.profile.base;
}

function emitModelMap(endpoint: EndpointCapabilities, names: EndpointNames): InterfaceDeclaration {
  const served = endpoint.models.map((m) => ({
    name: propertyKey(m.id),
    type: paramsTypeOf(endpoint, names, m.profile),
    ...(m.shutdown && { docs: [deprecatedDoc(m.id, m.shutdown)] }),
  }));
  const unserved = endpoint.unserved.map((u) => ({
    name: propertyKey(u.id),
    type: `{ model: string & Unsupported<${stringLiteral(unservedMessage(endpoint.spec, u))}> }`,
  }));
  return { kind: "interface", name: names.map, isExported: true, properties: [...served, ...unserved] };
}

/**
 * Every model id to its params as one indexed type: the map's ids, then any other id (the spec's types alone). A
 * generic builder's parameter `Lookup[M]` is resolved by looking the inferred id up. While TypeScript is still
 * inferring `M`, that type stands for `Lookup[string]`, which is the spec's params alone: the request literal is then
 * read against one object type instead of against every model's params at once (about half the generic builder's
 * check time, measured with `npm run bench`). Fine-tunes are looked up by their base id in `ParamsFor` (below), not
 * with one `ft:<id>:${string}` index signature per id here: TypeScript resolves every index signature of the lookup
 * whenever a builder is used, so such signatures cost every program a type per model id (a tenth of the generic
 * builder's types with today's ids, most of them with ten times as many; bench/scale.mjs).
 */
function emitLookup(names: EndpointNames): TypeAliasDeclaration {
  return {
    kind: "typeAlias",
    name: names.lookup,
    isExported: true,
    docs: ["Model id → its request params: each id's own, any other id the spec's (ParamsFor looks a fine-tune up by its base)."],
    type: `${names.map} & { [id: string]: ${names.profile.base} }`,
  };
}

/**
 * `M`'s params: a fine-tune id (`ft:<base>:…`) is looked up by its base id, any other id as it is. Where the spec marks
 * `model` nullable, `M` may be `null` (the default model's params while it is served, else the spec's alone): the
 * builder infers `M` as `null` from `model: null` rather than as its whole constraint, which would lose the default.
 */
function emitParamsFor(endpoint: EndpointCapabilities, names: EndpointNames): TypeAliasDeclaration {
  const fineTune = `M extends \`ft:\${infer Base}:\${string}\` ? Base : M`;
  const nullable = modelNullable(endpoint.spec);
  const { served } = defaultModelOf(endpoint);
  return {
    kind: "typeAlias",
    name: names.paramsFor,
    isExported: true,
    typeParameters: [{ name: "M", constraint: nullable ? "string | null" : "string" }],
    type: `${names.lookup}[${nullable ? `M extends null ? ${served ? stringLiteral(served.id) : "string"} : ${fineTune}` : fineTune}]`,
  };
}

function emitModelId(endpoint: EndpointCapabilities, names: EndpointNames): TypeAliasDeclaration {
  const ids = endpoint.models.map((m) => stringLiteral(m.id));
  return { kind: "typeAlias", name: names.modelId, isExported: true, type: unionType(ids) };
}

/**
 * The discriminated union: the profiles' request interfaces (one per combination of a profile's variants, with its
 * model ids), then unknown ids and fine-tunes, both checked against the spec only. Fine-tunes cannot get per-base
 * members here: template literal types in `model` stop TypeScript from discriminating the union (measured on 5.9 and
 * 7.0), and every error would then name the wrong member. The generic builder applies a fine-tune's base rules.
 */
function emitUnion(endpoint: EndpointCapabilities, names: EndpointNames, requests: string[]): TypeAliasDeclaration {
  const members = [...requests];
  members.push(`({ model: UnknownModel } & ${names.profile.base})`);
  members.push(`({ model: \`ft:\${string}\` } & ${names.profile.base})`);
  // A model the spec marks nullable may also be sent as null, which the API reads as "the default model".
  const absent = modelNullable(endpoint.spec) ? "null" : "undefined";
  if (endpoint.spec.modelRequired === false) members.push(`({ model?: ${absent} } & ${defaultModelParams(endpoint, names)})`);
  return { kind: "typeAlias", name: names.union, isExported: true, type: unionType(members) };
}

/**
 * The union's members for the served models, in the order the endpoint lists them: a profile's request interfaces,
 * or for models without rules on this endpoint `{ model } & <the spec's params>`.
 */
function unionMembers(
  endpoint: EndpointCapabilities,
  names: EndpointNames,
  served: Map<string, string[]>,
  profiles: Map<string, { requests: string[] }>,
): string[] {
  return [...served].flatMap(
    ([profile, ids]) =>
      profiles.get(profile)?.requests ?? [`({ model: ${ids.map(stringLiteral).join(" | ")} } & ${paramsTypeOf(endpoint, names, profile)})`],
  );
}

/** The served model ids of each profile, in the endpoint's order. */
function modelsByProfile(endpoint: EndpointCapabilities): Map<string, string[]> {
  const byProfile = new Map<string, string[]>();
  for (const m of endpoint.models) byProfile.set(m.profile, [...(byProfile.get(m.profile) ?? []), m.id]);
  return byProfile;
}

/** Where `model` may be left out, the API uses the spec's default model: its rules apply while it is served (else the spec's alone). */
function defaultModelParams(endpoint: EndpointCapabilities, names: EndpointNames): string {
  const { served } = defaultModelOf(endpoint);
  return served ? paramsTypeOf(endpoint, names, served.profile) : names.profile.base;
}

/**
 * A builder's return type, closed to inference from where the call stands: inside an overloaded call such as the SDK's
 * `create()`, TypeScript would otherwise infer the builder's type parameters again from every overload's parameter
 * type (inference from the contextual return type). The type arguments come from the request alone, so the result is
 * the same; `NoInfer` of a type without type parameters is that type.
 */
function inferNothingFrom(output: string): string {
  return `NoInfer<${output}>`;
}

const streamParam = { name: "S", constraint: "boolean | null | undefined", default: "undefined", isConst: true };

function emitGenericBuilder(endpoint: EndpointCapabilities, names: EndpointNames, streams: boolean): FunctionDeclaration {
  // Where `model` may be left out, M falls back to the spec's default model while it is served (else any string: the
  // spec's type alone, as the union's default member and the runtime have it).
  const optional = endpoint.spec.modelRequired === false;
  const { served } = defaultModelOf(endpoint);
  const fallback = optional ? { default: served ? stringLiteral(served.id) : "string" } : {};
  // The known ids first, so editors offer them inside `model: "`; `string & {}` still takes any other id (a fine-tune,
  // an id newer than the overlay) without collapsing the union into plain `string`, which would hide the completions.
  const constraint = `${names.modelId} | (string & {})${modelNullable(endpoint.spec) ? " | null" : ""}`;
  const typeParameters = [{ name: "M", constraint, isConst: true, ...fallback }, ...(streams ? [streamParam] : [])];
  // A nullable model puts `null` in M's constraint, not `model?: M | null`: TypeScript would infer M from the null as
  // its whole constraint (any id, the spec's type alone) instead of the default model; ParamsFor<null> is the default's.
  const model = optional ? "model?: M" : "model: M";
  const input = streams ? `{ ${model}; stream?: S } & ${names.paramsFor}<M>` : `{ ${model} } & ${names.paramsFor}<M>`;
  const output = `{ ${model} } & ${names.paramsFor}<M>${streams ? " & StreamFlag<S>" : ""}`;
  return {
    kind: "function",
    name: names.builder,
    isExported: true,
    docs: [`Checks a ${names.union} for its model at compile time and returns it unchanged.`],
    typeParameters,
    parameters: [{ name: "request", type: input }],
    returnType: inferNothingFrom(output),
    statements: [`return request as ${output};`],
    jsStatements: ["return request;"],
  };
}

/** `@deprecated` with the shutdown date: editors strike the id or builder through, and the compiler still accepts it. */
function deprecatedDoc(id: string, shutdown: { date: string; replacement?: string }): JsDoc {
  return { tags: [{ tagName: "deprecated", text: shutdownAnnounced(id, shutdown) }] };
}

/**
 * A retired model's builder stays exported, so that old code fails with the date and the replacement rather than with
 * "has no exported member": its parameter is the not-served message, which no object literal satisfies.
 */
function emitRetiredBuilder(
  endpoint: EndpointCapabilities,
  _names: EndpointNames,
  model: EndpointCapabilities["unserved"][number],
): FunctionDeclaration {
  const message = unservedMessage(endpoint.spec, model);
  return {
    kind: "function",
    name: builderName(model.id),
    isExported: true,
    docs: [{ tags: [{ tagName: "deprecated", text: message }] }],
    parameters: [{ name: "params", type: `Unsupported<${stringLiteral(message)}>` }],
    returnType: "never",
    statements: [`return withModel(params, ${stringLiteral(model.id)}) as never;`],
    jsStatements: [`return withModel(params, ${stringLiteral(model.id)});`],
  };
}

function emitModelBuilder(
  endpoint: EndpointCapabilities,
  names: EndpointNames,
  model: { id: string; profile: string; shutdown?: { date: string; replacement?: string } },
  streams: boolean,
): FunctionDeclaration {
  const params = paramsTypeOf(endpoint, names, model.profile);
  const profile = endpoint.profiles.find((p) => p.name === model.profile);
  const id = stringLiteral(model.id);
  // The output carries the core (what the model takes in every case), not the If…/Unless… cases the input was checked
  // against: a union of up to 16 intersections that `create()` would relate to each of its overloads' parameters again.
  const core = profile ? coreTypeName(names.profile, profile) : params;
  const output = `{ model: ${id} } & ${core}${streams ? " & StreamFlag<S>" : ""}`;
  const checked = controlledInput(names.profile, profile, core, streams);
  return {
    kind: "function",
    name: builderName(model.id),
    isExported: true,
    docs: [
      // One doc block (editors show the block nearest the declaration): the requirements the types cannot check follow.
      [
        `A ${names.union} for ${model.id}: fills in \`model\`, checks every parameter against the model.`,
        ...(profile ? uncheckedRequirements(profile) : []),
      ].join("\n\n"),
      ...(model.shutdown ? [deprecatedDoc(model.id, model.shutdown)] : []),
    ],
    typeParameters: [...(streams ? [streamParam] : []), ...checked.typeParameters],
    parameters: [{ name: "params", type: checked.input }],
    returnType: inferNothingFrom(output),
    // A generic helper, not `{ ...params, model } as Output`: 83 such casts cost ~0.3 s of every consumer's check.
    statements: [`return withModel(params, ${id});`],
  };
}
