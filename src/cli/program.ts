import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import type { CapabilityModel } from "../capabilities/capability-model.js";
import { type Diagnostic, UserError } from "../diagnostics/diagnostic.js";
import { type OutputFormat, outputFormats } from "../emit/output-format.js";
import {
  capabilities,
  diff,
  explain,
  explanationToJson,
  formatDiff,
  formatExplanation,
  formatLearned,
  generate,
  learn,
  learnedToJson,
  report,
  specDiffToJson,
} from "../index.js";
import { parseJsonInput } from "../learn/read-json.js";
import type { EndpointKey } from "../spec/endpoints.js";
import { planProbes } from "../verify/probe-plan.js";
import { VerifyAuthError } from "../verify/run-probes.js";
import { verifyOverlay } from "../verify/verify.js";
import { disagreementsLayer, formatPlan, formatVerifyReport, verifyReportToJson } from "../verify/verify-report.js";
import { generatorVersion } from "../write/assets.js";
import { toUnwritableError, writeFileAtomic } from "../write/atomic-file.js";
import { defaultCacheDir, resolveDefaultSpec } from "../write/fetch-spec.js";
import { type InputFile, readInput } from "../write/read-input.js";
import { writeReportFile } from "../write/report-file.js";
import { staleDiagnostics, writeOutput } from "../write/write-output.js";
import { type Reporter, reportDiagnostics, summarizeDiagnostics } from "./report.js";

export interface Program {
  parseAsync(argv: string[], options: { from: "user" }): Promise<unknown>;
  exitCode: number;
}

interface GenerateFlags {
  spec?: string;
  overlay?: string;
  out: string;
  check?: boolean;
  strict?: boolean;
  json?: boolean;
  format: OutputFormat;
  docs: boolean;
}

interface ReportFlags {
  html: string;
  spec?: string;
  overlay?: string;
  oldSpec?: string;
  json?: boolean;
}

interface ExplainFlags {
  endpoint?: string;
  spec?: string;
  overlay?: string;
  json?: boolean;
}

interface LearnFlags {
  request?: string;
  endpoint?: string;
  model?: string;
  spec?: string;
  overlay?: string;
  json?: boolean;
}

interface VerifyFlags {
  models?: string;
  endpoints?: string;
  apiKeyEnv: string;
  baseUrl: string;
  dryRun?: boolean;
  json?: boolean;
  writeOverlay?: string;
  concurrency: string;
  timeout: string;
  spec?: string;
  overlay?: string;
}

interface DiffFlags {
  overlay?: string;
  json?: boolean;
  exitCode?: boolean;
}

