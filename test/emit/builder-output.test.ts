import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generate } from "../../src/index.js";
import { specFixturesDir } from "../support/spec-fixtures.js";

// The committed output (a test in test/e2e checks it is what the generator writes today).
const generated = join(import.meta.dirname, "..", "..", "generated");
const builders = readFileSync(join(generated, "chat-completions.gen.ts"), "utf8");
const types = readFileSync(join(generated, "chat-completions.types.gen.d.ts"), "utf8");

const signature =
  /^export function (\w+)<const S extends boolean \| null \| undefined = undefined((?:, const C\w+ extends [^=]+ = undefined)*)>\(params: ([^\n]*?)\): NoInfer<\{ model: "[^"]+" \} & (\w+) & StreamFlag<S>> \{$/gm;

describe("per-model builders' input and output types", () => {
  const found = [...builders.matchAll(signature)].map(([, name = "", controllers = "", input = "", output = ""]) => ({
    name,
    controllers: controllers.split(", const ").filter(Boolean),
    input,
    output,
  }));
  const isCore = (output: string): boolean => output.endsWith("ParamsCore");

  test("is read for every streaming per-model builder", () => {
    expect(found.length).toBeGreaterThan(20);
  });

  test("a model with dependent-parameter cases: each rule's case is picked by a conditional type on its controller, not a union of every combination", () => {
    const cased = found.filter((b) => isCore(b.output));
    expect(cased.length).toBeGreaterThan(10);
    for (const b of cased) {
      const params = b.output.replace(/Core$/, "");
      // The params alias pairs the cases per rule: `Core & (If… | Unless…) & …`; the builder has one conditional per pair.
      const alias = new RegExp(`^export type ${params} = ${b.output} & (.*);$`, "m").exec(types)?.[1] ?? "";
      const pairs = alias.split(" & ").length;
      expect(pairs, b.name).toBeGreaterThan(0);
      expect(b.input.startsWith(`${b.output} & { [K in `), b.name).toBe(true);
      expect(b.input.match(/\] extends \[/g)?.length, b.name).toBe(pairs);
      expect(b.input, b.name).not.toMatch(/\(\w+If\w+ \| \w+Unless\w+\)/);
      // Every controller but `stream` (S) has its own type parameter, inferred from the request through a mapped type
      // (no declared property, so editors keep reading the key's docs and deprecation from the model's params), and
      // constrained to the values the model's cases take.
      for (const c of b.controllers) {
        const name = c.replace(/^const /, "").split(" ")[0] ?? "";
        expect(b.input, b.name).toMatch(new RegExp(`\\{ \\[K in "[a-z_]+"\\]\\?: ${name} \\}`));
        expect(c, b.name).toMatch(/ extends \w+If\w+\["\w+"\] \| \w+Unless\w+\["\w+"\]/);
      }
    }
  });

  test("a model without cases (none in the built-in overlay: every chat model has some): input and output are its params type", () => {
    expect(found.every((b) => isCore(b.output))).toBe(true);
    const overlay = `overlay: 1
sources:
  T: { title: "test source", url: "https://example.org/test" }
families:
  plain:
    chat.completions:
      params:
        logprobs: { reject: true, reason: "no token probabilities here", source: T }
models:
  alpha: { extends: plain }
`;
    const { files } = generate({
      spec: { file: "small-chat.yaml", bytes: readFileSync(`${specFixturesDir}small-chat.yaml`) },
      overlay: { file: "plain.yaml", bytes: Buffer.from(overlay) },
    });
    const text = files.find((f) => f.path === "chat-completions.gen.ts")?.contents ?? "";
    // (This spec has no `stream`, so no S either.)
    expect(text).toContain(
      'export function alphaRequest(params: PlainChatCompletionsParams): NoInfer<{ model: "alpha" } & PlainChatCompletionsParams> {',
    );
  });
});
