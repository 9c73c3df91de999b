// Writes the consumer programs of the type-check benchmark into a temporary project: the same 50 requests typed
// four ways (our union, our generic builder, our per-model builders, the SDK's type), two what-if unions, plus per
// type set a baseline that imports the types and declares no request; and the app programs of bench/apps.mjs.
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builderName } from "../dist/src/emit/names.js";
import { appSources, editorFloorSources, perModelBuilders } from "./apps.mjs";
import { coreWhatIfModule, flatWhatIfModule, whatIfModule } from "./what-if.mjs";

const SDK = "openai/resources/chat/completions";
const OUTPUT = "generated";

/** A request object as a TypeScript object literal (JSON with bare identifier keys), indented for its const. */
function literal(request) {
  return JSON.stringify(request, null, 2).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, "$1$2:");
}

const pad = (i) => String(i).padStart(2, "0");

/**
 * The programs, each one file with its own tsconfig. `requests` is how many requests it declares; `baseline` names
 * the program with the same imports and no request that its per-request cost is measured against.
 */
export function programSources(requests) {
  const annotated = (type) => requests.map((r, i) => `export const r${pad(i)}: ${type} = ${literal(r)};\n`).join("\n");
  const built = requests.map((r, i) => `export const r${pad(i)} = chatCompletionRequest(${literal(r)});\n`).join("\n");
  // The same requests through the per-model builders (`gpt4oRequest({...})`), which fill in `model`.
  const perModel = requests
    .map(({ model, ...params }, i) => `export const r${pad(i)} = ${builderName(model)}(${literal(params)});\n`)
    .join("\n");
  const perModelNames = [...new Set(requests.map((r) => builderName(r.model)))].sort();
  const from = `./${OUTPUT}/index.js`;
  const baseline = "ours-baseline";
  const ours = [
    {
      id: baseline,
      label: "modelgate baseline (imports, 0 requests)",
      requests: 0,
      source:
        `import { chatCompletionRequest, type CreateChatCompletionRequest } from "${from}";\n\n` +
        "export type Request = CreateChatCompletionRequest;\nexport const build = chatCompletionRequest;\n",
    },
    {
      id: "ours-annotation",
      label: "modelgate `CreateChatCompletionRequest` annotation",
      short: "annotation",
      baseline,
      requests: requests.length,
      source: `import type { CreateChatCompletionRequest } from "${from}";\n\n${annotated("CreateChatCompletionRequest")}`,
    },
    {
      id: "ours-builder",
      label: "modelgate `chatCompletionRequest({...})` builder",
      short: "builder",
      baseline,
      requests: requests.length,
      source: `import { chatCompletionRequest } from "${from}";\n\n${built}`,
    },
    {
      id: "ours-per-model",
      label: "modelgate per-model builders (`gpt4oRequest({...})`)",
      short: "per-model",
      baseline,
      requests: requests.length,
      source: `import { ${perModelNames.join(", ")} } from "${from}";\n\n${perModel}`,
    },
  ];
  // What-if unions (bench/what-if.mjs): not modelgate's output, so no target applies.
  const whatIf = (type, label, short) => ({
    id: `what-if-${short.replace(" ", "-")}`,
    label: `what-if: ${label}`,
    short: `what-if: ${short}`,
    whatIf: true,
    baseline,
    requests: requests.length,
    source: `import type { ${type} } from "./${OUTPUT}/what-if.js";\n\n${annotated(type)}`,
  });
  return [
    ...ours,
    whatIf("WhatIfNoVariants", "the union without its dependent-parameter variants", "no variants"),
    whatIf("WhatIfKeyed", "the union keyed by literal model ids only, without variants", "keyed"),
    {
      id: "sdk-baseline",
      label: "SDK baseline (imports, 0 requests)",
      requests: 0,
      source: `import type { ChatCompletionCreateParams } from "${SDK}";\n\nexport type Request = ChatCompletionCreateParams;\n`,
    },
    {
      id: "sdk-annotation",
      label: "SDK `ChatCompletionCreateParams` annotation",
      short: "SDK",
      baseline: "sdk-baseline",
      requests: requests.length,
      source: `import type { ChatCompletionCreateParams } from "${SDK}";\n\n${annotated("ChatCompletionCreateParams")}`,
    },
    // The app scenario (bench/apps.mjs): the same requests passed to the SDK's create(), reported in its own section,
    // with its floor's files (the rule types flat; the chat modules imported instead of the entry).
    ...appSources(requests, from),
    ...editorFloorSources(requests, {
      from,
      chat: `./${OUTPUT}/chat-completions.gen.js`,
      chatTypes: `./${OUTPUT}/chat-completions.types.gen.js`,
      whatIf: `./${OUTPUT}/what-if-flat.js`,
      core: `./${OUTPUT}/what-if-core.js`,
      noVariants: `./${OUTPUT}/what-if.js`,
    }),
  ];
}

/**
 * Writes `<dir>/generated/what-if.d.ts`, `what-if-flat.d.ts` and `what-if-core.d.ts` (bench/what-if.mjs) beside the generated
 * declarations; returns the member counts of the real union and of the what-if ones.
 */
export function writeWhatIf(dir, requests) {
  const folder = join(dir, OUTPUT);
  const builders = readFileSync(join(folder, "chat-completions.gen.ts"), "utf8");
  writeFileSync(join(folder, "what-if-flat.d.ts"), flatWhatIfModule(builders, perModelBuilders(requests)));
  writeFileSync(join(folder, "what-if-core.d.ts"), coreWhatIfModule(builders, perModelBuilders(requests)));
  const { text, counts } = whatIfModule(
    readFileSync(join(folder, "chat-completions.types.gen.d.ts"), "utf8"),
    "./chat-completions.types.gen.js",
  );
  writeFileSync(join(folder, "what-if.d.ts"), text);
  return counts;
}

/** The compiler options every program shares: a strict NodeNext ESM consumer, library .d.ts files not re-checked. */
export const COMPILER_OPTIONS = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/**
 * Creates the temporary consumer project: package.json (ESM), node_modules linked to the repo's, and per program
 * `<id>.ts` + `tsconfig.<id>.json`. The caller generates `<dir>/generated/` with the built CLI. Returns { dir, programs }.
 */
export function writeConsumerProject({ root, requests }) {
  const dir = mkdtempSync(join(tmpdir(), "modelgate-bench-tsc-"));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "modelgate-bench-consumer", private: true, type: "module" }, null, 2)}\n`,
  );
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  const programs = programSources(requests).map((p) => {
    const tsconfig = join(dir, `tsconfig.${p.id}.json`);
    writeFileSync(join(dir, `${p.id}.ts`), p.source);
    writeFileSync(tsconfig, `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [`${p.id}.ts`] }, null, 2)}\n`);
    return { ...p, tsconfig, lines: p.source.split("\n").length };
  });
  return { dir, programs };
}

/** Names of the files that differ between two flat folders (missing on either side counts). */
export function differingFiles(a, b) {
  const names = new Set([...(existsSync(a) ? readdirSync(a) : []), ...(existsSync(b) ? readdirSync(b) : [])]);
  return [...names].sort().filter((name) => {
    const pa = join(a, name);
    const pb = join(b, name);
    return !existsSync(pa) || !existsSync(pb) || !readFileSync(pa).equals(readFileSync(pb));
  });
}
