// What-if unions for the type-check benchmark: two lighter variants of the generated `CreateChatCompletionRequest`,
// derived from the generated declarations, to show where the union's check time goes. Not something modelgate emits:
// each drops rules or ids that the real union checks, which the report says next to the numbers.
//   - no variants: each model's member without the variants of its dependent-parameter rules (`top_logprobs` needs
//     `logprobs: true`, `stream_options` needs `stream: true`, ...), which multiply the union's members; the fine-tune and
//     unknown-model members stay.
//   - keyed: the same, as one interface per model family, and without the fine-tune (`ft:${string}`) and unknown-model
//     members, whose model ids are not literals. Such a union lets TypeScript find a request's member by its `model`
//     literal instead of trying members one by one (the checker's "key property" lookup for unions of 10+ object types).
// The declarations are read with ts-morph's syntax tree (no type checking), so the printer's layout does not matter.

import { Node, Project } from "ts-morph";

const UNION = "CreateChatCompletionRequest";

/** Whether a type node is a string literal or a union of string literals (a `model` the checker can key on). */
function isLiteralModel(node) {
  const literal = (n) => Node.isLiteralTypeNode(n) && Node.isStringLiteral(n.getLiteral());
  return literal(node) || (Node.isUnionTypeNode(node) && node.getTypeNodes().every(literal));
}

/** The `model` type and the params type a union member stands for: `({ model: M } & P)` or `interface X extends P`. */
function readMember(file, member) {
  const inner = Node.isParenthesizedTypeNode(member) ? member.getTypeNode() : member;
  if (Node.isIntersectionTypeNode(inner)) {
    const [object, params] = inner.getTypeNodes();
    const model = Node.isTypeLiteral(object) ? object.getProperty("model")?.getTypeNode() : undefined;
    if (model && Node.isTypeReference(params)) return { model, params: params.getText() };
  }
  if (Node.isTypeReference(inner)) {
    const declared = file.getInterface(inner.getTypeName().getText());
    const model = declared?.getProperty("model")?.getTypeNode();
    const params = declared?.getExtends()[0];
    if (model && params) return { model, params: params.getText() };
  }
  throw new Error(`what-if: unexpected union member ${member.getText().slice(0, 80)}`);
}

/**
 * The declarations of the what-if unions (`WhatIfNoVariants`, `WhatIfKeyed`) for a chat-completions types file's text,
 * as a module that imports from it; and the member counts of the real and the what-if unions.
 */
export function whatIfModule(typesText, typesModule) {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile("types.d.ts", typesText);
  const union = file.getTypeAlias(UNION)?.getTypeNode();
  if (!union || !Node.isUnionTypeNode(union)) throw new Error(`what-if: no union \`${UNION}\` in the generated types`);
  // A member is a request interface (`interface XRequest… extends XCore { model: …; <the case's properties> }`, one
  // per case of a model family) or an inline `({ model: … } & Params)`. Per family: its model ids and core params.
  const members = union.getTypeNodes().map((member) => readMember(file, member));
  const family = (m) => `${m.params} ${m.model.getText()}`;
  const families = [...new Map(members.map((m) => [family(m), m])).values()];
  const keyed = families.filter((m) => isLiteralModel(m.model));
  const names = [...new Set(families.map((m) => m.params))].sort();
  const model = (m) => m.model.getText();
  const lines = [
    `import type { ${names.join(", ")} } from "${typesModule}";`,
    families.some((m) => model(m) === "UnknownModel") ? 'import type { UnknownModel } from "./brand.gen.js";' : "",
    "",
    `export type WhatIfNoVariants = ${families.map((m) => `({ model: ${model(m)} } & ${m.params})`).join(" | ")};`,
    ...keyed.map((m, i) => `export interface WhatIfKeyed${i} extends ${m.params} {\n  model: ${model(m)};\n}`),
    `export type WhatIfKeyed = ${keyed.map((_, i) => `WhatIfKeyed${i}`).join(" | ")};`,
    "",
  ];
  return {
    text: lines.filter((l, i) => l !== "" || i > 1).join("\n"),
    counts: { members: members.length, noVariants: families.length, keyed: keyed.length },
  };
}

const FLAT = "ChatCompletionsParamsBase";

