import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { emitOutput } from "../../src/emit/emit-output.js";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { readTemplate } from "../../src/input/assets.js";
import { adaptWith, validateWith } from "../../templates/runtime.js";
import { capabilitiesOf } from "../overlay/overlay-fixtures.js";
import { compileFixtures } from "../support/compile-fixtures.js";
import { indexFixtureSpec } from "../support/spec-fixtures.js";
import { tempDir } from "../support/temp-dir.js";

// A refusal resting on inferred evidence only (docs/overlay.md, "Evidence levels") through every stage, for every
// kind that refuses: the types accept what the spec types (the property @deprecated, "not verified"), the runtime
// reports a warning, never a problem, and adaptRequest keeps the parameter. The same rules with `evidence: confirmed`
// (family `sure`, model beta) still fail, so the test tells the two apart.
const index = indexFixtureSpec("reasoning-chat.yaml").index;
const rules = (evidence: string) => `      params:
        logprobs: { reject: true, reason: "no log probabilities", source: SPEC, evidence: ${evidence} }
        temperature: { values: [1], nullable: false, reason: "only the default temperature", source: SPEC, evidence: ${evidence} }
        top_logprobs: { requires: { logprobs: [true] }, reason: "needs logprobs", source: SPEC, evidence: ${evidence} }
        reasoning_effort: { required: true, reason: "no default effort", source: SPEC, evidence: ${evidence} }
        reasoning.effort: { values: [high], reason: "reasons hard", source: SPEC, evidence: ${evidence} }
        max_tokens: { reject: true, reason: "use max_completion_tokens", source: SPEC, evidence: confirmed }
`;
const overlayText = `overlay: 1
sources:
  SPEC: { title: s, url: "https://example.org/s" }
families:
  guess:
    chat.completions:
${rules("inferred")}        top_p: { requires: { temperature: [0.5] }, reason: "sampled only warm", source: SPEC, evidence: confirmed }
  sure:
    chat.completions:
${rules("confirmed")}models:
  alpha: { extends: guess }
  beta: { extends: sure }
`;

function capabilities() {
  return capabilitiesOf(overlayText, index);
}

const chat = () => {
  const endpoint = capabilities().endpoints.find((e) => e.spec.key === "chat.completions");
  if (!endpoint) throw new Error("no chat.completions");
  return endpoint;
};

const messages = [{ role: "user", content: "hi" }];
const notVerified = " (not verified: inferred evidence)";
const warning = (param: string, message: string) => ({ param, message: `${message}${notVerified}`, model: "alpha", sources: ["SPEC"] });

function emitted(): { dir: string; types: string } {
  const dir = tempDir("modelgate-unverified-");
  const templates = { brand: readTemplate("brand"), runtime: readTemplate("runtime") };
  const files = emitOutput({ model: capabilities(), diagnostics: new Diagnostics(), templates, generatorVersion: "0.0.0" });
  for (const file of files) writeFileSync(join(dir, file.path), file.contents);
  return { dir, types: files.find((f) => f.path === "chat-completions.types.gen.d.ts")?.contents ?? "" };
}

