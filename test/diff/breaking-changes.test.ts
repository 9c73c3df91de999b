import { describe, expect, test } from "vitest";
import type { EndpointCapabilities } from "../../src/capabilities/capability-model.js";
import { findBreakingChanges } from "../../src/diff/breaking-changes.js";
import type { EndpointDiff } from "../../src/diff/diff-types.js";
import { generate } from "../../src/index.js";
import { fixtureInput } from "./diff-support.js";

/** The fixture's chat capabilities (diff-old.yaml under diff-overlay.yaml), and a copy to make stricter. */
function chatCapabilities(): EndpointCapabilities {
  const { model } = generate({ spec: fixtureInput("diff-old.yaml"), overlay: fixtureInput("diff-overlay.yaml") });
  const chat = model.endpoints.find((e) => e.spec.key === "chat.completions");
  if (!chat) throw new Error("the fixture overlay covers chat.completions");
  return chat;
}

const noSpecChange: EndpointDiff = {
  endpoint: "chat.completions",
  status: "unchanged",
  requestSchema: { old: "CreateChatCompletionRequest", new: "CreateChatCompletionRequest" },
  modelsAdded: [],
  modelsRemoved: [],
  params: [],
  unclassified: [],
};

describe("breaking changes > message roles", () => {
  test("a role a profile newly rejects > breaks the builder of each of its models, on the messages parameter", () => {
    const old = chatCapabilities();
    const after = chatCapabilities();
    const plain = after.profiles.find((p) => p.name === "plain");
    if (!plain) throw new Error("beta and gamma share the profile plain");
    plain.roles.user = { kind: "reject", reason: "no user turns", sources: ["T"] };
    expect(findBreakingChanges({ diff: noSpecChange, old, new: after })).toStrictEqual(
      ["beta", "gamma"].map((id) => ({
        endpoint: "chat.completions",
        symbol: `${id}Request`,
        model: id,
        param: "messages",
        message: `model "${id}" no longer accepts messages with role "user" (no user turns)`,
      })),
    );
  });

  test("the same capabilities on both sides > nothing breaks", () => {
    expect(findBreakingChanges({ diff: noSpecChange, old: chatCapabilities(), new: chatCapabilities() })).toStrictEqual([]);
  });
});
