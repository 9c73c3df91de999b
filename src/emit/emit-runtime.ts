import type { EndpointTable, ProfileTable, RuleTable } from "../../templates/runtime.js";
import { type EndpointCapabilities, isUnverified, type ParamVerdict, type Profile } from "../capabilities/capability-model.js";
import { defaultModelOf } from "../capabilities/default-model.js";
import { holdsWhenAbsent } from "../capabilities/dependent-cases.js";
import { endpointInfo, modelNullable } from "../spec/endpoints.js";
import { findParam, splitNested, splitParamPath } from "../spec/nested-params.js";
import type { EndpointSpec } from "../spec/spec-types.js";
import { assertNever } from "../util/assert-never.js";
import { compareStrings } from "../util/closest.js";
import { jsonText } from "../util/visible-text.js";
import { profileDefault, roleMessage, staleDefaultMessage, unservedMessage, unverifiedWarning } from "./messages.js";
import { camelName, stringLiteral } from "./names.js";
import { messageOf } from "./rule-kinds.js";
import type { Statement } from "./structures.js";

/**
 * The runtime capability table of one endpoint, printed from the same capability model as the types, with the
 * same message texts. Plain data: a bundler drops it when only types or builders are imported.
 */
export function emitRuntimeTable(endpoint: EndpointCapabilities): Statement[] {
  const table = runtimeTable(endpoint);
  return [
    { kind: "import", isTypeOnly: true, moduleSpecifier: "./runtime.gen.js", namedImports: ["EndpointTable"] },
    {
      kind: "const",
      isExported: true,
      declarations: [{ name: tableName(endpoint), type: "EndpointTable", initializer: pureJson(table) }],
    },
  ];
}

/**
 * The runtime table of one endpoint as data (what `<endpoint>.table.gen.js` holds; `learn` checks requests with it).
 * Typed by the template's own `EndpointTable`, so tsc checks the table against the runtime while compiling src/.
 */
export function runtimeTable(endpoint: EndpointCapabilities): EndpointTable {
  return {
    schema: endpoint.spec.requestSchema,
    params: endpoint.spec.params.map((p) => p.name),
    required: endpoint.spec.params.filter((p) => p.required && p.name !== "model").map((p) => p.name),
    notNull: notNullParams(endpoint.spec),
    paths: splitPaths(endpoint),
    ...(endpoint.spec.modelRequired === false && {
      optionalModel: optionalModel(endpoint),
    }),
    models: Object.fromEntries(endpoint.models.map((m) => [m.id, m.profile])),
    profiles: Object.fromEntries(endpoint.profiles.map((p) => [p.name, profileTable(p, endpoint.spec)])),
    unserved: Object.fromEntries(endpoint.unserved.map((u) => [u.id, { message: unservedMessage(endpoint.spec, u), sources: u.sources }])),
  };
}

/**
 * How a request without `model` is checked: against the served default model, or, when the spec's default is retired
 * or not served here, against the spec alone with a warning that names it (capabilities/default-model.ts).
 */
function optionalModel(endpoint: EndpointCapabilities): NonNullable<EndpointTable["optionalModel"]> {
  const { served, stale } = defaultModelOf(endpoint);
  return {
    ...(served && { default: served.id }),
    ...(modelNullable(endpoint.spec) && { nullable: true as const }),
    ...(stale && { staleDefault: { message: staleDefaultMessage(endpoint.spec, stale), sources: stale.sources } }),
  };
}

/**
 * The parameters, top-level then nested (`audio.voice`), that the spec does not mark nullable: the types refuse null
 * there, so the runtime does too (item kinds such as `tools[].type` are values of array items, never null themselves).
 */
function notNullParams(spec: EndpointSpec): string[] {
  const top = spec.params.filter((p) => p.name !== "model" && !p.nullable);
  const nested = (spec.nestedParams ?? []).filter((p) => splitNested(p.name) !== undefined && !p.nullable);
  return [...top, ...nested].map((p) => p.name);
}

/**
 * The split path of every nested or item name the table uses (rule keys, rename targets, `requires` controllers,
 * notNull), sorted: the runtime looks paths up here and parses none.
 */
function splitPaths(endpoint: EndpointCapabilities): EndpointTable["paths"] {
  const names = new Set(notNullParams(endpoint.spec));
  for (const profile of endpoint.profiles) {
    for (const [name, verdict] of Object.entries(profile.params)) {
      names.add(name);
      for (const rule of verdict.rules) {
        if (rule.kind === "moved") names.add(rule.to);
        if (rule.kind === "reject" && rule.rename) names.add(rule.rename);
        if (rule.kind === "requires") names.add(rule.on.name);
      }
    }
  }
  const paths = [...names].sort(compareStrings).map(splitParamPath);
  return Object.fromEntries(
    paths
      .filter((p) => p.child !== undefined || p.item !== undefined)
      .map(({ name, param, child, item }) => [name, { param, ...(child !== undefined && { child }), ...(item !== undefined && { item }) }]),
  );
}

