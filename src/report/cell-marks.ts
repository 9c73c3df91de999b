import type { ParamVerdict, Profile, Why } from "../capabilities/capability-model.js";
import { nullMessage, rejectMessage, requiresMessage, roleMessage, showValue, valuesMessage } from "../emit/messages.js";

/** How a model treats a parameter, as the legend names it. */
export type MarkKind = "accepted" | "rejected" | "renamed" | "narrowed" | "conditional";

/** One verdict shown in a cell: its short text, its kind, the overlay's reason, and the compile error's wording. */
export interface Mark {
  kind: MarkKind;
  text: string;
  /** The same sentence compile errors and the runtime adapter print. */
  message: string;
  why: Why;
}

/** The marks for one parameter key of a profile; none when the profile has no rule for it (accepted). */
export function paramMarks(profile: Profile | undefined, key: string): Mark[] {
  const verdict = profile?.params[key];
  if (!profile || !verdict) return [];
  return [verdictMark(profile.label, key, verdict)];
}

/** One mark per message role the profile rejects, for the `messages` column. */
export function roleMarks(profile: Profile | undefined): Mark[] {
  if (!profile) return [];
  return Object.entries(profile.roles).map(([role, verdict]) => ({
    kind: "rejected",
    text: `✗ ${role}`,
    message: roleMessage(profile.label, role, verdict),
    why: verdict,
  }));
}

function verdictMark(label: string, key: string, verdict: ParamVerdict): Mark {
  const why: Why = {
    reason: verdict.reason,
    sources: verdict.sources,
    ...(verdict.note && { note: verdict.note }),
    ...(verdict.evidence && { evidence: verdict.evidence }),
  };
  if (verdict.kind === "reject") {
    const message = rejectMessage(label, key, verdict);
    return verdict.rename ? { kind: "renamed", text: `→ ${verdict.rename}`, message, why } : { kind: "rejected", text: "✗", message, why };
  }
  const texts: string[] = [];
  const messages: string[] = [];
  if (verdict.values) {
    texts.push(verdict.values.map(showValue).join(", "));
    messages.push(valuesMessage(label, key, verdict.values, verdict.reason));
  }
  if (verdict.nullable === false) {
    texts.push("not null");
    if (!verdict.values) messages.push(nullMessage(label, key, verdict.reason));
  }
  if (verdict.default) texts.push(`default ${showValue(verdict.default.value)}`);
  if (verdict.requires) {
    texts.push(`requires ${verdict.requires.param}=${verdict.requires.values.map(showValue).join("|")}`);
    messages.push(requiresMessage(label, key, verdict.requires, verdict.reason));
  }
  if (messages.length === 0) messages.push(`${label} sends ${key} as ${texts.join("; ")}: ${verdict.reason}`);
  return { kind: verdict.requires ? "conditional" : "narrowed", text: texts.join("; "), message: messages.join("\n"), why };
}
