import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { UserError } from "../../src/diagnostics/diagnostic.js";
import { generate } from "../../src/index.js";

/** `widen:` adds values to a closed enum of the spec, with a reason and a source; a pointer to no enum is refused. */
const spec = { file: "small-chat.yaml", bytes: readFileSync(fileURLToPath(new URL("../fixtures/specs/small-chat.yaml", import.meta.url))) };
const effort = "/components/schemas/CreateChatCompletionRequest/properties/reasoning_effort";

function overlayWith(widen: string, missingInSpec = "error") {
  const text = `overlay: 1
missing-in-spec: ${missingInSpec}
sources:
  T: { title: "test source", url: "https://example.org/test" }
widen:
${widen}
families:
  plain:
    chat.completions:
      params:
        logprobs: { reject: true, reason: "no token probabilities here", source: T }
models:
  alpha: { extends: plain }
  alpha-2025-01-01: { extends: plain }
  beta: { extends: plain }
  gamma: { extends: plain }
  delta: { extends: plain }
`;
  return { file: "widen.yaml", bytes: Buffer.from(text) };
}

const typesOf = (widen: string): string =>
  generate({ spec, overlay: overlayWith(widen), docs: false }).files.find((f) => f.path === "chat-completions.types.gen.d.ts")?.contents ??
  "";

function codesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.diagnostics.map((d) => `${d.code} ${d.location?.line ?? 0} ${d.message}`);
    throw error;
  }
  return [];
}

describe("overlay > widen", () => {
  test("the added values join the spec's enum in the generated types; listed values are not repeated", () => {
    expect(typesOf("  {}")).toContain('reasoning_effort?: "low" | "medium" | "high";');
    const widened = typesOf(`  ${effort}: { add: [minimal, high], reason: "newer SDK", source: T }`);
    expect(widened).toContain('reasoning_effort?: "low" | "medium" | "high" | "minimal";');
  });

  test("a pointer to nothing, or to a node with no enum, is MG_OVERLAY_WIDEN_TARGET at the entry's line", () => {
    const missing = codesOf(() => typesOf(`  /components/schemas/Nope/properties/x: { add: [y], reason: r, source: T }`));
    expect(missing).toStrictEqual(["MG_OVERLAY_WIDEN_TARGET 6 widen: the spec has nothing at /components/schemas/Nope/properties/x"]);
    const noEnum = codesOf(() =>
      typesOf(`  /components/schemas/CreateChatCompletionRequest/properties/logprobs: { add: [y], reason: r, source: T }`),
    );
    expect(noEnum).toStrictEqual([
      "MG_OVERLAY_WIDEN_TARGET 6 widen: /components/schemas/CreateChatCompletionRequest/properties/logprobs has no `enum` list to widen",
    ]);
  });

  test("under missing-in-spec: skip, a pointer the spec lacks is a warning and the output is still written", () => {
    const result = generate({
      spec,
      overlay: overlayWith(`  /components/schemas/Nope/properties/x: { add: [y], reason: r, source: T }`, "skip"),
      docs: false,
    });
    expect(result.diagnostics.filter((d) => d.code === "MG_OVERLAY_WIDEN_TARGET").map((d) => d.severity)).toStrictEqual(["warning"]);
  });

  test("a widening needs values, a reason and a known source", () => {
    expect(codesOf(() => typesOf(`  ${effort}: { reason: r, source: T }`)).map((c) => c.split(" ")[0])).toStrictEqual(["MG_OVERLAY_SHAPE"]);
    expect(codesOf(() => typesOf(`  ${effort}: { add: [x], source: T }`)).map((c) => c.split(" ")[0])).toStrictEqual([
      "MG_OVERLAY_MISSING_REASON",
    ]);
    expect(codesOf(() => typesOf(`  ${effort}: { add: [x], reason: r, source: NOPE }`)).map((c) => c.split(" ")[0])).toStrictEqual([
      "MG_OVERLAY_UNKNOWN_SOURCE",
    ]);
  });
});

