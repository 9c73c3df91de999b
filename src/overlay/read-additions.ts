import { type EndpointKey, endpointKeys, isEndpointKey } from "../spec/endpoints.js";
import type { AddedRule, AliasRule, Provenance } from "./overlay-schema.js";
import type { Field, YamlReader } from "./yaml-reader.js";

/** `aliases: { my-o1-deployment: o1 }`: each name a request may send, to the model id whose rules it gets. */
export function readAliases(reader: YamlReader, field: Field): Map<string, AliasRule> {
  const aliases = new Map<string, AliasRule>();
  for (const entry of reader.entries(field.value, "`aliases`")) {
    const target = reader.string(entry.value, `alias "${entry.key}"`);
    if (target !== undefined) aliases.set(entry.key, { name: entry.key, target, location: entry.at });
  }
  return aliases;
}

/** The fields `added:` takes. */
const addedFields = ["endpoints", "reason", "source", "note"];

/**
 * `added: { endpoints: [chat.completions], reason, source }` on a model: the endpoints that serve it although the spec
 * does not list it there. `provenance` reads reason, source and note as every rule does.
 */
export function readAdded(
  reader: YamlReader,
  field: Field,
  provenance: (owner: Field, fields: Field[]) => Provenance | undefined,
): AddedRule | undefined {
  const fields = reader.entries(field.value, "`added`");
  for (const f of fields) {
    if (addedFields.includes(f.key)) continue;
    reader.error("MG_OVERLAY_SHAPE", `unknown field "${f.key}"`, f.at, `allowed here: ${addedFields.join(", ")}`);
  }
  const list = fields.find((f) => f.key === "endpoints");
  if (!list) {
    reader.shape(field.value, "`added` needs `endpoints: [<endpoint key>, …]`: where the model is served");
    return undefined;
  }
  const names = reader.strings(list.value, "`added.endpoints`") ?? [];
  const endpoints: EndpointKey[] = [];
  for (const name of names) {
    if (isEndpointKey(name)) endpoints.push(name);
    else
      reader.error(
        "MG_OVERLAY_UNKNOWN_ENDPOINT",
        `unknown endpoint key "${name}"`,
        reader.locate(list.value),
        `use one of: ${endpointKeys.join(", ")}`,
      );
  }
  const why = provenance(
    field,
    fields.filter((f) => f !== list),
  );
  return why && endpoints.length === names.length && endpoints.length > 0 ? { endpoints, ...why } : undefined;
}
