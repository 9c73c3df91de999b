import { expect, test } from "vitest";
import { brief, parseOverlayFixture } from "../overlay/overlay-fixtures.js";
import { verdictOn } from "../support/verdicts.js";
import { endpointData, resolveSmallChat, resolveSmallChatText } from "./capability-fixtures.js";

const reasoningRules = {
  logprobs: verdictOn("logprobs", { reason: "no log probabilities", sources: ["T"] }, { kind: "reject" }),
  max_tokens: verdictOn(
    "max_tokens",
    { reason: "hidden reasoning tokens", sources: ["T"] },
    { kind: "reject", rename: "max_completion_tokens" },
  ),
  temperature: verdictOn("temperature", { reason: "only the default temperature", sources: ["T"] }, { kind: "values", values: [1] }),
};
const systemRejected = { system: { kind: "reject", reason: "send instructions as a user message", sources: ["T"] } };

test("capabilities > inheritance > child rules replace, cancel and add to the parent's; roles are inherited", () => {
  const { model } = resolveSmallChat(parseOverlayFixture("inheritance.yaml"));
  expect(endpointData(model, "chat.completions").profiles).toStrictEqual([
    {
      name: "alpha",
      label: "Alpha",
      models: ["alpha", "alpha-2025-01-01"],
      params: {
        max_tokens: reasoningRules.max_tokens,
        reasoning_effort: verdictOn(
          "reasoning_effort",
          { reason: "two effort levels", sources: ["T"] },
          { kind: "values", values: ["low", "high"] },
          { kind: "default", value: "low" },
        ),
        temperature: verdictOn("temperature", { reason: "two temperatures", sources: ["T", "SPEC"] }, { kind: "values", values: [1, 0.5] }),
      },
      roles: systemRejected,
      groups: [],
      cases: [[]],
    },
    { name: "reasoning", label: "Reasoning", models: ["beta"], params: reasoningRules, roles: systemRejected, groups: [], cases: [[]] },
  ]);
});

test("capabilities > models sharing a defining entry > share one profile, listed in spec order", () => {
  const { model } = resolveSmallChat(parseOverlayFixture("inheritance.yaml"));
  expect(endpointData(model, "chat.completions").models).toStrictEqual([
    { id: "alpha", profile: "alpha" },
    { id: "alpha-2025-01-01", profile: "alpha" },
    { id: "beta", profile: "reasoning" },
  ]);
});

test("capabilities > `served: false` and ids the endpoint does not list > are unserved with their reasons, sorted by id", () => {
  const { model } = resolveSmallChat(parseOverlayFixture("inheritance.yaml"));
  expect(endpointData(model, "chat.completions").unserved).toStrictEqual([
    { id: "embed-small", reason: "the spec does not list it for POST /chat/completions", sources: ["SPEC"] },
    { id: "gamma", reason: "served only on another endpoint", sources: ["T"], note: "the spec still lists it" },
  ]);
});

test("capabilities > a spec id the overlay does not list > is unclassified with an MG_COVERAGE_UNCLASSIFIED warning", () => {
  const { model, diagnostics } = resolveSmallChat(parseOverlayFixture("inheritance.yaml"));
  expect([endpointData(model, "chat.completions").unclassified, diagnostics.items.map(brief)]).toStrictEqual([
    ["delta"],
    [
      'warning MG_COVERAGE_UNCLASSIFIED: model "delta" of chat.completions is not classified by the overlay (inheritance.yaml); it is checked only against the spec',
    ],
  ]);
});

test("capabilities > an overlay with chat blocks only > emits chat.completions only, although the spec has embeddings", () => {
  const { model } = resolveSmallChat(parseOverlayFixture("inheritance.yaml"));
  expect(model.endpoints.map((e) => e.spec.key)).toStrictEqual(["chat.completions"]);
});

test("capabilities > an entry with an embeddings block > emits embeddings too, with every chat id unserved there", () => {
  const { model } = resolveSmallChatText(`overlay: 1
sources:
  SPEC: { title: s, url: "https://example.org/s" }
families:
  embedder:
    embeddings:
      params:
        dimensions: { values: [256], reason: "one size", source: SPEC }
models:
  embed-small: { extends: embedder }
  alpha: { extends: embedder }
`);
  const spec = ["SPEC"];
  expect([model.endpoints.map((e) => e.spec.key), endpointData(model, "embeddings")]).toStrictEqual([
    ["embeddings"],
    {
      profiles: [
        {
          name: "embedder",
          label: "embedder",
          models: ["embed-small"],
          params: { dimensions: verdictOn("dimensions", { reason: "one size", sources: spec }, { kind: "values", values: [256] }) },
          roles: {},
          groups: [],
          cases: [[]],
        },
      ],
      models: [{ id: "embed-small", profile: "embedder" }],
      unserved: [{ id: "alpha", reason: "the spec does not list it for POST /embeddings", sources: spec }],
      unclassified: [],
    },
  ]);
});

test("capabilities > sources > are listed sorted by key with title, url and date", () => {
  const { model } = resolveSmallChat(parseOverlayFixture("inheritance.yaml"));
  expect([model.sources, model.overlay.file]).toStrictEqual([
    { SPEC: { title: "the spec", url: "https://example.org/spec" }, T: { title: "a test source", url: "https://example.org/t" } },
    "inheritance.yaml",
  ]);
});
