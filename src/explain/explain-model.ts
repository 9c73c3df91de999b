import {
  type CapabilityModel,
  type EndpointCapabilities,
  type ParamVerdict,
  type Profile,
  type Rule,
  type RuleKind,
  type RuleOf,
  ruleOf,
  specSource,
  type Why,
} from "../capabilities/capability-model.js";
import { UserError } from "../diagnostics/diagnostic.js";
import { profileDefault, roleMessage, showValue, showValues, shutdownAnnounced, unservedMessage } from "../emit/messages.js";
import { kindText, messageOf } from "../emit/rule-kinds.js";
import { isEndpointKey } from "../spec/endpoints.js";
import { closest, compareStrings } from "../util/closest.js";
import type { Cited, EndpointExplanation, ModelExplanation, ServedExplanation, SourceRef } from "./explanation.js";

export interface ExplainModelOptions {
  model: CapabilityModel;
  /** A model id as the spec spells it, or a fine-tune id `ft:<base>:…`. */
  id: string;
  /** Explain only this endpoint key; every endpoint the overlay covers otherwise. */
  endpoint?: string;
}

/**
 * Explains what one model accepts on each covered endpoint, resolving its id the way the generated types and the
 * runtime adapter do: the exact id first, then the base of a fine-tune (`ft:<base>:…`), per endpoint. Pure.
 * Throws a UserError (MG_USAGE) for an id no covered endpoint knows, naming the closest known ids, and for an
 * endpoint key the overlay does not cover, listing the valid keys.
 */
export function explainModel(options: ExplainModelOptions): ModelExplanation {
  const { model, id } = options;
  const endpoints = selectEndpoints(model, options.endpoint);
  const candidates = candidateIds(id);
  if (!model.endpoints.some((endpoint) => candidates.some((c) => isKnown(endpoint, c)))) throw unknownModel(model, id);
  const cite = citer(model);
  const explained = endpoints.map((endpoint) => explainEndpoint(endpoint, candidates, cite));
  return { id, endpoints: explained, sources: cite.all() };
}

/** The exact id, then the base model of a fine-tune. */
function candidateIds(id: string): string[] {
  if (!id.startsWith("ft:")) return [id];
  const base = id.slice(3).split(":")[0] ?? "";
  return base === "" ? [id] : [id, base];
}

function isKnown(endpoint: EndpointCapabilities, id: string): boolean {
  return endpoint.models.some((m) => m.id === id) || endpoint.unserved.some((u) => u.id === id) || endpoint.unclassified.includes(id);
}

function selectEndpoints(model: CapabilityModel, key: string | undefined): EndpointCapabilities[] {
  if (key === undefined) return model.endpoints;
  const found = model.endpoints.filter((endpoint) => endpoint.spec.key === key);
  if (found.length > 0) return found;
  const valid = model.endpoints.map((endpoint) => endpoint.spec.key);
  const list = valid.length === 0 ? "none (the overlay covers no endpoint of this spec)" : valid.join(", ");
  const why = isEndpointKey(key) ? "is not covered by the overlay on this spec" : "is not an endpoint key";
  throw usageError(`endpoint "${key}" ${why}; valid keys: ${list}`, `pass --endpoint with one of: ${list}`);
}

function unknownModel(model: CapabilityModel, id: string): UserError {
  const known = new Set(model.endpoints.flatMap((e) => [...e.models.map((m) => m.id), ...e.unserved.map((u) => u.id), ...e.unclassified]));
  const asked = candidateIds(id).at(-1) ?? id;
  const near = closest(asked, known);
  const what = asked === id ? `model "${id}"` : `model "${id}" (a fine-tune of "${asked}")`;
  const examples = [...known].sort(compareStrings).slice(0, 5).join(", ");
  const help =
    near.length > 0
      ? `did you mean ${showValues(near.map((n) => `"${n}"`))}? (the closest known ids)`
      : `no known id is close; the overlay and the spec know ${known.size} ids, e.g. ${examples}`;
  return usageError(`${what} is not known: neither the overlay nor the spec lists it for a covered endpoint`, help);
}

