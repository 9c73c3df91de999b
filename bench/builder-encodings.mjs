// What a per-model builder's check costs in other encodings of the same rules (docs/decisions.md, "Why the per-model
// builders stay generic"). Not part of `npm run bench`: run `node bench/builder-encodings.mjs [rounds]` after
// `npm run build`. It reads generated/ (the committed output), declares beside it one profile's builder (gpt-4o)
// five ways, and compiles 40 copies of each of four of section 2's gpt-4o requests through each, under TypeScript
// 5.9 and 7, in the rounds of `npm run bench` (bench/typecheck.mjs); it prints tsc's check time, median over rounds,
// summed over the four requests.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { literal } from "./apps.mjs";
import { COMPILER_OPTIONS } from "./consumers.mjs";
import { runNode } from "./proc.mjs";
import { requests } from "./requests.mjs";
import { pkgVersion } from "./stats.mjs";
import { benchTypecheck } from "./typecheck.mjs";

const root = resolve(import.meta.dirname, "..");
const rounds = Number(process.argv[2] ?? 5);
const only = process.argv[3]; // a compiler name (tsc5, tsc7), to run one
const COPIES = 40;
const PICKED = [0, 1, 3, 4]; // plain; tool round trip; streaming with stream_options; logprobs with top_logprobs
// The compilers of `npm run bench` (bench/run.mjs), in the shape benchTypecheck takes.
const compilers = ["5", "7"]
  .map((v) => ({ name: `tsc${v}`, bin: `node_modules/typescript${v}/bin/tsc`, version: pkgVersion(root, `typescript${v}`) }))
  .filter((c) => !only || c.name === only);
const PREFIX = "Gpt4oChatCompletions";

/**
 * The profile's cases as parameter interfaces: each union member `Gpt4oChatCompletionsRequest<Case>` of the
 * generated types, without its `model` line, as `P<Case>`.
 */
function caseInterfaces(typesText) {
  const re = new RegExp(`^export interface ${PREFIX}Request(\\w+) extends ${PREFIX}ParamsCore \\{\\n([\\s\\S]*?)\\n\\}`, "gm");
  const cases = [...typesText.matchAll(re)].map(([, name, body]) => ({
    name: `P${name}`,
    streaming: /IfStreamTrue$/.test(name),
    body: body
      .split("\n")
      .filter((l) => !/^ {2}model: /.test(l))
      .join("\n"),
  }));
  if (cases.length < 4) throw new Error(`builder-encodings: expected ${PREFIX}Request… cases in the generated types`);
  return cases;
}

/** The module of the alternatives, beside the generated declarations. */
function encodingsModule(typesText) {
  const cases = caseInterfaces(typesText);
  const union = (list) => list.map((c) => c.name).join(" | ");
  const sParam = "const S extends boolean | null | undefined = undefined";
  const R = `{ model: "gpt-4o" } & ${PREFIX}ParamsCore`;
  return [
    'import type { StreamFlag, Unsupported } from "./brand.gen.js";',
    `import type { ${PREFIX}ParamsCore } from "./chat-completions.types.gen.js";`,
    ...cases.map((c) => `export interface ${c.name} extends ${PREFIX}ParamsCore {\n${c.body}\n}`),
    `export type All = ${union(cases)};`,
    `export type Streaming = ${union(cases.filter((c) => c.streaming))};`,
    `export type NonStreaming = ${union(cases.filter((c) => !c.streaming))};`,
    `export declare function flat(params: ${PREFIX}ParamsCore): ${R};`,
    `export declare function flatGeneric<${sParam}>(params: ${PREFIX}ParamsCore & { [K in "stream"]?: S }): NoInfer<${R} & StreamFlag<S>>;`,
    `export declare function union(params: All): ${R};`,
    `export declare function overloads(params: NonStreaming & { stream?: false | null }): ${R} & { stream?: false | null };`,
    `export declare function overloads(params: Streaming): ${R} & { stream: true };`,
    `export declare function overloads(params: All): ${R} & { stream?: boolean | null };`,
    "",
  ].join("\n");
}

/** Each encoding with the rules between parameters must refuse this request (top_logprobs without logprobs: true). */
const REFUSED = '{ messages: [{ role: "user", content: "hi" }], top_logprobs: 3 }';

