import { expect, test } from "vitest";
import { verdictOn } from "../support/verdicts.js";
import { endpointData, resolveSmallChatText } from "./capability-fixtures.js";

const head = 'overlay: 1\nsources:\n  T: { title: t, url: "https://example.org/t" }\n';
const reject = (param: string): string => `${param}: { reject: true, reason: "no ${param}", source: T }`;
const rejected = (param: string) => verdictOn(param, { reason: `no ${param}`, sources: ["T"] }, { kind: "reject" });

/** Profile name, label and models of the chat endpoint, and each model's profile. */
function chatProfiles(text: string): { profiles: [string, string, string[]][]; models: [string, string][] } {
  const chat = endpointData(resolveSmallChatText(text).model, "chat.completions");
  return {
    profiles: chat.profiles.map((p) => [p.name, p.label, p.models]),
    models: chat.models.map((m) => [m.id, m.profile]),
  };
}

test("capabilities > labels > come from the nearest labeled entry of the chain, else the defining entry's key", () => {
  const text = `${head}families:
  root:
    label: Root
    chat.completions: { params: { ${reject("top_p")} } }
  mid: { extends: root, label: Mid }
  child:
    extends: mid
    chat.completions: { params: { ${reject("logprobs")} } }
  other:
    extends: root
    chat.completions: { params: { ${reject("temperature")} } }
  unlabeled:
    chat.completions: { params: { ${reject("max_tokens")} } }
models:
  alpha: { extends: child }
  alpha-2025-01-01: { extends: unlabeled }
  beta: { extends: other }
  gamma: { extends: mid }
  delta: { extends: root }
`;
  expect(chatProfiles(text)).toStrictEqual({
    profiles: [
      ["child", "Mid", ["alpha"]],
      ["mid", "Mid", ["gamma"]],
      ["other", "Root", ["beta"]],
      ["root", "Root", ["delta"]],
      ["unlabeled", "unlabeled", ["alpha-2025-01-01"]],
    ],
    models: [
      ["alpha", "child"],
      ["alpha-2025-01-01", "unlabeled"],
      ["beta", "other"],
      ["gamma", "mid"],
      ["delta", "root"],
    ],
  });
});

test("capabilities > a model with its own label and no rules > gets its own profile with the inherited rules", () => {
  const text = `${head}families:
  f:
    chat.completions: { params: { ${reject("top_p")} } }
models:
  alpha: { extends: f, label: Alpha }
  beta: { extends: f }
`;
  const chat = endpointData(resolveSmallChatText(text).model, "chat.completions");
  expect(chat.profiles).toStrictEqual([
    { name: "alpha", label: "Alpha", models: ["alpha"], params: { top_p: rejected("top_p") }, roles: {}, groups: [], cases: [[]] },
    { name: "f", label: "f", models: ["beta"], params: { top_p: rejected("top_p") }, roles: {}, groups: [], cases: [[]] },
  ]);
});

test("capabilities > rules on another endpoint only > leave a model with its parent's chat profile", () => {
  const text = `${head}families:
  f:
    chat.completions: { params: { ${reject("top_p")} } }
models:
  alpha:
    extends: f
    embeddings: { params: { ${reject("dimensions")} } }
`;
  expect(chatProfiles(text)).toStrictEqual({ profiles: [["f", "f", ["alpha"]]], models: [["alpha", "f"]] });
});

test("capabilities > `accept: true` cancelling every inherited rule > leaves the model without a profile", () => {
  const text = `${head}families:
  f:
    chat.completions: { params: { ${reject("top_p")} } }
models:
  alpha:
    extends: f
    chat.completions: { params: { top_p: { accept: true, reason: "alpha takes top_p", source: T } } }
  beta: { extends: f }
`;
  expect(chatProfiles(text)).toStrictEqual({
    profiles: [["f", "f", ["beta"]]],
    models: [
      ["alpha", ""],
      ["beta", "f"],
    ],
  });
});

test("capabilities > `served: false` on a family > is inherited, and a child's own rules do not serve it again", () => {
  const text = `${head}families:
  retired:
    chat.completions: { served: false, reason: "retired", source: T }
models:
  alpha: { extends: retired }
  beta:
    extends: retired
    chat.completions: { params: { ${reject("top_p")} } }
`;
  const chat = endpointData(resolveSmallChatText(text).model, "chat.completions");
  expect([chat.models, chat.profiles, chat.unserved]).toStrictEqual([
    [],
    [],
    [
      { id: "alpha", reason: "retired", sources: ["T"] },
      { id: "beta", reason: "retired", sources: ["T"] },
    ],
  ]);
});

test("capabilities > `missing-in-spec: skip` > a model extending a skipped model still inherits its rules", () => {
  const text = `${head}missing-in-spec: skip
families:
  f:
    chat.completions: { params: { ${reject("top_p")} } }
models:
  alpha-9:
    extends: f
    label: Alpha 9
    chat.completions: { params: { ${reject("logprobs")} } }
  alpha-2025-01-01: { extends: alpha-9 }
`;
  const chat = endpointData(resolveSmallChatText(text).model, "chat.completions");
  expect([chat.profiles, chat.unserved]).toStrictEqual([
    [
      {
        name: "alpha-9",
        label: "Alpha 9",
        models: ["alpha-2025-01-01"],
        params: { logprobs: rejected("logprobs"), top_p: rejected("top_p") },
        roles: {},
        groups: [],
        cases: [[]],
      },
    ],
    [],
  ]);
});
