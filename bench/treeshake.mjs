// Tree-shaking benchmark: bundles three tiny consumers of generated/index.ts with esbuild-wasm (esm, minified,
// tree-shaken) for the "neutral" and "browser" platforms, and reports their size and whether the capability table
// came along. A consumer that imports one builder must not pull in the table; one that validates must (the control
// that the marker check can see the table). Neither platform provides Node built-ins, so a build that succeeds for
// both needs none; an entry that imports node:fs shows that such an import does fail the build.
import { bundleEntry, esbuildVersion } from "./runtime-bundle.mjs";

/** Strings only the capability table holds: a source key and the text of one of its messages. */
export const TABLE_MARKERS = ["AZ-R", "does not support logprobs"];

export const ENTRIES = [
  {
    key: "builder",
    label: "(a) one builder: `o3Request`",
    contents:
      'import { o3Request } from "./generated/index.ts";\nexport const request = o3Request({ messages: [{ role: "user", content: "hi" }] });\n',
  },
  {
    key: "validate",
    label: "(b) the validator: `validateRequest`",
    contents:
      'import { validateRequest } from "./generated/index.ts";\n' +
      'export const result = validateRequest("chat.completions", { model: "o3", messages: [], logprobs: true });\n',
  },
  {
    key: "validate-chat",
    label: "(b2) one endpoint's validator: `validateChatCompletionRequest`",
    contents:
      'import { validateChatCompletionRequest } from "./generated/index.ts";\n' +
      'export const result = validateChatCompletionRequest({ model: "o3", messages: [], logprobs: true });\n',
  },
  {
    key: "all",
    label: "(c) everything: `import * as all`",
    contents: 'import * as all from "./generated/index.ts";\nexport { all };\n',
  },
];

/** Context, not a peer doing the same work: the hand-written zod schema of the runtime benchmark (two models only). */
const ZOD_ENTRY = {
  key: "zod",
  label: "context: the runtime benchmark's zod schema (2 models)",
  contents: 'import { requestSchema } from "./bench/runtime-zod.mjs";\nexport const result = requestSchema.safeParse({ model: "o3" });\n',
};

const NODE_IMPORT = 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n';
const PLATFORMS = ["neutral", "browser"];

const slim = ({ ok, bytes, gzipBytes, inputs, imports, errors }) => ({
  ok,
  bytes,
  gzipBytes,
  nodeInputs: inputs.filter((i) => i.startsWith("node:")),
  imports: imports.map((i) => i.path),
  errors,
});

async function measure(root, entry) {
  const builds = {};
  const markers = {};
  for (const platform of PLATFORMS) {
    const built = await bundleEntry({ root, contents: entry.contents, platform });
    builds[platform] = slim(built);
    if (platform === "neutral") for (const m of TABLE_MARKERS) markers[m] = built.ok && built.text.includes(m);
  }
  return { key: entry.key, label: entry.label, contents: entry.contents, builds, markers };
}

/** Resolves to { esbuildVersion, entries, zod, control } (no bundle text: sizes, markers, imports and errors only). */
export async function benchTreeshake({ root, log = () => {} }) {
  log(`bench tree-shaking: ${ENTRIES.length} entries + context + control, platforms ${PLATFORMS.join(", ")}`);
  const entries = [];
  for (const entry of ENTRIES) entries.push(await measure(root, entry));
  const zod = await measure(root, ZOD_ENTRY);
  const control = {};
  for (const platform of PLATFORMS) control[platform] = slim(await bundleEntry({ root, contents: NODE_IMPORT, platform }));
  const failed = entries.filter((e) => PLATFORMS.some((p) => !e.builds[p].ok));
  if (failed.length)
    throw new Error(`bundling failed: ${failed.map((e) => `${e.key}: ${PLATFORMS.map((p) => e.builds[p].errors).join("; ")}`)}`);
  return { esbuildVersion, entries, zod, control };
}