const ENCODINGS = [
  [
    "gpt4oRequest",
    "./generated/chat-completions.gen.js",
    "modelgate's builder: generic, one type parameter per controller, each case picked",
  ],
  [
    "flat",
    "./generated/encodings.js",
    "the core alone: the rules on one parameter, none between parameters, no type parameter (`stream` not carried)",
  ],
  ["flatGeneric", "./generated/encodings.js", "the core with the generic `stream` of the builders (no rule between parameters)"],
  ["union", "./generated/encodings.js", "every rule, not generic: the union of the model's cases (`stream` not carried)"],
  ["overloads", "./generated/encodings.js", "every rule, three overloads by `stream` (errors become TS2769 on the argument)"],
];

function writeProject(dir) {
  cpSync(join(root, "generated"), join(dir, "generated"), { recursive: true });
  writeFileSync(
    join(dir, "generated/encodings.d.ts"),
    encodingsModule(readFileSync(join(root, "generated/chat-completions.types.gen.d.ts"), "utf8")),
  );
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ private: true, type: "module" })}\n`);
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  const files = [];
  for (const [fn, from] of ENCODINGS) {
    for (const i of PICKED) {
      const { model, ...params } = requests[i];
      if (model !== "gpt-4o") throw new Error(`builder-encodings: request ${i} is not a gpt-4o request`);
      const id = `${fn}-${i}`;
      const calls = Array.from({ length: COPIES }, (_, k) => `export const r${k} = ${fn}(${literal(params)});`);
      writeFileSync(join(dir, `${id}.ts`), `import { ${fn} } from "${from}";\n\n${calls.join("\n")}\n`);
      writeFileSync(join(dir, `tsconfig.${id}.json`), `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [`${id}.ts`] })}\n`);
      files.push({ fn, id, tsconfig: `tsconfig.${id}.json` });
    }
    const refused = `${fn}-refused`;
    writeFileSync(join(dir, `${refused}.ts`), `import { ${fn} } from "${from}";\n\nexport const r = ${fn}(${REFUSED});\n`);
    writeFileSync(
      join(dir, `tsconfig.${refused}.json`),
      `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [`${refused}.ts`] })}\n`,
    );
  }
  return files;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "modelgate-encodings-"));
  try {
    const files = writeProject(dir);
    // The alternatives must hold the rules: each one that claims the rules between parameters refuses REFUSED.
    for (const [fn] of ENCODINGS.filter(([fn]) => !fn.startsWith("flat"))) {
      for (const compiler of compilers) {
        const r = await runNode(join(root, compiler.bin), ["-p", `tsconfig.${fn}-refused.json`], { cwd: dir });
        if (r.code === 0 || !r.stdout.includes("top_logprobs only when logprobs is true"))
          throw new Error(`builder-encodings: ${fn} accepts top_logprobs without logprobs under ${compiler.name}\n${r.stdout}`);
      }
    }
    // The same rounds as section 2 of `npm run bench`: a warm-up, then every file once per round in a rotated order.
    const log = (line) => process.stderr.write(`${line}\n`);
    const results = await benchTypecheck({ root, dir, programs: files, compilers, warmup: 1, runs: rounds, log });
    const sum = (result, fn) =>
      result.programs.filter((p) => p.fn === fn).reduce((total, p) => total + p.metrics["Check time"].median * 1000, 0);
    const head = `| encoding of gpt-4o's builder | ${results.map((r) => `TypeScript ${r.version}: check, ms | / modelgate's`).join(" | ")} |`;
    const lines = [head, `| --- |${" --- | --- |".repeat(results.length)}`];
    for (const [fn, , what] of ENCODINGS) {
      const cells = results.map((r) => `${sum(r, fn).toFixed(0)} | ${(sum(r, fn) / sum(r, "gpt4oRequest")).toFixed(2)}×`);
      lines.push(`| \`${fn}\`: ${what} | ${cells.join(" | ")} |`);
    }
    process.stdout.write(`${lines.join("\n")}\n\n${COPIES} copies of each of requests ${PICKED.join(", ")}; ${rounds} rounds.\n`);
  } finally {
    if (process.env.KEEP) process.stderr.write(`builder-encodings: kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
