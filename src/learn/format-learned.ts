import type { Learned } from "./learn-rule.js";

/** `modelgate learn` as text: what the error says, and whether modelgate knew it, with the rule or the proposal. */
export function formatLearned(learned: Learned): string {
  const { classified } = learned;
  const what = classified.kind === "role" ? `role ${classified.role}` : classified.params.join(", ") || "(no parameter)";
  const lines = [`error: ${learned.error.message.trim()}`, `reads as: ${classified.kind} (${what}); matched "${classified.pattern}"`];
  if (learned.modelId !== undefined || learned.endpoint !== undefined)
    lines.push(`request: ${learned.modelId ?? "?"} on ${learned.endpoint ?? "?"}`);
  switch (learned.verdict) {
    case "known":
      lines.push(`known: ${learned.explanation}; the types reject it at compile time, adaptRequest fixes or refuses it:`);
      for (const m of learned.matches) lines.push(`  ${m.param}: ${m.message}${m.sources.length ? ` [${m.sources.join(", ")}]` : ""}`);
      break;
    case "new":
      lines.push(`new: ${learned.explanation}. Proposed rule for a user overlay:`, "", learned.proposal?.yaml.trimEnd() ?? "");
      break;
    case "cannot-tell":
      lines.push(`cannot tell: ${learned.explanation}`);
      break;
  }
  return `${lines.join("\n")}\n`;
}

/** The same as one JSON document. */
export function learnedToJson(learned: Learned): string {
  return `${JSON.stringify(learned, null, 2)}\n`;
}
