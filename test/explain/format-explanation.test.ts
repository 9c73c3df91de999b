import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { explainModel } from "../../src/explain/explain-model.js";
import { explanationToJson, formatExplanation } from "../../src/explain/format-explanation.js";
import { explain } from "../../src/index.js";
import { repoRoot } from "../support/compilers.js";
import { explainFixture, newestModel, onEndpoint, specArg } from "./explain-support.js";

describe("formatExplanation > text", () => {
  const text = formatExplanation(explainModel({ model: newestModel(), id: "o3" }));

  test("starts with the heading naming the model, its profile, its label and the endpoint", () => {
    expect(text.split("\n")[0]).toBe('o3 (profile o3-o4-mini, label "o3 / o4-mini") on chat.completions (POST /chat/completions)');
  });

  test("prints one line per rejected parameter with its reason and source keys", () => {
    expect(text).toContain(
      "\n  logprobs — reasoning models return no token log probabilities [AZ-R, OAI-G51, V-CHAT; evidence: confirmed]\n",
    );
  });

  test("a rule resting on inferred evidence says it is a warning only, not verified", () => {
    expect(text).toMatch(/\n {2}audio — no audio output \[C-O1, AZ-R, LL-G5; evidence: inferred, warning only \(not\s+verified\)\]\n/);
  });

  test("prints narrowed values and dependencies", () => {
    expect(text).toContain(
      "\n  temperature — only 1: only the default sampling temperature (1) is accepted [I1, ZC-T, I11, PAL-78; evidence:\n",
    );
    expect(text).toContain(
      "\n  stream_options — only when stream is true: only configures a streamed response [SPEC, I26; evidence: confirmed]\n",
    );
  });

  test("lists the sections in order and each source once with its URL at the end", () => {
    const order = ["rejected (", "narrowed (", "depends on (", "roles", "accepted as the spec types them (", "sources"];
    const at = order.map((heading) => text.indexOf(`\n${heading}`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toStrictEqual([...at].sort((a, b) => a - b));
    expect(text.match(/^ {2}AZ-R — /gm)).toHaveLength(1);
    expect(text).toContain(
      "\n    https://github.com/MicrosoftDocs/azure-ai-docs/blob/645e01903b697e59fb4f0ada91d8429858478501/articles/ai-foundry/openai/how-to/reasoning.md\n",
    );
  });

  test("keeps every line within 120 characters except unbreakable URLs", () => {
    const long = text.split("\n").filter((line) => line.length > 120 && !/^ +https?:\/\/\S+$/.test(line));
    expect(long).toStrictEqual([]);
  });

  test("says not served, with the reason, for o1-pro", () => {
    expect(formatExplanation(explainModel({ model: newestModel(), id: "o1-pro" }))).toMatch(
      /^o1-pro on chat\.completions \(POST \/chat\/completions\): not served\n {2}the spec does not list it for POST \/chat\/completions \[SPEC\]\n/,
    );
  });
});

describe("explanationToJson", () => {
  const explanation = explainModel({ model: newestModel(), id: "gpt-5.1" });

  test("parses back to the explanation", () => {
    expect(JSON.parse(explanationToJson(explanation))).toStrictEqual(explanation);
  });

  test("sorts object keys, so the document is stable", () => {
    const json = explanationToJson(explanation);
    const keys = Object.keys(JSON.parse(json) as Record<string, unknown>);
    expect(keys).toStrictEqual(["endpoints", "id", "sources"]);
    expect(explanationToJson(explainModel({ model: newestModel(), id: "gpt-5.1" }))).toBe(json);
  });
});

describe("explain() > library API", () => {
  test("explains a model id the overlay does not classify as checked only against the spec", () => {
    const spec = { file: specArg, bytes: readFileSync(join(repoRoot, specArg)) };
    const overlayFile = explainFixture("only-o1.yaml");
    const result = explain({ spec, overlay: { file: overlayFile, bytes: readFileSync(overlayFile) }, id: "gpt-4o" });
    const gpt4o = onEndpoint(result.explanation.endpoints);
    expect(gpt4o.status).toBe("unchecked");
    expect(gpt4o).toMatchObject({ reason: expect.stringContaining("the overlay does not classify it") });
    expect(formatExplanation(result.explanation)).toContain("gpt-4o on chat.completions (POST /chat/completions): no rules\n");
    expect(result.diagnostics.some((d) => d.code === "MG_COVERAGE_UNCLASSIFIED")).toBe(true);
  });
});
