import { join } from "node:path";
import ts from "typescript5";
import { describe, expect, test } from "vitest";
import { repoRoot } from "../support/compilers.js";

// Deterministic counts from TypeScript 5.9's checker (instantiations do not vary from run to run, unlike times).
// A builder's call passed to the SDK's overloaded `create()` is related to each overload's parameter type in turn; a
// return type open to inference from that contextual type made TypeScript infer the builder's type arguments again
// per overload (issue 15: about 28 extra instantiations per request, 1.7-2x the SDK-only app's tsc time).
const requests = [
  `{ model: "gpt-4o", messages, tools: [{ type: "function", function: { name: "f", parameters: {} } }], temperature: 0.2 }`,
  `{ model: "o3", messages, reasoning_effort: "high", max_completion_tokens: 100 }`,
  `{ model: "gpt-5.1", messages, stream: true, stream_options: { include_usage: true }, reasoning_effort: "low" }`,
  `{ model: "ft:gpt-4o-mini-2024-07-18:acme::abc", messages, logprobs: true, top_logprobs: 2 }`,
];

function program(call: (request: string) => string): string {
  return [
    'import OpenAI from "openai";',
    'import { chatCompletionRequest } from "../../generated/index.js";',
    "declare const client: OpenAI;",
    'const messages = [{ role: "user" as const, content: "hi" }];',
    ...requests.map((r, i) => `export const r${i} = ${call(`chatCompletionRequest(${r})`)};`),
  ].join("\n");
}

/** Checks one virtual file beside this test (so `openai` and generated/ resolve) and returns the checker's counts. */
function countsOf(source: string): { instantiations: number; errors: string[] } {
  const file = join(repoRoot, "test", "sdk", "__inference_probe__.ts");
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === file ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const built = ts.createProgram({ rootNames: [file], options, host });
  const errors = ts.getPreEmitDiagnostics(built).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  return { instantiations: built.getInstantiationCount(), errors };
}

describe("sdk > the generic builder inside create()", () => {
  test("costs at most 10 instantiations per request more than the same builder calls outside it", () => {
    const alone = countsOf(program((call) => call));
    const inside = countsOf(program((call) => `client.chat.completions.create(${call})`));
    expect([alone.errors, inside.errors]).toStrictEqual([[], []]);
    const extra = (inside.instantiations - alone.instantiations) / requests.length;
    expect(extra, `${inside.instantiations} instantiations inside create(), ${alone.instantiations} outside`).toBeLessThanOrEqual(10);
  }, 120_000);
});
