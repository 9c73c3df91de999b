import {
  type CapabilityModel,
  type EndpointCapabilities,
  type ParamVerdict,
  refusesParam,
  ruleOf,
} from "../../src/capabilities/capability-model.js";
import { builderName } from "../../src/emit/names.js";
import { createParamTypes } from "../../src/emit/param-types.js";
import { endpointInfo, hasPerModelBuilders } from "../../src/spec/endpoints.js";
import type { JsonValue, RequestParam } from "../../src/spec/spec-types.js";

/** What one line of a consumer file uses: the names a compile error on it can be blamed on. */
export interface LineUse {
  /** An exported name the line imports (a builder or a union type). */
  symbol?: string;
  model?: string;
  param?: string;
}

export interface Consumer {
  text: string;
  /** 1-based line → what it uses; lines not listed use nothing that can break. */
  lines: Map<number, LineUse>;
}

/**
 * A consumer of the output generated from `model` (the old spec's capability model), written the way users write
 * code: it imports every per-model builder and calls it, assigns one union-typed request per model id, then one per
 * model and parameter the model accepts that has a simple sample value (TypeScript reports one error per assignment,
 * so each gets its own), and tries every enum value and `null` of each parameter once. It compiles against its own output; against a newer output, every error can be
 * traced to the names on its line.
 */
export function writeConsumer(options: { model: CapabilityModel; importFrom: string }): Consumer {
  const out = new Writer();
  const types = createParamTypes({ document: options.model.spec.document });
  for (const endpoint of options.model.endpoints) {
    const info = endpointInfo(endpoint.spec.key);
    const prefix = endpoint.spec.key.replaceAll(".", "_"); // names stay unique across endpoints
    const builders = hasPerModelBuilders(endpoint.spec.key) ? endpoint.models.map((m) => ({ id: m.id, name: builderName(m.id) })) : [];
    out.line("import {");
    out.line(`  type ${info.union},`, { symbol: info.union });
    for (const b of builders) out.line(`  ${b.name},`, { symbol: b.name, model: b.id });
    out.line(`} from "${options.importFrom}";`);
    const sample = (param: RequestParam, verdict: ParamVerdict | undefined) => sampleValue(param, verdict, types.nonNull(param));
    const required = endpoint.spec.params.filter((p) => p.required && p.name !== "model");
    const requiredText = required.map((p) => `${key(p.name)}: ${requiredLiteral(sample(p, undefined))}`).join(", ");
    // What a model must receive beyond the spec's required parameters (`required: true` in the overlay).
    const neededBy = (profile: string): { names: Set<string>; text: string } => {
      const params = Object.values(endpoint.profiles.find((p) => p.name === profile)?.params ?? {});
      const needed = params.filter((v) => ruleOf(v, "present") && v.path.child === undefined && v.path.item === undefined);
      const text = needed.map((v) => {
        const p = endpoint.spec.params.find((q) => q.name === v.path.name);
        return p ? `${key(p.name)}: ${requiredLiteral(sample(p, v))}` : "";
      });
      return { names: new Set(needed.map((v) => v.path.name)), text: [requiredText, ...text].filter(Boolean).join(", ") };
    };
    const modelOf = (id: string) => endpoint.models.find((m) => m.id === id);
    for (const b of builders) {
      const text = neededBy(modelOf(b.id)?.profile ?? "").text;
      out.line(`export const ${b.name}_call = ${b.name}({ ${text} });`, { symbol: b.name, model: b.id });
    }
    endpoint.models.forEach((m, i) => {
      const needed = neededBy(m.profile);
      const request = (extra: string) =>
        `{ ${[`model: ${JSON.stringify(m.id)}`, needed.text, extra.replace(/^, /, "")].filter(Boolean).join(", ")} }`;
      out.line(`export const ${prefix}_r${i}: ${info.union} = ${request("")};`, { model: m.id });
      for (const param of endpoint.spec.params) {
        if (param.name === "model" || param.required || needed.names.has(param.name)) continue;
        const value = sample(param, verdictOf(endpoint, m.profile, param.name));
        if (value === undefined) continue;
        out.line(
          `export const ${prefix}_r${i}_${ident(param.name)}: ${info.union} = ${request(`, ${key(param.name)}: ${literal(value)}`)};`,
          {
            model: m.id,
            param: param.name,
          },
        );
      }
    });
    writeValueProbes(out, endpoint, info.union, (profile) => neededBy(profile).text, prefix);
  }
  return { text: out.text(), lines: out.uses };
}

/** Every enum value, and `null` where the spec allows it, of each parameter, on a model that accepts it unruled. */
function writeValueProbes(
  out: Writer,
  endpoint: EndpointCapabilities,
  union: string,
  requiredText: (profile: string) => string,
  prefix: string,
): void {
  let n = 0;
  for (const param of endpoint.spec.params) {
    if (param.name === "model" || param.required) continue;
    const model = endpoint.models.find((m) => verdictOf(endpoint, m.profile, param.name) === undefined);
    if (!model) continue;
    const needed = requiredText(model.profile);
    const values = [...(param.enumValues ?? []).filter((v) => v !== null), ...(param.nullable ? [null] : [])];
    for (const value of values) {
      const parts = [`model: ${JSON.stringify(model.id)}`, needed, `${key(param.name)}: ${literal(value)}`];
      const request = `{ ${parts.filter(Boolean).join(", ")} }`;
      out.line(`export const ${prefix}_v${n++}: ${union} = ${request};`, { model: model.id, param: param.name });
    }
  }
}

function verdictOf(endpoint: EndpointCapabilities, profile: string, param: string): ParamVerdict | undefined {
  return endpoint.profiles.find((p) => p.name === profile)?.params[param];
}

/** A value the model accepts for the parameter, or undefined when there is no simple one (or it is rejected). */
function sampleValue(param: RequestParam, verdict: ParamVerdict | undefined, type: string): JsonValue | undefined {
  if (refusesParam(verdict) || ruleOf(verdict, "requires")) return undefined;
  const values = ruleOf(verdict, "values")?.values;
  if (values) return values[0];
  const enumValue = param.enumValues?.find((v) => v !== null);
  if (enumValue !== undefined) return enumValue;
  if (type === "number") return 1;
  if (type === "boolean") return true;
  if (type === "string" || type === "string & {}" || type.startsWith("string | ")) return "x";
  if (/^[A-Za-z]+\[\]$/.test(type) || /^Array<.*>$/.test(type)) return [];
  return undefined;
}

/** A property key as written in an object literal (multipart specs have keys such as `timestamp_granularities[]`). */
const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
/** A parameter name as part of a variable name. */
const ident = (name: string): string => name.replace(/\W/g, "_");

function literal(value: JsonValue): string {
  return JSON.stringify(value);
}

/**
 * A required parameter's sample; one with no simple JSON sample (a file upload) is `undefined as never`, which fits any
 * type, so the line still tests the model and the other parameters.
 */
function requiredLiteral(value: JsonValue | undefined): string {
  return value === undefined ? "undefined as never" : literal(value);
}

class Writer {
  private readonly lines: string[] = [];
  readonly uses = new Map<number, LineUse>();

  line(text: string, use?: LineUse): void {
    this.lines.push(text);
    if (use) this.uses.set(this.lines.length, use);
  }

  text(): string {
    return `${this.lines.join("\n")}\n`;
  }
}