/** The command line: parses flags, calls the library, reports. A factory, so tests run it in-process. */
export function createProgram(reporter: Reporter): Program {
  const state = { exitCode: 0 };
  const program = new Command("modelgate")
    .description("Per-model request types, builders and a runtime adapter from OpenAI's OpenAPI spec and a capability overlay")
    .version(generatorVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => reporter.out(s),
      writeErr: (s) => reporter.err(s),
      outputError: (s) => reportDiagnostics(reporter, [usageDiagnostic(s)]),
    });

  program
    .command("generate")
    .description("generate TypeScript from a spec and an overlay")
    .option("--spec <file>", "OpenAI's openapi.yaml or .json (default: the pinned published spec, downloaded once and cached)")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--out <dir>", "output folder", "generated")
    .option("--check", "write nothing; exit 1 when the output on disk is stale")
    .option("--strict", "model ids the overlay does not classify are errors")
    .addOption(
      new Option("--format <format>", "ts: TypeScript modules imported as .js; ts-imports: imported as .ts (Deno); js: .mjs + .d.mts")
        .choices(outputFormats)
        .default("ts"),
    )
    .option("--no-docs", "leave the spec's parameter descriptions out of the output's doc comments")
    .option("--json", "diagnostics as JSON")
    .action(async (flags: GenerateFlags) => {
      state.exitCode = await runGenerate(flags, reporter);
    });

  program
    .command("explain")
    .description("show what a model rejects, narrows and accepts, with reasons and sources")
    .argument("<model>", "model id, e.g. o1, gpt-5.1 or ft:gpt-4o-mini-2024-07-18:org::id")
    .option("--endpoint <key>", "only this endpoint (e.g. chat.completions)")
    .option("--spec <file>", "OpenAI's openapi.yaml or .json (default: the pinned published spec, downloaded once and cached)")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--json", "the explanation as JSON")
    .action(async (id: string, flags: ExplainFlags) => {
      state.exitCode = await runExplain(id, flags, reporter);
    });

  program
    .command("report")
    .description("write the capability matrix (models × parameters per endpoint, with reasons and sources) as one HTML page")
    .requiredOption("--html <file>", "the HTML file to write")
    .option("--spec <file>", "OpenAI's openapi.yaml or .json (default: the pinned published spec, downloaded once and cached)")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--old-spec <file>", "an older spec: the page also shows what changed from it to --spec")
    .option("--json", "diagnostics as JSON")
    .action(async (flags: ReportFlags) => {
      state.exitCode = await runReport(flags, reporter);
    });

  program
    .command("diff")
    .description("what changed between two specs: models, parameters, unclassified ids, and breaks for generated code")
    .argument("<old-spec>", "the older openapi.yaml or .json")
    .argument("<new-spec>", "the newer openapi.yaml or .json")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--json", "the diff as JSON")
    .option("--exit-code", "exit 1 when anything changed")
    .action(async (oldSpec: string, newSpec: string, flags: DiffFlags) => {
      state.exitCode = runDiff(oldSpec, newSpec, flags, reporter);
    });

  program
    .command("learn")
    .description("read an API error (a 400 body): which overlay rule it matches, or the rule to add")
    .argument("<error-json>", "the API's error response body, as JSON")
    .option("--request <file>", "the request that got the error, as JSON")
    .option("--endpoint <key>", "the endpoint called (default: chat.completions for a request with messages)")
    .option("--model <id>", "the model called (default: the request's model)")
    .option("--spec <file>", "OpenAI's openapi.yaml or .json (default: the pinned published spec, downloaded once and cached)")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--json", "the result as JSON")
    .action(async (errorFile: string, flags: LearnFlags) => {
      state.exitCode = await runLearn(errorFile, flags, reporter);
    });

  program
    .command("verify")
    .description("probe the live API (or a proxy) for the chosen models and report where the overlay disagrees")
    .option("--models <ids>", "comma-separated model ids to probe (only these are ever sent)")
    .option("--endpoints <keys>", "comma-separated endpoint keys (default: every covered one)")
    .option("--api-key-env <name>", "the environment variable that holds the API key", "OPENAI_API_KEY")
    .option("--base-url <url>", "the API's base URL (a proxy, Azure or a test server)", "https://api.openai.com/v1")
    .option("--dry-run", "print the plan, the number of requests and a token estimate; send nothing")
    .option("--json", "the report as one JSON document")
    .option("--write-overlay <file>", "write the disagreements as a user overlay layer")
    .option("--concurrency <n>", "requests in flight at once", "4")
    .option("--timeout <ms>", "abandon a request with no answer after this long", "30000")
    .option("--spec <file>", "OpenAI's openapi.yaml or .json (default: the pinned published spec, downloaded once and cached)")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .action(async (flags: VerifyFlags) => {
      state.exitCode = await runVerify(flags, reporter);
    });

  return {
    parseAsync: (argv, options) => program.parseAsync(argv, options),
    get exitCode() {
      return state.exitCode;
    },
  };
}

/** `--spec <file>`, else the pinned published spec (downloaded once, cached). */
async function readSpecFlag(file: string | undefined): Promise<InputFile> {
  if (file) return readInput(file, "MG_SPEC_UNREADABLE");
  return resolveDefaultSpec({ cacheDir: defaultCacheDir({ cwd: process.cwd(), env: process.env }) });
}

