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
  const written = line.slice(`export type ${UNION} = `.length, -1).split(/ \| (?=\(\{ model|\w+Request)/);
  // A member is a request interface (`interface XRequest… extends XCore { model: …; <the case's properties> }`, one
  // per case of a model family) or an inline `({ model: … } & Params)`. Per family: its model ids and core params.
  const members = written.map((text) => {
    const inline = /^\(\{ model: (.+) \} & (\w+)\)$/.exec(text);
    if (inline) return { model: inline[1], params: inline[2] };
    const declared = new RegExp(`^export interface ${text} extends (\\w+) \\{\\n  model: (.+);$`, "m").exec(typesText);
    if (!declared) throw new Error(`what-if: unexpected union member ${text.slice(0, 80)}`);
    return { model: declared[2], params: declared[1] };
  });
  const families = [...new Map(members.map((m) => [`${m.params} ${m.model}`, m])).values()];
  const literal = (model) => /^"[^"]*"( \| "[^"]*")*$/.test(model);
  const keyed = families.filter((m) => literal(m.model));
  const names = [...new Set(families.map((m) => m.params))].sort();
  const lines = [
    `import type { ${names.join(", ")} } from "${typesModule}";`,
    families.some((m) => m.model === "UnknownModel") ? 'import type { UnknownModel } from "./brand.gen.js";' : "",
    "",
    `export type WhatIfNoVariants = ${families.map((m) => `({ model: ${m.model} } & ${m.params})`).join(" | ")};`,
    ...keyed.map((m, i) => `export interface WhatIfKeyed${i} extends ${m.params} {\n  model: ${m.model};\n}`),
    `export type WhatIfKeyed = ${keyed.map((_, i) => `WhatIfKeyed${i}`).join(" | ")};`,
    "",
  ];
  return {
    text: lines.filter((l, i) => l !== "" || i > 1).join("\n"),
    counts: { members: members.length, noVariants: families.length, keyed: keyed.length },
  };
}
