import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

// The committed output (a test in test/e2e checks it is what the generator writes today).
const generated = join(import.meta.dirname, "..", "..", "generated");
const builders = readFileSync(join(generated, "chat-completions.gen.ts"), "utf8");
const types = readFileSync(join(generated, "chat-completions.types.gen.d.ts"), "utf8");

const signature =
  /^export function (\w+)<const S extends boolean \| null \| undefined = undefined>\(params: (\w+) & \{ stream\?: S \}\): NoInfer<\{ model: "[^"]+" \} & (\w+) & StreamFlag<S>> \{$/gm;

describe("per-model builders' output type", () => {
  const found = [...builders.matchAll(signature)].map(([, name = "", input = "", output = ""]) => ({ name, input, output }));

  test("is read for every streaming per-model builder", () => {
    expect(found.length).toBeGreaterThan(20);
  });

  test("a model with dependent-parameter cases: the input keeps the cases, the output carries only the core", () => {
    // The output is what `create()` relates to each of its overloads: the core is one interface, where the params
    // type is a union of up to 16 intersections (one per combination of the If…/Unless… cases).
    const cased = found.filter((b) => types.includes(`export interface ${b.input.replace(/Params$/, "ParamsCore")} `));
    expect(cased.length).toBeGreaterThan(10);
    for (const b of cased) {
      expect(types).toMatch(new RegExp(`^export type ${b.input} = ${b.input}Core & \\(`, "m"));
      expect(b.output, b.name).toBe(b.input.replace(/Params$/, "ParamsCore"));
    }
  });

  test("a model without cases: the output is its params type itself", () => {
    const plain = found.filter((b) => !types.includes(`export interface ${b.input.replace(/Params$/, "ParamsCore")} `));
    for (const b of plain) expect(b.output, b.name).toBe(b.input);
  });
});
