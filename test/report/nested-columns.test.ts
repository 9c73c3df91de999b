import { describe, expect, test } from "vitest";
import type { CapabilityModel, EndpointCapabilities } from "../../src/capabilities/capability-model.js";
import { matrixColumns } from "../../src/report/matrix-columns.js";
import { renderReport } from "../../src/report/render-report.js";
import { verdictOn } from "../support/verdicts.js";
import { capabilitiesOf, matrixRows, rowOf, smallChatInputs } from "./report-support.js";

/** The report fixture's model with rules for nested keys added by hand (the overlay cannot state them yet). */
function withNestedRules(): { model: CapabilityModel; chat: EndpointCapabilities } {
  const model = capabilitiesOf(smallChatInputs("report-chat.yaml"));
  const chat = model.endpoints.find((e) => e.spec.key === "chat.completions");
  const profile = chat?.profiles.find((p) => p.name === "reasoning");
  if (!chat || !profile) throw new Error("fixture changed");
  const why = (reason: string) => ({ reason, sources: ["T"] });
  profile.params["reasoning_effort.summary"] = verdictOn("reasoning_effort.summary", why("no summary"), { kind: "reject" });
  profile.params["reasoning_effort.amount"] = verdictOn("reasoning_effort.amount", why("only low"), { kind: "values", values: ["low"] });
  profile.params["text.verbosity"] = verdictOn("text.verbosity", why("parent not in this spec"), { kind: "values", values: ["high"] });
  return { model, chat };
}

describe("report > nested parameter keys", () => {
  test("follow their parent's column, sorted; keys whose parent the spec lacks come last", () => {
    const { chat } = withNestedRules();
    expect(matrixColumns(chat).map((c) => [c.key, c.param === undefined ? "nested" : "spec"])).toStrictEqual([
      ["messages", "spec"],
      ["temperature", "spec"],
      ["top_p", "spec"],
      ["logprobs", "spec"],
      ["top_logprobs", "spec"],
      ["reasoning_effort", "spec"],
      ["reasoning_effort.amount", "nested"],
      ["reasoning_effort.summary", "nested"],
      ["max_tokens", "spec"],
      ["max_completion_tokens", "spec"],
      ["text.verbosity", "nested"],
    ]);
  });

  test("get their own cells, and models without the rule accept them", () => {
    const { model } = withNestedRules();
    const rows = matrixRows(renderReport({ model, generatorVersion: "0.0.0-test" }), "chat.completions");
    const cells = (id: string) => rowOf(rows, id).cells.map((c) => c.text);
    expect(cells("alpha")).toStrictEqual([
      "✗ system",
      "1; not null",
      "✓",
      "✗",
      "requires logprobs=true",
      "default medium",
      "low",
      "✗",
      "→ max_completion_tokens",
      "✓",
      "high",
    ]);
    expect(cells("beta")).toStrictEqual(Array(11).fill("✓"));
    expect(rowOf(rows, "gamma").line).toContain('colspan="11"');
  });
});
