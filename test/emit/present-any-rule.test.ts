import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { emitOutput } from "../../src/emit/emit-output.js";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { readTemplate } from "../../src/input/assets.js";
import { validateOverlay } from "../../src/overlay/validate-overlay.js";
import { AdaptError, adaptWith, validateWith } from "../../templates/runtime.js";
import { briefs, capabilitiesOf, parseOverlayText } from "../overlay/overlay-fixtures.js";
import { compileFixtures } from "../support/compile-fixtures.js";
import { indexFixtureSpec } from "../support/spec-fixtures.js";
import { tempDir } from "../support/temp-dir.js";

// A requirement with alternatives (`required: { any-of }`: audio in or out) through every stage: the overlay, its
// check against the spec, the capability model, the runtime (validateRequest reports a request that meets none,
// adaptRequest cannot fix it) and the types (which cannot demand an item of `messages`, so they refuse nothing).
const index = indexFixtureSpec("audio-chat.yaml").index;
const overlayWith = (rule: string, evidence = "confirmed") => `overlay: 1
sources:
  REC: { title: r, url: "https://example.org/r" }
families:
  fam:
    label: sonic
    chat.completions:
      params:
        modalities:
          required: { any-of: ${rule} }
          reason: "sonic needs audio in or out"
          source: REC
          evidence: ${evidence}
models:
  sonic: { extends: fam }
`;
const alternatives = '{ modalities: [audio], "messages[].content[].type": [input_audio] }';
const message =
  'sonic needs modalities holding "audio" or an item of messages[].content[] with type "input_audio": sonic needs audio in or out';

/** The overlay validated against audio-chat.yaml: its diagnostics, briefly. */
function validationBriefs(text: string): string[] {
  const parsed = parseOverlayText(text);
  const diagnostics = new Diagnostics();
  if (parsed.overlay) validateOverlay({ overlay: parsed.overlay, index, diagnostics });
  return [...briefs(parsed.diagnostics), ...briefs(diagnostics)];
}

const chat = (evidence?: string) => {
  const endpoint = capabilitiesOf(overlayWith(alternatives, evidence), index).endpoints.find((e) => e.spec.key === "chat.completions");
  if (!endpoint) throw new Error("no chat.completions");
  return endpoint;
};

const text = (content: string) => ({ role: "user", content });
const audioPart = { type: "input_audio", input_audio: { data: "AAAA", format: "wav" } };

describe("rule kinds > presentAny > overlay", () => {
  test("`required: { any-of }` parses into its alternatives, each at its own line", () => {
    const parsed = parseOverlayText(overlayWith(alternatives));
    expect(briefs(parsed.diagnostics)).toStrictEqual([]);
    const rule = parsed.overlay?.families.get("fam")?.endpoints.get("chat.completions")?.params.get("modalities");
    expect(rule?.kind === "constrain" && rule.constraint.requiredAnyOf).toStrictEqual([
      { path: "modalities", values: ["audio"], location: { file: "overlay.yaml", line: 10, column: 33 } },
      { path: "messages[].content[].type", values: ["input_audio"], location: { file: "overlay.yaml", line: 10, column: 54 } },
    ]);
  });

  test.each([
    ["one alternative", "{ modalities: [audio] }", "`required.any-of` names at least two alternatives"],
    ["a list of values missing", '{ modalities: [audio], "messages[].content[].type": input_audio }', "must be a non-empty list"],
  ])("%s is MG_OVERLAY_SHAPE", (_what, rule, fragment) => {
    const found = briefs(parseOverlayText(overlayWith(rule)).diagnostics);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("error MG_OVERLAY_SHAPE");
    expect(found[0]).toContain(fragment);
  });

  test("a key other than `any-of` is MG_OVERLAY_SHAPE", () => {
    const text = overlayWith(alternatives).replace("required: { any-of:", "required: { one-of:");
    expect(briefs(parseOverlayText(text).diagnostics)).toStrictEqual([
      "10:21 error MG_OVERLAY_SHAPE: `required` as a mapping takes exactly `any-of: { <path>: [values], … }`",
    ]);
  });

  test("a path the spec's request lacks is MG_OVERLAY_UNKNOWN_PARAM at the alternative's line", () => {
    const rule = '{ modalities: [audio], "messages[].contents[].type": [input_audio] }';
    expect(validationBriefs(overlayWith(rule))).toStrictEqual([
      '10:54 error MG_OVERLAY_UNKNOWN_PARAM: path "messages[].contents[].type" of `required.any-of` leads to no closed set of values in CreateChatCompletionRequest (chat.completions)',
    ]);
  });

  test("a path that skips an array's `[]` leads nowhere: MG_OVERLAY_UNKNOWN_PARAM", () => {
    const rule = '{ modalities: [audio], "messages.content[].type": [input_audio] }';
    expect(validationBriefs(overlayWith(rule))[0]).toContain('error MG_OVERLAY_UNKNOWN_PARAM: path "messages.content[].type"');
  });

  test("an item key cannot take it: MG_OVERLAY_NESTED_RULE", () => {
    const text = overlayWith(alternatives).replace("        modalities:\n", "        messages[].role:\n");
    expect(validationBriefs(text)).toStrictEqual([
      '9:9 error MG_OVERLAY_NESTED_RULE: "messages[].role" is an item kind and cannot take `required`',
    ]);
  });

  test("a value the path cannot hold is MG_OVERLAY_UNKNOWN_VALUE at the alternative's line", () => {
    const rule = '{ modalities: [audio], "messages[].content[].type": [input_video] }';
    expect(validationBriefs(overlayWith(rule))).toStrictEqual([
      '10:54 error MG_OVERLAY_UNKNOWN_VALUE: value "input_video" is not allowed for "messages[].content[].type" by the spec ("text", "input_audio")',
    ]);
  });
});

