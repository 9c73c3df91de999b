import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { emitOutput } from "../../src/emit/emit-output.js";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { readTemplate } from "../../src/input/assets.js";
import { AdaptError, adaptWith, validateWith } from "../../templates/runtime.js";
import { capabilitiesOf } from "../overlay/overlay-fixtures.js";
import { compileFixtures } from "../support/compile-fixtures.js";
import { indexFixtureSpec } from "../support/spec-fixtures.js";
import { tempDir } from "../support/temp-dir.js";

// The presence rule (`required: true`: a model that must receive a parameter) through every stage: the overlay,
// the capability model, the types (the property is required), the runtime (validateRequest reports its absence,
// adaptRequest cannot fix it).
const index = indexFixtureSpec("reasoning-chat.yaml").index;
const overlayText = `overlay: 1
sources:
  SPEC: { title: s, url: "https://example.org/s" }
families:
  fam:
    chat.completions:
      params:
        reasoning_effort: { required: true, values: [low, high], reason: "alpha has no default effort", source: SPEC }
models:
  alpha: { extends: fam }
`;

function capabilities() {
  return capabilitiesOf(overlayText, index);
}

const chat = () => {
  const endpoint = capabilities().endpoints.find((e) => e.spec.key === "chat.completions");
  if (!endpoint) throw new Error("no chat.completions");
  return endpoint;
};

const message = "fam needs reasoning_effort: alpha has no default effort";
const messages = [{ role: "user", content: "hi" }];

describe("rule kinds > present", () => {
  test("`required: true` becomes a present rule beside the values rule, with the entry's reason", () => {
    const verdict = chat().profiles[0]?.params.reasoning_effort;
    expect(verdict?.rules.map((r) => r.kind)).toStrictEqual(["values", "present"]);
    expect(verdict?.rules[1]).toMatchObject({
      path: { name: "reasoning_effort", param: "reasoning_effort" },
      reason: "alpha has no default effort",
    });
  });

  test("validateRequest reports the missing parameter with the compile error's reason", () => {
    const table = runtimeTable(chat());
    expect(validateWith(table, "chat.completions", { model: "alpha", messages })).toStrictEqual({
      ok: false,
      problems: [{ param: "reasoning_effort", message, model: "alpha", sources: ["SPEC"] }],
    });
    expect(validateWith(table, "chat.completions", { model: "alpha", messages, reasoning_effort: "low" })).toStrictEqual({ ok: true });
  });

  test("adaptRequest cannot fix a missing parameter: it throws an AdaptError naming it", () => {
    const table = runtimeTable(chat());
    const adapt = () => adaptWith(table, "chat.completions", { model: "alpha", messages });
    expect(adapt).toThrow(AdaptError);
    expect(adapt).toThrow(message);
  });

  test("the types make the property required: a request without it fails to compile, naming it", async () => {
    const dir = tempDir("modelgate-present-");
    const templates = { brand: readTemplate("brand"), runtime: readTemplate("runtime") };
    const files = emitOutput({ model: capabilities(), diagnostics: new Diagnostics(), templates, generatorVersion: "0.0.0" });
    for (const file of files) writeFileSync(join(dir, file.path), file.contents);
    const fixture = join(dir, "present-fixture.ts");
    writeFileSync(
      fixture,
      [
        'import { chatCompletionRequest } from "./index.js";',
        'const messages = [{ role: "user" as const, content: "hi" }];',
        'export const given = chatCompletionRequest({ model: "alpha", messages, reasoning_effort: "low" });',
        'export const other = chatCompletionRequest({ model: "beta", messages });',
        '// @expect-error TS2345 "reasoning_effort" "missing"',
        'export const missing = chatCompletionRequest({ model: "alpha", messages });',
        "",
      ].join("\n"),
    );
    const failures = await compileFixtures({ dir, files: [fixture] });
    for (const [name, found] of failures) expect(found, name).toStrictEqual([]);
  });
});
