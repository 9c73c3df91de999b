/**
 * The reachable closure of CreateChatCompletionRequest, emitted from every shared spec, must compile together with a
 * consumer that writes ordinary chat requests, and must not carry the spec's description prose. Every schema of each
 * spec is emitted and compiled too.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import { load } from "js-yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { collectReachableSchemas, emitSchemaTypes } from "../../src/emit/emit-schema-types.js";
import { printModule } from "../../src/emit/print.js";
import type { JsonObject, JsonValue } from "../../src/spec/spec-types.js";
import { type CompilerRun, compilers, repoRoot, runCompiler } from "../support/compilers.js";

const specDir = resolve(repoRoot, "../shared/openai-openapi");
const dates = readdirSync(specDir)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => file.slice(0, -".yaml".length))
  .sort();

/** Sentence fragments of descriptions of reachable schemas; each spec holds some of them. */
const proseFragments = [
  "A list of messages comprising the conversation",
  "Modify the likelihood of specified tokens",
  "Developer-provided instructions",
  "The contents of the user message",
];

interface Emitted {
  specText: string;
  document: JsonObject;
  names: string[];
  text: string;
  emitMs: number;
  hasDeveloperMessage: boolean;
}

function consumerSource(hasDeveloperMessage: boolean): string {
  return [
    'import type { ChatCompletionRequestMessage, CreateChatCompletionRequest } from "./types.js";',
    'const m: ChatCompletionRequestMessage = { role: "user", content: "hi" };',
    hasDeveloperMessage ? 'const d: ChatCompletionRequestMessage = { role: "developer", content: "x" };' : "const d = m;",
    'const r: CreateChatCompletionRequest = { model: "gpt-4o", messages: [m, d] };',
    'const custom: CreateChatCompletionRequest = { model: "ft:gpt-4o-mini:acme::1", messages: [{ role: "system", content: "s" }] };',
    "// @ts-expect-error a role the spec does not define is rejected",
    'const badRole: ChatCompletionRequestMessage = { role: "nobody", content: "hi" };',
    "// @ts-expect-error model must be a string",
    "const badModel: CreateChatCompletionRequest = { model: 4, messages: [m] };",
    "export { r, custom, badRole, badModel };",
    "",
  ].join("\n");
}

function emitChat(date: string): Emitted {
  const specText = readFileSync(join(specDir, `${date}.yaml`), "utf8");
  const document = load(specText) as JsonObject;
  const started = performance.now();
  const names = collectReachableSchemas({ document, roots: ["CreateChatCompletionRequest"] });
  const text = printModule({ header: [`chat types of ${date}`], statements: emitSchemaTypes({ document, names }) });
  const emitMs = performance.now() - started;
  return { specText, document, names, text, emitMs, hasDeveloperMessage: names.includes("ChatCompletionRequestDeveloperMessage") };
}

/** Every schema of the spec, not only the chat closure: a wider net for constructs that chat does not use. */
function emitAllSchemas(document: JsonObject): string {
  const roots = Object.keys((document.components as JsonObject).schemas as JsonObject);
  return printModule({ header: [], statements: emitSchemaTypes({ document, names: collectReachableSchemas({ document, roots }) }) });
}

function descriptionsIn(value: JsonValue, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) descriptionsIn(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "description" && typeof child === "string") found.push(child.trim());
      else descriptionsIn(child, found);
    }
  }
  return found;
}

const emitted = new Map<string, Emitted>();
let workDir = "";
let run: CompilerRun;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "modelgate-chat-closure-"));
  for (const date of dates) {
    const result = emitChat(date);
    emitted.set(date, result);
    mkdirSync(join(workDir, date));
    writeFileSync(join(workDir, date, "types.ts"), result.text);
    writeFileSync(join(workDir, date, "consumer.ts"), consumerSource(result.hasDeveloperMessage));
    writeFileSync(join(workDir, date, "all-schemas.ts"), emitAllSchemas(result.document));
    // File uploads (`format: binary`) refer to brand.gen.ts's Uploadable, which the output always holds beside them.
    writeFileSync(join(workDir, date, "brand.gen.ts"), readFileSync(join(repoRoot, "templates", "brand.ts")));
  }
  const compilerOptions = { strict: true, noEmit: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler" };
  const tsconfig = { compilerOptions: { ...compilerOptions, lib: ["ES2022", "DOM"], types: [], skipLibCheck: false }, include: ["*/*.ts"] };
  writeFileSync(join(workDir, "tsconfig.json"), JSON.stringify(tsconfig));
  const ts5 = compilers.find((compiler) => compiler.name === "ts5");
  if (!ts5) throw new Error("no ts5 compiler in the matrix");
  run = await runCompiler({ compiler: ts5, project: join(workDir, "tsconfig.json") });
});

afterAll(() => {
  if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
});

function get(date: string): Emitted {
  const result = emitted.get(date);
  if (!result) throw new Error(`no emit for ${date}`);
  return result;
}

describe("chat closure on the shared specs", () => {
  test("there are seven specs to check", () => {
    expect(dates).toHaveLength(7);
  });

  test("TypeScript 5.9 compiles everything emitted, and the consumers: exit 0, no output", () => {
    expect(run.output.trim()).toStrictEqual("");
    expect(run.exitCode).toBe(0);
  });

  test.each(dates)("%s > chat types, consumer and all schemas have no compile errors", (date) => {
    const mine = run.diagnostics.filter((d) => d.file?.startsWith(`${join(workDir, date)}${sep}`));
    expect(mine).toStrictEqual([]);
  });

  test.each(dates)("%s > developer messages exist exactly from 2024-12-18 on", (date) => {
    expect(get(date).hasDeveloperMessage).toBe(date >= "2024-12-18");
  });

  test.each(dates)("%s > message roles are the members' own literals, not schema names", (date) => {
    const { text } = get(date);
    expect(text).toContain('role: "user";');
    expect(text).not.toMatch(/role: "ChatCompletionRequest/);
  });

  test.each(dates)("%s > known description fragments are absent from the output", (date) => {
    const { specText, text } = get(date);
    const present = proseFragments.filter((fragment) => specText.includes(fragment));
    expect(present.length).toBeGreaterThanOrEqual(3);
    expect(present.filter((fragment) => text.includes(fragment))).toStrictEqual([]);
  });

  test.each(dates)("%s > no description of a reachable schema appears in the output", (date) => {
    const { document, names, text } = get(date);
    const schemas = (document.components as JsonObject).schemas as JsonObject;
    const prose = names.flatMap((name) => descriptionsIn(schemas[name] ?? null)).filter((d) => d.length >= 20);
    expect(prose.length).toBeGreaterThan(10);
    expect(prose.filter((d) => text.includes(d))).toStrictEqual([]);
  });

  test.each(dates)("%s > emitting twice gives the same bytes", (date) => {
    expect(emitChat(date).text).toStrictEqual(get(date).text);
  });

  test("2026-08-21 > the chat closure has 59 schemas", async ({ annotate }) => {
    const { names, emitMs } = get("2026-08-21");
    await annotate(`chat closure: ${names.length} schemas, emitted and printed in ${emitMs.toFixed(0)} ms`);
    expect(names).toHaveLength(59);
    expect(names).toContain("ModelIdsShared");
  });
});
