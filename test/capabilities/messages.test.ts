import { expect, test } from "vitest";
import type { Profile } from "../../src/capabilities/capability-model.js";
import {
  notServedMessage,
  nullMessage,
  profileDefault,
  requiresMessage,
  roleMessage,
  showValues,
  valuesMessage,
} from "../../src/emit/messages.js";
import { messageOf } from "../../src/emit/rule-kinds.js";
import { splitParamPath } from "../../src/spec/nested-params.js";
import { smallChatSpec } from "../overlay/overlay-fixtures.js";
import { verdictOn } from "../support/verdicts.js";

const why = { reason: "reasoning models count hidden tokens", sources: ["T"] };
const chat = smallChatSpec().endpoints.find((e) => e.key === "chat.completions");
if (!chat) throw new Error("small-chat.yaml has no chat.completions");

for (const { what, text, expected, names } of [
  {
    what: "a rejected parameter",
    text: messageOf("o1", { kind: "reject", path: splitParamPath("logprobs"), ...why }),
    expected: "o1 does not support logprobs: reasoning models count hidden tokens",
    names: ["o1", "logprobs"],
  },
  {
    what: "a rejected parameter with a rename",
    text: messageOf("o1", { kind: "reject", path: splitParamPath("max_tokens"), rename: "max_completion_tokens", ...why }),
    expected: "o1 does not support max_tokens: reasoning models count hidden tokens; use max_completion_tokens instead",
    names: ["o1", "max_tokens"],
  },
  {
    what: "a moved key",
    text: messageOf("o1", { kind: "moved", path: splitParamPath("reasoning_effort"), to: "reasoning.effort", ...why }),
    expected: "o1 does not support reasoning_effort: reasoning models count hidden tokens; use reasoning.effort instead",
    names: ["o1", "reasoning_effort"],
  },
  {
    what: "a parameter the model must receive",
    text: messageOf("o1", { kind: "present", path: splitParamPath("reasoning.effort"), ...why }),
    expected: "o1 needs reasoning.effort: reasoning models count hidden tokens",
    names: ["o1", "reasoning.effort"],
  },
  {
    what: "narrowed values",
    text: valuesMessage("gpt-5.1", "reasoning_effort", ["none", "low", "high"], why.reason),
    expected: "gpt-5.1 accepts reasoning_effort only as none, low or high: reasoning models count hidden tokens",
    names: ["gpt-5.1", "reasoning_effort"],
  },
  {
    what: "one narrowed value",
    text: valuesMessage("o1", "temperature", [1], why.reason),
    expected: "o1 accepts temperature only as 1: reasoning models count hidden tokens",
    names: ["o1", "temperature"],
  },
  {
    what: "null refused",
    text: nullMessage("gpt-5", "max_completion_tokens", why.reason),
    expected: "gpt-5 does not accept null for max_completion_tokens: reasoning models count hidden tokens",
    names: ["gpt-5", "max_completion_tokens"],
  },
  {
    what: "a condition on another parameter",
    text: requiresMessage("gpt-5.1", "temperature", { param: "reasoning_effort", values: ["none"] }, why.reason),
    expected: "gpt-5.1 accepts temperature only when reasoning_effort is none: reasoning models count hidden tokens",
    names: ["gpt-5.1", "temperature", "reasoning_effort"],
  },
  {
    what: "a condition with the controller's default",
    text: requiresMessage("gpt-5.1", "logprobs", { param: "reasoning_effort", values: ["none", "low"] }, why.reason, "none"),
    expected: "gpt-5.1 accepts logprobs only when reasoning_effort is none or low (default none): reasoning models count hidden tokens",
    names: ["gpt-5.1", "logprobs", "reasoning_effort"],
  },
  {
    what: "a refused role",
    text: roleMessage("o1-mini", "system", { kind: "reject", ...why }),
    expected: "o1-mini does not accept system messages: reasoning models count hidden tokens",
    names: ["o1-mini", "system"],
  },
  {
    what: "a model not served",
    text: notServedMessage("codex-mini-latest", chat, why.reason),
    expected: "codex-mini-latest is not served on POST /chat/completions: reasoning models count hidden tokens",
    names: ["codex-mini-latest"],
  },
]) {
  test(`messages > ${what} > names the model, the parameter and the reason`, () => {
    expect(text).toBe(expected);
    for (const name of [...names, why.reason]) expect(text).toContain(name);
  });
}

test("messages > values > a string prints bare, anything else as JSON, joined with commas and a final `or`", () => {
  expect([showValues([]), showValues(["low"]), showValues([null, true, 0.5, { a: 1 }])]).toStrictEqual([
    "",
    "low",
    'null, true, 0.5 or {"a":1}',
  ]);
});

test("messages > profile default > is the constrain rule's default, else undefined", () => {
  const profile: Profile = {
    name: "o1",
    label: "o1",
    models: ["o1"],
    params: {
      reasoning_effort: verdictOn(
        "reasoning_effort",
        why,
        { kind: "values", values: ["low", "medium"] },
        { kind: "default", value: "medium" },
      ),
      temperature: verdictOn("temperature", why, { kind: "values", values: [1] }),
      logprobs: verdictOn("logprobs", why, { kind: "reject" }),
    },
    roles: {},
    groups: [],
    cases: [],
  };
  expect(["reasoning_effort", "temperature", "logprobs", "top_p"].map((p) => profileDefault(profile, p))).toStrictEqual([
    "medium",
    undefined,
    undefined,
    undefined,
  ]);
});
