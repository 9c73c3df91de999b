// The "app" scenario of the type-check and editor benchmarks: an app that sends the same 50 chat requests through the
// official SDK's `client.chat.completions.create()` (types only: the code is compiled, never run), once with plain
// object literals (the SDK-only app, the peer) and once per way of building the request with modelgate.
import { builderName } from "../dist/src/emit/names.js";

const pad = (i) => String(i).padStart(2, "0");

/** A request object as a TypeScript object literal (JSON with bare identifier keys). */
export function literal(request) {
  return JSON.stringify(request, null, 2).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, "$1$2:");
}

const SDK_HEAD = 'import OpenAI from "openai";\n\ndeclare const client: OpenAI;\n';

/** One `export const rNN = client.chat.completions.create(<argument>);` per request. */
function creates(requests, argument) {
  return requests.map((r, i) => `export const r${pad(i)} = client.chat.completions.create(${argument(r, i)});\n`).join("\n");
}

/** The 50 calls through the per-model builders: `create(gpt4oRequest({ ... }))`. */
const perModelCalls = (requests) => creates(requests, ({ model, ...params }) => `${builderName(model)}(${literal(params)})`);

/** The 50 requests as consts annotated with `type`, each passed to `create()`. */
const annotatedCalls = (requests, type) =>
  requests
    .map((r, i) => `const q${pad(i)}: ${type} = ${literal(r)};\nexport const r${pad(i)} = client.chat.completions.create(q${pad(i)});\n`)
    .join("\n");

/**
 * The app programs, each one file: `id`, `label`, `short` (column name), `requests` (how many create() calls),
 * `baseline` (the program with the same imports and no request, for the per-request cost) and `source`.
 * `from` is the module specifier of modelgate's entry file.
 */
export function appSources(requests, from) {
  const names = [...new Set(requests.map((r) => builderName(r.model)))].sort();
  const both = `import { chatCompletionRequest, type CreateChatCompletionRequest } from "${from}";\n${SDK_HEAD}`;
  const n = requests.length;
  return [
    {
      id: "app-sdk-baseline",
      label: "SDK-only app: imports, 0 requests",
      requests: 0,
      source: `${SDK_HEAD}\nexport const c = client;\n`,
    },
    {
      id: "app-sdk",
      label: "SDK-only app: `create({ ... })` (the peer)",
      short: "SDK only",
      requests: n,
      baseline: "app-sdk-baseline",
      source: `${SDK_HEAD}\n${creates(requests, (r) => literal(r))}`,
    },
    {
      id: "app-imports",
      label: "app importing modelgate too, 0 requests (imports only)",
      short: "imports only",
      requests: 0,
      source: `${both}\nexport type R = CreateChatCompletionRequest;\nexport const build = chatCompletionRequest;\nexport const c = client;\n`,
    },
    {
      id: "app-generic",
      label: "`create(chatCompletionRequest({ model, ... }))`",
      short: "generic builder",
      requests: n,
      baseline: "app-imports",
      source: `import { chatCompletionRequest } from "${from}";\n${SDK_HEAD}\n${creates(requests, (r) => `chatCompletionRequest(${literal(r)})`)}`,
    },
    {
      id: "app-per-model",
      label: "`create(gpt4oRequest({ ... }))` (per-model builders)",
      short: "per-model",
      requests: n,
      baseline: "app-imports",
      source: `import { ${names.join(", ")} } from "${from}";\n${SDK_HEAD}\n${perModelCalls(requests)}`,
    },
    {
      id: "app-annotation",
      label: "`const r: CreateChatCompletionRequest = { ... }; create(r)`",
      short: "annotation",
      requests: n,
      baseline: "app-imports",
      source: `import type { CreateChatCompletionRequest } from "${from}";\n${SDK_HEAD}\n${annotatedCalls(requests, "CreateChatCompletionRequest")}`,
    },
  ].map((p) => ({ ...p, scenario: "app" }));
}

/** The styles measured against the SDK-only app (the app programs but the baselines and the peer itself). */
export const APP_PEER = "app-sdk";

/** The names of the builders the per-model style calls, sorted. */
export function perModelBuilders(requests) {
  return [...new Set(requests.map((r) => builderName(r.model)))].sort();
}

/**
 * The editor floor's files (bench/editor.mjs), given the module specifiers of modelgate's entry (`from`), of its chat
 * builders and chat types modules (`chat`, `chatTypes`) and of the flat what-if (`whatIf`, bench/what-if.mjs's
 * flatWhatIfModule):
 *   - the generic builder, per-model and annotation apps with every rule type replaced by the spec's flat parameters; each also
 *     imports modelgate's entry, as its real style does, so it loads the same declarations (`floorOf` names it);
 *   - the per-model and annotation apps with only the rules on one parameter (`core`: bench/what-if.mjs's core module;
 *     `noVariants`: section 2's union without its dependent cases), which splits the rules' cost (`coreOf`);
 *   - imports only, generic builder, per-model and annotation importing the chat modules instead of the entry, which loads every
 *     endpoint's declarations (`direct`), and the flat what-ifs loading those chat modules instead of the entry
 *     (`directFloorOf`: their floor through the chat modules).
 */
