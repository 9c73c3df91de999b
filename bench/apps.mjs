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
      source:
        `import { ${names.join(", ")} } from "${from}";\n${SDK_HEAD}\n` +
        creates(requests, ({ model, ...params }) => `${builderName(model)}(${literal(params)})`),
    },
    {
      id: "app-annotation",
      label: "`const r: CreateChatCompletionRequest = { ... }; create(r)`",
      short: "annotation",
      requests: n,
      baseline: "app-imports",
      source:
        `import type { CreateChatCompletionRequest } from "${from}";\n${SDK_HEAD}\n` +
        requests
          .map(
            (r, i) =>
              `const q${pad(i)}: CreateChatCompletionRequest = ${literal(r)};\nexport const r${pad(i)} = client.chat.completions.create(q${pad(i)});\n`,
          )
          .join("\n"),
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
 * The editor floor's files (bench/editor.mjs): the per-model and annotation apps with every rule type replaced by the
 * spec's flat parameters (`whatIf`, the module of bench/what-if.mjs's flatWhatIfModule). Each also imports what its
 * real style imports from modelgate, so it loads the same declarations and differs only in the types it checks.
 */
export function flatAppSources(requests, from, whatIf) {
  const names = perModelBuilders(requests);
  return [
    {
      id: "floor-per-model",
      label: "what-if: `create(gpt4oRequest({ ... }))` with the builders' rule types flat",
      short: "per-model, flat",
      requests: requests.length,
      floorOf: "app-per-model",
      source:
        `import { ${names.join(", ")} } from "${whatIf}";\nexport type { CreateChatCompletionRequest } from "${from}";\n` +
        `${SDK_HEAD}\n${creates(requests, ({ model, ...params }) => `${builderName(model)}(${literal(params)})`)}`,
    },
    {
      id: "floor-annotation",
      label: "what-if: `const r: WhatIfFlatRequest = { ... }; create(r)` (the union flat)",
      short: "annotation, flat",
      requests: requests.length,
      floorOf: "app-annotation",
      source:
        `import type { WhatIfFlatRequest } from "${whatIf}";\nexport type { CreateChatCompletionRequest } from "${from}";\n${SDK_HEAD}\n` +
        requests
          .map(
            (r, i) =>
              `const q${pad(i)}: WhatIfFlatRequest = ${literal(r)};\nexport const r${pad(i)} = client.chat.completions.create(q${pad(i)});\n`,
          )
          .join("\n"),
    },
  ].map((p) => ({ ...p, scenario: "editor-floor" }));
}