async function runGenerate(flags: GenerateFlags, reporter: Reporter): Promise<number> {
  const spec = await readSpecFlag(flags.spec);
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const result = generate({
    spec,
    ...(overlay && { overlay }),
    ...(flags.strict && { strict: true }),
    format: flags.format,
    docs: flags.docs,
  });
  reportDiagnostics(reporter, summarizeDiagnostics(result.diagnostics), flags.json);
  const written = writeOutput({ outDir: flags.out, files: result.files, check: Boolean(flags.check) });
  if (flags.check) {
    const stale = staleDiagnostics(flags.out, written);
    if (stale.length === 0) {
      reporter.out(`modelgate: ${flags.out} is up to date (${result.files.length} files)`);
      return 0;
    }
    reportDiagnostics(reporter, stale, flags.json);
    return 1;
  }
  const finished = {
    completed: "completed the changes of an interrupted run",
    discarded: "removed the staged files of an interrupted run",
  };
  if (written.interrupted) reporter.out(`modelgate: ${flags.out}: ${finished[written.interrupted]} first`);
  const changed = written.written.length + written.removed.length;
  reporter.out(
    `modelgate: wrote ${written.written.length}, removed ${written.removed.length}, unchanged ${written.unchanged.length} in ${flags.out}${changed === 0 ? " (nothing changed)" : ""}`,
  );
  return 0;
}

/** Commander's own errors (unknown flag, missing argument) as a catalogued diagnostic. */
function usageDiagnostic(text: string): Diagnostic {
  return { code: "MG_USAGE", severity: "error", message: text.replace(/^error: /, "").trim() };
}

async function runExplain(id: string, flags: ExplainFlags, reporter: Reporter): Promise<number> {
  const spec = await readSpecFlag(flags.spec);
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const endpoint = flags.endpoint;
  const result = explain({ spec, id, ...(overlay && { overlay }), ...(endpoint !== undefined && { endpoint }) });
  reportDiagnostics(reporter, summarizeDiagnostics(result.diagnostics), flags.json);
  reporter.out(flags.json ? explanationToJson(result.explanation) : formatExplanation(result.explanation));
  return 0;
}

async function runReport(flags: ReportFlags, reporter: Reporter): Promise<number> {
  const spec = await readSpecFlag(flags.spec);
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const old = flags.oldSpec ? readInput(flags.oldSpec, "MG_SPEC_UNREADABLE") : undefined;
  const changes = old ? diff({ old, new: spec, ...(overlay && { overlay }) }) : undefined;
  const result = report({ spec, ...(overlay && { overlay }), ...(changes && { diff: changes.diff }) });
  reportDiagnostics(reporter, summarizeDiagnostics([...(changes?.diagnostics ?? []), ...result.diagnostics]), flags.json);
  writeReportFile(flags.html, result.html);
  reporter.out(`modelgate: wrote ${flags.html}`);
  return 0;
}

async function runLearn(errorFile: string, flags: LearnFlags, reporter: Reporter): Promise<number> {
  const error = parseJsonInput(readInput(errorFile, "MG_LEARN_INPUT"));
  const request = flags.request ? parseJsonInput(readInput(flags.request, "MG_LEARN_INPUT")) : undefined;
  const spec = await readSpecFlag(flags.spec);
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const result = learn({
    spec,
    error,
    sourceUrl: `file:${errorFile}`,
    ...(overlay && { overlay }),
    ...(request !== undefined && { request }),
    ...(flags.endpoint && { endpoint: flags.endpoint }),
    ...(flags.model && { modelId: flags.model }),
  });
  reportDiagnostics(reporter, summarizeDiagnostics(result.diagnostics), flags.json);
  reporter.out(flags.json ? learnedToJson(result.learned) : formatLearned(result.learned));
  return 0;
}