/**
 * The table as `JSON.parse` of a pretty-printed template literal: no object literal for every consumer's tsc to
 * check (measured ~0.2 s), still readable in a diff, and marked pure so bundlers drop it when unused.
 */
function pureJson(value: unknown): string {
  const text = jsonText(value, 2).replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${");
  return `/* @__PURE__ */ JSON.parse(\`${text}\`)`;
}

function tableName(endpoint: EndpointCapabilities): string {
  return `${camelName(endpoint.spec.key)}Table`;
}

export function tableModule(endpoint: EndpointCapabilities): string {
  return `${endpoint.spec.key.replaceAll(".", "-")}.table.gen`;
}

function profileTable(profile: Profile, spec: EndpointSpec): ProfileTable {
  const scalarOrObject = (name: string): boolean => findParam(spec, name)?.scalarOrObject === true;
  return {
    label: profile.label,
    params: Object.fromEntries(
      Object.entries(profile.params).map(([name, verdict]) => [name, ruleTable(profile, verdict, scalarOrObject(name))]),
    ),
    roles: Object.fromEntries(
      Object.entries(profile.roles).map(([role, verdict]) => [
        role,
        { message: roleMessage(profile.label, role, verdict), sources: verdict.sources },
      ]),
    ),
  };
}

/** One parameter's rules as the runtime's RuleTable, with the same messages as the compile errors. */
function ruleTable(profile: Profile, verdict: ParamVerdict, scalarOrObject: boolean): RuleTable {
  const label = profile.label;
  const messages: RuleTable["messages"] = {};
  const parts: Partial<RuleTable> = {};
  let kind: RuleTable["kind"] = "constrain";
  for (const rule of verdict.rules) {
    switch (rule.kind) {
      case "reject":
      case "moved":
        kind = "reject";
        if (rule.kind === "reject" && rule.rename) parts.rename = rule.rename;
        if (rule.kind === "moved") parts.rename = rule.to;
        messages.reject = messageOf(label, rule);
        break;
      case "values":
        parts.values = rule.values;
        // `values` narrows the scalars; an object value (a custom voice `{ id }`) is left to the spec.
        if (scalarOrObject) parts.objectsAsSpec = true;
        messages.values = messageOf(label, rule);
        break;
      case "notNull":
        parts.nullable = false;
        messages.nullable = messageOf(label, rule);
        break;
      case "default":
        parts.default = { value: rule.value };
        break;
      case "requires":
        parts.requires = { param: rule.on.name, values: rule.values, absent: holdsWhenAbsent(profile.params, rule) };
        messages.requires = messageOf(label, rule, profileDefault(profile, rule.on.name));
        break;
      case "present":
        parts.present = true;
        messages.present = messageOf(label, rule);
        break;
      case "presentAny":
        parts.presentAny = rule.alternatives.map((a) => ({ keys: a.keys, values: a.values }));
        messages.presentAny = messageOf(label, rule);
        break;
      default:
        assertNever(rule);
    }
  }
  // The key order of the printed table: kind, what the rules say, the messages, the sources. A verdict rests on one
  // evidence level: when it is inferred, its findings are warnings (unverified), and its messages say "not verified".
  const { rename, values, objectsAsSpec, nullable, requires, present, presentAny } = parts;
  const unverified = verdict.rules.some(isUnverified);
  const said = unverified ? unverifiedMessages(messages) : messages;
  return {
    kind,
    ...(rename !== undefined && { rename }),
    ...(values && { values }),
    ...(objectsAsSpec && { objectsAsSpec }),
    ...(nullable === false && { nullable }),
    ...(requires && { requires }),
    ...(parts.default && { default: parts.default }),
    ...(present && { present }),
    ...(presentAny && { presentAny }),
    ...(unverified && { unverified }),
    messages: orderedMessages(said),
    sources: verdict.sources,
  };
}

function unverifiedMessages(m: RuleTable["messages"]): RuleTable["messages"] {
  return Object.fromEntries(Object.entries(m).map(([kind, text]) => [kind, text === undefined ? text : unverifiedWarning(text)]));
}

function orderedMessages(m: RuleTable["messages"]): RuleTable["messages"] {
  return {
    ...(m.reject !== undefined && { reject: m.reject }),
    ...(m.values !== undefined && { values: m.values }),
    ...(m.nullable !== undefined && { nullable: m.nullable }),
    ...(m.requires !== undefined && { requires: m.requires }),
    ...(m.present !== undefined && { present: m.present }),
    ...(m.presentAny !== undefined && { presentAny: m.presentAny }),
  };
}

/** `validateRequest` and `adaptRequest` over every covered endpoint's table. */
export function emitRuntimeApi(endpoints: EndpointCapabilities[]): Statement[] {
  const entries = endpoints.map((e) => `${stringLiteral(e.spec.key)}: ${tableName(e)}`).join(", ");
  return [
    {
      kind: "import",
      moduleSpecifier: "./runtime.gen.js",
      namedImports: [
        "adaptWith",
        "validateWith",
        ...["AdaptOptions", "AdaptResult", "EndpointTable", "ValidationResult"].map((name) => ({ name, isTypeOnly: true })),
      ],
    },
    ...endpoints.map(
      (e): Statement => ({
        kind: "import",
        moduleSpecifier: `./${tableModule(e)}.js`,
        namedImports: [tableName(e)],
      }),
    ),
    {
      kind: "const",
      declarations: [{ name: "tables", type: "Record<string, EndpointTable>", initializer: `{ ${entries} }` }],
    },
    {
      // An own entry only: "constructor" or "__proto__" is no endpoint (and a non-string is looked at no further).
      kind: "function",
      name: "tableOf",
      parameters: [{ name: "endpoint", type: "unknown" }],
      returnType: "EndpointTable | undefined",
      statements: ['return typeof endpoint === "string" && Object.hasOwn(tables, endpoint) ? tables[endpoint] : undefined;'],
    },
    {
      kind: "typeAlias",
      name: "RuntimeEndpoint",
      isExported: true,
      type: endpoints.length > 0 ? endpoints.map((e) => stringLiteral(e.spec.key)).join(" | ") : "never",
    },
    ...endpoints.flatMap((e) => perEndpointApi(e)),
    {
      kind: "function",
      name: "validateRequest",
      isExported: true,
      docs: [
        "Checks a request against its model's rules: `{ ok: true }` or every problem, each with its reason and source; `unchecked: true` when the overlay does not know the model (only the spec was checked); `warnings` (only when there are some): what rules resting on inferred evidence say, not verified, never a failure. Pure.",
      ],
      parameters: [
        { name: "endpoint", type: "RuntimeEndpoint" },
        { name: "request", type: "unknown" },
      ],
      returnType: "ValidationResult",
      statements: ["return validateWith(tableOf(endpoint), endpoint, request);"],
    },
    {
      kind: "function",
      name: "adaptRequest",
      isExported: true,
      docs: [
        "Returns a new request fit for its model (unsupported keys dropped, renames applied) and the list of changes; `unchecked: true` for a model the overlay does not know; `warnings` as in validateRequest (those keys are kept). Never mutates.",
      ],
      typeParameters: [{ name: "T" }],
      parameters: [
        { name: "endpoint", type: "RuntimeEndpoint" },
        { name: "request", type: "T" },
        { name: "options", type: "AdaptOptions", hasQuestionToken: true },
      ],
      returnType: "AdaptResult<T>",
      statements: ["return adaptWith(tableOf(endpoint), endpoint, request, options);"],
    },
  ];
}

/**
 * `validate<Builder>()` and `adapt<Builder>()` for one endpoint (`validateChatCompletionRequest`): the same checks as
 * validateRequest, importing only that endpoint's table, so a bundle that uses one endpoint carries one table.
 */
function perEndpointApi(endpoint: EndpointCapabilities): Statement[] {
  const builder = endpointInfo(endpoint.spec.key).builder;
  const noun = `${builder.charAt(0).toUpperCase()}${builder.slice(1)}`;
  const key = stringLiteral(endpoint.spec.key);
  return [
    {
      kind: "function",
      name: `validate${noun}`,
      isExported: true,
      docs: [`validateRequest(${key}, request), bundling only this endpoint's table.`],
      parameters: [{ name: "request", type: "unknown" }],
      returnType: "ValidationResult",
      statements: [`return validateWith(${tableName(endpoint)}, ${key}, request);`],
    },
    {
      kind: "function",
      name: `adapt${noun}`,
      isExported: true,
      docs: [`adaptRequest(${key}, request, options), bundling only this endpoint's table.`],
      typeParameters: [{ name: "T" }],
      parameters: [
        { name: "request", type: "T" },
        { name: "options", type: "AdaptOptions", hasQuestionToken: true },
      ],
      returnType: "AdaptResult<T>",
      statements: [`return adaptWith(${tableName(endpoint)}, ${key}, request, options);`],
    },
  ];
}
