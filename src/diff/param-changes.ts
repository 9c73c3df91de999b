import { createParamTypes } from "../emit/param-types.js";
import type { JsonObject, JsonValue, RequestParam } from "../spec/spec-types.js";
import { compareStrings } from "../util/closest.js";
import type { FieldChange, ParamChange } from "./diff-types.js";
import { isSameTypeSet, isWidening, paramTypeExpr, type TypeSide, typeSide } from "./type-widening.js";

/** How one spec's parameters print as TypeScript, and the schemas behind the names. */
export interface SpecTypes {
  /** The type modelgate prints for a parameter, without `null` (nullability is compared on its own). */
  text(param: RequestParam): string;
  side: TypeSide;
}

/** Referenced schemas stay names in `text`, so a change inside them alone is not a type change. */
export function specTypes(document: JsonObject): SpecTypes {
  const types = createParamTypes({ document });
  return { text: (param) => types.nonNull(param), side: typeSide(document) };
}

export interface ParamSide {
  params: readonly RequestParam[];
  types: SpecTypes;
}

/** Parameters added, removed and changed between two versions of one request schema (`model` left out), by name. */
export function diffParams(options: { old: ParamSide; new: ParamSide }): ParamChange[] {
  const oldByName = byName(options.old.params);
  const newByName = byName(options.new.params);
  const names = [...new Set([...oldByName.keys(), ...newByName.keys()])].filter((n) => n !== "model").sort(compareStrings);
  const changes: ParamChange[] = [];
  for (const name of names) {
    const before = oldByName.get(name);
    const after = newByName.get(name);
    if (!before && after) {
      const type = options.new.types.text(after);
      changes.push({
        param: name,
        change: "added",
        type,
        required: after.required,
        nullable: after.nullable,
        deprecated: after.deprecated,
      });
    } else if (before && !after) {
      changes.push({ param: name, change: "removed", type: options.old.types.text(before) });
    } else if (before && after) {
      const fields = fieldChanges({ before, after, old: options.old.types, new: options.new.types });
      if (fields.length > 0) changes.push({ param: name, change: "changed", changes: fields });
    }
  }
  return changes;
}

function byName(params: readonly RequestParam[]): Map<string, RequestParam> {
  return new Map(params.map((p) => [p.name, p]));
}

/**
 * Field changes in a fixed order: type, enum, nullable, required, deprecated. When both sides are closed enums the
 * enum change says it all, so a type text that only lists the values is not reported as a type change as well.
 */
function fieldChanges(o: { before: RequestParam; after: RequestParam; old: SpecTypes; new: SpecTypes }): FieldChange[] {
  const { before, after } = o;
  const fields: FieldChange[] = [];
  const bothEnums = before.enumValues !== undefined && after.enumValues !== undefined;
  const [oldType, newType] = [o.old.text(before), o.new.text(after)];
  const exprs =
    oldType !== newType && !bothEnums
      ? { before: paramTypeExpr(o.old.side, before.schema), after: paramTypeExpr(o.new.side, after.schema) }
      : undefined;
  // Reordered oneOf/anyOf branches print differently but are the same type: not a change.
  if (exprs !== undefined && !isSameTypeSet(exprs.before, exprs.after)) {
    fields.push({ field: "type", old: oldType, new: newType, widens: isWidening({ old: o.old.side, new: o.new.side, ...exprs }) });
  }
  if (bothEnums) {
    const { added, removed } = diffValues(before.enumValues ?? [], after.enumValues ?? []);
    if (added.length > 0 || removed.length > 0) fields.push({ field: "enum", added, removed });
  }
  for (const field of ["nullable", "required", "deprecated"] as const) {
    if (before[field] !== after[field]) fields.push({ field, old: before[field], new: after[field] });
  }
  return fields;
}

/** Values only in `after` (added) and only in `before` (removed), each sorted by their JSON text. */
function diffValues(before: readonly JsonValue[], after: readonly JsonValue[]): { added: JsonValue[]; removed: JsonValue[] } {
  const key = (value: JsonValue): string => JSON.stringify(value);
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return {
    added: sortValues(after.filter((v) => !beforeKeys.has(key(v)))),
    removed: sortValues(before.filter((v) => !afterKeys.has(key(v)))),
  };
}

/** JSON values sorted by their JSON text, duplicates dropped: the one order of every value list in a diff. */
function sortValues(values: readonly JsonValue[]): JsonValue[] {
  const unique = new Map(values.map((v) => [JSON.stringify(v), v]));
  return [...unique].sort(([a], [b]) => compareStrings(a, b)).map(([, v]) => v);
}