/**
 * The "flat" what-if for the editor floor (bench/editor.mjs): each named per-model builder of the generated builders
 * module (`buildersText`, chat-completions.gen.ts) redeclared with its rule type (`Gpt4oChatCompletionsParams`)
 * replaced by the spec's flat parameters (`ChatCompletionsParamsBase`, which the generated per-model types extend),
 * keeping the signature's shape (the `stream` literal, `NoInfer`, `StreamFlag`); and `WhatIfFlatRequest`, the flat
 * parameters with a string `model`, for the annotation; and the generic `chatCompletionRequest` with `M`, `S` and
 * the flat parameters, when the module has it. The module sits beside the generated declarations. It gives
 * up every model rule, so it shows what checking the rules costs, not an option.
 */
export function flatWhatIfModule(buildersText, names) {
  const signatures = perModelSignatures(buildersText, names).map(
    (m) =>
      `export declare function ${m.name}${m.typeParams}(params: ${FLAT} & { stream?: S }): NoInfer<${m.model} & ${FLAT} & StreamFlag<S>>;`,
  );
  // The generic builder, when the module has one: its `M` and `S` with the flat parameters in place of the model's.
  const generic =
    /^export function chatCompletionRequest<const M extends ChatCompletionsModelId \| \(string & \{\}\), const S extends boolean \| null \| undefined = undefined[,>]/m.test(
      buildersText,
    );
  const flatGeneric = generic
    ? [
        "export declare function chatCompletionRequest<const M extends ChatCompletionsModelId | (string & {}), const S extends boolean | null | undefined = undefined>" +
          `(request: { model: M; stream?: S } & ${FLAT}): NoInfer<{ model: M } & ${FLAT} & StreamFlag<S>>;`,
      ]
    : [];
  return [
    'import type { StreamFlag } from "./brand.gen.js";',
    `import type { ChatCompletionsModelId, ${FLAT} } from "./chat-completions.types.gen.js";`,
    "",
    `export interface WhatIfFlatRequest extends ${FLAT} {\n  model: ChatCompletionsModelId | (string & {});\n}`,
    ...signatures,
    ...flatGeneric,
    "",
  ].join("\n");
}

/**
 * Each named per-model builder's signature parts: its `S` type parameter, `{ model: "…" }` and output type (the
 * profile's params, or their core where the params have If…/Unless… cases). The parameter's type must start with the
 * output type or the params it is the core of: `Gpt4oChatCompletionsParamsCore & { …; stream?: S } & (…)`.
 */
function perModelSignatures(buildersText, names) {
  return names.map((name) => {
    const re = new RegExp(
      `^export function ${name}<(const S extends boolean \\| null \\| undefined = undefined)[^\\n]*?>\\(params: ([^\\n]*?)\\): NoInfer<(\\{ model: "[^"]+" \\}) & (\\w+) & StreamFlag<S>> \\{$`,
      "m",
    );
    const m = re.exec(buildersText);
    const output = m?.[4] ?? "";
    const first = m?.[2].split(" & ")[0];
    if (!m || (first !== output && `${first}Core` !== output))
      throw new Error(`what-if: no per-model builder \`${name}(params: P & { stream?: S })\` in the generated builders`);
    return { name, typeParams: `<${m[1]}>`, model: m[3], output };
  });
}

/**
 * The "core" what-if: each named per-model builder with its params (`Gpt4oChatCompletionsParams`, the core
 * intersected with its If…/Unless… cases) replaced by the core alone (`Gpt4oChatCompletionsParamsCore`), which keeps
 * every rule on one parameter (values, refusals, requirements) and drops the rules between parameters (the dependent
 * cases). Between the flat what-if and the real builders, it splits the rules' cost in two.
 */
export function coreWhatIfModule(buildersText, names) {
  const sigs = perModelSignatures(buildersText, names);
  const types = [...new Set(sigs.map((m) => m.output))].sort();
  return [
    'import type { StreamFlag } from "./brand.gen.js";',
    `import type { ${types.join(", ")} } from "./chat-completions.types.gen.js";`,
    "",
    ...sigs.map(
      (m) =>
        `export declare function ${m.name}${m.typeParams}(params: ${m.output} & { stream?: S }): NoInfer<${m.model} & ${m.output} & StreamFlag<S>>;`,
    ),
    "",
  ].join("\n");
}
