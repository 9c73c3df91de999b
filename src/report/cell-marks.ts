import { isUnverified, type ParamVerdict, type Profile, ruleOf, type Why } from "../capabilities/capability-model.js";
import { roleMessage, unverifiedWarning } from "../emit/messages.js";
import { kindText, messageOf, ruleMessage } from "../emit/rule-kinds.js";

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

/** The cell's mark; an unverified verdict's messages say "not verified", as the runtime's warnings do. */
function verdictMark(label: string, key: string, verdict: ParamVerdict): Mark {
  const mark = ruledMark(label, key, verdict);
  if (!verdict.rules.some(isUnverified)) return mark;
  return { ...mark, message: mark.message.split("\n").map(unverifiedWarning).join("\n") };
}

/** A cell's mark: a refusal alone, else every rule's short form and message (rule-kinds.ts says which is which). */
function ruledMark(label: string, key: string, verdict: ParamVerdict): Mark {
  const why: Why = {
    reason: verdict.reason,
    sources: verdict.sources,
    ...(verdict.note && { note: verdict.note }),
    ...(verdict.evidence && { evidence: verdict.evidence }),
  };
  const refusal = verdict.rules.find((rule) => kindText(rule).section === "rejected");
  if (refusal) {
    const text = kindText(refusal).short(refusal);
    return { kind: text === "✗" ? "rejected" : "renamed", text, message: messageOf(label, refusal), why };
  }
  // The null ban is worth its own message only where no values list says more.
  const told = verdict.rules.filter((rule) => !(rule.kind === "notNull" && ruleOf(verdict, "values")));
  const texts = verdict.rules.map((rule) => kindText(rule).short(rule));
  const messages = told.flatMap((rule) => ruleMessage(label, rule) ?? []);
  if (messages.length === 0) messages.push(`${label} sends ${key} as ${texts.join("; ")}: ${verdict.reason}`);
  const conditional = verdict.rules.some((rule) => kindText(rule).section === "dependsOn");
  return { kind: conditional ? "conditional" : "narrowed", text: texts.join("; "), message: messages.join("\n"), why };
}