describe("overlay > widen: optional and any", () => {
  const request = "/components/schemas/CreateChatCompletionRequest";

  test("optional: the named properties stop being required in the generated types", () => {
    expect(typesOf("  {}")).toMatch(/\bmessages: ChatMessage\[\]/);
    const widened = typesOf(`  ${request}: { optional: [messages], reason: "older clients leave it out", source: T }`);
    expect(widened).toMatch(/\bmessages\?: ChatMessage\[\]/);
    expect(widened).not.toMatch(/\bmessages: ChatMessage\[\]/);
  });

  test("any: the node takes any value (the SDK's `unknown`)", () => {
    expect(typesOf("  {}")).toMatch(/top_logprobs\?: number;/);
    const widened = typesOf(`  ${request}/properties/top_logprobs: { any: true, reason: "the SDK types it unknown", source: T }`);
    expect(widened).toMatch(/top_logprobs\?: unknown;/);
  });

  test("a property the schema does not define, or a node that is no schema object, is MG_OVERLAY_WIDEN_TARGET", () => {
    expect(codesOf(() => typesOf(`  ${request}: { optional: [nope], reason: r, source: T }`))).toStrictEqual([
      `MG_OVERLAY_WIDEN_TARGET 6 widen: ${request} has no \`nope\` property to make optional`,
    ]);
    expect(codesOf(() => typesOf(`  ${request}/required: { optional: [x], reason: r, source: T }`))).toStrictEqual([
      `MG_OVERLAY_WIDEN_TARGET 6 widen: ${request}/required is not a schema object`,
    ]);
  });

  test("a widening takes exactly one change, and `any` only true", () => {
    const shape = (entry: string) => codesOf(() => typesOf(`  ${effort}: ${entry}`)).map((c) => c.split(" ")[0]);
    expect(shape("{ add: [x], any: true, reason: r, source: T }")).toStrictEqual(["MG_OVERLAY_SHAPE"]);
    expect(shape("{ any: false, reason: r, source: T }")).toStrictEqual(["MG_OVERLAY_SHAPE"]);
    expect(shape("{ optional: [1], reason: r, source: T }")).toStrictEqual(["MG_OVERLAY_SHAPE"]);
    expect(shape("{ optional: [], reason: r, source: T }")).toStrictEqual(["MG_OVERLAY_SHAPE"]);
  });
});

describe("overlay > widen: member", () => {
  const messages = "/components/schemas/ChatMessage";
  const schemasOf = (widen: string): string =>
    generate({ spec, overlay: overlayWith(widen), docs: false }).files.find((f) => f.path === "schemas.gen.d.ts")?.contents ?? "";
  const toolMember = `{ type: object, required: [role], properties: { role: { type: string, enum: [tool] }, call: { $ref: "#/components/schemas/UserMessage" } } }`;

  test("the member joins the union as a typed member; the other members keep their types", () => {
    const plain = schemasOf("  {}");
    expect(plain).toContain("export type ChatMessage = SystemMessage | UserMessage | AssistantMessage;");
    const widened = schemasOf(`  ${messages}: { member: ${toolMember}, reason: "a newer SDK's kind", source: T }`);
    expect(widened).toContain(
      'export type ChatMessage = SystemMessage | UserMessage | AssistantMessage | { role: "tool"; call?: UserMessage };',
    );
  });

  test("a member whose kind the union already has (through its $refs) is not added again, so the entry outlives the spec's catching up", () => {
    const body = (text: string) => text.replace(/^\/\/ overlay: .*$/m, "");
    const again = `{ type: object, properties: { role: { type: string, const: user }, extra: { type: string } } }`;
    expect(body(schemasOf(`  ${messages}: { member: ${again}, reason: r, source: T }`))).toBe(body(schemasOf("  {}")));
  });

  test("a pointer to no union, or a member that refers to a schema the spec lacks, is MG_OVERLAY_WIDEN_TARGET at the entry's line", () => {
    expect(codesOf(() => typesOf(`  ${effort}: { member: ${toolMember}, reason: r, source: T }`))).toStrictEqual([
      `MG_OVERLAY_WIDEN_TARGET 6 widen: ${effort} has no \`oneOf\` or \`anyOf\` union to add a member to`,
    ]);
    const badRef = `{ type: object, properties: { role: { enum: [tool] }, x: { $ref: "#/components/schemas/Nope" } } }`;
    expect(codesOf(() => typesOf(`  ${messages}: { member: ${badRef}, reason: r, source: T }`))).toStrictEqual([
      `MG_OVERLAY_WIDEN_TARGET 6 widen: ${messages} member refers to #/components/schemas/Nope, which is not a schema under #/components/schemas`,
    ]);
  });

  test("a member is an object schema fixing exactly one property to one value; anything else is MG_OVERLAY_SHAPE at its line", () => {
    const shape = (member: string) => codesOf(() => typesOf(`  ${messages}:\n    member: ${member}\n    reason: r\n    source: T`));
    expect(shape("[a]")).toStrictEqual([
      'MG_OVERLAY_SHAPE 7 `member` is an object schema with `properties` (docs/overlay.md, "Widening the spec")',
    ]);
    expect(shape("{ type: object, properties: { role: { type: string } } }")).toStrictEqual([
      "MG_OVERLAY_SHAPE 7 `member` fixes exactly one property to a single value (`enum: [value]` or `const`), its kind; none does",
    ]);
    expect(shape("{ properties: { role: { enum: [tool] }, kind: { const: x } } }")).toStrictEqual([
      "MG_OVERLAY_SHAPE 7 `member` fixes exactly one property to a single value (`enum: [value]` or `const`), its kind; `role`, `kind` all do",
    ]);
  });
});
