import { expect, test } from "vitest";
import { brandOf, keyword, printType, referenceTo, unionOf } from "../../src/emit/type-expr.js";

test("type model > brand > parenthesises the type and escapes the message once", () => {
  expect(printType(brandOf(unionOf([keyword("string"), keyword("number")]), 'o1 says "no"'))).toBe(
    '(string | number) & Unsupported<"o1 says \\"no\\"">',
  );
});

test("type model > omit > lists the keys as string literals", () => {
  expect(printType({ kind: "omit", type: referenceTo("Reasoning"), keys: ["effort", "a-b"] })).toBe('Omit<Reasoning, "effort" | "a-b">');
});

test("type model > indexed access > quotes the key", () => {
  expect(printType({ kind: "indexed", object: referenceTo("ChatParams"), key: "reasoning" })).toBe('ChatParams["reasoning"]');
});