describe("evidence > inferred rules warn", () => {
  test("the profile's `requires` groups leave an unverified requires rule out; a confirmed one makes a group", () => {
    const profiles = chat().profiles;
    expect(profiles.find((p) => p.name === "guess")?.groups.map((g) => g.dependents)).toStrictEqual([["top_p"]]);
    expect(profiles.find((p) => p.name === "sure")?.groups.map((g) => g.dependents)).toStrictEqual([["top_logprobs"]]);
  });

  test("the runtime table flags the unverified rules and marks their messages", () => {
    const params = runtimeTable(chat()).profiles.guess?.params ?? {};
    expect(Object.entries(params).map(([name, rule]) => [name, rule.unverified === true])).toStrictEqual([
      ["logprobs", true],
      ["max_tokens", false],
      ["reasoning.effort", true],
      ["reasoning_effort", true],
      ["temperature", true],
      ["top_logprobs", true],
      ["top_p", false],
    ]);
    expect(params.logprobs?.messages.reject).toBe(`guess does not support logprobs: no log probabilities${notVerified}`);
  });

  test("validateRequest: every unverified finding is a warning, the request stays ok; a confirmed rule still fails", () => {
    const table = runtimeTable(chat());
    const request = { model: "alpha", messages, logprobs: false, top_logprobs: 2, temperature: null, reasoning: { effort: "none" } };
    expect(validateWith(table, "chat.completions", request)).toStrictEqual({
      ok: true,
      warnings: [
        warning("logprobs", "guess does not support logprobs: no log probabilities"),
        warning("reasoning.effort", "guess accepts reasoning.effort only as high: reasons hard"),
        warning("reasoning_effort", "guess needs reasoning_effort: no default effort"),
        warning("temperature", "guess does not accept null for temperature: only the default temperature"),
        warning("top_logprobs", "guess accepts top_logprobs only when logprobs is true: needs logprobs"),
      ],
    });
    expect(validateWith(table, "chat.completions", { model: "alpha", messages, reasoning_effort: "low" })).toStrictEqual({ ok: true });
    expect(validateWith(table, "chat.completions", { model: "alpha", messages, reasoning_effort: "low", max_tokens: 5 })).toMatchObject({
      ok: false,
      problems: [{ param: "max_tokens" }],
    });
    expect(validateWith(table, "chat.completions", { model: "beta", messages, temperature: 0.5 })).toMatchObject({ ok: false });
  });

  test("an explicit null the spec refuses stays a problem beside the unverified rule's warning (types refuse it too)", () => {
    const table = runtimeTable(chat());
    const result = validateWith(table, "chat.completions", { model: "alpha", messages, reasoning_effort: "low", logprobs: null });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ param: "logprobs", message: expect.stringContaining("the spec does not mark it nullable") }],
      warnings: [warning("logprobs", "guess does not support logprobs: no log probabilities")],
    });
  });

  test("a requires rule sees a value an unverified rule warns about as given (adaptRequest keeps it), not as refused", () => {
    const table = runtimeTable(chat());
    const request = { model: "alpha", messages, reasoning_effort: "low", temperature: 0.5, top_p: 0.9 };
    expect(validateWith(table, "chat.completions", request)).toStrictEqual({
      ok: true,
      warnings: [warning("temperature", "guess accepts temperature only as 1: only the default temperature")],
    });
    expect(adaptWith(table, "chat.completions", request).request).toStrictEqual(request);
  });

  test("adaptRequest keeps an unverified parameter and lists it in warnings; it drops the confirmed one", () => {
    const table = runtimeTable(chat());
    const request = { model: "alpha", messages, reasoning_effort: "low", temperature: 0.5, max_tokens: 5 };
    const adapted = adaptWith(table, "chat.completions", request);
    expect(adapted.request).toStrictEqual({ model: "alpha", messages, reasoning_effort: "low", temperature: 0.5 });
    expect(adapted.changes.map((c) => [c.param, c.action])).toStrictEqual([["max_tokens", "dropped"]]);
    expect(adapted.warnings).toStrictEqual([warning("temperature", "guess accepts temperature only as 1: only the default temperature")]);
    // A missing parameter an unverified rule asks for is no AdaptError either.
    expect(adaptWith(table, "chat.completions", { model: "alpha", messages }, { unsupported: "throw" }).warnings).toStrictEqual([
      warning("reasoning_effort", "guess needs reasoning_effort: no default effort"),
    ]);
  });

  test("the types accept what the spec types, each property @deprecated with the reason, 'not verified' and the sources", () => {
    const { types } = emitted();
    for (const note of [
      "@deprecated guess does not support logprobs: no log probabilities (not verified: inferred evidence; sources SPEC)",
      "@deprecated guess accepts temperature only as 1: only the default temperature; guess does not accept null for temperature: only the default temperature (not verified: inferred evidence; sources SPEC)",
      "@deprecated guess accepts top_logprobs only when logprobs is true: needs logprobs (not verified: inferred evidence; sources SPEC)",
      "@deprecated guess needs reasoning_effort: no default effort (not verified: inferred evidence; sources SPEC)",
      "@deprecated guess accepts reasoning.effort only as high: reasons hard (not verified: inferred evidence; sources SPEC)",
    ])
      expect(types).toContain(note);
  });

  test("compiles under every compiler where the evidence is inferred, fails where it is confirmed", async () => {
    const { dir } = emitted();
    const fixture = join(dir, "unverified-fixture.ts");
    const refused = '{ messages, logprobs: true, top_logprobs: 2, temperature: null, reasoning: { effort: "none" } }';
    writeFileSync(
      fixture,
      [
        'import { alphaRequest, betaRequest, chatCompletionRequest, type CreateChatCompletionRequest } from "./index.js";',
        'const messages = [{ role: "user" as const, content: "hi" }];',
        `export const inferred = chatCompletionRequest({ model: "alpha", ...${refused} });`,
        `export const perModel = alphaRequest(${refused});`,
        `export const annotated: CreateChatCompletionRequest = { model: "alpha", ...${refused}, temperature: 0.5 };`,
        '// @expect-error TS2322 "null"',
        'export const nullLogprobs = alphaRequest({ messages, reasoning_effort: "low", logprobs: null });',
        '// @expect-error TS2322 "guess does not support max_tokens"',
        'export const confirmed = alphaRequest({ messages, reasoning_effort: "low", max_tokens: 5 });',
        '// @expect-error TS2322 "sure accepts temperature only as 1"',
        'export const sure = betaRequest({ messages, reasoning_effort: "low", temperature: 0.5 });',
        '// @expect-error TS2345 "reasoning_effort"',
        "export const sureMissing = betaRequest({ messages });",
        "",
      ].join("\n"),
    );
    const failures = await compileFixtures({ dir, files: [fixture] });
    for (const [name, found] of failures) expect(found, name).toStrictEqual([]);
  });
});
