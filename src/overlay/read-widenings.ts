import type { SpecWidening, WideningChange } from "./overlay-schema.js";
import { readProvenance, unknownField } from "./read-provenance.js";
import { readUnionMember } from "./read-union-member.js";
import type { Field, YamlReader } from "./yaml-reader.js";

/**
 * `widen:` maps a JSON pointer into the spec to one change, with a reason and source: `add` (values joining the closed
 * enum there), `optional` (property names the object schema there stops requiring), `any: true` (any JSON value) or
 * `member` (an object schema joining the union there).
 */
export function readWidenings(reader: YamlReader, field: Field): SpecWidening[] {
  const widenings: SpecWidening[] = [];
  const changes = ["add", "optional", "any", "member"];
  const known = [...changes, "reason", "source", "note", "evidence"];
  for (const entry of reader.entries(field.value, "`widen`")) {
    const fields = reader.entries(entry.value, `widening "${entry.key}"`);
    for (const f of fields.filter((f) => !known.includes(f.key))) unknownField(reader, f, known);
    const given = fields.filter((f) => changes.includes(f.key));
    if (!entry.key.startsWith("/")) reader.shape(entry.value, `widening "${entry.key}" must be keyed by a JSON pointer (/components/...)`);
    const change = given.length === 1 && given[0] ? readChange(reader, given[0]) : undefined;
    if (given.length !== 1)
      reader.shape(
        entry.value,
        `widening "${entry.key}" needs exactly one of \`add: [values]\`, \`optional: [names]\`, \`any: true\` or \`member: {schema}\``,
      );
    const provenance = readProvenance(
      reader,
      entry,
      fields.filter((f) => !changes.includes(f.key)),
    );
    if (provenance && change && entry.key.startsWith("/")) widenings.push({ pointer: entry.key, ...change, ...provenance });
  }
  return widenings;
}

function readChange(reader: YamlReader, field: Field): WideningChange | undefined {
  if (field.key === "any") {
    if (reader.boolean(field.value, "`any`") === true) return { kind: "any" };
    reader.shape(field.value, "`any` only takes `true`");
    return undefined;
  }
  if (field.key === "member") {
    const member = readUnionMember(reader, field.value);
    return member && { kind: "member", member };
  }
  const list = reader.list(field.value, `\`${field.key}\``);
  if (!list) return undefined; // reported: not a non-empty list
  if (field.key === "add") return { kind: "add", add: list };
  if (list.every((name) => typeof name === "string")) return { kind: "optional", optional: list as string[] };
  reader.shape(field.value, "`optional` lists property names (strings)");
  return undefined;
}