function usageError(message: string, help: string): UserError {
  return new UserError([{ code: "MG_USAGE", severity: "error", message, help }]);
}

type Citer = ((why: Why, at?: SpecPlace) => Pick<Cited, "reason" | "sources" | "note" | "evidence" | "layer" | "specAt">) & {
  all(): SourceRef[];
};

/** A parameter of a request schema, for citing the spec at its place. */
interface SpecPlace {
  schema: string;
  param: string;
}

/** Expands source keys from `model.sources` and remembers every key it expanded, for the list at the end. */
function citer(model: CapabilityModel): Citer {
  const used = new Map<string, SourceRef>();
  const expand = (key: string): SourceRef => {
    const source = model.sources[key];
    const ref: SourceRef = source
      ? { key, title: source.title, url: source.url, ...(source.date && { date: source.date }) }
      : { key, title: key === specSource ? `the OpenAPI spec (${model.spec.file})` : key, url: "" };
    used.set(key, ref);
    return ref;
  };
  // A spec source names its snapshot (the source's pin, else its date, else the spec file) and the schema path.
  const specAt = (keys: string[], at: SpecPlace | undefined): string[] =>
    at === undefined
      ? []
      : keys
          .filter((key) => key === specSource || key.startsWith(`${specSource}@`))
          .map((key) => {
            const source = model.sources[key];
            const snapshot = source?.snapshot ?? source?.date ?? model.spec.file;
            const path = at.param.replace(/\[\]/g, ".items").split(".").join(".properties.");
            return `openai-openapi ${snapshot}, components.schemas.${at.schema}.properties.${path}`;
          });
  const cite = (why: Why, at?: SpecPlace) => ({
    reason: why.reason,
    sources: why.sources.map(expand),
    ...(specAt(why.sources, at).length > 0 && { specAt: specAt(why.sources, at) }),
    ...(why.note && { note: why.note }),
    ...(why.evidence && { evidence: why.evidence }),
    ...(why.layer && { layer: `${why.layer.file}:${why.layer.line}` }),
  });
  return Object.assign(cite, { all: () => [...used.values()].sort((a, b) => compareStrings(a.key, b.key)) });
}

function explainEndpoint(endpoint: EndpointCapabilities, candidates: string[], cite: Citer): EndpointExplanation {
  const head = { endpoint: endpoint.spec.key, path: endpoint.spec.path };
  for (const id of candidates) {
    const served = endpoint.models.find((m) => m.id === id);
    if (served) {
      const profile = endpoint.profiles.find((p) => p.name === served.profile);
      const explained = explainServed(endpoint, { ...head, resolvedId: id }, profile, cite);
      const shutdown = served.shutdown;
      if (shutdown) {
        const { sources, layer } = cite({ reason: "", sources: shutdown.sources, ...(shutdown.layer && { layer: shutdown.layer }) });
        const { date, replacement } = shutdown;
        const message = shutdownAnnounced(id, shutdown);
        explained.shutdown = { date, ...(replacement && { replacement }), sources, ...(layer && { layer }), message };
      }
      return explained;
    }
    const unserved = endpoint.unserved.find((u) => u.id === id);
    if (unserved) {
      const message = unservedMessage(endpoint.spec, unserved);
      const retired = unserved.retired && {
        retired: { date: unserved.retired.date, ...(unserved.retired.replacement && { replacement: unserved.retired.replacement }) },
      };
      return { ...head, resolvedId: id, status: "not-served", ...cite(unserved), message, ...retired };
    }
  }
  const resolvedId = candidates.at(-1) ?? "";
  const reason = endpoint.unclassified.includes(resolvedId)
    ? `the spec lists ${resolvedId} for POST ${endpoint.spec.path}, but the overlay does not classify it; requests are checked only against the spec`
    : `${resolvedId} is not known on POST ${endpoint.spec.path}; requests are checked only against the spec`;
  return { ...head, resolvedId, status: "unchecked", reason };
}

