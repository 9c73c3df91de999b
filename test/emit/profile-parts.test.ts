import { describe, expect, test } from "vitest";
import { dependentGroups, possibleCases } from "../../src/capabilities/dependent-cases.js";
import { createParamTypes } from "../../src/emit/param-types.js";
import { emitGroup, requestMembers } from "../../src/emit/profile-cases.js";
import type { Ctx } from "../../src/emit/profile-context.js";
import { itemKinds, nestedObjects, verdictProp } from "../../src/emit/profile-params.js";
import { messagesProp, roleMessageTypes } from "../../src/emit/profile-roles.js";
import type { InterfaceDeclaration } from "../../src/emit/structures.js";
import { capabilitiesOf } from "../overlay/overlay-fixtures.js";
import { indexFixtureSpec } from "../support/spec-fixtures.js";

// The parts of a profile's emitter (parameters, dependent cases, roles), each on the structures it returns.
const index = indexFixtureSpec("reasoning-chat.yaml").index;

function contextFor(rules: string, roles = ""): Ctx {
  const text = `overlay: 1
sources:
  SPEC: { title: s, url: "https://example.org/s" }
families:
  fam:
    chat.completions:
      params:
${rules}${roles}
models:
  alpha: { extends: fam }
`;
  const model = capabilitiesOf(text, index);
  const endpoint = model.endpoints.find((e) => e.spec.key === "chat.completions");
  const profile = endpoint?.profiles[0];
  if (!endpoint || !profile) throw new Error("no profile");
  return {
    endpoint: endpoint.spec,
    profile,
    types: createParamTypes({ document: index.spec.document }),
    prefix: "Fam",
    docsOf: () => [],
    unverified: new Map(),
  };
}

const controlled = `        logprobs: { default: false, reason: r, source: SPEC }
        top_logprobs: { requires: { logprobs: [true] }, reason: "needs logprobs", source: SPEC }
`;

describe("emit > profile parameters", () => {
  test("a present rule makes the property required and carries its message as the doc comment", () => {
    const ctx = contextFor("        max_tokens: { required: true, reason: r, source: SPEC }\n");
    expect(verdictProp(ctx, "max_tokens", "max_tokens")).toStrictEqual([
      { name: "max_tokens", hasQuestionToken: false, type: "number", docs: ["fam needs max_tokens: r"] },
    ]);
  });

  test("a reject rule makes the property optional, branded with the message, and deprecated", () => {
    const ctx = contextFor("        top_p: { reject: true, reason: r, source: SPEC }\n");
    const [prop] = verdictProp(ctx, "top_p", "top_p");
    expect([prop?.hasQuestionToken, prop?.type, prop?.docs]).toStrictEqual([
      true,
      '(number) & Unsupported<"fam does not support top_p: r">',
      [{ tags: [{ tagName: "deprecated", text: "fam does not support top_p: r" }] }],
    ]);
  });

  test("a nested rule gives the parent a named object type with the ruled child", () => {
    const ctx = contextFor("        reasoning.effort: { values: [low], reason: r, source: SPEC }\n");
    const { statements, properties } = nestedObjects(ctx, ["reasoning.effort"]);
    expect(statements.map((s) => s.name)).toStrictEqual(["FamReasoning"]);
    expect(properties).toStrictEqual([{ name: "reasoning", hasQuestionToken: true, type: "FamReasoning | null" }]);
  });

  test("no item kinds without an item rule", () => {
    const ctx = contextFor("        top_p: { reject: true, reason: r, source: SPEC }\n");
    expect(itemKinds(ctx, [])).toStrictEqual({ statements: [], properties: [] });
  });
});

describe("emit > dependent cases", () => {
  test("capabilities work out each group's cases once: values and absence per case", () => {
    const ctx = contextFor(controlled);
    expect(ctx.profile.groups).toStrictEqual([
      {
        controller: { name: "logprobs", param: "logprobs" },
        values: [true],
        dependents: ["top_logprobs"],
        holds: { values: [true], absent: false },
        // Not known to hold: any value (a run-time boolean fits), or absent.
        fails: { values: [true, false], absent: true },
      },
    ]);
    expect(ctx.profile.cases).toStrictEqual([[true], [false]]);
  });

  test("two groups on one controller that no request can meet are left out of the cases", () => {
    const ctx = contextFor(`        logprobs: { default: false, reason: r, source: SPEC }
        top_logprobs: { requires: { logprobs: [true] }, reason: r, source: SPEC }
        temperature: { requires: { logprobs: [false] }, reason: r, source: SPEC }
`);
    const groups = dependentGroups(ctx.endpoint, ctx.profile.params);
    // Groups sort as logprobs=[false] (temperature), logprobs=[true] (top_logprobs). Both holding needs logprobs false
    // and true at once; both "not known to hold" is any logprobs (a run-time boolean), with both dependents refused.
    expect(groups.map((g) => g.dependents)).toStrictEqual([["temperature"], ["top_logprobs"]]);
    expect(possibleCases(groups)).toStrictEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });

  test("emitGroup names the If/Unless variants and types the controller and the dependent in each", () => {
    const ctx = contextFor(controlled);
    const group = ctx.profile.groups[0];
    if (!group) throw new Error("no group");
    const { holds, fails } = emitGroup(ctx, group);
    const props = (i: InterfaceDeclaration) => (i.properties ?? []).map((p) => [p.name, p.hasQuestionToken, p.type]);
    expect([holds.name, props(holds)]).toStrictEqual([
      "FamIfLogprobsTrue",
      [
        ["logprobs", false, "true"],
        ["top_logprobs", true, "number"],
      ],
    ]);
    expect([fails.name, props(fails)]).toStrictEqual([
      "FamUnlessLogprobsTrue",
      [
        ["logprobs", true, "true | false"],
        [
          "top_logprobs",
          true,
          '(number) & Unsupported<"fam accepts top_logprobs only when logprobs is true (default false): needs logprobs">',
        ],
      ],
    ]);
  });

  test("requestMembers gives one interface per possible case, extending the core with model", () => {
    const ctx = contextFor(controlled);
    const emitted = ctx.profile.groups.map((g) => emitGroup(ctx, g));
    const core: InterfaceDeclaration = { kind: "interface", name: "FamParamsCore", properties: [] };
    const members = requestMembers({ ctx, models: ["alpha"], core, groups: emitted, inherited: new Map() });
    expect(members.map((m) => [m.name, m.extends, m.properties?.[0]])).toStrictEqual([
      ["FamRequestIfLogprobsTrue", ["FamParamsCore"], { name: "model", type: '"alpha"' }],
      ["FamRequestUnlessLogprobsTrue", ["FamParamsCore"], { name: "model", type: '"alpha"' }],
    ]);
  });
});

describe("emit > profile roles", () => {
  test("a rejected role becomes a named message interface in the profile's message union", () => {
    const ctx = contextFor(
      "        top_p: { reject: true, reason: r, source: SPEC }\n",
      "      roles:\n        system: { reject: true, reason: no system, source: SPEC }\n",
    );
    const statements = roleMessageTypes(ctx);
    expect(statements.map((s) => [s.kind, s.name])).toStrictEqual([
      ["interface", "FamSystemMessage"],
      ["typeAlias", "FamMessage"],
    ]);
    expect(messagesProp(ctx).map((p) => p.type)).toStrictEqual(["FamMessage[]"]);
  });

  test("no roles rejected: no message types", () => {
    const ctx = contextFor("        top_p: { reject: true, reason: r, source: SPEC }\n");
    expect([roleMessageTypes(ctx), messagesProp(ctx)]).toStrictEqual([[], []]);
  });
});