async function runVerify(flags: VerifyFlags, reporter: Reporter): Promise<number> {
  const spec = await readSpecFlag(flags.spec);
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const { model, diagnostics } = capabilities({ spec, ...(overlay && { overlay }) });
  const models = splitList(flags.models);
  const endpoints = splitList(flags.endpoints);
  checkVerifyInput(model, models, endpoints);
  const baseUrl = flags.baseUrl;
  reportDiagnostics(reporter, summarizeDiagnostics(diagnostics), flags.json);
  const chosen = { model, models, ...(endpoints.length > 0 && { endpoints: endpoints as EndpointKey[] }) };
  if (flags.dryRun) {
    const plan = planProbes(chosen);
    reporter.out(flags.json ? JSON.stringify({ dryRun: true, baseUrl, ...plan }, null, 2) : formatPlan(plan, baseUrl));
    return 0;
  }
  const apiKey = process.env[flags.apiKeyEnv];
  if (!apiKey) throw new UserError([{ code: "MG_VERIFY_NO_KEY", severity: "error", message: `no API key in $${flags.apiKeyEnv}` }]);
  const run = {
    baseUrl,
    apiKey,
    concurrency: positive(flags.concurrency, "--concurrency"),
    timeoutMs: positive(flags.timeout, "--timeout"),
  };
  const { report } = await verifyOverlay({ ...chosen, ...run }).catch((error: unknown) => {
    if (error instanceof VerifyAuthError)
      throw new UserError([{ code: "MG_VERIFY_AUTH", severity: "error", message: `${error.message} at ${baseUrl}` }]);
    throw error;
  });
  if (flags.writeOverlay) writeLayer(flags.writeOverlay, disagreementsLayer(report));
  reporter.out(flags.json ? verifyReportToJson(report) : formatVerifyReport(report));
  return report.summary.disagrees > 0 ? 1 : 0;
}

function splitList(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (Number.isInteger(value) && value > 0) return value;
  throw new UserError([{ code: "MG_USAGE", severity: "error", message: `${flag} takes a whole number above 0, not "${text}"` }]);
}

/** The models must be ones the overlay knows, on an endpoint asked for: verify never probes a stranger. */
function checkVerifyInput(model: CapabilityModel, models: string[], endpoints: string[]): void {
  const problem = (message: string): never => {
    throw new UserError([{ code: "MG_VERIFY_INPUT", severity: "error", message }]);
  };
  if (models.length === 0) problem("--models is required: say which models to probe");
  const unknownEndpoint = endpoints.find((e) => !model.endpoints.some((c) => c.spec.key === e));
  if (unknownEndpoint) problem(`"${unknownEndpoint}" is not an endpoint the overlay covers`);
  const chosen = model.endpoints.filter((e) => endpoints.length === 0 || endpoints.includes(e.spec.key));
  const known = (id: string) => chosen.some((e) => e.models.some((m) => m.id === id) || e.unserved.some((u) => u.id === id));
  const stranger = models.find((id) => !known(id));
  if (stranger) problem(`"${stranger}" is not a model the overlay knows on ${chosen.map((e) => e.spec.key).join(", ")}`);
}

/** The layer file: written atomically, and never over a file that `verify` did not write. */
function writeLayer(file: string, text: string): void {
  let existing: string | undefined;
  try {
    existing = readFileSync(file, "utf8");
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && !existing.startsWith("# Written by `modelgate verify`"))
    throw new UserError([
      {
        code: "MG_OUTPUT_FOREIGN_FILE",
        severity: "error",
        message: `${file} exists and was not written by modelgate verify: not overwritten`,
        location: { file, line: 1, column: 1 },
      },
    ]);
  try {
    writeFileAtomic(file, Buffer.from(text, "utf8"));
  } catch (error) {
    throw toUnwritableError(error, file);
  }
}

function runDiff(oldSpec: string, newSpec: string, flags: DiffFlags, reporter: Reporter): number {
  const old = readInput(oldSpec, "MG_SPEC_UNREADABLE");
  const spec = readInput(newSpec, "MG_SPEC_UNREADABLE");
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const result = diff({ old, new: spec, ...(overlay && { overlay }) });
  reportDiagnostics(reporter, result.diagnostics, flags.json);
  reporter.out(flags.json ? specDiffToJson(result.diff) : formatDiff(result.diff));
  return flags.exitCode && result.diff.changed ? 1 : 0;
}

export { UserError };
