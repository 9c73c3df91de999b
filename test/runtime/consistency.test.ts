import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Problem, validateRequest } from "../../generated/index.js";
import { fixtureCompilerOptions } from "../support/compile-fixtures.js";
import { type Compiler, type CompilerDiagnostic, type CompilerRun, compilers, repoRoot, runCompiler } from "../support/compilers.js";
import {
  builderSamples,
  chatParams,
  ruleSamples,
  type Sample,
  sampleArb,
  samplesSource,
  typeChecks,
  unlistedArb,
  unlistedNullSamples,
  valuePools,
} from "./consistency-samples.js";
import { chatCompletionsTable, isUncheckedRequirement } from "./runtime-support.js";

/**
 * The types and the runtime adapter come from the same capability model, so they must agree: for every sample, tsc
 * reports an error on its line exactly when validateRequest answers { ok: false }.
 */
const SEED = 20260821;
const NUM_RUNS = 300;
const matrix = compilers.filter((c) => c.name === "ts5" || c.name === "ts7");

interface Compiled {
  dir: string;
  samples: Sample[];
  checks: number;
  /** Line of the first sample; samples follow one per line. */
  firstSampleLine: number;
  runs: Map<string, CompilerRun>;
}

let compiled: Compiled | undefined;

beforeAll(async () => {
  const params = chatParams();
  const pools = valuePools(params);
  const union = fc.sample(sampleArb(pools), { seed: SEED, numRuns: NUM_RUNS }).map((request): Sample => ({ request, form: "union" }));
  const rules = ruleSamples(pools).map((request): Sample => ({ request, form: "union" }));
  const unlisted = [...fc.sample(unlistedArb(pools), { seed: SEED, numRuns: NUM_RUNS }), ...unlistedNullSamples(pools)];
  const built = [...builderSamples(), ...unlisted].map((request): Sample => ({ request, form: "builder" }));
  const samples = [...union, ...rules, ...built];
  const checks = typeChecks(pools, params);
  // Outside the repo, so no other tsconfig or test run sees it; ESM like the generated code, written before compiling.
  const dir = await mkdtemp(join(tmpdir(), "modelgate-consistency-"));
  await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
  const importPath = relative(dir, join(repoRoot, "generated", "index.js"))
    .split(sep)
    .join("/");
  await writeFile(join(dir, "samples.ts"), samplesSource({ importPath, samples, checks: checks }));
  const config = { compilerOptions: fixtureCompilerOptions, files: ["samples.ts"] };
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(config, null, 2));
  const project = join(dir, "tsconfig.json");
  const runs = await Promise.all(matrix.map(async (compiler) => [compiler.name, await runCompiler({ compiler, project })] as const));
  compiled = { dir, samples, checks: checks.length, firstSampleLine: 3 + checks.length, runs: new Map(runs) };
}, 600_000);

afterAll(async () => {
  if (compiled) await rm(compiled.dir, { recursive: true, force: true });
});

function get(): Compiled {
  if (!compiled) throw new Error("the samples were not compiled");
  return compiled;
}

function diagnosticsOf(compiler: Compiler): CompilerDiagnostic[] {
  const run = get().runs.get(compiler.name);
  if (!run) throw new Error(`no run for ${compiler.name}`);
  return run.diagnostics;
}

const showProblems = (problems: Problem[]): string => problems.map((p) => `  ${p.param}: ${p.message}`).join("\n") || "  (none)";

describe.each(matrix)("consistency > types and validateRequest under $name", (compiler) => {
  test("every sampled value has the spec's type, so disagreements can only be about model rules", () => {
    const { dir, checks } = get();
    const inSamples = (d: CompilerDiagnostic) => d.file === join(dir, "samples.ts") && d.line >= 3 + checks;
    const misplaced = diagnosticsOf(compiler).filter((d) => !inSamples(d));
    const sampleErrors = diagnosticsOf(compiler).filter(inSamples);
    expect(misplaced.map((d) => `${d.file}:${d.line}: TS${d.code} ${d.text}`)).toStrictEqual([]);
    expect(sampleErrors.length).toBeGreaterThan(0);
  });

  test("a sample fails to compile exactly when validateRequest reports problems", () => {
    const { dir, samples, firstSampleLine } = get();
    const byLine = new Map<number, string[]>();
    for (const d of diagnosticsOf(compiler)) {
      if (d.file === join(dir, "samples.ts")) byLine.set(d.line, [...(byLine.get(d.line) ?? []), `TS${d.code} ${d.text}`]);
    }
    const disagreements = samples.flatMap((sample, i) => {
      const messages = byLine.get(firstSampleLine + i) ?? [];
      const result = validateRequest("chat.completions", sample.request);
      // A requirement with alternatives is the runtime's alone (the types cannot demand an item of `messages`).
      const problems = (result.ok ? [] : result.problems).filter((p) => !isUncheckedRequirement(chatCompletionsTable, p));
      if (messages.length > 0 === problems.length > 0) return [];
      const verdict = messages.length > 0 ? "tsc rejects, runtime accepts" : "tsc accepts, runtime rejects";
      return [
        `s${i} (${sample.form}): ${verdict}\n  ${JSON.stringify(sample.request)}\n${compiler.name}:\n  ${messages.join("\n  ") || "(no error)"}\nruntime:\n${showProblems(problems)}`,
      ];
    });
    expect(disagreements.join("\n\n")).toBe("");
  });
});

describe("consistency > the samples", () => {
  test("cover accepted and refused requests, every rule kind, explicit nulls, ids the spec does not list, and unverified rules", () => {
    const { samples } = get();
    const results = samples.map((s) => validateRequest("chat.completions", s.request));
    const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
    const withNull = results.filter((_, i) => Object.values(samples[i]?.request ?? {}).includes(null));
    const fineTunes = results.filter((_, i) => String(samples[i]?.request.model).startsWith("ft:"));
    const kinds = {
      nullAccepted: withNull.filter((r) => r.ok).length,
      nullRefused: withNull.filter((r) => !r.ok).length,
      specNull: problems.filter((p) => p.message.includes("the spec does not mark it nullable")).length,
      unchecked: results.filter((r) => r.unchecked === true).length,
      fineTuneRefused: fineTunes.filter((r) => !r.ok).length,
      fineTuneAccepted: fineTunes.filter((r) => r.ok).length,
      accepted: results.filter((r) => r.ok).length,
      refused: results.filter((r) => !r.ok).length,
      reject: problems.filter((p) => / does not support /.test(p.message)).length,
      values: problems.filter((p) => / accepts \S+ only as /.test(p.message)).length,
      nullable: problems.filter((p) => / does not accept null for /.test(p.message)).length,
      requires: problems.filter((p) => / accepts \S+ only when /.test(p.message)).length,
      roles: problems.filter((p) => p.param.startsWith("messages[")).length,
      unserved: problems.filter((p) => p.param === "model").length,
      // Inferred-evidence refusals: the types accept them (@deprecated), validateRequest warns and stays ok.
      warnedOnly: results.filter((r) => r.ok && (r.warnings?.length ?? 0) > 0).length,
    };
    for (const [kind, count] of Object.entries(kinds)) expect(count, kind).toBeGreaterThanOrEqual(kind === "unserved" ? 1 : 5);
  });
});