describe("rule kinds > presentAny > capabilities and runtime", () => {
  test("the rule carries its alternatives with their paths split once", () => {
    const verdict = chat().profiles[0]?.params.modalities;
    expect(verdict?.rules).toStrictEqual([
      {
        kind: "presentAny",
        path: { name: "modalities", param: "modalities" },
        alternatives: [
          { name: "modalities", keys: ["modalities"], values: ["audio"] },
          { name: "messages[].content[].type", keys: ["messages", "content", "type"], values: ["input_audio"] },
        ],
        reason: "sonic needs audio in or out",
        sources: ["REC"],
        evidence: "confirmed",
      },
    ]);
  });

  test("validateRequest reports a request with neither alternative, naming the model, the requirement and the reason", () => {
    const table = runtimeTable(chat());
    const problem = { param: "modalities", message, model: "sonic", sources: ["REC"] };
    expect(validateWith(table, "chat.completions", { model: "sonic", messages: [text("hi")] })).toStrictEqual({
      ok: false,
      problems: [problem],
    });
    const textOnly = { model: "sonic", messages: [text("hi")], modalities: ["text"] };
    expect(validateWith(table, "chat.completions", textOnly)).toStrictEqual({ ok: false, problems: [problem] });
  });

  test("either alternative alone is enough: audio in with text out, audio out with text in", () => {
    const table = runtimeTable(chat());
    const audioIn = {
      model: "sonic",
      messages: [
        { role: "system", content: "be brief" },
        { role: "user", content: [audioPart] },
      ],
    };
    const audioOut = { model: "sonic", messages: [text("hi")], modalities: ["text", "audio"] };
    expect(validateWith(table, "chat.completions", audioIn)).toStrictEqual({ ok: true });
    expect(validateWith(table, "chat.completions", audioOut)).toStrictEqual({ ok: true });
    // A model the overlay does not classify has no such requirement (checked against the spec only).
    expect(validateWith(table, "chat.completions", { model: "plain", messages: [text("hi")] })).toStrictEqual({
      ok: true,
      unchecked: true,
    });
  });

  test("adaptRequest cannot fix it: an AdaptError with the message, whatever `unsupported` says", () => {
    const table = runtimeTable(chat());
    for (const unsupported of ["drop", "throw"] as const) {
      const adapt = () => adaptWith(table, "chat.completions", { model: "sonic", messages: [text("hi")] }, { unsupported });
      expect(adapt).toThrow(AdaptError);
      expect(adapt).toThrow(message);
    }
  });

  test("on inferred evidence it is a warning: ok stays true and adaptRequest returns the request", () => {
    const table = runtimeTable(chat("inferred"));
    const request = { model: "sonic", messages: [text("hi")] };
    const warning = { param: "modalities", message: `${message} (not verified: inferred evidence)`, model: "sonic", sources: ["REC"] };
    expect(validateWith(table, "chat.completions", request)).toStrictEqual({ ok: true, warnings: [warning] });
    expect(adaptWith(table, "chat.completions", request)).toStrictEqual({ request, changes: [], warnings: [warning] });
  });
});

describe("rule kinds > presentAny > types", () => {
  test("the types refuse none of the forms (TypeScript cannot demand an audio part); the builder's doc names the requirement", async () => {
    const dir = tempDir("modelgate-present-any-");
    const templates = { brand: readTemplate("brand"), runtime: readTemplate("runtime") };
    const files = emitOutput({
      model: capabilitiesOf(overlayWith(alternatives), index),
      diagnostics: new Diagnostics(),
      templates,
      generatorVersion: "0.0.0",
    });
    for (const file of files) writeFileSync(join(dir, file.path), file.contents);
    const builders = readFileSync(join(dir, "chat-completions.gen.ts"), "utf8");
    expect(builders).toContain(`Not checked by the types: ${message} (sources: REC).`);
    const fixture = join(dir, "present-any-fixture.ts");
    writeFileSync(
      fixture,
      [
        'import { type CreateChatCompletionRequest, sonicRequest } from "./index.js";',
        'const part = { type: "input_audio" as const, input_audio: { data: "AAAA", format: "wav" as const } };',
        'export const audioIn = sonicRequest({ messages: [{ role: "user", content: [part] }] });',
        'export const audioOut = sonicRequest({ messages: [{ role: "user", content: "hi" }], modalities: ["text", "audio"] });',
        'export const union: CreateChatCompletionRequest = { model: "sonic", messages: [{ role: "user", content: [part] }] };',
        "// Neither: the runtime reports it; the types cannot.",
        'export const neither = sonicRequest({ messages: [{ role: "user", content: "hi" }] });',
        "",
      ].join("\n"),
    );
    const failures = await compileFixtures({ dir, files: [fixture] });
    for (const [name, found] of failures) expect(found, name).toStrictEqual([]);
  });
});
