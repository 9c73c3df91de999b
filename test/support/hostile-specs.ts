/**
 * Specs built to explode a naive generator, written as text so each test can put them in a temp dir. Each has a chat
 * endpoint whose request has the models of test/fixtures/overlays/minimal-chat.yaml and one parameter `deep` whose
 * schema fans out `depth` levels, ten ways per level.
 */

const fanOut = 10;
const models = ["gpt-4o", "gpt-4o-mini", "o1", "o1-2024-12-17", "o1-mini", "o1-pro", "gpt-5.1"];

function header(): string[] {
  return [
    "openapi: 3.1.0",
    "info: { title: hostile, version: '1' }",
    "paths:",
    "  /chat/completions:",
    "    post:",
    "      requestBody:",
    "        content:",
    "          application/json:",
    "            schema: { $ref: '#/components/schemas/CreateChatCompletionRequest' }",
  ];
}

function request(deep: string): string[] {
  return [
    "    CreateChatCompletionRequest:",
    "      type: object",
    "      required: [model, messages]",
    "      properties:",
    `        model: { type: string, enum: [${models.join(", ")}] }`,
    "        messages: { type: array, items: { type: object, properties: { role: { type: string, enum: [user] } } } }",
    `        deep: ${deep}`,
  ];
}

/**
 * Plain `$ref` fan-out: level `i` has ten schemas `L<i>_<j>`, each an `anyOf` of refs to all ten schemas of level
 * `i + 1`; the last level holds string enums. Size grows as 100 × depth; walking it as a tree costs 10^depth.
 */
export function fanOutRefSpec(depth: number): string {
  const lines = [...header(), "components:", "  schemas:", ...request("{ $ref: '#/components/schemas/L0_0' }")];
  for (let level = 0; level < depth; level++) {
    const below = Array.from({ length: fanOut }, (_, j) => `{ $ref: '#/components/schemas/L${level + 1}_${j}' }`);
    for (let j = 0; j < fanOut; j++) lines.push(`    L${level}_${j}: { anyOf: [${below.join(", ")}] }`);
  }
  for (let j = 0; j < fanOut; j++) lines.push(`    L${depth}_${j}: { type: string, enum: [v${j}] }`);
  return `${lines.join("\n")}\n`;
}

/**
 * YAML alias fan-out (a "billion laughs" of schemas): anchor `a<i>` is an object whose ten properties are all aliases
 * of `a<i-1>`, so the parsed document is a tree of 10^depth nodes written in a few hundred bytes. `kind: "anyOf"`
 * makes each level an `anyOf` of ten aliases instead.
 */
export function fanOutAliasSpec(depth: number, kind: "object" | "anyOf" = "object"): string {
  const lines = [...header(), "x-anchors:", "  - &a0 { type: string, enum: [leaf] }"];
  for (let level = 1; level <= depth; level++) {
    const aliases = Array.from({ length: fanOut }, () => `*a${level - 1}`);
    const body =
      kind === "object"
        ? `{ type: object, properties: { ${aliases.map((alias, j) => `p${j}: ${alias}`).join(", ")} } }`
        : `{ anyOf: [${aliases.join(", ")}] }`;
    lines.push(`  - &a${level} ${body}`);
  }
  lines.push("components:", "  schemas:", ...request(`*a${depth}`));
  return `${lines.join("\n")}\n`;
}