function explainServed(
  endpoint: EndpointCapabilities,
  head: Pick<ServedExplanation, "endpoint" | "path" | "resolvedId">,
  profile: Profile | undefined,
  cite: Citer,
): ServedExplanation {
  const params = profile?.params ?? {};
  const rules = Object.entries(params).sort(([a], [b]) => compareStrings(a, b));
  const explained: ServedExplanation = {
    ...head,
    status: "served",
    ...(profile && { profile: { name: profile.name, label: profile.label } }),
    rejected: [],
    narrowed: [],
    dependsOn: [],
    roles: [],
    acceptedRoles: [],
    accepted: endpoint.spec.params
      .map((p) => p.name)
      .filter((name) => name !== "model" && !Object.hasOwn(params, name))
      .sort(compareStrings),
  };
  const schema = endpoint.spec.requestSchema;
  for (const [param, verdict] of rules) if (profile) addParam(explained, profile, param, verdict, (why) => cite(why, { schema, param }));
  const roles = profile?.roles ?? {};
  for (const [role, verdict] of Object.entries(roles).sort(([a], [b]) => compareStrings(a, b))) {
    if (profile) explained.roles.push({ role, ...cite(verdict), message: roleMessage(profile.label, role, verdict) });
  }
  const specRoles = endpoint.spec.messageRoles ?? [];
  explained.acceptedRoles = specRoles.map((r) => r.role).filter((role) => !Object.hasOwn(roles, role));
  return explained;
}

/** The rule kinds explain shows as fields of their own; any other narrowing is listed by its short form in `more`. */
const ownFields = new Set<RuleKind>(["values", "notNull", "default"]);

/**
 * Sorts one parameter's rules into rejected, narrowed (values, not null, a stated default, any other narrowing) and
 * depends on (requires), as rule-kinds.ts files each kind. A default beside `requires` is shown with the dependency.
 */
function addParam(
  into: ServedExplanation,
  profile: Profile,
  param: string,
  verdict: ParamVerdict,
  cite: (why: Why) => ReturnType<Citer>,
): void {
  const label = profile.label;
  const refusal = verdict.rules.find((rule) => kindText(rule).section === "rejected");
  if (refusal) {
    const rename = ruleOf(verdict, "reject")?.rename ?? ruleOf(verdict, "moved")?.to;
    into.rejected.push({ param, ...(rename && { rename }), ...cite(verdict), message: messageOf(label, refusal) });
    return;
  }
  const requires = ruleOf(verdict, "requires");
  if (requires) {
    const controllerDefault = profileDefault(profile, requires.on.name);
    const condition = { param: requires.on.name, values: requires.values };
    into.dependsOn.push({
      param,
      requires: { ...condition, ...(controllerDefault !== undefined && { default: controllerDefault }) },
      ...cite(verdict),
      message: messageOf(label, requires, controllerDefault),
    });
  }
  const narrowing = verdict.rules.filter((rule) => kindText(rule).section === "narrowed");
  const fallback = ruleOf(verdict, "default");
  if (narrowing.length === 0 && (requires || !fallback)) return;
  const values = ruleOf(verdict, "values")?.values;
  const more = narrowing.filter((rule) => !ownFields.has(rule.kind)).map((rule) => kindText(rule).short(rule));
  // The narrowest part's text: values, else the null ban, else any other narrowing, else the default.
  const message = narrowing.length > 0 ? messageOf(label, narrowing[0] as Rule) : fallback ? defaultMessage(label, fallback) : "";
  into.narrowed.push({
    param,
    ...(values && { values }),
    ...(ruleOf(verdict, "notNull") && { nullable: false as const }),
    ...(fallback && { default: fallback.value }),
    ...(more.length > 0 && { more }),
    ...cite(verdict),
    message,
  });
}

function defaultMessage(label: string, rule: RuleOf<"default">): string {
  return `${label} uses ${rule.path.name} ${showValue(rule.value)} when it is absent: ${rule.reason}`;
}
