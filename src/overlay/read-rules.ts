import type { ParamConstraint, ParamRule, Provenance, RequiredAlternative, RoleRule } from "./overlay-schema.js";
import { readProvenance, unknownField } from "./read-provenance.js";
import type { Field, YamlReader } from "./yaml-reader.js";

/** The fields of a rule under an endpoint block's `params: { <param>: rule }` (docs/overlay.md, "A parameter rule"). */
const ruleFields = [
  "reject",
  "accept",
  "rename",
  "moved",
  "values",
  "nullable",
  "requires",
  "default",
  "required",
  "reason",
  "source",
  "note",
  "evidence",
];

export function readParamRule(reader: YamlReader, param: Field): ParamRule | undefined {
  const fields = reader.entries(param.value, `rule for "${param.key}"`);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const f of fields) if (!ruleFields.includes(f.key)) unknownField(reader, f, ruleFields);
  const provenance = readProvenance(
    reader,
    param,
    fields.filter((f) => ["reason", "source", "note", "evidence"].includes(f.key)),
  );
  if (!provenance) return undefined;
  const reject = byKey.get("reject");
  const accept = byKey.get("accept");
  const constraintKeys = ["values", "nullable", "requires", "default", "required"].filter((k) => byKey.has(k));
  const moved = byKey.get("moved");
  if (moved) {
    if (reject || accept || byKey.has("rename") || constraintKeys.length > 0) {
      reader.shape(param.value, `rule for "${param.key}": \`moved\` stands alone`);
      return undefined;
    }
    const target = reader.string(moved.value, "`moved`");
    return target === undefined ? undefined : { kind: "reject", rename: target, moved: true, ...provenance };
  }
  if (reject && (accept || constraintKeys.length > 0)) {
    reader.shape(param.value, `rule for "${param.key}": \`reject\` stands alone (with \`rename\`)`);
    return undefined;
  }
  if (reject) return readReject(reader, param, reject, byKey.get("rename"), provenance);
  if (byKey.has("rename")) reader.shape(byKey.get("rename")?.value, "`rename` goes with `reject: true`");
  if (accept) {
    if (constraintKeys.length > 0) reader.shape(param.value, `rule for "${param.key}": \`accept\` stands alone`);
    if (reader.boolean(accept.value, "`accept`") !== true) reader.shape(accept.value, "`accept` only takes `true`");
    return { kind: "accept", ...provenance };
  }
  if (constraintKeys.length === 0) {
    reader.shape(param.value, `rule for "${param.key}" says nothing: use reject, accept, values, nullable, requires, default or required`);
    return undefined;
  }
  return { kind: "constrain", constraint: readConstraint(reader, byKey), ...provenance };
}

function readReject(
  reader: YamlReader,
  param: Field,
  reject: Field,
  rename: Field | undefined,
  provenance: Provenance,
): ParamRule | undefined {
  if (reader.boolean(reject.value, "`reject`") !== true) {
    reader.shape(reject.value, `\`reject\` only takes \`true\` (to cancel an inherited rule use \`accept: true\`)`);
    return undefined;
  }
  const target = rename ? reader.string(rename.value, "`rename`") : undefined;
  if (target === param.key) reader.shape(rename?.value, "`rename` must name another parameter");
  return { kind: "reject", ...(target && { rename: target }), ...provenance };
}

function readConstraint(reader: YamlReader, byKey: Map<string, Field>): ParamConstraint {
  const constraint: ParamConstraint = {};
  const values = byKey.get("values");
  if (values) constraint.values = reader.list(values.value, "`values`");
  const nullable = byKey.get("nullable");
  if (nullable) {
    if (reader.boolean(nullable.value, "`nullable`") === false) constraint.nullable = false;
    else reader.shape(nullable.value, "`nullable` only takes `false` (params are nullable as the spec says)");
  }
  const requires = byKey.get("requires");
  if (requires) {
    const [first, ...rest] = reader.entries(requires.value, "`requires`");
    if (!first || rest.length > 0) reader.shape(requires.value, "`requires` names exactly one parameter: { param: [values] }");
    const list = first ? reader.list(first.value, `\`requires.${first.key}\``) : undefined;
    if (first && list) constraint.requires = { param: first.key, values: list };
  }
  const required = byKey.get("required");
  if (required && typeof required.value?.value === "object" && required.value?.value !== null) {
    const anyOf = readRequiredAnyOf(reader, required);
    if (anyOf) constraint.requiredAnyOf = anyOf;
  } else if (required) {
    if (reader.boolean(required.value, "`required`") === true) constraint.required = true;
    else reader.shape(required.value, "`required` takes `true` (a parameter the model must receive) or `{ any-of: { <path>: [values] } }`");
  }
  const defaultField = byKey.get("default");
  if (defaultField) constraint.default = { value: reader.json(defaultField.value) };
  return constraint;
}

/** `required: { any-of: { <path>: [values], … } }`: at least two alternatives, each a path and its values. */
function readRequiredAnyOf(reader: YamlReader, required: Field): RequiredAlternative[] | undefined {
  const [first, ...rest] = reader.entries(required.value, "`required`");
  if (first?.key !== "any-of" || rest.length > 0) {
    reader.shape(required.value, "`required` as a mapping takes exactly `any-of: { <path>: [values], … }`");
    return undefined;
  }
  const entries = reader.entries(first.value, "`required.any-of`");
  if (entries.length < 2) {
    reader.shape(first.value, "`required.any-of` names at least two alternatives (one is `required: true` or `values`)");
    return undefined;
  }
  const alternatives: RequiredAlternative[] = [];
  for (const entry of entries) {
    const values = reader.list(entry.value, `\`required.any-of.${entry.key}\``);
    if (values) alternatives.push({ path: entry.key, values, location: entry.at });
  }
  return alternatives.length === entries.length ? alternatives : undefined;
}

export function readRoleRule(reader: YamlReader, role: Field): RoleRule | undefined {
  const fields = reader.entries(role.value, `rule for role "${role.key}"`);
  const reject = fields.find((f) => f.key === "reject");
  for (const f of fields)
    if (!["reject", "reason", "source", "note", "evidence"].includes(f.key))
      unknownField(reader, f, ["reject", "reason", "source", "note", "evidence"]);
  if (!reject || reader.boolean(reject.value, "`reject`") !== true) {
    reader.shape(role.value, `rule for role "${role.key}" needs \`reject: true\``);
    return undefined;
  }
  const provenance = readProvenance(
    reader,
    role,
    fields.filter((f) => f !== reject),
  );
  return provenance && { kind: "reject", ...provenance };
}
