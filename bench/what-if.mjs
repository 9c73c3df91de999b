// What-if unions for the type-check benchmark: two lighter variants of the generated `CreateChatCompletionRequest`,
// derived from the generated declarations, to show where the union's check time goes. Not something modelgate emits:
// each drops rules or ids that the real union checks, which the report says next to the numbers.
//   - no variants: each model's member without the variants of its dependent-parameter rules (`top_logprobs` needs
//     `logprobs: true`, `stream_options` needs `stream: true`, ...), which multiply the union's members; the fine-tune and
//     unknown-model members stay.
//   - keyed: the same, as one interface per model family, and without the fine-tune (`ft:${string}`) and unknown-model
//     members, whose model ids are not literals. Such a union lets TypeScript find a request's member by its `model`
//     literal instead of trying members one by one (the checker's "key property" lookup for unions of 10+ object types).

const UNION = "CreateChatCompletionRequest";

/**
 * The declarations of the what-if unions (`WhatIfNoVariants`, `WhatIfKeyed`) for a chat-completions types file's text,
 * as a module that imports from it; and the member counts of the real and the what-if unions.
 */
export function whatIfModule(typesText, typesModule) {
  const line = typesText.split("\n").find((l) => l.startsWith(`export type ${UNION} = `));
  if (!line) throw new Error(`what-if: no \`export type ${UNION}\` line in the generated types`);
  const members = line
    .slice(`export type ${UNION} = `.length, -1)
    .split(/ \| (?=\(\{ model)/)
    .map((text) => {
      const m = /^\(\{ model: (.+) \} & (\w+)\)$/.exec(text);
      if (!m) throw new Error(`what-if: unexpected union member ${text.slice(0, 80)}`);
      return { model: m[1], params: m[2] };
    });
  // How many members TypeScript's union has: an alias `XCore & (A | B) & (C | D)` stands for 2 × 2 object types.
  const variants = (params) => {
    const alias = typesText.split("\n").find((l) => l.startsWith(`export type ${params} = `));
    return alias ? [...alias.matchAll(/\(([^()]*)\)/g)].reduce((n, g) => n * g[1].split(" | ").length, 1) : 1;
  };
  const declared = (name) => new RegExp(`^export (interface|type) ${name}\\b`, "m").test(typesText);
  const core = (params) => (declared(`${params}Core`) ? `${params}Core` : params);
  const literal = (model) => /^"[^"]*"( \| "[^"]*")*$/.test(model);
  const noVariants = members.map((m) => ({ ...m, params: core(m.params) }));
  const keyed = noVariants.filter((m) => literal(m.model));
  const names = [...new Set(noVariants.map((m) => m.params))].sort();
  const lines = [
    `import type { ${names.join(", ")} } from "${typesModule}";`,
    members.some((m) => m.model === "UnknownModel") ? 'import type { UnknownModel } from "./brand.gen.js";' : "",
    "",
    `export type WhatIfNoVariants = ${noVariants.map((m) => `({ model: ${m.model} } & ${m.params})`).join(" | ")};`,
    ...keyed.map((m, i) => `export interface WhatIfKeyed${i} extends ${m.params} {\n  model: ${m.model};\n}`),
    `export type WhatIfKeyed = ${keyed.map((_, i) => `WhatIfKeyed${i}`).join(" | ")};`,
    "",
  ];
  return {
    text: lines.filter((l, i) => l !== "" || i > 1).join("\n"),
    counts: { members: members.reduce((n, m) => n + variants(m.params), 0), noVariants: noVariants.length, keyed: keyed.length },
  };
}