export function editorFloorSources(requests, { from, chat, chatTypes, whatIf, core, noVariants }) {
  const names = perModelBuilders(requests);
  const n = requests.length;
  const entry = `export type { CreateChatCompletionRequest as Entry } from "${from}";\n`;
  // The flat what-if of each style: its imports from the what-if module, its 50 calls, and the chat module its real
  // style imports when not going through the entry.
  const flat = [
    {
      style: "generic",
      label: "`create(chatCompletionRequest({ model, ... }))` with the builder's rule types flat",
      chatLabel: "the builder's rule types flat, loading the chat module instead of the entry",
      imports: `import { chatCompletionRequest } from "${whatIf}";\n`,
      load: `export { chatCompletionRequest as Loaded } from "${chat}";\n`,
      calls: creates(requests, (r) => `chatCompletionRequest(${literal(r)})`),
    },
    {
      style: "per-model",
      label: "`create(gpt4oRequest({ ... }))` with the builders' rule types flat",
      chatLabel: "the builders' rule types flat, loading the chat module instead of the entry",
      imports: `import { ${names.join(", ")} } from "${whatIf}";\n`,
      load: `export { chatCompletionRequest as Loaded } from "${chat}";\n`,
      calls: perModelCalls(requests),
    },
    {
      style: "annotation",
      label: "`const r: WhatIfFlatRequest = { ... }; create(r)` (the union flat)",
      chatLabel: "the union flat, loading the chat types module instead of the entry",
      imports: `import type { WhatIfFlatRequest } from "${whatIf}";\n`,
      load: `export type { CreateChatCompletionRequest as Loaded } from "${chatTypes}";\n`,
      calls: annotatedCalls(requests, "WhatIfFlatRequest"),
    },
  ];
  return [
    ...flat.map((f) => ({
      id: `floor-${f.style}`,
      label: `what-if: ${f.label}`,
      requests: n,
      floorOf: `app-${f.style}`,
      source: `${f.imports}${entry}${SDK_HEAD}\n${f.calls}`,
    })),
    {
      id: "core-per-model",
      label: "what-if: `create(gpt4oRequest({ ... }))` with the builders' rules on one parameter only (no dependent cases)",
      requests: n,
      coreOf: "app-per-model",
      source: `import { ${names.join(", ")} } from "${core}";\n${entry}${SDK_HEAD}\n${perModelCalls(requests)}`,
    },
    {
      id: "core-annotation",
      label: "what-if: `const r: WhatIfNoVariants = { ... }; create(r)` (the union without its dependent cases)",
      requests: n,
      coreOf: "app-annotation",
      source: `import type { WhatIfNoVariants } from "${noVariants}";\n${entry}${SDK_HEAD}\n${annotatedCalls(requests, "WhatIfNoVariants")}`,
    },
    // The flat what-ifs again, loading the chat module their real style imports instead of the entry: the floor
    // through the chat modules (`directFloorOf` names the entry app whose chat-module program they are the floor of).
    ...flat.map((f) => ({
      id: `chat-floor-${f.style}`,
      label: `what-if: ${f.chatLabel}`,
      requests: n,
      directFloorOf: `app-${f.style}`,
      source: `${f.imports}${f.load}${SDK_HEAD}\n${f.calls}`,
    })),
    {
      id: "direct-imports",
      label: "imports only, from the chat modules instead of the entry",
      requests: 0,
      direct: "app-imports",
      source:
        `import { chatCompletionRequest } from "${chat}";\nimport type { CreateChatCompletionRequest } from "${chatTypes}";\n${SDK_HEAD}\n` +
        "export type R = CreateChatCompletionRequest;\nexport const build = chatCompletionRequest;\nexport const c = client;\n",
    },
    {
      id: "direct-generic",
      label: "`create(chatCompletionRequest({ model, ... }))`, the builder from the chat module",
      requests: n,
      direct: "app-generic",
      source: `import { chatCompletionRequest } from "${chat}";\n${SDK_HEAD}\n${creates(requests, (r) => `chatCompletionRequest(${literal(r)})`)}`,
    },
    {
      id: "direct-per-model",
      label: "`create(gpt4oRequest({ ... }))`, builders from the chat module",
      requests: n,
      direct: "app-per-model",
      source: `import { ${names.join(", ")} } from "${chat}";\n${SDK_HEAD}\n${perModelCalls(requests)}`,
    },
    {
      id: "direct-annotation",
      label: "`const r: CreateChatCompletionRequest = { ... }; create(r)`, the type from the chat types module",
      requests: n,
      direct: "app-annotation",
      source: `import type { CreateChatCompletionRequest } from "${chatTypes}";\n${SDK_HEAD}\n${annotatedCalls(requests, "CreateChatCompletionRequest")}`,
    },
  ].map((p) => ({ ...p, scenario: "editor-floor" }));
}
